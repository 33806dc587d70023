//! Evidence of competence: levels awarded by passed courses.

use sqlx::AnyConnection;

/// A month as an average length, for validity periods counted in months.
pub const MONTH_SECS: i64 = 2_629_746;

pub struct NewEvidence<'a> {
    pub person_id: &'a str,
    pub course_slug: &'a str,
    pub course_version: u32,
    pub framework: &'a str,
    pub competence: &'a str,
    pub level: u8,
    pub awarded_at: i64,
    pub expires_at: Option<i64>,
}

/// Stores many awards, many per statement.
pub async fn insert_many(
    conn: &mut AnyConnection,
    rows: &[NewEvidence<'_>],
) -> Result<(), sqlx::Error> {
    for chunk in rows.chunks(300) {
        let sql = format!(
            "INSERT INTO evidence (id, person_id, course_slug, course_version, framework, \
             competence, level, awarded_at, expires_at) VALUES {}",
            super::values(chunk.len(), 9)
        );
        let mut query = sqlx::query(&sql);
        for row in chunk {
            query = query
                .bind(uuid::Uuid::new_v4().to_string())
                .bind(row.person_id)
                .bind(row.course_slug)
                .bind(i64::from(row.course_version))
                .bind(row.framework)
                .bind(row.competence)
                .bind(i64::from(row.level))
                .bind(row.awarded_at)
                .bind(row.expires_at);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}
