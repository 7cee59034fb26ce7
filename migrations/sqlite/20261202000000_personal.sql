-- Personal invitations: the one person who may join through the invitation (its code works
-- for them alone, and its link is a Discord invite only they can accept). NULL for an
-- invitation anyone may use.
ALTER TABLE invitations ADD COLUMN recipient_id INTEGER;
