-- lmskit schema, version 6: adaptive courses (seeds 000, 001, 003): lessons, courses, paths, enrolments, progress.

CREATE TABLE lmskit_lesson (
    lesson_id        TEXT COLLATE "C" PRIMARY KEY,
    title            TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    duration_seconds BIGINT  NOT NULL,
    optional         BOOLEAN NOT NULL,
    -- target i is (target_codes[i], target_levels[i]); a null level means "the level the learner's job requires"
    target_codes     TEXT[]  NOT NULL,
    target_levels    TEXT[]  NOT NULL,
    version          BIGINT  NOT NULL CHECK (version > 0)
);

CREATE TABLE lmskit_course (
    course_id      TEXT COLLATE "C" PRIMARY KEY,
    title          TEXT    NOT NULL,
    -- section i is titled section_titles[i] and holds the next section_sizes[i] ids of lesson_ids
    section_titles TEXT[]  NOT NULL,
    section_sizes  INTEGER[] NOT NULL,
    lesson_ids     TEXT[]  NOT NULL,
    tutors         TEXT[]  NOT NULL,
    version        BIGINT  NOT NULL CHECK (version > 0)
);

CREATE TABLE lmskit_learning_path (
    path_id          TEXT COLLATE "C" PRIMARY KEY,
    title            TEXT      NOT NULL,
    locks_workshops  BOOLEAN   NOT NULL,
    -- themes hold the next theme_sizes[i] modules; modules the next module_sizes[j] lessons; workshops likewise
    theme_ids        TEXT[]    NOT NULL,
    theme_titles     TEXT[]    NOT NULL,
    theme_quizzes    BOOLEAN[] NOT NULL,
    theme_sizes      INTEGER[] NOT NULL,
    module_ids       TEXT[]    NOT NULL,
    module_titles    TEXT[]    NOT NULL,
    module_sizes     INTEGER[] NOT NULL,
    lesson_ids       TEXT[]    NOT NULL,
    workshop_ids     TEXT[]    NOT NULL,
    workshop_titles  TEXT[]    NOT NULL,
    workshop_sizes   INTEGER[] NOT NULL,
    workshop_modules TEXT[]    NOT NULL,
    version          BIGINT    NOT NULL CHECK (version > 0)
);

CREATE TABLE lmskit_enrolment (
    course_id      TEXT COLLATE "C" NOT NULL,
    learner_id     TEXT COLLATE "C" NOT NULL,
    type           TEXT        NOT NULL,
    enrolled_at    TIMESTAMPTZ NOT NULL,
    due_on         DATE,
    enrolled_by    TEXT        NOT NULL,
    waived_lessons TEXT[]      NOT NULL,
    waived_reasons TEXT[]      NOT NULL,
    adapted_at     TIMESTAMPTZ,
    version        BIGINT      NOT NULL CHECK (version > 0),
    PRIMARY KEY (course_id, learner_id)
);
CREATE INDEX lmskit_enrolment_by_learner ON lmskit_enrolment (learner_id, course_id);

CREATE TABLE lmskit_lesson_progress (
    learner_id          TEXT COLLATE "C" NOT NULL,
    lesson_id           TEXT COLLATE "C" NOT NULL,
    status              TEXT      NOT NULL,
    completed_by        TEXT,
    awaiting_correction BOOLEAN   NOT NULL,
    -- attempt i: (attempt_at_micros[i] since the epoch, attempt_status[i], attempt_score[i], attempt_seconds[i])
    attempt_at_micros   BIGINT[]  NOT NULL,
    attempt_status      TEXT[]    NOT NULL,
    attempt_score       NUMERIC[] NOT NULL,
    attempt_seconds     BIGINT[]  NOT NULL,
    seconds_spent       BIGINT    NOT NULL,
    score               NUMERIC,
    status_at           TIMESTAMPTZ,
    version             BIGINT    NOT NULL CHECK (version > 0),
    PRIMARY KEY (learner_id, lesson_id)
);
