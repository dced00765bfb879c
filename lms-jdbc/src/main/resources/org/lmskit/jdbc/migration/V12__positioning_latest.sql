-- lmskit schema, version 12: the latest positioning of each (learner, competency) from an index.
-- A team view under a "latest wins" rule reads one positioning per line of each learner's job instead of the
-- whole history: this index hands the rows over in (learner, competency, newest first) order, which is the
-- window the query ranks by, so neither the history nor a sort is read.
-- Building it blocks writes to lmskit_positioning while it runs; on a large table, create it beforehand with
-- CREATE INDEX CONCURRENTLY and the same definition, and this migration keeps it (docs/jdbc.md).
CREATE INDEX IF NOT EXISTS lmskit_positioning_latest
    ON lmskit_positioning (learner_id, competency_code, at DESC) INCLUDE (source);
