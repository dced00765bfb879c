-- Seed 003, "Le pourcentage est proportionné comme suit": a workshop has six steps, and only a workshop with
-- every step done (100 %) counts toward the case study. Steps are kept as two parallel arrays, one element
-- per (workshop, step) done. A workshop recorded as done before this version had every step done.
ALTER TABLE lmskit_achievement
    ADD COLUMN step_workshops TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN step_codes     TEXT[] NOT NULL DEFAULT '{}';

UPDATE lmskit_achievement a
SET step_workshops = s.workshops, step_codes = s.codes
FROM (SELECT path_id, learner_id,
             array_agg(w ORDER BY w, n) AS workshops,
             array_agg(code ORDER BY w, n) AS codes
      FROM lmskit_achievement,
           unnest(workshops) AS w,
           unnest(ARRAY['INTRODUCTION_VIDEO_WATCHED', 'INTRODUCTION_QUESTION_ANSWERED', 'MAIN_VIDEO_WATCHED',
                        'MAIN_QUESTIONS_ANSWERED', 'CORRECTIONS_DONE', 'CONCLUSION_VIDEO_WATCHED'])
               WITH ORDINALITY AS step(code, n)
      GROUP BY path_id, learner_id) s
WHERE a.path_id = s.path_id AND a.learner_id = s.learner_id;

ALTER TABLE lmskit_achievement
    DROP COLUMN workshops,
    ALTER COLUMN step_workshops DROP DEFAULT,
    ALTER COLUMN step_codes DROP DEFAULT,
    ADD CONSTRAINT lmskit_achievement_steps_paired
        CHECK (cardinality(step_workshops) = cardinality(step_codes));
