//! Graded quiz attempts, each stored once under the id the browser gave it.

use super::progress_events::Owner;
use sqlx::{AnyConnection, AnyPool, Row};

pub struct NewAttempt<'a> {
    pub id: &'a str,
    pub learner_id: &'a str,
    pub person_id: Option<&'a str>,
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

/// Stores the attempt unless its id is taken; returns whether it was stored.
pub async fn insert_new(
    conn: &mut AnyConnection,
    attempt: &NewAttempt<'_>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO quiz_attempts \
         (id, learner_id, person_id, course_slug, course_version, lang, score, max_score, passed, \
         answers, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(attempt.id)
    .bind(attempt.learner_id)
    .bind(attempt.person_id)
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
    Ok(done.rows_affected() == 1)
}

/// What identifies an attempt's content, to tell a repeat from a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAttempt {
    pub learner_id: String,
    pub person_id: Option<String>,
    pub course_slug: String,
    pub lang: String,
    pub answers_json: String,
}

pub async fn get(conn: &mut AnyConnection, id: &str) -> Result<Option<StoredAttempt>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT learner_id, person_id, course_slug, lang, answers FROM quiz_attempts WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?;
    row.map(|row| {
        Ok(StoredAttempt {
            learner_id: row.try_get("learner_id")?,
            person_id: row.try_get("person_id")?,
            course_slug: row.try_get("course_slug")?,
            lang: row.try_get("lang")?,
            answers_json: row.try_get("answers")?,
        })
    })
    .transpose()
}

/// A passed attempt made before its learner signed in, to be awarded on claiming.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pass {
    pub id: String,
    pub course_slug: String,
    pub lang: String,
    pub created_at: i64,
}

/// Gives the anonymous attempts of every learner the person has claimed to the person;
/// returns the passes among them.
pub async fn claim(conn: &mut AnyConnection, person_id: &str) -> Result<Vec<Pass>, sqlx::Error> {
    let rows = sqlx::query(
        "UPDATE quiz_attempts SET person_id = $1 WHERE person_id IS NULL \
         AND learner_id IN (SELECT id FROM learners WHERE person_id = $1) \
         RETURNING id, course_slug, lang, created_at, passed",
    )
    .bind(person_id)
    .fetch_all(conn)
    .await?;
    let mut passes = Vec::new();
    for row in rows {
        if row.try_get::<i64, _>("passed")? != 0 {
            passes.push(Pass {
                id: row.try_get("id")?,
                course_slug: row.try_get("course_slug")?,
                lang: row.try_get("lang")?,
                created_at: row.try_get("created_at")?,
            });
        }
    }
    passes.sort_by_key(|p| p.created_at);
    Ok(passes)
}

/// Per course attempted: when it was first passed (if ever).
pub async fn outcomes(
    pool: &AnyPool,
    owner: Owner<'_>,
) -> Result<Vec<(String, Option<i64>)>, sqlx::Error> {
    let (filter, id) = match owner {
        Owner::Person(id) => ("person_id = $1", id),
        Owner::Learner(id) => ("learner_id = $1 AND person_id IS NULL", id),
    };
    let sql = format!(
        "SELECT course_slug, MIN(CASE WHEN passed = 1 THEN created_at END) AS passed_at \
         FROM quiz_attempts WHERE {filter} GROUP BY course_slug ORDER BY course_slug"
    );
    let rows = sqlx::query(&sql).bind(id).fetch_all(pool).await?;
    rows.iter()
        .map(|row| Ok((row.try_get("course_slug")?, row.try_get("passed_at")?)))
        .collect()
}
