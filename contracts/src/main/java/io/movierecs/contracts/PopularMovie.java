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
 * with the header {@code movieId,ratings,meanRating,score}.
 */
public record PopularMovie(int movieId, long ratings, double meanRating, double score) {
    static final String HEADER = "movieId,ratings,meanRating,score";

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
