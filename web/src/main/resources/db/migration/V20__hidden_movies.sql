-- Movies a user marked "not interested": no recommendation source may return them again.
CREATE TABLE hidden_movies (
    user_id   BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    movie_id  INTEGER     NOT NULL REFERENCES movies (movie_id),
    hidden_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, movie_id)
);
