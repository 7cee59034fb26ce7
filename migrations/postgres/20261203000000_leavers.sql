-- Leavers: when someone who joined leaves the server (GUILD_MEMBER_REMOVE), each of their
-- joins in the school notes when; when they come back, the mark is cleared and the join
-- notes when they came back. Unix seconds, like every time in the schema.
ALTER TABLE joins ADD COLUMN left_at BIGINT;
ALTER TABLE joins ADD COLUMN back_at BIGINT;
-- `/school info`: the people who left the school in the last 7 days, through an index.
CREATE INDEX IF NOT EXISTS joins_by_guild_left ON joins (guild_id, left_at);
-- Exports: a school's joins oldest first, a page at a time (keyset on id).
CREATE INDEX IF NOT EXISTS joins_by_guild_id ON joins (guild_id, id);
