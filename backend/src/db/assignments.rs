//! Courses assigned to people with a due date.

use sqlx::{AnyConnection, AnyPool};

pub struct NewAssignment<'a> {
    pub person_id: &'a str,
    pub course_slug: &'a str,
    /// `YYYY-MM-DD`.
    pub due_on: &'a str,
    pub assigned_by: Option<&'a str>,
    pub assigned_at: i64,
}

/// Assigns, or moves the due date of an assignment the person already has.
pub async fn upsert(
    conn: &mut AnyConnection,
    assignment: &NewAssignment<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO assignments (id, person_id, course_slug, due_on, assigned_by, assigned_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (person_id, course_slug) \
         DO UPDATE SET due_on = excluded.due_on, assigned_by = excluded.assigned_by, \
         assigned_at = excluded.assigned_at",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(assignment.person_id)
    .bind(assignment.course_slug)
    .bind(assignment.due_on)
    .bind(assignment.assigned_by)
    .bind(assignment.assigned_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// An assignment of someone active under a unit.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SubtreeAssignment {
    pub person_id: String,
    pub person_name: String,
    pub course_slug: String,
    pub due_on: String,
    pub assigned_at: i64,
}

/// Every assignment of the active people under `path` (a unit's tree path), with the passes
/// and the starts of the assigned courses that decide their status: three queries.
pub async fn of_subtree(
    pool: &AnyPool,
    path: &str,
) -> Result<
    (
        Vec<SubtreeAssignment>,
        Vec<(String, String, i64, Option<i64>)>,
        Vec<(String, String)>,
    ),
    sqlx::Error,
> {
    // In this order for SQLite, as in `db::team`.
    const IN_SUBTREE: &str = "WHERE a.person_id = p.id AND p.unit_id = u.id \
         AND u.path LIKE $1 AND p.active = 1";
    let under = format!("{path}%");
    let assignments: Vec<SubtreeAssignment> = sqlx::query_as(&format!(
        "SELECT a.person_id, p.name AS person_name, a.course_slug, a.due_on, a.assigned_at \
         FROM units u CROSS JOIN people p CROSS JOIN assignments a {IN_SUBTREE}"
    ))
    .bind(&under)
    .fetch_all(pool)
    .await?;
    let passes = sqlx::query_as(&format!(
        "SELECT c.person_id, c.course_slug, c.issued_at, c.valid_until FROM units u \
         CROSS JOIN people p CROSS JOIN assignments a \
         JOIN certificates c ON c.person_id = a.person_id AND c.course_slug = a.course_slug \
         {IN_SUBTREE}"
    ))
    .bind(&under)
    .fetch_all(pool)
    .await?;
    let started = sqlx::query_as(&format!(
        "SELECT DISTINCT a.person_id, a.course_slug FROM units u CROSS JOIN people p \
         CROSS JOIN assignments a {IN_SUBTREE} AND ( \
         EXISTS (SELECT 1 FROM progress_events e WHERE e.person_id = a.person_id \
           AND e.course_slug = a.course_slug) \
         OR EXISTS (SELECT 1 FROM quiz_attempts q WHERE q.person_id = a.person_id \
           AND q.course_slug = a.course_slug))"
    ))
    .bind(&under)
    .fetch_all(pool)
    .await?;
    Ok((assignments, passes, started))
}

/// The active people under `path` (a unit's tree path), for assigning to a whole unit.
pub async fn people_under(pool: &AnyPool, path: &str) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT p.id FROM units u CROSS JOIN people p \
         WHERE p.unit_id = u.id AND u.path LIKE $1 AND p.active = 1",
    )
    .bind(format!("{path}%"))
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The tree paths of the units of the given active people: (person, path).
pub async fn paths_of(
    pool: &AnyPool,
    person_ids: &[String],
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let mut found = Vec::new();
    for chunk in person_ids.chunks(500) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT p.id, u.path FROM people p JOIN units u ON u.id = p.unit_id \
             WHERE p.active = 1 AND p.id IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query_as::<_, (String, String)>(&sql);
        for id in chunk {
            query = query.bind(id);
        }
        found.extend(query.fetch_all(pool).await?);
    }
    Ok(found)
}

/// Assigns one course to many people at once (moving the due date of those who have it).
pub async fn upsert_many(
    conn: &mut AnyConnection,
    person_ids: &[String],
    course_slug: &str,
    due_on: &str,
    assigned_by: &str,
    assigned_at: i64,
) -> Result<(), sqlx::Error> {
    for chunk in person_ids.chunks(1000) {
        let sql = format!(
            "INSERT INTO assignments (id, person_id, course_slug, due_on, assigned_by, \
             assigned_at) VALUES {} ON CONFLICT (person_id, course_slug) \
             DO UPDATE SET due_on = excluded.due_on, assigned_by = excluded.assigned_by, \
             assigned_at = excluded.assigned_at",
            super::values(chunk.len(), 6)
        );
        let mut query = sqlx::query(&sql);
        for person_id in chunk {
            query = query
                .bind(uuid::Uuid::new_v4().to_string())
                .bind(person_id)
                .bind(course_slug)
                .bind(due_on)
                .bind(assigned_by)
                .bind(assigned_at);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}
