package io.movierecs.contracts;

import java.util.ArrayList;
import java.util.List;

/**
 * MovieLens's CSV files as the web app's import and the job read them, and the columns of the
 * app's ratings snapshot, which the job reads as one more {@code ratings.csv}.
 */
public final class MovieLensCsv {
    public static final String MOVIES_FILE = "movies.csv";
    public static final String RATINGS_FILE = "ratings.csv";

    public static final String USER_ID = "userId";
    public static final String MOVIE_ID = "movieId";
    public static final String RATING = "rating";
    public static final String TIMESTAMP = "timestamp";
    /** The ratings header, {@code userId,movieId,rating,timestamp}; the timestamp is in epoch seconds. */
    public static final String RATINGS_HEADER = USER_ID + "," + MOVIE_ID + "," + RATING + "," + TIMESTAMP;

    /** What MovieLens writes in the genres column of a movie it gave none. */
    static final String NO_GENRES = "(no genres listed)";

    private MovieLensCsv() {
    }

    /** {@code name} in a directory given as a local path or a URI, with or without a trailing slash. */
    public static String file(String directory, String name) {
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }

    /** One ratings line, without its line break. */
    public static String ratingsLine(long userId, int movieId, String rating, long epochSeconds) {
        return userId + "," + movieId + "," + rating + "," + epochSeconds;
    }

    /**
     * The genres of a {@code movies.csv} genres field ({@code Adventure|Children|Fantasy}), trimmed,
     * in their order; none for a blank field or {@value #NO_GENRES}.
     */
    public static List<String> genres(String field) {
        List<String> genres = new ArrayList<>();
        if (field == null) {
            return genres;
        }
        for (String genre : field.split("\\|")) {
            String name = genre.trim();
            if (!name.isEmpty() && !name.equals(NO_GENRES)) {
                genres.add(name);
            }
        }
        return List.copyOf(genres);
    }
}
