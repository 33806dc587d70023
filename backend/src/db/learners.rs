//! Anonymous learners: a random id from the browser, no personal data.

use sqlx::AnyConnection;

/// Records that a learner was active now, creating them on first sight.
pub async fn touch(
    conn: &mut AnyConnection,
    learner_id: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO learners (id, created_at, last_seen_at) VALUES ($1, $2, $3) \
         ON CONFLICT (id) DO UPDATE SET last_seen_at = excluded.last_seen_at",
    )
    .bind(learner_id)
    .bind(now)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}
