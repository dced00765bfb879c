-- lmskit schema, version 13: the transactional outbox (docs/events.md).
-- id, aggregatetype, aggregateid, type and payload are the columns Debezium's outbox event router reads by default,
-- so a host already running Debezium and Kafka can stream this table with no code; the other columns are the
-- relay's delivery state. The payload is kept as written (json, not jsonb): a consumer reads the exact text.
CREATE TABLE lmskit_outbox (
    id              UUID PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    aggregatetype   VARCHAR(255) NOT NULL,
    aggregateid     VARCHAR(255) NOT NULL,
    type            VARCHAR(255) NOT NULL,
    payload         JSON         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    status          TEXT         NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'PARKED')),
    attempts        INTEGER      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    claimed_by      TEXT,
    lease_until     TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ,
    last_error      TEXT
);
-- what a relay claims: pending events in recording order, and the oldest pending event of each aggregate
CREATE INDEX lmskit_outbox_pending ON lmskit_outbox (seq) WHERE status = 'PENDING';
CREATE INDEX lmskit_outbox_pending_by_aggregate ON lmskit_outbox (aggregatetype, aggregateid, seq)
    WHERE status = 'PENDING';
-- the parked events an administrator looks for, and the retention's purge of delivered events; both are indexed
-- only once a row gets there, so a write's insert maintains four indexes (the key, seq and the two pending ones).
-- The administrator's other lists walk seq.
CREATE INDEX lmskit_outbox_parked ON lmskit_outbox (seq) WHERE status = 'PARKED';
CREATE INDEX lmskit_outbox_delivered ON lmskit_outbox (delivered_at) WHERE status = 'DELIVERED';
