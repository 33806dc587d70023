//! Adding and changing people, their job roles and their permissions.

use super::search_text;
use common::{Grant, GrantKind};
use sqlx::AnyConnection;

/// A person's fields as stored.
pub struct PersonFields<'a> {
    pub id: &'a str,
    pub municipality_id: Option<&'a str>,
    pub unit_id: Option<&'a str>,
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub employee_number: Option<&'a str>,
    pub active: bool,
    pub superadmin: bool,
}

pub async fn insert(
    conn: &mut AnyConnection,
    person: &PersonFields<'_>,
    password_hash: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO people (id, municipality_id, unit_id, employee_number, name, email, search_text, \
         password_hash, active, superadmin, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(person.id)
    .bind(person.municipality_id)
    .bind(person.unit_id)
    .bind(person.employee_number)
    .bind(person.name)
    .bind(person.email)
    .bind(search_text(person.name, person.email, person.employee_number))
    .bind(password_hash)
    .bind(i64::from(person.active))
    .bind(i64::from(person.superadmin))
    .bind(now)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Saves an administrator's edit; the password changes only when a new hash is given.
pub async fn update(
    conn: &mut AnyConnection,
    person: &PersonFields<'_>,
    password_hash: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE people SET unit_id = $1, employee_number = $2, name = $3, email = $4, search_text = $5, \
         password_hash = COALESCE($6, password_hash), active = $7, updated_at = $8 WHERE id = $9",
    )
    .bind(person.unit_id)
    .bind(person.employee_number)
    .bind(person.name)
    .bind(person.email)
    .bind(search_text(person.name, person.email, person.employee_number))
    .bind(password_hash)
    .bind(i64::from(person.active))
    .bind(now)
    .bind(person.id)
    .execute(conn)
    .await?;
    crate::db::sessions::person_changed(person.id);
    Ok(())
}

/// Sets exactly these job roles and permissions for a person.
pub async fn replace_roles_and_grants(
    conn: &mut AnyConnection,
    person_id: &str,
    role_ids: &[String],
    grants: &[Grant],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM person_roles WHERE person_id = $1")
        .bind(person_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM grants WHERE person_id = $1")
        .bind(person_id)
        .execute(&mut *conn)
        .await?;
    let roles: Vec<(&str, &str)> = role_ids.iter().map(|r| (person_id, r.as_str())).collect();
    insert_roles(conn, &roles).await?;
    let grants: Vec<(&str, &str, GrantKind)> = grants
        .iter()
        .map(|g| (person_id, g.unit_id.as_str(), g.kind))
        .collect();
    insert_grants(conn, &grants).await?;
    crate::db::sessions::person_changed(person_id);
    Ok(())
}

/// Adds (person, role) pairs, many per statement.
pub async fn insert_roles(
    conn: &mut AnyConnection,
    pairs: &[(&str, &str)],
) -> Result<(), sqlx::Error> {
    for chunk in pairs.chunks(400) {
        let sql = format!(
            "INSERT INTO person_roles (person_id, role_id) VALUES {}",
            crate::db::values(chunk.len(), 2)
        );
        let mut query = sqlx::query(&sql);
        for (person, role) in chunk {
            query = query.bind(*person).bind(*role);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Adds (person, unit, kind) permissions, many per statement.
pub async fn insert_grants(
    conn: &mut AnyConnection,
    grants: &[(&str, &str, GrantKind)],
) -> Result<(), sqlx::Error> {
    for chunk in grants.chunks(300) {
        let sql = format!(
            "INSERT INTO grants (person_id, unit_id, kind) VALUES {}",
            crate::db::values(chunk.len(), 3)
        );
        let mut query = sqlx::query(&sql);
        for (person, unit, kind) in chunk {
            query = query.bind(*person).bind(*unit).bind(kind.code());
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Adds many people of one municipality at once, without passwords (those who sign in get
/// theirs through [`insert`]), many per statement.
pub async fn insert_many(
    conn: &mut AnyConnection,
    people: &[PersonFields<'_>],
    now: i64,
) -> Result<(), sqlx::Error> {
    // 12 values a row: 400 rows stay far below PostgreSQL's 65,535 bind parameters.
    for chunk in people.chunks(400) {
        let sql = format!(
            "INSERT INTO people (id, municipality_id, unit_id, employee_number, name, email, \
             search_text, password_hash, active, superadmin, created_at, updated_at) VALUES {}",
            crate::db::values(chunk.len(), 12)
        );
        let mut query = sqlx::query(&sql);
        for person in chunk {
            query = query
                .bind(person.id)
                .bind(person.municipality_id)
                .bind(person.unit_id)
                .bind(person.employee_number)
                .bind(person.name)
                .bind(person.email)
                .bind(search_text(
                    person.name,
                    person.email,
                    person.employee_number,
                ))
                .bind(None::<&str>)
                .bind(i64::from(person.active))
                .bind(i64::from(person.superadmin))
                .bind(now)
                .bind(now);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}
