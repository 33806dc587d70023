//! Reads over everyone in a unit and the units under it, for the team view: a constant four
//! queries, however many people there are.
//!
//! The joins are written `units CROSS JOIN people CROSS JOIN …`: SQLite then walks them in
//! that order (a few units, their people by index, their rows by index) rather than scanning
//! a big table; PostgreSQL plans them as ordinary joins.

use crate::competence::rules::Award;
use sqlx::AnyPool;

/// An active person of the subtree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: String,
    pub name: String,
    pub unit_id: String,
}

/// A job role of the municipality with its minimum levels in one framework.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleLevels {
    pub id: String,
    pub name: String,
    pub baseline: bool,
    pub levels: Vec<(String, u8)>,
}

/// Everything the team view is computed from.
#[derive(Debug, Clone, Default)]
pub struct TeamRows {
    pub members: Vec<Member>,
    /// (person, role).
    pub member_roles: Vec<(String, String)>,
    pub roles: Vec<RoleLevels>,
    /// (person, award) for evidence still valid at the time asked for.
    pub evidence: Vec<(String, Award)>,
}

/// The rows of everyone active under `path` (a unit's tree path) in `municipality_id`.
pub async fn rows(
    pool: &AnyPool,
    municipality_id: &str,
    path: &str,
    framework: &str,
    now: i64,
) -> Result<TeamRows, sqlx::Error> {
    let under = format!("{path}%");
    let members: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT p.id, p.name, p.unit_id FROM units u CROSS JOIN people p \
         WHERE p.unit_id = u.id AND u.path LIKE $1 AND p.active = 1",
    )
    .bind(&under)
    .fetch_all(pool)
    .await?;
    let member_roles: Vec<(String, String)> = sqlx::query_as(
        "SELECT pr.person_id, pr.role_id FROM units u CROSS JOIN people p \
         CROSS JOIN person_roles pr WHERE p.unit_id = u.id AND pr.person_id = p.id \
         AND u.path LIKE $1 AND p.active = 1",
    )
    .bind(&under)
    .fetch_all(pool)
    .await?;
    let evidence: Vec<(String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT e.person_id, e.competence, e.level, e.expires_at FROM units u \
         CROSS JOIN people p CROSS JOIN evidence e \
         WHERE p.unit_id = u.id AND e.person_id = p.id \
         AND u.path LIKE $1 AND p.active = 1 AND e.framework = $2 \
         AND (e.expires_at IS NULL OR e.expires_at > $3)",
    )
    .bind(&under)
    .bind(framework)
    .bind(now)
    .fetch_all(pool)
    .await?;
    Ok(TeamRows {
        members: members
            .into_iter()
            .map(|(id, name, unit_id)| Member { id, name, unit_id })
            .collect(),
        member_roles,
        roles: roles(pool, municipality_id, framework).await?,
        evidence: evidence
            .into_iter()
            .map(|(person, competence, level, expires_at)| {
                let level = u8::try_from(level.clamp(0, 8)).unwrap_or(0);
                (
                    person,
                    Award {
                        competence,
                        level,
                        expires_at,
                    },
                )
            })
            .collect(),
    })
}

/// Every job role of a municipality with its levels in `framework`.
pub async fn roles(
    pool: &AnyPool,
    municipality_id: &str,
    framework: &str,
) -> Result<Vec<RoleLevels>, sqlx::Error> {
    type Row = (String, String, i64, Option<String>, Option<i64>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT r.id, r.name, r.baseline, q.competence, q.level FROM job_roles r \
         LEFT JOIN role_requirements q ON q.role_id = r.id AND q.framework = $2 \
         WHERE r.municipality_id = $1 ORDER BY r.id",
    )
    .bind(municipality_id)
    .bind(framework)
    .fetch_all(pool)
    .await?;
    let mut roles: Vec<RoleLevels> = Vec::new();
    for (id, name, baseline, competence, level) in rows {
        if roles.last().is_none_or(|r| r.id != id) {
            roles.push(RoleLevels {
                id,
                name,
                baseline: baseline == 1,
                levels: Vec::new(),
            });
        }
        if let (Some(competence), Some(level), Some(role)) = (competence, level, roles.last_mut()) {
            role.levels
                .push((competence, u8::try_from(level.clamp(0, 8)).unwrap_or(0)));
        }
    }
    Ok(roles)
}
