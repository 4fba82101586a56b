package io.movierecs.contracts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The genre step after ALS, the same in the job's batch lists and the web app's fold-in. Collaborative
 * filtering alone ties a fan of science fiction to whatever else that fan's fellow raters watched
 * (Raiders of the Lost Ark, Die Hard); this step lifts the movies whose genres the user rates more
 * than everyone does.
 *
 * <p>A user's lift for a genre is {@code ln(share / prior)}, floored at zero, where {@code share} is
 * the part of the user's rating weight on movies of that genre, smoothed toward the catalogue with
 * {@value #SMOOTHING} ratings' worth of {@code prior}, and {@code prior} is the same share over all
 * ratings. A movie's positive score is multiplied by {@code 1 + weight × (its genres' largest lift)}.
 *
 * <p>The priors are a model artefact ({@link ModelLayout#GENRES}, CSV {@code genre,share}); their
 * order numbers the genres, so a movie's genres are a bit mask over the first 32.
 */
public final class GenreAffinity implements Serializable {
    static final String HEADER = "genre,share";
    /** How many ratings' worth of the catalogue's shares a user's profile starts from. */
    public static final double SMOOTHING = 5;
    private static final long serialVersionUID = 1L;
    private static final int MAX_GENRES = 32;

    private final List<String> genres;
    private final double[] prior;

    public GenreAffinity(List<String> genres, double[] prior) {
        if (genres.size() != prior.length) {
            throw new IllegalArgumentException(genres.size() + " genres but " + prior.length + " shares");
        }
        this.genres = List.copyOf(genres.subList(0, Math.min(MAX_GENRES, genres.size())));
        this.prior = java.util.Arrays.copyOf(prior, this.genres.size());
    }

    /** No genres: every lift is zero and scores stay as ALS gave them. */
    public static GenreAffinity none() {
        return new GenreAffinity(List.of(), new double[0]);
    }

    public List<String> genres() {
        return genres;
    }

    public double share(int genre) {
        return prior[genre];
    }

    /** The bit mask of the known genres among {@code names}; unknown names are ignored. */
    public int mask(Collection<String> names) {
        return mask(genres, names);
    }

    /** The bit mask of {@code names} over the first 32 of {@code genres}, in their order. */
    public static int mask(List<String> genres, Collection<String> names) {
        int mask = 0;
        for (String name : names) {
            int genre = genres.indexOf(name);
            if (genre >= 0 && genre < MAX_GENRES) {
                mask |= 1 << genre;
            }
        }
        return mask;
    }

    /**
     * One user's lift per genre from the movies they rated.
     *
     * @param masks   each rated movie's genre mask
     * @param ratings the ratings, same order; the rating is the weight
     */
    public double[] lifts(int[] masks, float[] ratings) {
        double[] weight = new double[prior.length];
        double total = 0;
        for (int i = 0; i < masks.length; i++) {
            double rating = Math.max(0, ratings[i]);
            total += rating;
            for (int mask = masks[i]; mask != 0; mask &= mask - 1) {
                weight[Integer.numberOfTrailingZeros(mask)] += rating;
            }
        }
        double[] lifts = new double[prior.length];
        for (int genre = 0; genre < prior.length; genre++) {
            if (prior[genre] > 0) {
                double share = (weight[genre] + SMOOTHING * prior[genre]) / (total + SMOOTHING);
                lifts[genre] = Math.max(0, Math.log(share / prior[genre]));
            }
        }
        return lifts;
    }

    /** {@code score × (1 + weight × the largest lift among the movie's genres)} when the score is positive. */
    public static float boost(float score, int mask, double[] lifts, double weight) {
        if (score <= 0 || mask == 0 || weight == 0) {
            return score;
        }
        double best = 0;
        for (int genres = mask; genres != 0; genres &= genres - 1) {
            int genre = Integer.numberOfTrailingZeros(genres);
            if (genre < lifts.length) {
                best = Math.max(best, lifts[genre]);
            }
        }
        return (float) (score * (1 + weight * best));
    }

    /**
     * The catalogue's shares: for each genre, the part of all rating weight on movies of that genre.
     *
     * @param ratingWeight each movie's summed ratings, same order as {@code masks}
     */
    public static double[] shares(int genreCount, int[] masks, double[] ratingWeight) {
        double[] shares = new double[genreCount];
        double total = 0;
        for (int i = 0; i < masks.length; i++) {
            total += ratingWeight[i];
            for (int mask = masks[i]; mask != 0; mask &= mask - 1) {
                int genre = Integer.numberOfTrailingZeros(mask);
                if (genre < genreCount) {
                    shares[genre] += ratingWeight[i];
                }
            }
        }
        for (int genre = 0; genre < genreCount && total > 0; genre++) {
            shares[genre] /= total;
        }
        return shares;
    }

    public void writeTo(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(HEADER);
        writer.write('\n');
        for (int genre = 0; genre < genres.size(); genre++) {
            writer.write(genres.get(genre) + "," + prior[genre] + "\n");
        }
        writer.flush();
    }

    public static GenreAffinity readFrom(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (!HEADER.equals(header)) {
            throw new IOException("genre shares must start with '" + HEADER + "', found: " + header);
        }
        List<String> names = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            try {
                double share = Double.parseDouble(line.substring(comma + 1));
                if (comma <= 0 || !(share >= 0 && share <= 1)) {
                    throw new NumberFormatException("expected genre,share with a share in [0, 1]");
                }
                names.add(line.substring(0, comma));
                shares.add(share);
            } catch (NumberFormatException e) {
                throw new IOException("genre shares line " + lineNumber + " is invalid: " + e.getMessage(), e);
            }
        }
        return new GenreAffinity(names, shares.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
