-- Written in the SQL that SQLite and PostgreSQL share: TEXT ids made by the server,
-- BIGINT times in Unix seconds and BIGINT 0/1 flags.

CREATE TABLE learners (
    id           TEXT PRIMARY KEY,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);

CREATE TABLE quiz_attempts (
    id             TEXT PRIMARY KEY,
    learner_id     TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    course_slug    TEXT NOT NULL,
    course_version BIGINT NOT NULL,
    lang           TEXT NOT NULL,
    score          BIGINT NOT NULL,
    max_score      BIGINT NOT NULL,
    passed         BIGINT NOT NULL,
    answers        TEXT NOT NULL,
    created_at     BIGINT NOT NULL
);

CREATE INDEX quiz_attempts_by_learner ON quiz_attempts (learner_id, course_slug);
