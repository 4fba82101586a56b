package io.movierecs.contracts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a model's popular list ({@link ModelLayout#POPULAR}), best first. The file is CSV
 * with the header {@code movieId,ratings,meanRating,score}. The web app ranks its catalogue the
 * same way before any model exists, so a popular list's scores mean the same before and after.
 */
public record PopularMovie(int movieId, long ratings, double meanRating, double score) {
    static final String HEADER = "movieId,ratings,meanRating,score";

    /** A movie with {@code ratings} ratings in a list whose most rated movie has {@code mostRatings}. */
    public static PopularMovie of(int movieId, long ratings, double meanRating, long mostRatings) {
        return new PopularMovie(movieId, ratings, round(meanRating), score(ratings, mostRatings));
    }

    /**
     * A popular movie's score: its rating count as a share of the most rated movie's, so the list's
     * first movie scores 1 however many ratings there are; four decimals.
     */
    public static double score(long ratings, long mostRatings) {
        return mostRatings <= 0 ? 0 : round((double) ratings / mostRatings);
    }

    private static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }

    public static void writeAll(List<PopularMovie> movies, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(HEADER);
        writer.write('\n');
        for (PopularMovie movie : movies) {
            writer.write(movie.movieId + "," + movie.ratings + "," + movie.meanRating + "," + movie.score + "\n");
        }
        writer.flush();
    }

    public static List<PopularMovie> readAll(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (!HEADER.equals(header)) {
            throw new IOException("popular list must start with '" + HEADER + "', found: " + header);
        }
        List<PopularMovie> movies = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            try {
                if (fields.length != 4) {
                    throw new NumberFormatException("expected 4 fields, found " + fields.length);
                }
                movies.add(new PopularMovie(Integer.parseInt(fields[0]), Long.parseLong(fields[1]),
                        Double.parseDouble(fields[2]), Double.parseDouble(fields[3])));
            } catch (NumberFormatException e) {
                throw new IOException("popular list line " + lineNumber + " is invalid: " + e.getMessage(), e);
            }
        }
        return movies;
    }
}
