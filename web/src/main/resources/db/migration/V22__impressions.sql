-- What each user was shown: one row per user, model version, movie and day (UTC), so a list shown
-- again and again the same day is one impression. Rows expire after the retention
-- (movierecs.feedback.retention); the shares per model join them to ratings and hidden_movies.
CREATE TABLE impressions (
    user_id       BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    model_version TEXT        NOT NULL,
    movie_id      INTEGER     NOT NULL,
    shown_on      DATE        NOT NULL,
    source        TEXT        NOT NULL,
    position      SMALLINT    NOT NULL,
    shown_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, model_version, movie_id, shown_on)
);
CREATE INDEX impressions_shown_at ON impressions (shown_at);
