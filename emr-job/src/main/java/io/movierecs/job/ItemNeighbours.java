package io.movierecs.job;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An item-item model blended into ALS's lists: the cosine similarity of two movies over who rated
 * them (co-raters / sqrt(raters of one x raters of the other)), each movie keeping its {@code k}
 * nearest. A user's score for a movie is the sum of its similarities to the movies they rated.
 * Built on the driver from all (user, movie) pairs, so only for catalogues up to
 * {@link #MAX_MOVIES} movies and {@link #MAX_RATINGS} ratings; above that lists are ALS's alone.
 */
final class ItemNeighbours implements ItemItemModel {
    static final int MAX_MOVIES = 12_000;
    static final long MAX_RATINGS = 2_000_000;
    static final int NEIGHBOURS = 50;
    /**
     * The share of implicit lists when not tuned: at alpha 0.15 it raised ml-100k NDCG@10 on each of
     * three splits (see the README).
     */
    static final double SHARE = 0.15;
    private static final ItemNeighbours NONE = new ItemNeighbours(new int[0], new int[0][], new float[0][]);

    private final int[] movieIds;
    private final int[][] neighbours;
    private final float[][] similarities;

    /** @param movieIds ascending; {@code neighbours[row]} are rows of {@code movieIds}, with their similarities */
    private ItemNeighbours(int[] movieIds, int[][] neighbours, float[][] similarities) {
        this.movieIds = movieIds;
        this.neighbours = neighbours;
        this.similarities = similarities;
    }

    static ItemNeighbours none() {
        return NONE;
    }

    /** {@code users[i]} rated {@code movies[i]} {@code ratings[i]}. */
    record Pairs(int[] users, int[] movies, float[] ratings) {
    }

    /**
     * Every rating of {@code ratings} collected to the driver: only for data within
     * {@link #MAX_RATINGS} ratings and {@link #MAX_MOVIES} movies ({@link ItemItemModel.Kind#forCatalogue}
     * decides that from the counts the load already made).
     */
    static Pairs pairs(Dataset<Row> ratings) {
        List<Row> rows = ratings.select(AlsTrainer.USER, AlsTrainer.MOVIE, AlsTrainer.RATING).collectAsList();
        int[] users = new int[rows.size()];
        int[] movies = new int[rows.size()];
        float[] values = new float[rows.size()];
        for (int i = 0; i < users.length; i++) {
            users[i] = rows.get(i).getInt(0);
            movies[i] = rows.get(i).getInt(1);
            values[i] = ((Number) rows.get(i).get(2)).floatValue();
        }
        return new Pairs(users, movies, values);
    }

    /** From pairs: {@code users[i]} rated {@code movies[i]} (each pair once). */
    static ItemNeighbours of(int[] users, int[] movies, int k) {
        int[] movieIds = Arrays.stream(movies).distinct().sorted().toArray();
        int[] userIds = Arrays.stream(users).distinct().sorted().toArray();
        int[][] byUser = group(users, userIds, movies, movieIds);
        int[][] byMovie = group(movies, movieIds, users, userIds);
        float[] coRaters = new float[movieIds.length];
        int[] touched = new int[movieIds.length];
        int[][] neighbours = new int[movieIds.length][];
        float[][] similarities = new float[movieIds.length][];
        for (int movie = 0; movie < movieIds.length; movie++) {
            int count = 0;
            for (int user : byMovie[movie]) {
                for (int other : byUser[user]) {
                    if (coRaters[other]++ == 0 && other != movie) {
                        touched[count++] = other;
                    }
                }
            }
            // Only movies that share a rater with this one are looked at, never the whole catalogue.
            for (int i = 0; i < count; i++) {
                int other = touched[i];
                coRaters[other] /= (float) Math.sqrt((double) byMovie[movie].length * byMovie[other].length);
            }
            int[] candidates = Arrays.copyOf(touched, count);
            int kept = Math.min(k, count);
            int[] nearest = nearest(candidates, coRaters, movieIds, kept);
            neighbours[movie] = nearest;
            similarities[movie] = new float[kept];
            for (int i = 0; i < kept; i++) {
                similarities[movie][i] = coRaters[nearest[i]];
            }
            for (int i = 0; i < count; i++) {
                coRaters[touched[i]] = 0f;
            }
            coRaters[movie] = 0f;
        }
        return new ItemNeighbours(movieIds, neighbours, similarities);
    }

    @Override
    public double share() {
        return SHARE;
    }

    /** Yes: the lift applies to the blended score, as when this model was measured on ml-latest-small. */
    @Override
    public boolean liftedByGenres() {
        return true;
    }

    @Override
    public List<Double> shares() {
        return List.of(0.0, SHARE, 0.3);
    }

    @Override
    public boolean isEmpty() {
        return movieIds.length == 0;
    }

    /** A movie's score is its summed similarity to the {@code seen} movies, however they were rated. */
    @Override
    public void score(int[] seen, float[] seenRatings, int[] rowIds, float[] scores) {
        for (int movieId : seen) {
            int movie = Arrays.binarySearch(movieIds, movieId);
            if (movie < 0) {
                continue;
            }
            int[] near = neighbours[movie];
            for (int i = 0; i < near.length; i++) {
                int row = Arrays.binarySearch(rowIds, movieIds[near[i]]);
                if (row >= 0) {
                    scores[row] += similarities[movie][i];
                }
            }
        }
    }

    /** The {@code kept} candidates of highest similarity, ties to the lower movie id. */
    private static int[] nearest(int[] candidates, float[] similarity, int[] movieIds, int kept) {
        float[] values = new float[candidates.length];
        int[] ids = new int[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            values[i] = similarity[candidates[i]];
            ids[i] = movieIds[candidates[i]];
        }
        TopN top = TopN.select(ids, values, new boolean[candidates.length], kept);
        int[] rows = new int[top.movieIds().length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.binarySearch(movieIds, top.movieIds()[i]);
        }
        return rows;
    }

    /** For each key (as its index in {@code keys}), the indices in {@code valueIds} of its values. */
    static int[][] group(int[] keyColumn, int[] keys, int[] valueColumn, int[] valueIds) {
        int[] sizes = new int[keys.length];
        int[] keyRows = new int[keyColumn.length];
        for (int i = 0; i < keyColumn.length; i++) {
            keyRows[i] = Arrays.binarySearch(keys, keyColumn[i]);
            sizes[keyRows[i]]++;
        }
        int[][] groups = new int[keys.length][];
        for (int key = 0; key < keys.length; key++) {
            groups[key] = new int[sizes[key]];
        }
        int[] filled = new int[keys.length];
        for (int i = 0; i < keyColumn.length; i++) {
            groups[keyRows[i]][filled[keyRows[i]]++] = Arrays.binarySearch(valueIds, valueColumn[i]);
        }
        return groups;
    }
}
