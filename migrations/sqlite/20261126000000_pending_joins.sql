-- Joins counted before Porter's grant of the member role finished. The use stays counted
-- (the seat held) while the row is here; it goes once the grant is seen to succeed. A
-- Porter that stopped mid-grant leaves rows behind, and the next start resolves each:
-- confirmed when the person holds the member role, released (the join undone) otherwise.
-- Joins that need no grant from Porter are never pending.
CREATE TABLE pending_joins (
    join_id   INTEGER PRIMARY KEY NOT NULL REFERENCES joins (id) ON DELETE CASCADE,
    -- The audit entry of the join, removed with it on release.
    audit_id  INTEGER NOT NULL
);
