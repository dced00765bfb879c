-- Seed 004, portfolio "Nom du candidat": a name search matches any part of the last or first name, so it is
-- a LIKE '%fragment%' on the keys, which a B-tree cannot serve. pg_trgm's GIN operator class can (fragments
-- of three characters or more use the index; shorter ones scan it). pg_trgm ships with PostgreSQL and is a
-- trusted extension (PostgreSQL 13+): the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX lmskit_candidate_last_name_trgm ON lmskit_candidate USING GIN (last_name_key gin_trgm_ops);
CREATE INDEX lmskit_candidate_first_name_trgm ON lmskit_candidate USING GIN (first_name_key gin_trgm_ops);
