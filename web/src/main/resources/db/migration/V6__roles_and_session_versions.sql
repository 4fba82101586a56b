-- Roles live here, granted by an operator (grant-admin), never by anything a visitor types.
-- session_version is in every session token; raising it (logout, password change, demotion) ends
-- every token issued before. Each instance caches both per user and drops its entry when the
-- database announces a change (AccountSessions / SessionChanges).
ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'USER' CHECK (role IN ('USER', 'ADMIN'));
ALTER TABLE users ADD COLUMN session_version INTEGER NOT NULL DEFAULT 0;

-- Every string a visitor can put here is bounded; NOT VALID leaves existing rows unchecked.
ALTER TABLE users ADD CONSTRAINT users_email_length CHECK (length(email) <= 254) NOT VALID;
ALTER TABLE users ADD CONSTRAINT users_display_name_length CHECK (length(display_name) <= 60) NOT VALID;

CREATE FUNCTION notify_user_session_changed() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('user_session_changed', COALESCE(NEW.id, OLD.id)::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER users_notify_session_changed AFTER UPDATE OF role, session_version, display_name ON users
    FOR EACH ROW EXECUTE FUNCTION notify_user_session_changed();

CREATE TRIGGER users_deleted_notify_session_changed AFTER DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION notify_user_session_changed();
