-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index; this
-- wrapper pins the dictionary and is declared IMMUTABLE so that titles can be indexed for search.
CREATE FUNCTION movie_search_text(title TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, title)) $$;

CREATE INDEX movies_title_trgm ON movies USING gin (movie_search_text(title) gin_trgm_ops);
CREATE INDEX movies_genres ON movies USING gin (genres);
CREATE INDEX movies_year ON movies (year);

-- What pages and popularity show: MovieLens aggregates plus the app's own ratings.
CREATE VIEW movie_rating_stats AS
SELECT m.movie_id,
       m.ml_rating_count + coalesce(a.n, 0) AS rating_count,
       CASE WHEN m.ml_rating_count + coalesce(a.n, 0) > 0
            THEN (m.ml_rating_sum + coalesce(a.total, 0)) / (m.ml_rating_count + coalesce(a.n, 0))
       END AS average_rating
FROM movies m
LEFT JOIN (SELECT movie_id, count(*) AS n, sum(rating)::DOUBLE PRECISION AS total
           FROM ratings GROUP BY movie_id) a ON a.movie_id = m.movie_id;
