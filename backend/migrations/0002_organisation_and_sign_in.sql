-- The organisation (units, job roles, minimum levels, people, permissions) and sign-in sessions.

-- A tree of units; each municipality is a root. `path` lists the ids from the root down,
-- '/root/child/…/self/', so "is X in the subtree of Y" is a prefix test in one query.
CREATE TABLE units (
    id              TEXT PRIMARY KEY,
    parent_id       TEXT REFERENCES units (id),
    municipality_id TEXT NOT NULL,
    code            TEXT NOT NULL,
    name            TEXT NOT NULL,
    path            TEXT NOT NULL,
    depth           BIGINT NOT NULL,
    created_at      BIGINT NOT NULL,
    UNIQUE (municipality_id, code)
);

CREATE INDEX units_by_path ON units (path);
CREATE INDEX units_by_parent ON units (parent_id);

-- Job roles of a municipality. The one role with baseline = 1 holds the requirements that
-- everyone in the municipality has, whatever their roles.
CREATE TABLE job_roles (
    id              TEXT PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES units (id),
    code            TEXT NOT NULL,
    name            TEXT NOT NULL,
    baseline        BIGINT NOT NULL,
    created_at      BIGINT NOT NULL,
    UNIQUE (municipality_id, code)
);

CREATE UNIQUE INDEX job_roles_one_baseline ON job_roles (municipality_id) WHERE baseline = 1;

-- The minimum level (1–8) of a competence for a job role; no row means no requirement.
CREATE TABLE role_requirements (
    role_id    TEXT NOT NULL REFERENCES job_roles (id) ON DELETE CASCADE,
    framework  TEXT NOT NULL,
    competence TEXT NOT NULL,
    level      BIGINT NOT NULL,
    PRIMARY KEY (role_id, framework, competence)
);

-- People. Only a superadmin may belong to no municipality. Nobody is ever deleted:
-- leaving the organisation sets active = 0, so their history stays.
CREATE TABLE people (
    id              TEXT PRIMARY KEY,
    municipality_id TEXT REFERENCES units (id),
    unit_id         TEXT REFERENCES units (id),
    employee_number TEXT,
    name            TEXT NOT NULL,
    email           TEXT UNIQUE,
    -- Name, e-mail and employee number in lower case, for searching (SQLite's LOWER()
    -- only knows ASCII, and Nordic names are not).
    search_text     TEXT NOT NULL,
    password_hash   TEXT,
    active          BIGINT NOT NULL,
    superadmin      BIGINT NOT NULL,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    UNIQUE (municipality_id, employee_number)
);

CREATE INDEX people_by_unit ON people (unit_id);

CREATE TABLE person_roles (
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role_id   TEXT NOT NULL REFERENCES job_roles (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, role_id)
);

CREATE INDEX person_roles_by_role ON person_roles (role_id);

-- Permissions, each on a unit and every unit under it: manager, admin or guide.
CREATE TABLE grants (
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    unit_id   TEXT NOT NULL REFERENCES units (id),
    kind      TEXT NOT NULL,
    PRIMARY KEY (person_id, unit_id, kind)
);

CREATE INDEX grants_by_unit ON grants (unit_id);

-- Sign-in sessions. Only a hash of the cookie's secret is stored, so a copy of the
-- database does not let anyone sign in as someone else.
CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);

CREATE INDEX sessions_by_person ON sessions (person_id);
