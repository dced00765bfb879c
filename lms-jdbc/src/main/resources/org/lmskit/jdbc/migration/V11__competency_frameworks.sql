-- Competency frameworks imported from IMS CASE packages. A framework is its CASE document; each of its nodes is
-- a CASE item or rubric and the catalogue record it became (a competency code, a profile id, a scale id). A
-- catalogue record is held by one framework at most: the unique (kind, key) makes two imports racing for the
-- same code fail one of them instead of both holding it.
CREATE TABLE lmskit_framework (
    framework_id TEXT COLLATE "C" PRIMARY KEY,
    title        TEXT        NOT NULL,
    creator      TEXT        NOT NULL,
    description  TEXT        NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL,
    version      BIGINT      NOT NULL CHECK (version > 0)
);

CREATE TABLE lmskit_framework_node (
    framework_id TEXT COLLATE "C" NOT NULL REFERENCES lmskit_framework ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position > 0),
    identifier   TEXT COLLATE "C" NOT NULL,
    kind         TEXT COLLATE "C" NOT NULL CHECK (kind IN ('competency', 'profile', 'scale')),
    key          TEXT COLLATE "C" NOT NULL,
    parents      TEXT[]  NOT NULL,
    criterion    TEXT,
    PRIMARY KEY (framework_id, position),
    CONSTRAINT lmskit_framework_node_held_once UNIQUE (kind, key)
);
