-- Seed 004, portfolio "Nom du candidat": a name search matches any part of the last or first name, so it is
-- a LIKE '%fragment%' on the keys, which a B-tree cannot serve. pg_trgm's GIN operator class can, for
-- fragments of three characters or more; pg_trgm ships with PostgreSQL and is a trusted extension
-- (PostgreSQL 13+): the database owner may create it without superuser rights. A fragment of one or two
-- characters (the seed's own example is "co") gives no trigram: name_grams holds every one- and two-character
-- piece of both keys, and its GIN index answers name_grams @> ARRAY[fragment] exactly. Version 8 fills the
-- keys and the grams, in Java.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE lmskit_candidate ADD COLUMN name_grams TEXT[] NOT NULL DEFAULT '{}';

CREATE INDEX lmskit_candidate_last_name_trgm ON lmskit_candidate USING GIN (last_name_key gin_trgm_ops);
CREATE INDEX lmskit_candidate_first_name_trgm ON lmskit_candidate USING GIN (first_name_key gin_trgm_ops);
CREATE INDEX lmskit_candidate_name_grams ON lmskit_candidate USING GIN (name_grams);
