-- lmskit schema, version 14: the newest positionings of each (learner, competency, source), kept beside the history.
-- A team view under a "latest wins" rule wants one positioning per line of each learner's job. V12's index hands
-- them over in order, but PostgreSQL has no loose index scan: it still walks every positioning of the team to
-- find them (440,000 index entries for 10,000 learners x 11 competencies x 5 positionings, ~500 ms). This table
-- holds only the heads, so the view reads 110,000 rows, not 550,000.
--
-- What it holds: every positioning at the newest instant of its (learner, competency, source), and possibly
-- older ones that two transactions racing on the same line both kept (each checks only what is committed).
-- A reader therefore still keeps, per (learner, competency), the rows at the newest instant of the sources it
-- asks: a superset of the heads answers exactly like the heads. Nothing older than a committed newer row of the
-- same line stays, since each insert removes them.
--
-- Kept by triggers, in the writing transaction, so a host that loads positionings by SQL keeps it too.
CREATE TABLE lmskit_positioning_head (
    id              BIGINT PRIMARY KEY,
    learner_id      TEXT        NOT NULL,
    competency_code TEXT        NOT NULL,
    level_code      TEXT,
    source          TEXT        NOT NULL,
    actor_id        TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    score           NUMERIC,
    comment         TEXT
);
CREATE INDEX lmskit_positioning_head_by_line ON lmskit_positioning_head (learner_id, competency_code, source, at);

CREATE FUNCTION lmskit_positioning_head_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM lmskit_positioning_head h
               WHERE h.learner_id = NEW.learner_id AND h.competency_code = NEW.competency_code
                 AND h.source = NEW.source AND h.at > NEW.at) THEN
        RETURN NULL;
    END IF;
    DELETE FROM lmskit_positioning_head h
    WHERE h.learner_id = NEW.learner_id AND h.competency_code = NEW.competency_code
      AND h.source = NEW.source AND h.at < NEW.at;
    INSERT INTO lmskit_positioning_head (id, learner_id, competency_code, level_code, source, actor_id, at, score, comment)
    VALUES (NEW.id, NEW.learner_id, NEW.competency_code, NEW.level_code, NEW.source, NEW.actor_id, NEW.at, NEW.score,
            NEW.comment);
    RETURN NULL;
END $$;

-- The heads of one line, from the history (after a host changed it by SQL).
CREATE FUNCTION lmskit_positioning_head_rebuild_line(learner TEXT, code TEXT, kind TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lmskit_positioning_head h
    WHERE h.learner_id = learner AND h.competency_code = code AND h.source = kind;
    INSERT INTO lmskit_positioning_head (id, learner_id, competency_code, level_code, source, actor_id, at, score, comment)
    SELECT p.id, p.learner_id, p.competency_code, p.level_code, p.source, p.actor_id, p.at, p.score, p.comment
    FROM lmskit_positioning p
    WHERE p.learner_id = learner AND p.competency_code = code AND p.source = kind
      AND p.at = (SELECT max(q.at) FROM lmskit_positioning q
                  WHERE q.learner_id = learner AND q.competency_code = code AND q.source = kind);
END $$;

-- Positionings are append-only in lmskit; a host that corrects or erases one by SQL gets its line rebuilt, and
-- emptying the history empties the heads.
CREATE FUNCTION lmskit_positioning_head_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM lmskit_positioning_head_rebuild_line(OLD.learner_id, OLD.competency_code, OLD.source);
    IF TG_OP = 'UPDATE' THEN
        PERFORM lmskit_positioning_head_rebuild_line(NEW.learner_id, NEW.competency_code, NEW.source);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION lmskit_positioning_head_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lmskit_positioning_head;
    RETURN NULL;
END $$;

CREATE TRIGGER lmskit_positioning_head_insert AFTER INSERT ON lmskit_positioning
    FOR EACH ROW EXECUTE FUNCTION lmskit_positioning_head_insert();
CREATE TRIGGER lmskit_positioning_head_rebuild AFTER UPDATE OR DELETE ON lmskit_positioning
    FOR EACH ROW EXECUTE FUNCTION lmskit_positioning_head_rebuild();
CREATE TRIGGER lmskit_positioning_head_truncate AFTER TRUNCATE ON lmskit_positioning
    FOR EACH STATEMENT EXECUTE FUNCTION lmskit_positioning_head_truncate();

-- The heads of what is already stored (the rebuild above, for every line at once).
INSERT INTO lmskit_positioning_head (id, learner_id, competency_code, level_code, source, actor_id, at, score, comment)
SELECT id, learner_id, competency_code, level_code, source, actor_id, at, score, comment
FROM (SELECT p.*, rank() OVER (PARTITION BY learner_id, competency_code, source ORDER BY at DESC) AS newest
      FROM lmskit_positioning p) ranked
WHERE newest = 1;
