-- Pause (issue 13, item 3): `/school pause [for:]` stops every way in at once until
-- `/school resume` or `paused_until`. paused_at is NULL when the school is not paused;
-- paused_until is NULL for a pause without an end. links_off_until is when Discord's own
-- invites_disabled_until, as Porter last set it, ends (Discord holds it at most 24 hours, so
-- Porter renews it while the pause lasts); NULL when Porter has not set it.
ALTER TABLE schools ADD COLUMN paused_at BIGINT;
ALTER TABLE schools ADD COLUMN paused_by BIGINT;
ALTER TABLE schools ADD COLUMN paused_until BIGINT;
ALTER TABLE schools ADD COLUMN links_off_until BIGINT;
-- Welcome (issue 13, item 4): posted in the welcome channel when someone joins; NULL: none.
ALTER TABLE schools ADD COLUMN welcome_message TEXT;
