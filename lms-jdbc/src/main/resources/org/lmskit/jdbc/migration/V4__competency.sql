-- lmskit schema, version 4: competency catalogue, target jobs, positionings, interim reviews.

CREATE TABLE lmskit_scale (
    scale_id           TEXT COLLATE "C" PRIMARY KEY,
    name               TEXT    NOT NULL,
    level_codes        TEXT[]  NOT NULL,
    level_labels       TEXT[]  NOT NULL,
    level_descriptions TEXT[]  NOT NULL,
    not_applicable     BOOLEAN NOT NULL,
    version            BIGINT  NOT NULL CHECK (version > 0)
);

CREATE TABLE lmskit_competency (
    code             TEXT COLLATE "C" PRIMARY KEY,
    title            TEXT      NOT NULL,
    description      TEXT      NOT NULL,
    scale_id         TEXT      NOT NULL,
    threshold_scores NUMERIC[] NOT NULL,
    threshold_levels TEXT[]    NOT NULL,
    version          BIGINT    NOT NULL CHECK (version > 0)
);

CREATE TABLE lmskit_profile (
    profile_id       TEXT COLLATE "C" PRIMARY KEY,
    name             TEXT   NOT NULL,
    competency_codes TEXT[] NOT NULL,
    version          BIGINT NOT NULL CHECK (version > 0)
);

CREATE TABLE lmskit_job (
    job_id             TEXT COLLATE "C" PRIMARY KEY,
    title              TEXT   NOT NULL,
    profile_ids        TEXT[] NOT NULL,
    -- required level per competency; a null level means "not applicable"
    requirement_codes  TEXT[] NOT NULL,
    requirement_levels TEXT[] NOT NULL,
    version            BIGINT NOT NULL CHECK (version > 0)
);

CREATE TABLE lmskit_job_assignment (
    learner_id  TEXT PRIMARY KEY,
    job_id      TEXT        NOT NULL,
    assigned_at TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL CHECK (version > 0)
);

CREATE TABLE lmskit_positioning (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    learner_id      TEXT        NOT NULL,
    competency_code TEXT        NOT NULL,
    level_code      TEXT,
    source          TEXT        NOT NULL,
    actor_id        TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    score           NUMERIC,
    comment         TEXT
);
CREATE INDEX lmskit_positioning_by_learner ON lmskit_positioning (learner_id, at, id);

CREATE TABLE lmskit_interim_review (
    review_id      TEXT COLLATE "C" PRIMARY KEY,
    learner_id     TEXT        NOT NULL,
    status         TEXT        NOT NULL,
    level_codes    TEXT[]      NOT NULL,
    level_values   TEXT[]      NOT NULL,
    not_applicable TEXT[]      NOT NULL,
    findings       TEXT        NOT NULL,
    advice         TEXT        NOT NULL,
    author_id      TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    finalized_at   TIMESTAMPTZ,
    finalized_by   TEXT,
    version        BIGINT      NOT NULL CHECK (version > 0)
);
CREATE INDEX lmskit_interim_review_by_learner ON lmskit_interim_review (learner_id, created_at, review_id);
