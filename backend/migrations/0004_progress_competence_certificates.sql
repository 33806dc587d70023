-- Progress tied to people, certificates, assignments and self-assessment.

-- A browser's anonymous learner becomes a person's when they sign in on it; their earlier
-- progress is then carried over.
ALTER TABLE learners ADD COLUMN person_id TEXT REFERENCES people (id);
ALTER TABLE quiz_attempts ADD COLUMN person_id TEXT REFERENCES people (id);
CREATE INDEX quiz_attempts_by_person ON quiz_attempts (person_id, course_slug);

-- Each event under the id the browser gave it, so a retry is stored once.
CREATE TABLE progress_events (
    id          TEXT PRIMARY KEY,
    learner_id  TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    person_id   TEXT REFERENCES people (id),
    kind        TEXT NOT NULL,
    course_slug TEXT NOT NULL,
    lesson      BIGINT NOT NULL,
    occurred_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL
);

CREATE INDEX progress_events_by_learner ON progress_events (learner_id, course_slug);
CREATE INDEX progress_events_by_person ON progress_events (person_id, course_slug);

-- Proof of a passed course. The code is the secret in the verification link; the title is
-- kept as it was, so a certificate reads the same after the course changes.
CREATE TABLE certificates (
    code           TEXT PRIMARY KEY,
    person_id      TEXT NOT NULL REFERENCES people (id),
    -- NULL for certificates seeded by demo mode.
    attempt_id     TEXT UNIQUE REFERENCES quiz_attempts (id),
    course_slug    TEXT NOT NULL,
    course_title   TEXT NOT NULL,
    lang           TEXT NOT NULL,
    course_version BIGINT NOT NULL,
    framework      TEXT NOT NULL,
    -- JSON: [{"id": "4.2", "level": 3}, …]
    competences    TEXT NOT NULL,
    issued_at      BIGINT NOT NULL,
    valid_until    BIGINT
);

CREATE INDEX certificates_by_person ON certificates (person_id, course_slug);

-- A course a manager asked someone to take by a date.
CREATE TABLE assignments (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES people (id),
    course_slug TEXT NOT NULL,
    -- YYYY-MM-DD
    due_on      TEXT NOT NULL,
    assigned_by TEXT REFERENCES people (id),
    assigned_at BIGINT NOT NULL,
    UNIQUE (person_id, course_slug)
);

-- A person's own view of their level; shown, never counted as evidence.
CREATE TABLE self_assessments (
    person_id  TEXT NOT NULL REFERENCES people (id),
    framework  TEXT NOT NULL,
    competence TEXT NOT NULL,
    level      BIGINT NOT NULL,
    saved_at   BIGINT NOT NULL,
    PRIMARY KEY (person_id, framework, competence)
);
