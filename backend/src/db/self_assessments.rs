//! A person's own assessment of their levels: stored and shown, never counted.

use sqlx::{AnyConnection, AnyPool, Row};
use std::collections::BTreeMap;

/// The saved level per competence, and when the latest was saved.
pub async fn of_person(
    pool: &AnyPool,
    person_id: &str,
    framework: &str,
) -> Result<(BTreeMap<String, u8>, Option<i64>), sqlx::Error> {
    let rows = sqlx::query(
        "SELECT competence, level, saved_at FROM self_assessments \
         WHERE person_id = $1 AND framework = $2",
    )
    .bind(person_id)
    .bind(framework)
    .fetch_all(pool)
    .await?;
    let mut levels = BTreeMap::new();
    let mut saved_at: Option<i64> = None;
    for row in &rows {
        levels.insert(
            row.try_get("competence")?,
            row.try_get::<i64, _>("level")?.clamp(0, 8) as u8,
        );
        let at: i64 = row.try_get("saved_at")?;
        saved_at = Some(saved_at.map_or(at, |s| s.max(at)));
    }
    Ok((levels, saved_at))
}

/// Saves the given levels in one statement; other competences keep theirs.
pub async fn save(
    conn: &mut AnyConnection,
    person_id: &str,
    framework: &str,
    levels: &BTreeMap<String, u8>,
    now: i64,
) -> Result<(), sqlx::Error> {
    if levels.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "INSERT INTO self_assessments (person_id, framework, competence, level, saved_at) \
         VALUES {} ON CONFLICT (person_id, framework, competence) \
         DO UPDATE SET level = excluded.level, saved_at = excluded.saved_at",
        super::values(levels.len(), 5)
    );
    let mut query = sqlx::query(&sql);
    for (competence, level) in levels {
        query = query
            .bind(person_id)
            .bind(framework)
            .bind(competence)
            .bind(i64::from(*level))
            .bind(now);
    }
    query.execute(conn).await?;
    Ok(())
}
