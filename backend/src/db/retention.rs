//! Deleting what is not kept: anonymous citizens' progress after a period of inactivity.

use sqlx::AnyPool;

/// Deletes every anonymous learner (one no person has claimed) not seen since `seen_before`,
/// with their progress, quiz attempts and resume code. Returns how many learners went.
/// (Progress recorded while signed in is under a claimed learner, so none of it goes.)
pub async fn purge_anonymous(pool: &AnyPool, seen_before: i64) -> Result<u64, sqlx::Error> {
    const GONE: &str = "SELECT id FROM learners WHERE person_id IS NULL AND last_seen_at < $1";
    let mut tx = pool.begin().await?;
    for table in ["progress_events", "quiz_attempts", "resume_codes"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE learner_id IN ({GONE})"))
            .bind(seen_before)
            .execute(&mut *tx)
            .await?;
    }
    let learners =
        sqlx::query("DELETE FROM learners WHERE person_id IS NULL AND last_seen_at < $1")
            .bind(seen_before)
            .execute(&mut *tx)
            .await?;
    tx.commit().await?;
    Ok(learners.rows_affected())
}
