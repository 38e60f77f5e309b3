-- orderd schema, version 9: access tokens that renew themselves (issue 15).
--
-- A shop channel whose configuration holds a refresh_token renews its
-- access token before it expires (and when the platform says it has
-- expired) and keeps the renewed pair here, so that a restart, another
-- instance or the next poll uses the pair the platform issued last: a
-- refresh token that can be used once is never used twice. The row is
-- written under the channel's lease (the advisory lock of its poll), by
-- the daemon after each refresh and by `orderctl channel token`.
--
-- config_fp is the fingerprint (HMAC-SHA256, not the tokens) of the pair
-- in the channel's configuration that this row supersedes: when the
-- configured pair changes, the configured pair is used again.
-- The tokens are secrets: never logged, never printed.
CREATE TABLE channel_tokens (
    channel            text PRIMARY KEY REFERENCES channels (name),
    access_token       text NOT NULL CHECK (length(access_token) BETWEEN 1 AND 1024),
    refresh_token      text NOT NULL CHECK (length(refresh_token) BETWEEN 1 AND 1024),
    issued_at          timestamptz,
    access_expires_at  timestamptz,
    refresh_expires_at timestamptz,
    config_fp          text NOT NULL,
    source             text NOT NULL CHECK (source IN ('refresh', 'orderctl')),
    refreshes          bigint NOT NULL DEFAULT 0,
    updated_at         timestamptz NOT NULL DEFAULT now()
);
