//! Anonymous learners: a random id from the browser, no personal data. A learner becomes a
//! person's when that person signs in on the browser.

use sqlx::{AnyConnection, Row};

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

/// Records that these learners were active now, in one statement per 500. A learner already
/// seen this second is left alone: rewriting the row would cost a page write for nothing.
pub async fn touch_many(
    conn: &mut AnyConnection,
    learner_ids: &[&str],
    now: i64,
) -> Result<(), sqlx::Error> {
    for chunk in learner_ids.chunks(500) {
        let sql = format!(
            "INSERT INTO learners (id, created_at, last_seen_at) VALUES {} \
             ON CONFLICT (id) DO UPDATE SET last_seen_at = excluded.last_seen_at \
             WHERE learners.last_seen_at < excluded.last_seen_at",
            super::values(chunk.len(), 3)
        );
        let mut query = sqlx::query(&sql);
        for id in chunk {
            query = query.bind(*id).bind(now).bind(now);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Makes an unclaimed learner `person_id`'s. Returns whether the learner is now theirs: false
/// if it belongs to someone else, whose progress then stays theirs.
pub async fn claim(
    conn: &mut AnyConnection,
    learner_id: &str,
    person_id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO learners (id, created_at, last_seen_at, person_id) VALUES ($1, $2, $2, $3) \
         ON CONFLICT (id) DO UPDATE SET last_seen_at = excluded.last_seen_at, \
         person_id = COALESCE(learners.person_id, excluded.person_id) RETURNING person_id",
    )
    .bind(learner_id)
    .bind(now)
    .bind(person_id)
    .fetch_one(conn)
    .await?;
    let owner: Option<String> = row.try_get("person_id")?;
    Ok(owner.as_deref() == Some(person_id))
}
