//! Library sessions: started by a guide, joined by code, ended into anonymous counts.

use sqlx::{AnyConnection, AnyPool};

/// A session with its library's name and place in the tree.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct SessionRow {
    pub id: String,
    pub unit_id: String,
    pub unit_name: String,
    pub unit_path: String,
    pub code: Option<String>,
    /// JSON array of course slugs.
    pub topics: String,
    pub started_at: i64,
    pub ended_at: Option<i64>,
    pub participants: i64,
    pub help_requests: i64,
}

impl SessionRow {
    pub fn topic_slugs(&self) -> Vec<String> {
        serde_json::from_str(&self.topics).unwrap_or_default()
    }

    /// Running: not ended, and not so old that it counts as forgotten.
    pub fn running(&self, started_after: i64) -> bool {
        self.ended_at.is_none() && self.started_at > started_after
    }
}

const SELECT: &str = "SELECT s.id, s.unit_id, u.name AS unit_name, u.path AS unit_path, s.code, \
     s.topics, s.started_at, s.ended_at, s.participants, s.help_requests \
     FROM library_sessions s JOIN units u ON u.id = s.unit_id";

pub struct NewSession<'a> {
    pub id: &'a str,
    pub unit_id: &'a str,
    pub started_by: &'a str,
    pub code: &'a str,
    pub topics: &'a [String],
    pub now: i64,
}

/// Stores a new session. A clash of join codes is a unique violation for the caller to retry.
pub async fn create(pool: &AnyPool, new: &NewSession<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO library_sessions (id, unit_id, started_by, code, topics, started_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(new.id)
    .bind(new.unit_id)
    .bind(new.started_by)
    .bind(new.code)
    .bind(serde_json::to_string(new.topics).unwrap_or_else(|_| "[]".to_owned()))
    .bind(new.now)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn get(pool: &AnyPool, id: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query_as(&format!("{SELECT} WHERE s.id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// The running session with this join code, if any.
pub async fn by_code(
    pool: &AnyPool,
    code: &str,
    started_after: i64,
) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT} WHERE s.code = $1 AND s.ended_at IS NULL AND s.started_at > $2"
    ))
    .bind(code)
    .bind(started_after)
    .fetch_optional(pool)
    .await
}

/// The newest sessions of the libraries under any of `paths`, running ones first.
pub async fn of_subtrees(
    pool: &AnyPool,
    paths: &[String],
    limit: i64,
) -> Result<Vec<SessionRow>, sqlx::Error> {
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    let conditions: Vec<String> = (1..=paths.len())
        .map(|i| format!("u.path LIKE ${i}"))
        .collect();
    let sql = format!(
        "{SELECT} WHERE ({}) ORDER BY (s.ended_at IS NULL) DESC, s.started_at DESC LIMIT {limit}",
        conditions.join(" OR ")
    );
    let mut query = sqlx::query_as(&sql);
    for path in paths {
        query = query.bind(format!("{path}%"));
    }
    query.fetch_all(pool).await
}

/// Ended sessions of the libraries under `path`, for the statistics.
pub async fn ended_under(pool: &AnyPool, path: &str) -> Result<Vec<SessionRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{SELECT} WHERE u.path LIKE $1 AND s.ended_at IS NOT NULL ORDER BY s.started_at"
    ))
    .bind(format!("{path}%"))
    .fetch_all(pool)
    .await
}

/// Per session and course: (session id, slug, opened, finished), counted from the remaining
/// totals of ended sessions and from the participants of running ones.
pub async fn course_counts(
    pool: &AnyPool,
    session_ids: &[&str],
) -> Result<Vec<(String, String, i64, i64)>, sqlx::Error> {
    if session_ids.is_empty() {
        return Ok(Vec::new());
    }
    let n = session_ids.len();
    let first: Vec<String> = (1..=n).map(|i| format!("${i}")).collect();
    let second: Vec<String> = (n + 1..=2 * n).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT session_id, course_slug, opened, finished FROM library_session_courses \
         WHERE session_id IN ({}) \
         UNION ALL \
         SELECT p.session_id, pc.course_slug, COUNT(*), CAST(SUM(pc.finished) AS BIGINT) \
         FROM library_participants p JOIN library_participant_courses pc \
         ON pc.participant_id = p.id WHERE p.session_id IN ({}) \
         GROUP BY p.session_id, pc.course_slug",
        first.join(", "),
        second.join(", ")
    );
    let mut query = sqlx::query_as(&sql);
    for id in session_ids.iter().chain(session_ids) {
        query = query.bind(*id);
    }
    query.fetch_all(pool).await
}

/// Ends a running session: its code is freed, the participants' courses are added up per
/// course, and every participant row (nicknames included) is deleted. Returns false if it
/// had already ended.
pub async fn end(conn: &mut AnyConnection, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let ended = sqlx::query(
        "UPDATE library_sessions SET ended_at = $2, code = NULL WHERE id = $1 AND ended_at IS NULL",
    )
    .bind(id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    if ended.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO library_session_courses (session_id, course_slug, opened, finished) \
         SELECT p.session_id, pc.course_slug, COUNT(*), CAST(SUM(pc.finished) AS BIGINT) \
         FROM library_participants p JOIN library_participant_courses pc \
         ON pc.participant_id = p.id WHERE p.session_id = $1 \
         GROUP BY p.session_id, pc.course_slug",
    )
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "DELETE FROM library_participant_courses WHERE participant_id IN \
         (SELECT id FROM library_participants WHERE session_id = $1)",
    )
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM library_participants WHERE session_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// Sessions still running that were started before `started_before`: forgotten at closing
/// time, to be ended.
pub async fn forgotten(pool: &AnyPool, started_before: i64) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT id FROM library_sessions WHERE ended_at IS NULL AND started_at <= $1",
    )
    .bind(started_before)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// The remaining per-course counts of the ended sessions under `path`:
/// (session id, slug, opened, finished).
pub async fn course_totals_under(
    pool: &AnyPool,
    path: &str,
) -> Result<Vec<(String, String, i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.session_id, c.course_slug, c.opened, c.finished \
         FROM units u JOIN library_sessions s ON s.unit_id = u.id \
         JOIN library_session_courses c ON c.session_id = s.id WHERE u.path LIKE $1",
    )
    .bind(format!("{path}%"))
    .fetch_all(pool)
    .await
}
