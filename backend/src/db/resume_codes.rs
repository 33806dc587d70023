//! Resume codes: typed on another device, they continue an anonymous learner's progress.
//! Only a hash of the code is kept.

use sqlx::AnyPool;

/// Gives the learner a new code (replacing an earlier one), creating the learner on first
/// sight. Returns false if the learner belongs to a person, who continues by signing in.
pub async fn replace(
    pool: &AnyPool,
    learner_id: &str,
    code_hash: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO learners (id, created_at, last_seen_at) VALUES ($1, $2, $2) \
         ON CONFLICT (id) DO UPDATE SET last_seen_at = excluded.last_seen_at",
    )
    .bind(learner_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let owner: Option<(Option<String>,)> =
        sqlx::query_as("SELECT person_id FROM learners WHERE id = $1")
            .bind(learner_id)
            .fetch_optional(&mut *tx)
            .await?;
    if owner.is_some_and(|(person,)| person.is_some()) {
        return Ok(false);
    }
    sqlx::query("DELETE FROM resume_codes WHERE learner_id = $1")
        .bind(learner_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO resume_codes (code_hash, learner_id, created_at) VALUES ($1, $2, $3)")
        .bind(code_hash)
        .bind(learner_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// The anonymous learner a code continues, marked active now; none for an unknown code.
pub async fn redeem(
    pool: &AnyPool,
    code_hash: &str,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as(
        "UPDATE learners SET last_seen_at = $2 WHERE person_id IS NULL AND id = \
         (SELECT learner_id FROM resume_codes WHERE code_hash = $1) RETURNING id",
    )
    .bind(code_hash)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|r| r.0))
}
