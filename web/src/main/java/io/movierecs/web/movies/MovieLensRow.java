package io.movierecs.web.movies;

import io.movierecs.contracts.MovieLensCsv;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/** One line of MovieLens {@code movies.csv}, checked; a bad line throws with the reason. */
record MovieLensRow(int movieId, String title, Integer year, List<String> genres) {

    private static final Pattern YEAR = Pattern.compile("\\((\\d{4})\\)");

    static MovieLensRow parse(CSVRecord record) {
        if (record.size() < 3) {
            throw new IllegalArgumentException("expected movieId,title,genres but found " + record.size() + " fields");
        }
        int movieId = positiveInt(record.get(0), "movieId");
        String title = record.get(1).trim();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("empty title");
        }
        return new MovieLensRow(movieId, title, yearOf(title), MovieLensCsv.genres(record.get(2)));
    }

    static Integer yearOf(String title) {
        Matcher matcher = YEAR.matcher(title);
        Integer year = null;
        while (matcher.find()) {
            year = Integer.parseInt(matcher.group(1));
        }
        return year;
    }

    static int positiveInt(String field, String name) {
        try {
            int value = Integer.parseInt(field.trim());
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive but is " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: '" + field + "'");
        }
    }
}
