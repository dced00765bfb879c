-- lmskit schema, version 1: the audit trail, grading tables per path, once-only job claims.

CREATE TABLE lmskit_audit_entry (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   TIMESTAMPTZ NOT NULL,
    actor_id      TEXT        NOT NULL,
    record_type   TEXT        NOT NULL,
    record_id     TEXT        NOT NULL,
    action        TEXT        NOT NULL,
    -- the changes, one array element per field; the three arrays have the same length
    change_fields TEXT[]      NOT NULL,
    change_before TEXT[]      NOT NULL,
    change_after  TEXT[]      NOT NULL
);
CREATE INDEX lmskit_audit_entry_by_record ON lmskit_audit_entry (record_type, record_id, occurred_at, id);
CREATE INDEX lmskit_audit_entry_by_actor ON lmskit_audit_entry (actor_id, occurred_at, id);
CREATE INDEX lmskit_audit_entry_by_time ON lmskit_audit_entry (occurred_at, id);

CREATE TABLE lmskit_grading_table (
    path_id TEXT COLLATE "C" PRIMARY KEY, -- byte order, the order Java sorts ids in
    gold    NUMERIC(4, 2) NOT NULL,
    silver  NUMERIC(4, 2) NOT NULL,
    bronze  NUMERIC(4, 2) NOT NULL,
    version BIGINT        NOT NULL CHECK (version > 0)
);

CREATE TABLE lmskit_job_run (
    job_name     TEXT        NOT NULL,
    run_key      TEXT        NOT NULL,
    owner        TEXT        NOT NULL,
    claimed_at   TIMESTAMPTZ NOT NULL,
    completed_at TIMESTAMPTZ,
    outcome      TEXT,
    PRIMARY KEY (job_name, run_key)
);
