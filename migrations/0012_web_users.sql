-- orderd schema, version 12: the clerk's console's users, sessions and
-- failed logins (issue 13, docs/console.md).
--
-- web_users: who may sign in to orderweb, with a role (viewer reads;
-- clerk also approves, rejects, retries and discards; admin also
-- manages users) and an Argon2id hash in libsodium's crypto_pwhash_str
-- form ("$argon2id$v=19$m=...,t=...,p=...$salt$hash"): never the
-- password. A disabled user cannot sign in and its sessions end.
--
-- web_sessions: one row per signed-in browser, keyed by the SHA-256 (hex)
-- of the cookie's random token, never the token itself; csrf is the
-- token the pages send back in X-CSRF-Token. A session unused for
-- web.session_idle is expired (deleted when next seen or swept).
--
-- web_login_failures: failed logins, per user name (known or not) with
-- the client address; five within 15 minutes lock the name for 15
-- minutes. Rows older than a day are swept.
--
-- dead_letters.retried_by: see below.
CREATE TABLE web_users (
    name          text PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9._@-]{1,64}$'),
    role          text NOT NULL CHECK (role IN ('viewer', 'clerk', 'admin')),
    password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE web_sessions (
    token_hash   text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    user_name    text NOT NULL REFERENCES web_users (name) ON DELETE CASCADE,
    csrf         text NOT NULL CHECK (length(csrf) = 64),
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX web_sessions_user ON web_sessions (user_name);

CREATE TABLE web_login_failures (
    id        bigserial PRIMARY KEY,
    user_name text NOT NULL,
    at        timestamptz NOT NULL DEFAULT now(),
    client    text NOT NULL
);
CREATE INDEX web_login_failures_user ON web_login_failures (user_name, at);

-- Who retried a dead letter last (od_deadletter_retry_by: the signed-in
-- clerk of the console), next to discarded_by of version 8; NULL when
-- retried by orderctl or never.
ALTER TABLE dead_letters ADD COLUMN retried_by text;

-- The console's database role (issue 16, migration 0013) reads and
-- writes these tables; granted here when the role already exists, else
-- by 0013.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'orderd_console') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON web_users, web_sessions, web_login_failures
            TO orderd_console;
        GRANT USAGE ON SEQUENCE web_login_failures_id_seq TO orderd_console;
    END IF;
END
$$;
