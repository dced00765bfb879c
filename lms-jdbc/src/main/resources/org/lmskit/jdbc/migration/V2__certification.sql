-- lmskit schema, version 2: certification paths, achievements, case studies, question bank,
-- program quiz attempts, learning quizzes, certificates.

CREATE TABLE lmskit_certification_path (
    path_id            TEXT COLLATE "C" PRIMARY KEY,
    certifying         BOOLEAN NOT NULL,
    mandatory_themes   TEXT[]  NOT NULL,
    required_workshops INTEGER NOT NULL,
    -- the case study's questions, in order; the three arrays have the same length
    question_ids       TEXT[]    NOT NULL,
    question_prompts   TEXT[]    NOT NULL,
    question_points    NUMERIC[] NOT NULL,
    version            BIGINT    NOT NULL CHECK (version > 0)
);

CREATE TABLE lmskit_achievement (
    learner_id TEXT   NOT NULL,
    path_id    TEXT   NOT NULL,
    badges     TEXT[] NOT NULL,
    workshops  TEXT[] NOT NULL,
    version    BIGINT NOT NULL CHECK (version > 0),
    PRIMARY KEY (path_id, learner_id)
);

CREATE TABLE lmskit_case_study (
    learner_id       TEXT        NOT NULL,
    path_id          TEXT        NOT NULL,
    status           TEXT        NOT NULL,
    answer_questions TEXT[]      NOT NULL,
    answer_texts     TEXT[]      NOT NULL,
    point_questions  TEXT[]      NOT NULL,
    point_values     NUMERIC[]   NOT NULL,
    grade            NUMERIC(4, 2),
    level            TEXT,
    corrector_id     TEXT,
    comment          TEXT,
    review_requested BOOLEAN     NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    submitted_at     TIMESTAMPTZ,
    corrected_at     TIMESTAMPTZ,
    version          BIGINT      NOT NULL CHECK (version > 0),
    PRIMARY KEY (learner_id, path_id)
);
CREATE INDEX lmskit_case_study_pile ON lmskit_case_study (path_id, status, (coalesce(submitted_at, started_at)), learner_id COLLATE "C");

CREATE TABLE lmskit_question (
    question_id    TEXT COLLATE "C" PRIMARY KEY,
    theme_id       TEXT    NOT NULL,
    difficulty     INTEGER NOT NULL,
    lesson_id      TEXT,
    prompt         TEXT    NOT NULL,
    choices        TEXT[]  NOT NULL,
    correct_choice INTEGER NOT NULL
);
CREATE INDEX lmskit_question_by_theme ON lmskit_question (theme_id, difficulty, question_id);
CREATE INDEX lmskit_question_by_lesson ON lmskit_question (lesson_id, question_id) WHERE lesson_id IS NOT NULL;

CREATE TABLE lmskit_program_quiz_attempt (
    attempt_id           TEXT COLLATE "C" PRIMARY KEY,
    learner_id           TEXT        NOT NULL,
    path_id              TEXT        NOT NULL,
    theme_id             TEXT        NOT NULL,
    seed                 BIGINT      NOT NULL,
    policy               TEXT        NOT NULL,
    status               TEXT        NOT NULL,
    -- the asked questions, in order; correct is null while unanswered
    asked_questions      TEXT[]      NOT NULL,
    asked_difficulties   INTEGER[]   NOT NULL,
    asked_correct        BOOLEAN[]   NOT NULL,
    score                NUMERIC(4, 2),
    highest_level_passed INTEGER     NOT NULL,
    passed               BOOLEAN     NOT NULL,
    started_at           TIMESTAMPTZ NOT NULL,
    finished_at          TIMESTAMPTZ,
    version              BIGINT      NOT NULL CHECK (version > 0)
);
CREATE INDEX lmskit_program_quiz_attempt_by_learner ON lmskit_program_quiz_attempt (learner_id, theme_id, started_at, attempt_id);

CREATE TABLE lmskit_learning_quiz (
    learner_id   TEXT        NOT NULL,
    sequence     INTEGER     NOT NULL,
    question_ids TEXT[]      NOT NULL,
    delivered_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (learner_id, sequence)
);

CREATE TABLE lmskit_certificate (
    certificate_id TEXT PRIMARY KEY,
    learner_id     TEXT          NOT NULL,
    path_id        TEXT          NOT NULL,
    level          TEXT          NOT NULL,
    grade          NUMERIC(4, 2) NOT NULL,
    issued_at      TIMESTAMPTZ   NOT NULL,
    regenerated_at TIMESTAMPTZ,
    revoked_at     TIMESTAMPTZ,
    version        BIGINT        NOT NULL CHECK (version > 0),
    UNIQUE (learner_id, path_id)
);
