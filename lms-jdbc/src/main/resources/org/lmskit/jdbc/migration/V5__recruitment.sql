-- lmskit schema, version 5: the recruitment pool and the companies' follow-up cards (seed 004, SAR).

CREATE TABLE lmskit_candidate (
    candidate_id         TEXT COLLATE "C" PRIMARY KEY,
    civility             TEXT        NOT NULL,
    last_name            TEXT COLLATE "C" NOT NULL,
    first_name           TEXT COLLATE "C" NOT NULL,
    -- the names lower-cased by the adapter (Java, Locale.ROOT), so prefix search ignores case like the in-memory store
    last_name_key        TEXT COLLATE "C" NOT NULL,
    first_name_key       TEXT COLLATE "C" NOT NULL,
    area                 TEXT        NOT NULL,
    city                 TEXT        NOT NULL,
    current_jobs         TEXT[]      NOT NULL,
    classification       TEXT        NOT NULL,
    classified_at        TIMESTAMPTZ NOT NULL,
    study_level          TEXT        NOT NULL,
    experience           TEXT        NOT NULL,
    -- skill i is (skill_themes[i], skill_names[i], skill_masteries[i]); training i is (training_codes[i], training_links[i])
    skill_themes         TEXT[]      NOT NULL,
    skill_names          TEXT[]      NOT NULL,
    skill_masteries      TEXT[]      NOT NULL,
    training_codes       TEXT[]      NOT NULL,
    training_links       TEXT[]      NOT NULL,
    situation            TEXT        NOT NULL,
    situation_changed_on DATE        NOT NULL,
    submitted_by         TEXT        NOT NULL,
    documents            TEXT[]      NOT NULL,
    version              BIGINT      NOT NULL CHECK (version > 0)
);
CREATE INDEX lmskit_candidate_by_name ON lmskit_candidate (last_name, first_name, candidate_id);
CREATE INDEX lmskit_candidate_by_job ON lmskit_candidate USING GIN (current_jobs);
-- the exact-match criteria of the pool filter; PostgreSQL 18 skip-scans it when the area is not given
CREATE INDEX lmskit_candidate_exact ON lmskit_candidate (area, study_level, classification, experience);

CREATE TABLE lmskit_follow_up_card (
    card_id           TEXT COLLATE "C" PRIMARY KEY,
    company_id        TEXT COLLATE "C" NOT NULL,
    candidate_id      TEXT COLLATE "C" NOT NULL,
    title             TEXT        NOT NULL,
    created_by        TEXT COLLATE "C" NOT NULL,
    result            TEXT        NOT NULL,
    status            TEXT        NOT NULL,
    actions           TEXT[]      NOT NULL,
    non_response      BOOLEAN     NOT NULL,
    comment           TEXT,
    rejection_causes  TEXT[]      NOT NULL,
    recruited_on      DATE,
    contract_type     TEXT,
    contract_end      DATE,
    recruitment_state TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    updated_by        TEXT        NOT NULL,
    due_at            TIMESTAMPTZ,
    version           BIGINT      NOT NULL CHECK (version > 0),
    CONSTRAINT lmskit_follow_up_card_one_per_candidate UNIQUE (company_id, candidate_id),
    CHECK ((recruited_on IS NULL) = (contract_type IS NULL) AND (contract_type IS NULL) = (recruitment_state IS NULL))
);
CREATE INDEX lmskit_follow_up_card_overdue ON lmskit_follow_up_card (company_id, created_by, due_at);
CREATE INDEX lmskit_follow_up_card_by_created ON lmskit_follow_up_card (company_id, created_at, card_id);
