-- Rosters (issue 12, item 3): `/invite roster` makes one personal invitation per row of a
-- CSV file. The roster and every row are stored before the first invitation is made, and
-- each row's outcome as it is reached, so a roster cut short (a crash, a restart) resumes
-- where it stopped (`/invite roster resume:`) and always shows what was done. A row holds
-- at most one invitation: it is set in the transaction that stores the invitation, only
-- while the row has none.
CREATE TABLE IF NOT EXISTS rosters (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id     INTEGER NOT NULL REFERENCES schools (guild_id) ON DELETE CASCADE,
    created_by   INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    file_name    TEXT    NOT NULL,
    -- The options of the invitations, as typed (each row's invitation is made with them).
    label        TEXT,
    expires_in   TEXT,
    roles_until  TEXT,
    -- Whether each person gets their invitation by DM (1) or not (0).
    send         INTEGER NOT NULL,
    -- When the last run through its rows ended (NULL: never ended; resumable).
    finished_at  INTEGER
);
CREATE INDEX IF NOT EXISTS rosters_by_guild ON rosters (guild_id, id);

CREATE TABLE IF NOT EXISTS roster_rows (
    roster_id      INTEGER NOT NULL REFERENCES rosters (id) ON DELETE CASCADE,
    -- The row's line in the file (1 for the first line, header included).
    line           INTEGER NOT NULL,
    -- The person as written: a user id or a username.
    entry          TEXT    NOT NULL,
    -- The person, once known.
    user_id        INTEGER,
    user_name      TEXT,
    -- The extra roles, ids separated by spaces (the command's and the row's).
    roles          TEXT    NOT NULL DEFAULT '',
    -- waiting, bad_row, unknown_user, failed, created, sent, dm_closed, not_sent.
    outcome        TEXT    NOT NULL,
    detail         TEXT,
    invitation_id  INTEGER REFERENCES invitations (id) ON DELETE SET NULL,
    PRIMARY KEY (roster_id, line)
);
