-- The invitations an unattributed join may have come through, one row each (they were a
-- comma-separated list in joins.candidates).
CREATE TABLE join_candidates (
    join_id        INTEGER NOT NULL REFERENCES joins (id) ON DELETE CASCADE,
    invitation_id  INTEGER NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
    PRIMARY KEY (join_id, invitation_id)
) WITHOUT ROWID;
CREATE INDEX join_candidates_by_invitation ON join_candidates (invitation_id);

WITH RECURSIVE split (join_id, rest, invitation_id) AS (
    SELECT id, candidates || ',', NULL FROM joins WHERE candidates IS NOT NULL
    UNION ALL
    SELECT join_id,
           substr(rest, instr(rest, ',') + 1),
           CAST(substr(rest, 1, instr(rest, ',') - 1) AS INTEGER)
    FROM split WHERE rest <> ''
)
INSERT OR IGNORE INTO join_candidates (join_id, invitation_id)
SELECT join_id, invitation_id FROM split
WHERE invitation_id IN (SELECT id FROM invitations);

ALTER TABLE joins DROP COLUMN candidates;
