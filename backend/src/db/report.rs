//! The organisation report's numbers, counted by the database, and their monthly snapshots.
//!
//! `counts` is the evidence rules of `competence::rules` written as SQL, so that 20,000 people
//! are counted without sending their rows to the server: a requirement is the highest level
//! over the person's job roles and the baseline (level 0 is none); it is met by valid evidence
//! (awarded by then, not yet expired) of at least that level. The tests check that it agrees
//! with the rules.

use sqlx::{AnyConnection, AnyPool};

/// One count of the report: the people of one unit (not those under it) whom a minimum
/// applies to, and how many of them meet it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitCount {
    pub unit_id: String,
    /// A competence id, or [`ALL`] for every minimum of the person's job.
    pub competence: String,
    pub people: i64,
    pub meeting: i64,
}

/// The `competence` of counts of people meeting every minimum of their job.
pub const ALL: &str = "";

/// Counts per unit and competence, plus [`ALL`], for the active people of the units under
/// any of `paths`, as of time `at`. One query.
pub async fn counts(
    pool: &AnyPool,
    paths: &[String],
    framework: &str,
    at: i64,
) -> Result<Vec<UnitCount>, sqlx::Error> {
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    let under: Vec<String> = (1..=paths.len())
        .map(|i| format!("u.path LIKE ${i}"))
        .collect();
    let (f, at_param) = (paths.len() + 1, paths.len() + 2);
    let sql = format!(
        "WITH scope AS ( \
           SELECT p.id AS person_id, p.unit_id, p.municipality_id FROM people p \
           JOIN units u ON u.id = p.unit_id WHERE p.active = 1 AND ({under})), \
         held AS ( \
           SELECT s.person_id, s.unit_id, pr.role_id FROM scope s \
           JOIN person_roles pr ON pr.person_id = s.person_id \
           UNION ALL \
           SELECT s.person_id, s.unit_id, r.id FROM scope s \
           JOIN job_roles r ON r.municipality_id = s.municipality_id AND r.baseline = 1), \
         required AS ( \
           SELECT h.person_id, h.unit_id, q.competence, MAX(q.level) AS level FROM held h \
           JOIN role_requirements q ON q.role_id = h.role_id \
           WHERE q.framework = ${f} AND q.level > 0 \
           GROUP BY h.person_id, h.unit_id, q.competence), \
         achieved AS ( \
           SELECT e.person_id, e.competence, MAX(e.level) AS level FROM evidence e \
           JOIN scope s ON s.person_id = e.person_id \
           WHERE e.framework = ${f} AND e.awarded_at <= ${at_param} \
           AND (e.expires_at IS NULL OR e.expires_at > ${at_param}) \
           GROUP BY e.person_id, e.competence), \
         standing AS ( \
           SELECT r.person_id, r.unit_id, r.competence, \
           CASE WHEN COALESCE(a.level, 0) >= r.level THEN 1 ELSE 0 END AS met FROM required r \
           LEFT JOIN achieved a ON a.person_id = r.person_id AND a.competence = r.competence) \
         SELECT unit_id, competence, COUNT(*) AS people, SUM(met) AS meeting FROM standing \
           GROUP BY unit_id, competence \
         UNION ALL SELECT unit_id, '', COUNT(*), 0 FROM scope GROUP BY unit_id \
         UNION ALL SELECT unit_id, '-', COUNT(DISTINCT person_id), 0 FROM standing \
           WHERE met = 0 GROUP BY unit_id",
        under = under.join(" OR ")
    );
    let mut query = sqlx::query_as::<_, (String, String, i64, i64)>(&sql);
    for path in paths {
        query = query.bind(format!("{path}%"));
    }
    let rows = query.bind(framework).bind(at).fetch_all(pool).await?;
    // People below some minimum, per unit: everyone else meets all of theirs.
    let failing: std::collections::HashMap<String, i64> = rows
        .iter()
        .filter(|r| r.1 == "-")
        .map(|r| (r.0.clone(), r.2))
        .collect();
    Ok(rows
        .into_iter()
        .filter(|r| r.1 != "-")
        .map(|(unit_id, competence, people, meeting)| {
            let meeting = if competence == ALL {
                people - failing.get(&unit_id).copied().unwrap_or(0)
            } else {
                meeting
            };
            UnitCount {
                unit_id,
                competence,
                people,
                meeting,
            }
        })
        .collect())
}

/// Stores the counts as the snapshot of `month` (`YYYY-MM`): `replace` overwrites what is
/// there (the current month is counted again each day), otherwise existing months are kept.
pub async fn save_snapshot(
    conn: &mut AnyConnection,
    month: &str,
    framework: &str,
    counts: &[UnitCount],
    replace: bool,
    taken_at: i64,
) -> Result<(), sqlx::Error> {
    let conflict = if replace {
        "DO UPDATE SET people = excluded.people, meeting = excluded.meeting, \
         taken_at = excluded.taken_at"
    } else {
        "DO NOTHING"
    };
    for chunk in counts.chunks(500) {
        let sql = format!(
            "INSERT INTO report_snapshots (month, unit_id, framework, competence, people, \
             meeting, taken_at) VALUES {} \
             ON CONFLICT (month, unit_id, framework, competence) {conflict}",
            super::values(chunk.len(), 7)
        );
        let mut query = sqlx::query(&sql);
        for count in chunk {
            query = query
                .bind(month)
                .bind(&count.unit_id)
                .bind(framework)
                .bind(&count.competence)
                .bind(count.people)
                .bind(count.meeting)
                .bind(taken_at);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The snapshots of the units under any of `paths`, month by month, oldest first:
/// (month, people, meeting every minimum).
pub async fn trend(
    pool: &AnyPool,
    paths: &[String],
    framework: &str,
) -> Result<Vec<(String, i64, i64)>, sqlx::Error> {
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    let under: Vec<String> = (1..=paths.len())
        .map(|i| format!("u.path LIKE ${i}"))
        .collect();
    let sql = format!(
        "SELECT s.month, CAST(SUM(s.people) AS BIGINT), CAST(SUM(s.meeting) AS BIGINT) \
         FROM report_snapshots s \
         JOIN units u ON u.id = s.unit_id \
         WHERE ({}) AND s.framework = ${} AND s.competence = '' \
         GROUP BY s.month ORDER BY s.month",
        under.join(" OR "),
        paths.len() + 1
    );
    let mut query = sqlx::query_as::<_, (String, i64, i64)>(&sql);
    for path in paths {
        query = query.bind(format!("{path}%"));
    }
    query.bind(framework).fetch_all(pool).await
}

/// Every municipality: (id, tree path).
pub async fn municipalities(pool: &AnyPool) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, path FROM units WHERE parent_id IS NULL")
        .fetch_all(pool)
        .await
}
