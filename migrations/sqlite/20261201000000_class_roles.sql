-- Class roles (issue 12, items 1 and 6): roles a school's invitations may hand out besides
-- the member role, the ones each invitation hands out, and when they end.

-- The school's list of roles its invitations may hand out (`/school roles add|remove`).
CREATE TABLE IF NOT EXISTS class_roles (
    guild_id  INTEGER NOT NULL REFERENCES schools (guild_id) ON DELETE CASCADE,
    role_id   INTEGER NOT NULL,
    added_by  INTEGER NOT NULL,
    added_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, role_id)
);

-- The extra roles an invitation hands out (at most three, from the school's list).
CREATE TABLE IF NOT EXISTS invitation_roles (
    invitation_id  INTEGER NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
    role_id        INTEGER NOT NULL,
    PRIMARY KEY (invitation_id, role_id)
);
CREATE INDEX IF NOT EXISTS invitation_roles_by_role ON invitation_roles (role_id);

-- End of term: when Porter takes the invitation's extra roles back from the people who got
-- them through it, and when it last finished doing so (NULL: due once roles_until passed).
ALTER TABLE invitations ADD COLUMN roles_until INTEGER;
ALTER TABLE invitations ADD COLUMN roles_ended_at INTEGER;
CREATE INDEX IF NOT EXISTS invitations_terms_due ON invitations (roles_until)
    WHERE roles_until IS NOT NULL AND roles_ended_at IS NULL;

-- A join recorded through an invitation whose term has ended (someone who came in through
-- its link, which Discord still lets give the extra roles) makes its term due again.
CREATE TRIGGER IF NOT EXISTS joins_reopen_term AFTER INSERT ON joins
WHEN NEW.invitation_id IS NOT NULL
BEGIN
    UPDATE invitations SET roles_ended_at = NULL
    WHERE id = NEW.invitation_id AND roles_ended_at IS NOT NULL;
END;
