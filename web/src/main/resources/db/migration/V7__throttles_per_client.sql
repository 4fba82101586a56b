-- Failed logins now count per account and client address: one client's guesses slow down that
-- client, while the owner, from anywhere else, still logs in with the right password. The old
-- per-account counts are short-lived and dropped.
DROP TABLE login_failures;
CREATE TABLE login_failures (
    email         TEXT        NOT NULL CHECK (length(email) <= 254),
    client        TEXT        NOT NULL CHECK (length(client) <= 64),
    failures      INTEGER     NOT NULL,
    blocked_until TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (email, client)
);
CREATE INDEX login_failures_updated_at ON login_failures (updated_at);

-- Anonymous POSTs (log-in, sign-up) per client address in a fixed window, counted here so the
-- limit holds across every instance.
CREATE TABLE client_requests (
    client         TEXT        PRIMARY KEY CHECK (length(client) <= 64),
    window_started TIMESTAMPTZ NOT NULL,
    requests       INTEGER     NOT NULL
);
CREATE INDEX client_requests_window_started ON client_requests (window_started);
