-- Porter's initial schema. Discord snowflakes are stored as INTEGER (they fit in i64);
-- times are Unix seconds (UTC).

-- One row per Discord server where Porter has been set up.
CREATE TABLE schools (
    guild_id            INTEGER PRIMARY KEY NOT NULL,
    member_role_id      INTEGER NOT NULL,
    access              TEXT    NOT NULL DEFAULT 'private' CHECK (access IN ('private', 'public')),
    welcome_channel_id  INTEGER,
    log_channel_id      INTEGER,
    -- When the last "many wrong codes" warning went to the log channel.
    failure_alert_at    INTEGER,
    created_by          INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);

-- The role -> permission map. `permission` is one of create, share, revoke, manage.
CREATE TABLE role_permissions (
    guild_id    INTEGER NOT NULL REFERENCES schools (guild_id) ON DELETE CASCADE,
    role_id     INTEGER NOT NULL,
    permission  TEXT    NOT NULL CHECK (permission IN ('create', 'share', 'revoke', 'manage')),
    granted_by  INTEGER NOT NULL,
    granted_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, role_id, permission)
) WITHOUT ROWID;

CREATE TABLE invitations (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id            INTEGER NOT NULL REFERENCES schools (guild_id) ON DELETE CASCADE,
    -- Normalised invite code: 10 Crockford base32 symbols, no dash. Unique across schools.
    code                TEXT    NOT NULL UNIQUE CHECK (length(code) = 10),
    label               TEXT,
    created_by          INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    expires_at          INTEGER,
    max_uses            INTEGER CHECK (max_uses IS NULL OR max_uses BETWEEN 1 AND 10000),
    uses                INTEGER NOT NULL DEFAULT 0 CHECK (uses >= 0 AND (max_uses IS NULL OR uses <= max_uses)),
    revoked_at          INTEGER,
    revoked_by          INTEGER,
    -- The Discord invite (link) Porter created for this invitation.
    discord_invite_code TEXT UNIQUE,
    discord_channel_id  INTEGER,
    -- Set when the Discord invite disappeared (deleted by Porter or by hand).
    link_gone_at        INTEGER
);
CREATE INDEX invitations_by_guild ON invitations (guild_id, created_at);

-- Channel posts of an invitation (with a Join button), so they can be updated later.
CREATE TABLE invitation_posts (
    invitation_id  INTEGER NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
    channel_id     INTEGER NOT NULL,
    message_id     INTEGER NOT NULL,
    posted_by      INTEGER NOT NULL,
    posted_at      INTEGER NOT NULL,
    PRIMARY KEY (channel_id, message_id)
);
CREATE INDEX invitation_posts_by_invitation ON invitation_posts (invitation_id);

-- Every successful join. `invitation_id` is NULL for public joins without a code and for
-- arrivals that could not be attributed to one invitation (see `candidates`).
CREATE TABLE joins (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id       INTEGER NOT NULL REFERENCES schools (guild_id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL,
    invitation_id  INTEGER REFERENCES invitations (id) ON DELETE CASCADE,
    method         TEXT    NOT NULL CHECK (method IN ('code', 'button', 'link', 'public', 'unattributed')),
    -- For unattributed arrivals: the invitation ids it could have been, comma-separated.
    candidates     TEXT,
    joined_at      INTEGER NOT NULL,
    UNIQUE (invitation_id, user_id)
);
CREATE INDEX joins_by_guild ON joins (guild_id, joined_at);

-- Use counts of the school's Discord invites as last seen, to tell which link an arrival used.
CREATE TABLE discord_invite_uses (
    guild_id  INTEGER NOT NULL REFERENCES schools (guild_id) ON DELETE CASCADE,
    code      TEXT    NOT NULL,
    uses      INTEGER NOT NULL,
    seen_at   INTEGER NOT NULL,
    PRIMARY KEY (guild_id, code)
) WITHOUT ROWID;

-- Failed code redemptions, for the rate limit. `guild_id` is NULL for DMs.
CREATE TABLE code_failures (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id   INTEGER NOT NULL,
    guild_id  INTEGER,
    at        INTEGER NOT NULL
);
CREATE INDEX code_failures_by_user ON code_failures (user_id, at);
CREATE INDEX code_failures_by_guild ON code_failures (guild_id, at);
CREATE INDEX code_failures_by_time ON code_failures (at);

-- Who did what, when: setup, permission changes, create, share, revoke, join.
CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id       INTEGER NOT NULL,
    actor_id       INTEGER NOT NULL,
    action         TEXT    NOT NULL,
    invitation_id  INTEGER,
    -- The user, role or channel the action was about, if any.
    target_id      INTEGER,
    detail         TEXT,
    at             INTEGER NOT NULL
);
CREATE INDEX audit_log_by_guild ON audit_log (guild_id, at);
