-- The joins chart of `/invite info` reads one invitation's joins of the last 30 days:
-- `joins_by_invitation` (invitation_id, id) would read all of them to find those days.
CREATE INDEX IF NOT EXISTS joins_by_invitation_time ON joins (invitation_id, joined_at);
