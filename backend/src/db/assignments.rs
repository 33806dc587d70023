//! Courses assigned to people with a due date.

use sqlx::{AnyConnection, AnyPool, Row};

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

/// A person's assignments: (course, due date, when assigned), soonest due first.
pub async fn of_person(
    pool: &AnyPool,
    person_id: &str,
) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT course_slug, due_on, assigned_at FROM assignments WHERE person_id = $1 \
         ORDER BY due_on, course_slug",
    )
    .bind(person_id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get("course_slug")?,
                row.try_get("due_on")?,
                row.try_get("assigned_at")?,
            ))
        })
        .collect()
}
