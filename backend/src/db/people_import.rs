//! The SQL of the HR import and export: people of one municipality in bulk.

use super::values;
use crate::hr_import::{Existing, Plan};
use common::GrantKind;
use sqlx::{AnyConnection, AnyPool};
use std::collections::{BTreeSet, HashMap};

/// Rows per multi-row statement: well under both databases' limits on bound values.
const CHUNK: usize = 500;

/// Everyone of the municipality who has an employee number, with roles and manager grants:
/// three queries, however many people.
pub async fn existing(pool: &AnyPool, municipality_id: &str) -> Result<Vec<Existing>, sqlx::Error> {
    let people: Vec<(String, String, String, Option<String>, String, i64)> = sqlx::query_as(
        "SELECT id, employee_number, name, email, unit_id, active FROM people \
         WHERE municipality_id = $1 AND employee_number IS NOT NULL",
    )
    .bind(municipality_id)
    .fetch_all(pool)
    .await?;
    let roles: Vec<(String, String)> = sqlx::query_as(
        "SELECT pr.person_id, pr.role_id FROM person_roles pr JOIN people p ON p.id = pr.person_id \
         WHERE p.municipality_id = $1",
    )
    .bind(municipality_id)
    .fetch_all(pool)
    .await?;
    let managers: Vec<(String, String)> = sqlx::query_as(
        "SELECT g.person_id, g.unit_id FROM grants g JOIN people p ON p.id = g.person_id \
         WHERE p.municipality_id = $1 AND g.kind = 'manager'",
    )
    .bind(municipality_id)
    .fetch_all(pool)
    .await?;
    let mut role_map: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (person, role) in roles {
        role_map.entry(person).or_default().insert(role);
    }
    let mut manager_map: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (person, unit) in managers {
        manager_map.entry(person).or_default().insert(unit);
    }
    Ok(people
        .into_iter()
        .map(
            |(id, employee_number, name, email, unit_id, active)| Existing {
                role_ids: role_map.remove(&id).unwrap_or_default(),
                manager_units: manager_map.remove(&id).unwrap_or_default(),
                id,
                employee_number,
                name,
                email,
                unit_id,
                active: active != 0,
            },
        )
        .collect())
}

/// Who (of any municipality) has each of these e-mail addresses.
pub async fn email_owners(
    pool: &AnyPool,
    emails: &[&str],
) -> Result<HashMap<String, String>, sqlx::Error> {
    let mut owners = HashMap::new();
    for chunk in emails.chunks(CHUNK) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT email, id FROM people WHERE email IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query_as::<_, (String, String)>(&sql);
        for email in chunk {
            query = query.bind(*email);
        }
        owners.extend(query.fetch_all(pool).await?);
    }
    Ok(owners)
}

/// Makes the planned changes; the caller holds the transaction.
pub async fn apply(
    conn: &mut AnyConnection,
    municipality_id: &str,
    plan: &Plan,
    now: i64,
) -> Result<(), sqlx::Error> {
    for chunk in plan.create.chunks(CHUNK / 2) {
        let sql = format!(
            "INSERT INTO people (id, municipality_id, unit_id, employee_number, name, email, search_text, \
             active, superadmin, created_at, updated_at) VALUES {}",
            values(chunk.len(), 11)
        );
        let mut query = sqlx::query(&sql);
        for person in chunk {
            query = query
                .bind(&person.id)
                .bind(municipality_id)
                .bind(&person.unit_id)
                .bind(&person.employee_number)
                .bind(&person.name)
                .bind(&person.email)
                .bind(super::people::search_text(
                    &person.name,
                    person.email.as_deref(),
                    Some(&person.employee_number),
                ))
                .bind(1_i64)
                .bind(0_i64)
                .bind(now)
                .bind(now);
        }
        query.execute(&mut *conn).await?;
    }
    for person in &plan.update {
        sqlx::query(
            "UPDATE people SET name = $1, email = $2, search_text = $3, unit_id = $4, active = 1, \
             updated_at = $5 WHERE id = $6",
        )
        .bind(&person.name)
        .bind(&person.email)
        .bind(super::people::search_text(
            &person.name,
            person.email.as_deref(),
            Some(&person.employee_number),
        ))
        .bind(&person.unit_id)
        .bind(now)
        .bind(&person.id)
        .execute(&mut *conn)
        .await?;
    }
    // Roles: replaced for updated people whose roles changed, added for new people.
    let role_changes: Vec<&str> = plan
        .update
        .iter()
        .filter(|p| p.fields.contains(&"roles"))
        .map(|p| p.id.as_str())
        .collect();
    run_for_ids(
        conn,
        "DELETE FROM person_roles WHERE person_id IN",
        &role_changes,
    )
    .await?;
    let roles: Vec<(&str, &str)> = plan
        .create
        .iter()
        .chain(plan.update.iter().filter(|p| p.fields.contains(&"roles")))
        .flat_map(|p| {
            p.role_ids
                .iter()
                .map(move |role| (p.id.as_str(), role.as_str()))
        })
        .collect();
    super::people::insert_roles(conn, &roles).await?;
    // Manager of one's own unit: the one permission the import manages.
    for person in plan.update.iter().filter(|p| p.fields.contains(&"manager")) {
        let old_unit = person.old_unit_id.as_deref().unwrap_or(&person.unit_id);
        sqlx::query(
            "DELETE FROM grants WHERE person_id = $1 AND kind = 'manager' AND unit_id IN ($2, $3)",
        )
        .bind(&person.id)
        .bind(old_unit)
        .bind(&person.unit_id)
        .execute(&mut *conn)
        .await?;
    }
    let managers: Vec<(&str, &str, GrantKind)> = plan
        .create
        .iter()
        .chain(plan.update.iter().filter(|p| p.fields.contains(&"manager")))
        .filter(|p| p.manager)
        .map(|p| (p.id.as_str(), p.unit_id.as_str(), GrantKind::Manager))
        .collect();
    super::people::insert_grants(conn, &managers).await?;
    // Missing from the file: deactivated and signed out, never deleted.
    let gone: Vec<&str> = plan.deactivate.iter().map(|p| p.id.as_str()).collect();
    run_for_ids(conn, "UPDATE people SET active = 0 WHERE id IN", &gone).await?;
    run_for_ids(conn, "DELETE FROM sessions WHERE person_id IN", &gone).await?;
    super::sessions::everyone_changed();
    Ok(())
}

/// Runs `{statement} (ids…)` in chunks.
async fn run_for_ids(
    conn: &mut AnyConnection,
    statement: &str,
    ids: &[&str],
) -> Result<(), sqlx::Error> {
    for chunk in ids.chunks(CHUNK) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!("{statement} ({})", placeholders.join(", "));
        let mut query = sqlx::query(&sql);
        for id in chunk {
            query = query.bind(*id);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The active people with an employee number, in the import's columns, by employee number.
pub async fn export(
    pool: &AnyPool,
    municipality_id: &str,
) -> Result<Vec<[String; 6]>, sqlx::Error> {
    let mut people = existing(pool, municipality_id).await?;
    people.retain(|p| p.active);
    people.sort_by(|a, b| a.employee_number.cmp(&b.employee_number));
    let codes: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, code FROM units WHERE municipality_id = $1 \
         UNION ALL SELECT id, code FROM job_roles WHERE municipality_id = $2",
    )
    .bind(municipality_id)
    .bind(municipality_id)
    .fetch_all(pool)
    .await?;
    let code: HashMap<String, String> = codes.into_iter().collect();
    let code_of = |id: &String| code.get(id).cloned().unwrap_or_default();
    Ok(people
        .into_iter()
        .map(|person| {
            let mut roles: Vec<String> = person.role_ids.iter().map(code_of).collect();
            roles.sort_unstable();
            let manager = person.manager_units.contains(&person.unit_id);
            [
                person.employee_number,
                person.name,
                person.email.unwrap_or_default(),
                code_of(&person.unit_id),
                roles.join(&crate::hr_import::ROLE_SEPARATOR.to_string()),
                if manager {
                    "ja".to_owned()
                } else {
                    String::new()
                },
            ]
        })
        .collect())
}
