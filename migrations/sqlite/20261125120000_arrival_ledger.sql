-- Link uses are counted to invitations the moment Porter reads them, so groups of arrivals
-- that could not be told apart no longer hold back counts: their bookkeeping moves into the
-- memory of the task that follows each server's invites.
DROP TABLE arrival_ambiguities;
ALTER TABLE discord_invite_uses DROP COLUMN settle_to;

-- Arrivals waiting for a server's invite list that Discord would not give: until they are
-- matched, code and button joins leave that many seats free in capped invitations whose
-- link still works.
ALTER TABLE schools ADD COLUMN arrivals_unread INTEGER NOT NULL DEFAULT 0;

-- Who joined a school, for the echo of Porter's own grants and arrivals while it was away.
CREATE INDEX joins_by_user ON joins (guild_id, user_id);
