-- Seed 003: "les apprenants ayant déjà débuté leur cas pratique conserveront celui qu'ils ont commencé. Les
-- autres entameront le nouveau cas." A path keeps every version of its case study, flattened in its question
-- arrays with the version each question belongs to; an attempt records the version it started on. Before this
-- version a path had one case study: it becomes version 1, and every attempt stays on it.
ALTER TABLE lmskit_certification_path
    ADD COLUMN question_versions INTEGER[] NOT NULL DEFAULT '{}';

UPDATE lmskit_certification_path
SET question_versions = coalesce(array_fill(1, ARRAY[cardinality(question_ids)]), '{}')
WHERE cardinality(question_ids) > 0;

ALTER TABLE lmskit_certification_path
    ALTER COLUMN question_versions DROP DEFAULT,
    ADD CONSTRAINT lmskit_certification_path_questions_paired
        CHECK (cardinality(question_versions) = cardinality(question_ids));

ALTER TABLE lmskit_case_study
    ADD COLUMN case_study_version INTEGER NOT NULL DEFAULT 1 CHECK (case_study_version > 0);

ALTER TABLE lmskit_case_study
    ALTER COLUMN case_study_version DROP DEFAULT;
