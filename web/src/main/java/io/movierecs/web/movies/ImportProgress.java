package io.movierecs.web.movies;

/** Told how far an import has got, for a command line or a log. */
@FunctionalInterface
public interface ImportProgress {

    void rowsRead(String file, long rows);

    ImportProgress NONE = (file, rows) -> { };
}
