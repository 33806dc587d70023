-- The organisation report month by month. Each unit's own people (not those of the units under
-- it) are counted once a day during the month; the last count of a month stands for it. Counts,
-- not people, are kept, so the history survives people leaving, changing roles or moving.
CREATE TABLE report_snapshots (
    month      TEXT NOT NULL,
    unit_id    TEXT NOT NULL REFERENCES units (id),
    framework  TEXT NOT NULL,
    -- '' counts people meeting every minimum of their job; otherwise a competence id.
    competence TEXT NOT NULL,
    people     BIGINT NOT NULL,
    meeting    BIGINT NOT NULL,
    taken_at   BIGINT NOT NULL,
    PRIMARY KEY (month, unit_id, framework, competence)
);

-- The trend reads one competence ('') of every unit in scope, month by month.
CREATE INDEX report_snapshots_for_trend
    ON report_snapshots (framework, competence, unit_id, month, people, meeting);
