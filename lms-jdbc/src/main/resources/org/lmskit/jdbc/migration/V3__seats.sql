-- lmskit schema, version 3: licence and slot sessions, their members.

CREATE TABLE lmskit_seat_session (
    session_id               TEXT COLLATE "C" PRIMARY KEY,
    reference                TEXT    NOT NULL UNIQUE,
    company_id               TEXT    NOT NULL,
    path_id                  TEXT    NOT NULL,
    type                     TEXT    NOT NULL,
    start_date               DATE    NOT NULL,
    expiry_date              DATE    NOT NULL,
    quota                    INTEGER NOT NULL,
    learning_members         INTEGER NOT NULL,
    rotation_mode            TEXT    NOT NULL,
    rotation_every_days      INTEGER NOT NULL,
    rotation_counts_weekends BOOLEAN NOT NULL,
    -- slot i+1 is held by slot_holders[i] (null: free) since slot_assigned_on[i]
    slot_holders             TEXT[]  NOT NULL,
    slot_assigned_on         DATE[]  NOT NULL,
    waiting                  TEXT[]  NOT NULL,
    last_rotated_on          DATE,
    version                  BIGINT  NOT NULL CHECK (version > 0)
);
CREATE INDEX lmskit_seat_session_by_company ON lmskit_seat_session (company_id, reference);
CREATE INDEX lmskit_seat_session_rotation_due ON lmskit_seat_session (session_id)
    WHERE type = 'SLOTS' AND rotation_mode <> 'NONE';

CREATE TABLE lmskit_session_member (
    session_id         TEXT COLLATE "C" NOT NULL,
    user_id            TEXT COLLATE "C" NOT NULL,
    role               TEXT        NOT NULL,
    joined_at          TIMESTAMPTZ NOT NULL,
    last_connection_at TIMESTAMPTZ,
    path_completed_on  DATE,
    version            BIGINT      NOT NULL CHECK (version > 0),
    PRIMARY KEY (session_id, user_id)
);
CREATE INDEX lmskit_session_member_by_user ON lmskit_session_member (user_id, session_id);
