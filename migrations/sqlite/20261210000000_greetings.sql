-- First run (issue 14, item 1): the servers Porter has posted its getting-started message
-- to (or tried to), so that each is greeted once, whatever the restarts, reconnects and
-- shards. Not tied to `schools`: a server is greeted before it is one. Exactly one process
-- wins the insert of a server's row, and only the winner posts.
CREATE TABLE IF NOT EXISTS greetings (
    guild_id    INTEGER PRIMARY KEY,
    greeted_at  INTEGER NOT NULL
);
