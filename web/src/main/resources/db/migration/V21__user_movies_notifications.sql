-- Each instance of the web app caches what every user has rated and hidden. Any change to either,
-- from any instance or any other writer, is announced on this channel when it commits, so every
-- instance drops that user's entry (UserMoviesChanges).
CREATE FUNCTION notify_user_movies_changed() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('user_movies_changed', COALESCE(NEW.user_id, OLD.user_id)::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ratings_notify_user_movies AFTER INSERT OR UPDATE OR DELETE ON ratings
    FOR EACH ROW EXECUTE FUNCTION notify_user_movies_changed();

CREATE TRIGGER hidden_movies_notify_user_movies AFTER INSERT OR UPDATE OR DELETE ON hidden_movies
    FOR EACH ROW EXECUTE FUNCTION notify_user_movies_changed();

-- TRUNCATE fires no row triggers: it announces that every user's movies changed.
CREATE FUNCTION notify_all_user_movies_changed() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('user_movies_changed', '*');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ratings_truncated_notify_user_movies AFTER TRUNCATE ON ratings
    FOR EACH STATEMENT EXECUTE FUNCTION notify_all_user_movies_changed();

CREATE TRIGGER hidden_movies_truncated_notify_user_movies AFTER TRUNCATE ON hidden_movies
    FOR EACH STATEMENT EXECUTE FUNCTION notify_all_user_movies_changed();
