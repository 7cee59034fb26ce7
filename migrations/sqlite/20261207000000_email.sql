-- Invitations by email (issue 13, item 1). Each email sent is an `invitation_email` entry of
-- `audit_log`, which the daily limits count; it keeps the address masked (`j***@example.org`)
-- with a keyed hash of it, never in clear. The key is the school's own, drawn at its first
-- email: the same address gives the same hash within a school (so a moderator can tell
-- whether an address was emailed) and different ones across schools.
CREATE TABLE IF NOT EXISTS email_keys (
    guild_id    INTEGER PRIMARY KEY REFERENCES schools (guild_id) ON DELETE CASCADE,
    -- 32 random bytes, hex.
    hash_key    TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_log_by_action ON audit_log (guild_id, action, at);
