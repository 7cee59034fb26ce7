-- Telling which invitation's link a newcomer used, and closing the posts of ended invitations.

-- Discord's own cap on the invite (0: none). An invite that reaches it disappears at once,
-- so a vanished capped invite may explain an arrival.
ALTER TABLE discord_invite_uses ADD COLUMN max_uses INTEGER NOT NULL DEFAULT 0;
-- When the invite was seen deleted; the row is kept briefly for arrivals still in flight.
ALTER TABLE discord_invite_uses ADD COLUMN gone_at INTEGER;
-- While simultaneous arrivals cannot be told apart: the count this invite settles at once
-- every one of them has been seen.
ALTER TABLE discord_invite_uses ADD COLUMN settle_to INTEGER;

-- When the school's invite counts were last taken from Discord as a whole.
ALTER TABLE schools ADD COLUMN invites_seen_at INTEGER;

-- Arrivals that could not be told apart: which invites they used between them, how many
-- arrivals that makes, and how many have been seen so far.
CREATE TABLE arrival_ambiguities (
    guild_id    INTEGER PRIMARY KEY NOT NULL REFERENCES schools (guild_id) ON DELETE CASCADE,
    candidates  TEXT    NOT NULL,
    expected    INTEGER NOT NULL,
    seen        INTEGER NOT NULL,
    opened_at   INTEGER NOT NULL
);

-- When a post of an ended invitation was edited to say so (its Join button disabled).
ALTER TABLE invitation_posts ADD COLUMN closed_at INTEGER;
