-- Failed logins per email (trimmed, lower case), shared by every instance of the web app so that
-- spreading guesses over instances does not multiply them. A row older than the throttle's window
-- counts as none and is deleted by the next failure anywhere.
CREATE TABLE login_failures (
    email         TEXT        PRIMARY KEY,
    failures      INTEGER     NOT NULL,
    blocked_until TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failures_updated_at ON login_failures (updated_at);
