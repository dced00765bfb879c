-- lmskit schema, version 15: each learner's heads of one source packed into one row.
-- V14's heads cut a team view of 10,000 learners x 11 competencies from 550,000 rows to 110,000, but PostgreSQL still
-- pays per row: finding, forming and sending 110,000 rows, and pgjdbc decoding them, took ~250 ms. Here the heads of
-- each (learner, source) are one text value, so the same view reads 10,000 rows (one per learner and source asked).
-- The text only carries records; what counts, and which wins, is still decided by lms-core.
--
-- Format of lmskit_positioning_pack.heads: the records of the line heads, ordered by competency, instant and id, each
-- as seven fields in a row: id, competency_code, level_code, actor_id, at (microseconds since 1970-01-01T00:00Z),
-- score, comment. A field is "~" for NULL, otherwise the length of its value in UTF-8 bytes, ":" and the value (so a
-- value may hold any character, separators included; the adapter reads the bytes its UTF-8 connection receives).
-- An empty text: the learner has no positioning of that source any more.
--
-- Writers of one (learner, source) now take turns: each locks the pack row first, so the next one's statements see
-- what the previous one committed, and the heads hold exactly the newest rows of each line (no row a race kept).
-- "C" collation: a team's ten thousand ids are sorted and compared bytewise, not by the locale's rules.
CREATE TABLE lmskit_positioning_pack (
    learner_id TEXT COLLATE "C" NOT NULL,
    source     TEXT COLLATE "C" NOT NULL,
    heads      TEXT NOT NULL,
    PRIMARY KEY (learner_id, source)
);

CREATE FUNCTION lmskit_pack_field(v TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN v IS NULL THEN '~' ELSE octet_length(convert_to(v, 'UTF8')) || ':' || v END
$$;

-- Takes the (learner, source) pack row's lock, creating the row if needed; waits for a writer that holds it.
CREATE FUNCTION lmskit_positioning_pack_lock(learner TEXT, kind TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO lmskit_positioning_pack (learner_id, source, heads) VALUES (learner, kind, '')
    ON CONFLICT (learner_id, source) DO NOTHING;
    PERFORM 1 FROM lmskit_positioning_pack WHERE learner_id = learner AND source = kind FOR UPDATE;
END $$;

-- One head, packed: its seven fields one after the other.
CREATE FUNCTION lmskit_pack_record(id BIGINT, competency_code TEXT, level_code TEXT, actor_id TEXT, at TIMESTAMPTZ,
                                   score NUMERIC, comment TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lmskit_pack_field(id::text) || lmskit_pack_field(competency_code) || lmskit_pack_field(level_code)
           || lmskit_pack_field(actor_id) || lmskit_pack_field(((extract(epoch FROM at) * 1000000)::bigint)::text)
           || lmskit_pack_field(score::text) || lmskit_pack_field(comment)
$$;

-- Packs the heads of one (learner, source) again (after a host's UPDATE or DELETE).
CREATE FUNCTION lmskit_positioning_pack_rebuild(learner TEXT, kind TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE lmskit_positioning_pack SET heads = coalesce((
        SELECT string_agg(lmskit_pack_record(h.id, h.competency_code, h.level_code, h.actor_id, h.at, h.score,
                                             h.comment), '' ORDER BY h.competency_code, h.at, h.id)
        FROM lmskit_positioning_head h WHERE h.learner_id = learner AND h.source = kind), '')
    WHERE learner_id = learner AND source = kind;
END $$;

-- V14's insert trigger becomes one per statement, over the rows the statement inserted: the same heads for lmskit's
-- appends (one row each), and a host's bulk load of half a million positionings packs each pair once, not once a row.
DROP TRIGGER lmskit_positioning_head_insert ON lmskit_positioning;
DROP FUNCTION lmskit_positioning_head_insert();

CREATE FUNCTION lmskit_positioning_heads_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- the packs of the (learner, source) pairs written, locked in one order; later statements see what the
    -- writers before this one committed
    INSERT INTO lmskit_positioning_pack (learner_id, source, heads)
    SELECT DISTINCT learner_id, source, '' FROM inserted ORDER BY 1, 2
    ON CONFLICT (learner_id, source) DO NOTHING;
    PERFORM 1 FROM lmskit_positioning_pack p
    WHERE (p.learner_id, p.source) IN (SELECT learner_id, source FROM inserted)
    ORDER BY p.learner_id, p.source FOR UPDATE;
    -- the newest inserted rows of each line, unless a head of the line is newer; they replace older heads
    WITH fresh AS (
        SELECT n.id, n.learner_id, n.competency_code, n.level_code, n.source, n.actor_id, n.at, n.score, n.comment
        FROM (SELECT i.*, rank() OVER (PARTITION BY i.learner_id, i.competency_code, i.source ORDER BY i.at DESC) AS r
              FROM inserted i) n
        WHERE n.r = 1
          AND NOT EXISTS (SELECT 1 FROM lmskit_positioning_head h
                          WHERE h.learner_id = n.learner_id AND h.competency_code = n.competency_code
                            AND h.source = n.source AND h.at > n.at)
    ), replaced AS (
        DELETE FROM lmskit_positioning_head h USING fresh f
        WHERE h.learner_id = f.learner_id AND h.competency_code = f.competency_code AND h.source = f.source
          AND h.at < f.at
    )
    INSERT INTO lmskit_positioning_head (id, learner_id, competency_code, level_code, source, actor_id, at, score, comment)
    SELECT * FROM fresh;
    -- set-based, so that a bulk load is packed by one join whatever the statistics say of the heads so far
    UPDATE lmskit_positioning_pack p SET heads = packed.heads
    FROM (SELECT h.learner_id, h.source,
                 string_agg(lmskit_pack_record(h.id, h.competency_code, h.level_code, h.actor_id, h.at, h.score,
                                               h.comment), '' ORDER BY h.competency_code, h.at, h.id) AS heads
          FROM (SELECT DISTINCT learner_id, source FROM inserted) written
          JOIN lmskit_positioning_head h ON h.learner_id = written.learner_id AND h.source = written.source
          GROUP BY h.learner_id, h.source) packed
    WHERE p.learner_id = packed.learner_id AND p.source = packed.source;
    RETURN NULL;
END $$;

CREATE TRIGGER lmskit_positioning_heads_inserted AFTER INSERT ON lmskit_positioning
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION lmskit_positioning_heads_inserted();

-- V14's trigger for a host's UPDATE or DELETE: the same line rebuild, under the packs' locks (taken in the packs'
-- order, bytewise like the insert trigger's, so that writers crossing the same two packs wait rather than
-- deadlock), then the packs.
CREATE OR REPLACE FUNCTION lmskit_positioning_head_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved BOOLEAN := TG_OP = 'UPDATE' AND (NEW.learner_id, NEW.source) IS DISTINCT FROM (OLD.learner_id, OLD.source);
    first BOOLEAN := moved AND (NEW.learner_id COLLATE "C", NEW.source COLLATE "C")
                               < (OLD.learner_id COLLATE "C", OLD.source COLLATE "C");
BEGIN
    IF first THEN
        PERFORM lmskit_positioning_pack_lock(NEW.learner_id, NEW.source);
    END IF;
    PERFORM lmskit_positioning_pack_lock(OLD.learner_id, OLD.source);
    IF moved AND NOT first THEN
        PERFORM lmskit_positioning_pack_lock(NEW.learner_id, NEW.source);
    END IF;
    PERFORM lmskit_positioning_head_rebuild_line(OLD.learner_id, OLD.competency_code, OLD.source);
    PERFORM lmskit_positioning_pack_rebuild(OLD.learner_id, OLD.source);
    IF TG_OP = 'UPDATE' THEN
        PERFORM lmskit_positioning_head_rebuild_line(NEW.learner_id, NEW.competency_code, NEW.source);
        PERFORM lmskit_positioning_pack_rebuild(NEW.learner_id, NEW.source);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION lmskit_positioning_head_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lmskit_positioning_head;
    DELETE FROM lmskit_positioning_pack;
    RETURN NULL;
END $$;

-- What a race under V14 may have left: a head older than another of its line. Gone, then every pack filled.
DELETE FROM lmskit_positioning_head h
WHERE EXISTS (SELECT 1 FROM lmskit_positioning_head n
              WHERE n.learner_id = h.learner_id AND n.competency_code = h.competency_code AND n.source = h.source
                AND n.at > h.at);

INSERT INTO lmskit_positioning_pack (learner_id, source, heads)
SELECT h.learner_id, h.source,
       string_agg(lmskit_pack_record(h.id, h.competency_code, h.level_code, h.actor_id, h.at, h.score, h.comment), ''
                  ORDER BY h.competency_code, h.at, h.id)
FROM lmskit_positioning_head h
GROUP BY h.learner_id, h.source;
