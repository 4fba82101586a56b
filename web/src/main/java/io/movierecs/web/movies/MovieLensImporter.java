package io.movierecs.web.movies;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.movierecs.contracts.MovieLensCsv;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a MovieLens directory ({@code movies.csv}, {@code links.csv}, {@code ratings.csv}) into
 * the catalogue. Re-running it updates rows in place; a bad line is reported and skipped. The
 * whole import is one transaction, so readers never see a half-imported catalogue.
 */
@Singleton
public class MovieLensImporter {

    private static final Logger LOG = LoggerFactory.getLogger(MovieLensImporter.class);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private final ConnectionOperations<Connection> connections;

    MovieLensImporter(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    public ImportReport importFrom(Path directory) {
        return importFrom(directory, ImportProgress.NONE);
    }

    public ImportReport importFrom(Path directory, ImportProgress progress) {
        Path movies = directory.resolve(MovieLensCsv.MOVIES_FILE);
        if (!Files.isRegularFile(movies)) {
            throw new IllegalArgumentException("No " + MovieLensCsv.MOVIES_FILE + " in " + directory.toAbsolutePath());
        }
        List<String> skipped = new ArrayList<>();
        ImportReport report = write(directory, movies, progress, skipped);
        skipped.stream().limit(20).forEach(line -> LOG.warn("Skipped {}", line));
        LOG.info("Imported MovieLens from {}: {}", directory, report.summary());
        return report;
    }

    /** The whole catalogue in one transaction: a failed import leaves the previous one in place. */
    @Transactional
    ImportReport write(Path directory, Path movies, ImportProgress progress, List<String> skipped) {
        CatalogueWriter writer = new CatalogueWriter(connections.getConnectionStatus().getConnection());
        int movieCount = read(movies, progress, skipped, record -> writer.addMovie(MovieLensRow.parse(record)));
        writer.flushMovies();
        int linkCount = 0;
        Path links = directory.resolve("links.csv");
        if (Files.isRegularFile(links)) {
            linkCount = read(links, progress, skipped, record -> writer.addLink(
                    MovieLensRow.positiveInt(record.get(MovieLensCsv.MOVIE_ID), MovieLensCsv.MOVIE_ID),
                    blankToNull(record.get("imdbId")), blankToNull(record.get("tmdbId"))));
            writer.flushLinks();
        }
        RatingAggregates ratings = new RatingAggregates();
        Path ratingsFile = directory.resolve(MovieLensCsv.RATINGS_FILE);
        if (Files.isRegularFile(ratingsFile)) {
            read(ratingsFile, progress, skipped, ratings::add);
        }
        int rated = writer.replaceRatingAggregates(ratings);
        return new ImportReport(movieCount, linkCount, ratings.total(), rated, List.copyOf(skipped));
    }

    private static int read(Path file, ImportProgress progress, List<String> skipped, Consumer<CSVRecord> row) {
        String name = file.getFileName().toString();
        int accepted = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                try {
                    row.accept(record);
                    accepted++;
                } catch (RuntimeException e) {
                    skipped.add(name + " line " + (record.getRecordNumber() + 1) + ": " + e.getMessage());
                }
                if (record.getRecordNumber() % 100_000 == 0) {
                    progress.rowsRead(name, record.getRecordNumber());
                }
            }
            progress.rowsRead(name, parser.getRecordNumber());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return accepted;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
