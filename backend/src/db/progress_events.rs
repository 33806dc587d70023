//! Progress events, each stored once under the id the browser gave it.

use super::DbKind;
use sqlx::{Any, AnyConnection, AnyPool, Connection, Row, Transaction};
use std::borrow::Borrow;

/// An event as stored; two events with the same id must be equal in every field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvent {
    pub id: String,
    pub learner_id: String,
    pub person_id: Option<String>,
    pub kind: String,
    pub course_slug: String,
    pub lesson: i64,
    pub occurred_at: i64,
}

/// Starts the transaction of a group of progress batches. On SQLite it takes the write lock at
/// once (`BEGIN IMMEDIATE`): a transaction that reads first and writes later fails outright,
/// without waiting, if another connection wrote in between.
pub async fn begin_write(
    conn: &mut AnyConnection,
    kind: DbKind,
) -> Result<Transaction<'_, Any>, sqlx::Error> {
    match kind {
        DbKind::Sqlite => conn.begin_with("BEGIN IMMEDIATE").await,
        DbKind::Postgres => conn.begin().await,
    }
}

/// Inserts the events whose ids are new and returns those ids; existing ids are left as they
/// were. One statement per 500 events. Takes events or references to them.
pub async fn insert_new(
    conn: &mut AnyConnection,
    events: &[impl Borrow<StoredEvent>],
    received_at: i64,
) -> Result<Vec<String>, sqlx::Error> {
    let mut inserted = Vec::new();
    for chunk in events.chunks(500) {
        let sql = format!(
            "INSERT INTO progress_events (id, learner_id, person_id, kind, course_slug, lesson, \
             occurred_at, received_at) VALUES {} ON CONFLICT (id) DO NOTHING RETURNING id",
            super::values(chunk.len(), 8)
        );
        let mut query = sqlx::query(&sql);
        for event in chunk {
            let event = event.borrow();
            query = query
                .bind(&event.id)
                .bind(&event.learner_id)
                .bind(&event.person_id)
                .bind(&event.kind)
                .bind(&event.course_slug)
                .bind(event.lesson)
                .bind(event.occurred_at)
                .bind(received_at);
        }
        for row in query.fetch_all(&mut *conn).await? {
            inserted.push(row.try_get("id")?);
        }
    }
    Ok(inserted)
}

/// The stored events with these ids.
pub async fn with_ids(
    conn: &mut AnyConnection,
    ids: &[&str],
) -> Result<Vec<StoredEvent>, sqlx::Error> {
    let mut found = Vec::new();
    for chunk in ids.chunks(500) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT id, learner_id, person_id, kind, course_slug, lesson, occurred_at \
             FROM progress_events WHERE id IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for id in chunk {
            query = query.bind(*id);
        }
        for row in query.fetch_all(&mut *conn).await? {
            found.push(StoredEvent {
                id: row.try_get("id")?,
                learner_id: row.try_get("learner_id")?,
                person_id: row.try_get("person_id")?,
                kind: row.try_get("kind")?,
                course_slug: row.try_get("course_slug")?,
                lesson: row.try_get("lesson")?,
                occurred_at: row.try_get("occurred_at")?,
            });
        }
    }
    Ok(found)
}

/// Whose progress to read: a signed-in person's, or an anonymous learner's that no person
/// has claimed.
#[derive(Debug, Clone, Copy)]
pub enum Owner<'a> {
    Person(&'a str),
    Learner(&'a str),
}

/// The lessons completed per course: (course, lesson), in order.
pub async fn lessons_done(
    pool: &AnyPool,
    owner: Owner<'_>,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let (filter, id) = match owner {
        Owner::Person(id) => ("person_id = $1", id),
        Owner::Learner(id) => ("learner_id = $1 AND person_id IS NULL", id),
    };
    let sql = format!(
        "SELECT DISTINCT course_slug, lesson FROM progress_events \
         WHERE {filter} AND kind = 'lesson-completed' ORDER BY course_slug, lesson"
    );
    let rows = sqlx::query(&sql).bind(id).fetch_all(pool).await?;
    rows.iter()
        .map(|row| Ok((row.try_get("course_slug")?, row.try_get("lesson")?)))
        .collect()
}

/// Gives the anonymous events of every learner the person has claimed to the person: those
/// made before signing in, and those sent after a session ended on one of their browsers.
pub async fn claim(conn: &mut AnyConnection, person_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE progress_events SET person_id = $1 WHERE person_id IS NULL \
         AND learner_id IN (SELECT id FROM learners WHERE person_id = $1)",
    )
    .bind(person_id)
    .execute(conn)
    .await?;
    Ok(())
}
