CREATE TABLE users (
    id            BIGSERIAL PRIMARY KEY,
    email         TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    display_name  TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    onboarded_at  TIMESTAMPTZ
);
-- Email is unique whatever its case.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- The MovieLens catalogue, keyed by MovieLens movieId. The MovieLens rating statistics are kept
-- aggregated (count and sum), not row by row.
CREATE TABLE movies (
    movie_id        INTEGER PRIMARY KEY,
    title           TEXT             NOT NULL,
    year            SMALLINT,
    genres          TEXT[]           NOT NULL DEFAULT '{}',
    imdb_id         TEXT,
    tmdb_id         INTEGER,
    ml_rating_count INTEGER          NOT NULL DEFAULT 0,
    ml_rating_sum   DOUBLE PRECISION NOT NULL DEFAULT 0
);

CREATE TABLE ratings (
    user_id  BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    movie_id INTEGER      NOT NULL REFERENCES movies (movie_id),
    rating   NUMERIC(2, 1) NOT NULL CHECK (rating BETWEEN 0.5 AND 5.0 AND rating * 2 = trunc(rating * 2)),
    rated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, movie_id)
);
CREATE INDEX ratings_movie_id ON ratings (movie_id);
