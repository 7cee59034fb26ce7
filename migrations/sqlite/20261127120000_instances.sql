-- The Porter processes using the database, one per set of shards it runs, each under the
-- instance id it drew at its last start, and when it last said it was alive. A pending
-- join belongs to the instance granting it: it is abandoned once that instance is no
-- longer current (its process restarted) or no longer alive (its process stopped).
CREATE TABLE instances (
    label     TEXT    PRIMARY KEY NOT NULL,
    instance  TEXT    NOT NULL,
    seen_at   INTEGER NOT NULL
);
ALTER TABLE pending_joins ADD COLUMN instance TEXT NOT NULL DEFAULT '';
