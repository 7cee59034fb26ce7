-- When Porter was removed from the school's server (GUILD_DELETE that was not an outage, or
-- the server missing from Porter's shard at a start). The school's data is kept for the
-- configured number of days (retention.left_days), then erased; Porter coming back clears it.
ALTER TABLE schools ADD COLUMN left_at BIGINT;
