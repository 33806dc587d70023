//! Sign-in sessions, stored by the hash of their secret, and held in memory between requests
//! (see [`cache`]) so that most signed-in requests find their session without a round trip.

pub mod cache;

use common::GrantKind;
use sqlx::AnyPool;
use std::time::Instant;

/// A permission with the place of its unit in the tree.
#[derive(Debug, Clone, PartialEq)]
pub struct ScopedGrant {
    pub kind: GrantKind,
    pub unit_id: String,
    pub path: String,
    pub municipality_id: String,
}

/// A session with the person it belongs to and their permissions.
#[derive(Debug, Clone)]
pub struct SessionRow {
    pub person_id: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub superadmin: bool,
    pub municipality_id: Option<String>,
    pub unit_id: Option<String>,
    pub grants: Vec<ScopedGrant>,
}

pub async fn insert(
    pool: &AnyPool,
    id_hash: &str,
    person_id: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (id_hash, person_id, created_at, last_seen_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(id_hash)
    .bind(person_id)
    .bind(now)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}

type LoadTuple = (
    String,
    i64,
    i64,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The session and its person's permissions: from memory if read recently, otherwise in one
/// round trip; `None` if there is no such session or its person has been deactivated.
pub async fn load(pool: &AnyPool, id_hash: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    let cache = cache::sessions();
    if let Some(session) = cache.get(id_hash) {
        return Ok(Some(session));
    }
    let read_at = Instant::now();
    let session = read(pool, id_hash).await?;
    if let Some(session) = &session {
        cache.put(id_hash, session, read_at);
    }
    Ok(session)
}

async fn read(pool: &AnyPool, id_hash: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    let rows: Vec<LoadTuple> = sqlx::query_as(
        "SELECT p.id, s.created_at, s.last_seen_at, p.superadmin, p.municipality_id, p.unit_id, \
         g.kind, g.unit_id, u.path, u.municipality_id \
         FROM sessions s JOIN people p ON p.id = s.person_id \
         LEFT JOIN grants g ON g.person_id = p.id LEFT JOIN units u ON u.id = g.unit_id \
         WHERE s.id_hash = $1 AND p.active = 1",
    )
    .bind(id_hash)
    .fetch_all(pool)
    .await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let mut session = SessionRow {
        person_id: first.0.clone(),
        created_at: first.1,
        last_seen_at: first.2,
        superadmin: first.3 != 0,
        municipality_id: first.4.clone(),
        unit_id: first.5.clone(),
        grants: Vec::new(),
    };
    for row in rows {
        if let (Some(kind), Some(unit_id), Some(path), Some(municipality_id)) = (
            row.6.as_deref().and_then(GrantKind::parse),
            row.7,
            row.8,
            row.9,
        ) {
            session.grants.push(ScopedGrant {
                kind,
                unit_id,
                path,
                municipality_id,
            });
        }
    }
    Ok(Some(session))
}

/// Records that the session was used at `now`, in the database and in memory alike (the
/// timeouts are checked against the remembered time).
pub async fn touch(pool: &AnyPool, id_hash: &str, now: i64) -> Result<(), sqlx::Error> {
    let cache = cache::sessions();
    // Noted first, so that requests arriving meanwhile do not write the same time again.
    cache.touched(id_hash, now);
    let written = sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
        .bind(now)
        .bind(id_hash)
        .execute(pool)
        .await;
    if written.is_err() {
        cache.forget(id_hash);
    }
    written.map(|_| ())
}

/// Ends a session; from the moment this returns it is refused.
pub async fn delete(pool: &AnyPool, id_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(id_hash)
        .execute(pool)
        .await?;
    cache::sessions().ended(id_hash);
    Ok(())
}

/// Ends every session of a person, e.g. when they are deactivated (refused once the caller's
/// transaction commits).
pub async fn delete_for_person(
    conn: &mut sqlx::AnyConnection,
    person_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE person_id = $1")
        .bind(person_id)
        .execute(conn)
        .await?;
    person_changed(person_id);
    Ok(())
}

/// To be called by every write to what a session answers of one person (active, unit,
/// municipality, permissions, superadmin), after its statements and before its commit.
pub fn person_changed(person_id: &str) {
    cache::sessions().person_changed(person_id);
}

/// As [`person_changed`], for a write that may concern anyone (many people, unit paths).
pub fn everyone_changed() {
    cache::sessions().everyone_changed();
}

/// Removes every session that has timed out (run at each sign-in, so none linger).
pub async fn delete_expired(
    pool: &AnyPool,
    idle_before: i64,
    created_before: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(idle_before)
        .bind(created_before)
        .execute(pool)
        .await?;
    Ok(())
}
