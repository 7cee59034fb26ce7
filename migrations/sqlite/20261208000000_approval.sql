-- Approval (issue 13, item 2): with `approval` on, codes, buttons and link arrivals put the
-- person in a queue (`join_requests`) instead of admitting them; a moderator with manage or
-- approve decides. Requests live in the database, so they and their buttons survive
-- restarts; exactly one decision wins (the request's state changes only from 'waiting').
ALTER TABLE schools ADD COLUMN approval INTEGER NOT NULL DEFAULT 0;
-- Where requests are posted; NULL: the log channel.
ALTER TABLE schools ADD COLUMN approval_channel_id INTEGER;

-- The role -> permission map gains `approve` (decide join requests): SQLite cannot change
-- a CHECK constraint, so the table is rebuilt as it was, with the new value allowed.
CREATE TABLE role_permissions_new (
    guild_id    INTEGER NOT NULL REFERENCES schools (guild_id) ON DELETE CASCADE,
    role_id     INTEGER NOT NULL,
    permission  TEXT    NOT NULL
                CHECK (permission IN ('create', 'share', 'revoke', 'manage', 'approve')),
    granted_by  INTEGER NOT NULL,
    granted_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, role_id, permission)
) WITHOUT ROWID;
INSERT INTO role_permissions_new SELECT guild_id, role_id, permission, granted_by, granted_at
    FROM role_permissions;
DROP TABLE role_permissions;
ALTER TABLE role_permissions_new RENAME TO role_permissions;

CREATE TABLE IF NOT EXISTS join_requests (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id       INTEGER NOT NULL REFERENCES schools (guild_id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL,
    -- The invitation whose code, button or link they used; NULL: a public school's /join.
    invitation_id  INTEGER REFERENCES invitations (id) ON DELETE CASCADE,
    method         TEXT    NOT NULL,
    requested_at   INTEGER NOT NULL,
    -- waiting, deciding (an approval under way), approved, denied, expired.
    state          TEXT    NOT NULL DEFAULT 'waiting'
                   CHECK (state IN ('waiting', 'deciding', 'approved', 'denied', 'expired')),
    decided_by     INTEGER,
    decided_at     INTEGER,
    -- The request message with its buttons, once posted.
    channel_id     INTEGER,
    message_id     INTEGER
);
-- One open request per person and school.
CREATE UNIQUE INDEX IF NOT EXISTS join_requests_open
    ON join_requests (guild_id, user_id) WHERE state IN ('waiting', 'deciding');
-- Expiry: the open requests, oldest first.
CREATE INDEX IF NOT EXISTS join_requests_by_state_time ON join_requests (state, requested_at);
