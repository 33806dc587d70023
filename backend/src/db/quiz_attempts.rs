//! Graded quiz attempts.

use sqlx::{AnyConnection, AnyPool, Row};

pub struct NewAttempt<'a> {
    pub id: &'a str,
    pub learner_id: &'a str,
    pub course_slug: &'a str,
    pub course_version: u32,
    pub lang: &'a str,
    pub score: u32,
    pub max_score: u32,
    pub passed: bool,
    /// The submitted answers as JSON, kept so a result can be explained later.
    pub answers_json: &'a str,
    pub created_at: i64,
}

pub async fn insert(conn: &mut AnyConnection, attempt: &NewAttempt<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO quiz_attempts \
         (id, learner_id, course_slug, course_version, lang, score, max_score, passed, answers, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(attempt.id)
    .bind(attempt.learner_id)
    .bind(attempt.course_slug)
    .bind(i64::from(attempt.course_version))
    .bind(attempt.lang)
    .bind(i64::from(attempt.score))
    .bind(i64::from(attempt.max_score))
    .bind(i64::from(attempt.passed))
    .bind(attempt.answers_json)
    .bind(attempt.created_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// A stored attempt's outcome, for a learner's own history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptOutcome {
    pub id: String,
    pub course_slug: String,
    pub score: i64,
    pub max_score: i64,
    pub passed: bool,
}

pub async fn for_learner(
    pool: &AnyPool,
    learner_id: &str,
) -> Result<Vec<AttemptOutcome>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, course_slug, score, max_score, passed FROM quiz_attempts \
         WHERE learner_id = $1 ORDER BY created_at, id",
    )
    .bind(learner_id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(AttemptOutcome {
                id: row.try_get("id")?,
                course_slug: row.try_get("course_slug")?,
                score: row.try_get("score")?,
                max_score: row.try_get("max_score")?,
                passed: row.try_get::<i64, _>("passed")? != 0,
            })
        })
        .collect()
}
