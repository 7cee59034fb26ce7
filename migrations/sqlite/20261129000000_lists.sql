-- Lists cost what they show: `/invite info` and `/invite list` read one page through an
-- index, and take their totals from counts kept on the invitation row.

-- How many joins were recorded through the invitation, and how many unattributed joins may
-- have come through it (its rows in join_candidates): `/invite info`'s totals, kept by the
-- triggers below so that no list counts its rows.
ALTER TABLE invitations ADD COLUMN join_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invitations ADD COLUMN candidate_count INTEGER NOT NULL DEFAULT 0;
UPDATE invitations SET
    join_count = (SELECT count(*) FROM joins j WHERE j.invitation_id = invitations.id),
    candidate_count = (SELECT count(*) FROM join_candidates c WHERE c.invitation_id = invitations.id);

CREATE TRIGGER IF NOT EXISTS joins_counted AFTER INSERT ON joins
WHEN NEW.invitation_id IS NOT NULL
BEGIN
    UPDATE invitations SET join_count = join_count + 1 WHERE id = NEW.invitation_id;
END;
CREATE TRIGGER IF NOT EXISTS joins_uncounted AFTER DELETE ON joins
WHEN OLD.invitation_id IS NOT NULL
BEGIN
    UPDATE invitations SET join_count = join_count - 1 WHERE id = OLD.invitation_id;
END;
CREATE TRIGGER IF NOT EXISTS candidates_counted AFTER INSERT ON join_candidates
BEGIN
    UPDATE invitations SET candidate_count = candidate_count + 1 WHERE id = NEW.invitation_id;
END;
CREATE TRIGGER IF NOT EXISTS candidates_uncounted AFTER DELETE ON join_candidates
BEGIN
    UPDATE invitations SET candidate_count = candidate_count - 1 WHERE id = OLD.invitation_id;
END;

-- `/invite list`: a school's invitations newest first, a page at a time (keyset on id). It
-- replaces the index on (guild_id, created_at), which no query orders by.
DROP INDEX IF EXISTS invitations_by_guild;
CREATE INDEX IF NOT EXISTS invitations_by_guild_id ON invitations (guild_id, id);
-- `/invite info`: the joins through an invitation newest first, a page at a time.
CREATE INDEX IF NOT EXISTS joins_by_invitation ON joins (invitation_id, id);
-- ...and the unattributed joins that may have come through it, likewise.
DROP INDEX IF EXISTS join_candidates_by_invitation;
CREATE INDEX IF NOT EXISTS join_candidates_by_invitation_join ON join_candidates (invitation_id, join_id);
-- Whether Porter recorded a join of this person lately (the echo of its own grant): one
-- index entry per join of theirs, instead of every join of the school in the window.
DROP INDEX IF EXISTS joins_by_user;
CREATE INDEX IF NOT EXISTS joins_by_user_time ON joins (guild_id, user_id, joined_at);
