-- Search compared movie_search_text(title) row by row, and the statistics view re-aggregated every
-- app rating on each query; both were slow on broad searches. The normalised title is now stored,
-- and the app's per-movie rating count and sum are kept up to date by a trigger.
ALTER TABLE movies ADD COLUMN search_title TEXT GENERATED ALWAYS AS (movie_search_text(title)) STORED;
DROP INDEX movies_title_trgm;
CREATE INDEX movies_search_title_trgm ON movies USING gin (search_title gin_trgm_ops);

ALTER TABLE movies
    ADD COLUMN app_rating_count INTEGER          NOT NULL DEFAULT 0,
    ADD COLUMN app_rating_sum   DOUBLE PRECISION NOT NULL DEFAULT 0;

UPDATE movies m SET app_rating_count = a.n, app_rating_sum = a.total
FROM (SELECT movie_id, count(*) AS n, sum(rating) AS total FROM ratings GROUP BY movie_id) a
WHERE a.movie_id = m.movie_id;

-- Each change updates the movie row, whose lock serialises concurrent writers, so the totals stay
-- exact however ratings are written (including INSERT ... ON CONFLICT DO UPDATE).
CREATE FUNCTION ratings_keep_movie_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE movies SET app_rating_count = app_rating_count + 1, app_rating_sum = app_rating_sum + NEW.rating
        WHERE movie_id = NEW.movie_id;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE movies SET app_rating_sum = app_rating_sum - OLD.rating WHERE movie_id = OLD.movie_id;
        UPDATE movies SET app_rating_sum = app_rating_sum + NEW.rating WHERE movie_id = NEW.movie_id;
        IF NEW.movie_id <> OLD.movie_id THEN
            UPDATE movies SET app_rating_count = app_rating_count - 1 WHERE movie_id = OLD.movie_id;
            UPDATE movies SET app_rating_count = app_rating_count + 1 WHERE movie_id = NEW.movie_id;
        END IF;
    ELSE
        UPDATE movies SET app_rating_count = app_rating_count - 1, app_rating_sum = app_rating_sum - OLD.rating
        WHERE movie_id = OLD.movie_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER ratings_movie_totals AFTER INSERT OR UPDATE OF rating, movie_id OR DELETE ON ratings
    FOR EACH ROW EXECUTE FUNCTION ratings_keep_movie_totals();

DROP VIEW movie_rating_stats;
CREATE VIEW movie_rating_stats AS
SELECT movie_id,
       ml_rating_count + app_rating_count AS rating_count,
       CASE WHEN ml_rating_count + app_rating_count > 0
            THEN (ml_rating_sum + app_rating_sum) / (ml_rating_count + app_rating_count)
       END AS average_rating
FROM movies;
