-- Library digital-help sessions. While a session runs, each citizen in it is a row in
-- library_participants (an optional nickname, where they are, whether they wait for help).
-- When it ends those rows are deleted: only the counts on the session and its topics remain.

CREATE TABLE library_sessions (
    id            TEXT PRIMARY KEY,
    unit_id       TEXT NOT NULL REFERENCES units (id),
    started_by    TEXT REFERENCES people (id),
    -- The join code while the session runs; NULL once it has ended, so it can be reused.
    code          TEXT UNIQUE,
    -- JSON array of the chosen course slugs.
    topics        TEXT NOT NULL,
    started_at    BIGINT NOT NULL,
    ended_at      BIGINT,
    participants  BIGINT NOT NULL DEFAULT 0,
    help_requests BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX library_sessions_by_unit ON library_sessions (unit_id, started_at);

CREATE TABLE library_participants (
    -- Shown to the guide.
    id          TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES library_sessions (id),
    -- SHA-256 of the participant's secret, which only their browser holds.
    token_hash  TEXT NOT NULL UNIQUE,
    nickname    TEXT,
    course_slug TEXT,
    lesson      BIGINT,
    joined_at   BIGINT NOT NULL,
    active_at   BIGINT NOT NULL,
    help_since  BIGINT
);

CREATE INDEX library_participants_by_session ON library_participants (session_id);

-- The courses each participant opened (and finished) while the session runs.
CREATE TABLE library_participant_courses (
    participant_id TEXT NOT NULL REFERENCES library_participants (id),
    course_slug    TEXT NOT NULL,
    finished       BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (participant_id, course_slug)
);

-- What remains of them once the session has ended: counts per course.
CREATE TABLE library_session_courses (
    session_id  TEXT NOT NULL REFERENCES library_sessions (id),
    course_slug TEXT NOT NULL,
    opened      BIGINT NOT NULL,
    finished    BIGINT NOT NULL,
    PRIMARY KEY (session_id, course_slug)
);

-- A code that lets an anonymous learner continue on another device. Only its hash is kept.
CREATE TABLE resume_codes (
    code_hash  TEXT PRIMARY KEY,
    learner_id TEXT NOT NULL UNIQUE REFERENCES learners (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);

-- Anonymous learners are deleted after a period of inactivity (`citizen_retention_days`).
CREATE INDEX learners_by_last_seen ON learners (last_seen_at);
