-- Evidence of competence: a level of one competence shown by passing a course's assessed quiz
-- (or, in demo mode, seeded as if it had been). Never deleted: an expired row simply stops
-- counting, so a person's history stays.
CREATE TABLE evidence (
    id             TEXT PRIMARY KEY,
    person_id      TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    course_slug    TEXT NOT NULL,
    course_version BIGINT NOT NULL,
    framework      TEXT NOT NULL,
    competence     TEXT NOT NULL,
    level          BIGINT NOT NULL,
    awarded_at     BIGINT NOT NULL,
    -- NULL: does not expire.
    expires_at     BIGINT
);

CREATE INDEX evidence_by_person ON evidence (person_id, framework, competence);
