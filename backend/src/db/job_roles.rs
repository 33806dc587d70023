//! Job roles and their minimum levels per competence.

use common::{JobRole, RoleRequirements};
use sqlx::{AnyConnection, AnyPool};
use std::collections::BTreeMap;

type RoleTuple = (String, String, String, String, i64);

fn from_tuple((id, municipality_id, code, name, baseline): RoleTuple) -> JobRole {
    JobRole {
        id,
        municipality_id,
        code,
        name,
        baseline: baseline != 0,
    }
}

/// The roles of a municipality, the baseline first, then by name.
pub async fn of_municipality(
    pool: &AnyPool,
    municipality_id: &str,
) -> Result<Vec<JobRole>, sqlx::Error> {
    let rows: Vec<RoleTuple> = sqlx::query_as(
        "SELECT id, municipality_id, code, name, baseline FROM job_roles \
         WHERE municipality_id = $1 ORDER BY baseline DESC, name",
    )
    .bind(municipality_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(from_tuple).collect())
}

pub async fn get(pool: &AnyPool, id: &str) -> Result<Option<JobRole>, sqlx::Error> {
    let row: Option<RoleTuple> = sqlx::query_as(
        "SELECT id, municipality_id, code, name, baseline FROM job_roles WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(from_tuple))
}

pub async fn insert(conn: &mut AnyConnection, role: &JobRole, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO job_roles (id, municipality_id, code, name, baseline, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&role.id)
    .bind(&role.municipality_id)
    .bind(&role.code)
    .bind(&role.name)
    .bind(i64::from(role.baseline))
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn rename(pool: &AnyPool, id: &str, code: &str, name: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE job_roles SET code = $1, name = $2 WHERE id = $3")
        .bind(code)
        .bind(name)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// The minimum levels of every role of a municipality in `framework`, baseline first.
pub async fn requirements(
    pool: &AnyPool,
    municipality_id: &str,
    framework: &str,
) -> Result<Vec<RoleRequirements>, sqlx::Error> {
    let rows: Vec<(String, Option<String>, Option<i64>)> = sqlx::query_as(
        "SELECT r.id, q.competence, q.level FROM job_roles r \
         LEFT JOIN role_requirements q ON q.role_id = r.id AND q.framework = $1 \
         WHERE r.municipality_id = $2 ORDER BY r.baseline DESC, r.name, r.id",
    )
    .bind(framework)
    .bind(municipality_id)
    .fetch_all(pool)
    .await?;
    let mut roles: Vec<RoleRequirements> = Vec::new();
    for (role_id, competence, level) in rows {
        if roles.last().is_none_or(|last| last.role_id != role_id) {
            roles.push(RoleRequirements {
                role_id,
                levels: BTreeMap::new(),
            });
        }
        if let (Some(competence), Some(level), Some(role)) = (competence, level, roles.last_mut()) {
            role.levels
                .insert(competence, u8::try_from(level).unwrap_or(0));
        }
    }
    Ok(roles)
}

/// Replaces the minimum levels of the given roles (already checked to be the municipality's).
pub async fn replace_requirements(
    conn: &mut AnyConnection,
    framework: &str,
    roles: &[RoleRequirements],
) -> Result<(), sqlx::Error> {
    if roles.is_empty() {
        return Ok(());
    }
    let placeholders: Vec<String> = (2..=roles.len() + 1).map(|i| format!("${i}")).collect();
    let sql = format!(
        "DELETE FROM role_requirements WHERE framework = $1 AND role_id IN ({})",
        placeholders.join(", ")
    );
    let mut delete = sqlx::query(&sql).bind(framework);
    for role in roles {
        delete = delete.bind(&role.role_id);
    }
    delete.execute(&mut *conn).await?;
    let rows: Vec<(&str, &str, u8)> = roles
        .iter()
        .flat_map(|role| {
            role.levels
                .iter()
                .filter(|(_, level)| **level > 0)
                .map(|(competence, level)| (role.role_id.as_str(), competence.as_str(), *level))
        })
        .collect();
    for chunk in rows.chunks(200) {
        let sql = format!(
            "INSERT INTO role_requirements (role_id, framework, competence, level) VALUES {}",
            super::values(chunk.len(), 4)
        );
        let mut query = sqlx::query(&sql);
        for (role_id, competence, level) in chunk {
            query = query
                .bind(*role_id)
                .bind(framework)
                .bind(*competence)
                .bind(i64::from(*level));
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}
