//! Reads over everyone in a unit and the units under it, for the team view: one query,
//! however many people there are, returning each part as a JSON array (see [`super::json`]:
//! a 200-person team is some 2,000 rows, which cost more one by one than the lookups).
//!
//! The joins are written `units CROSS JOIN people CROSS JOIN …`: SQLite then walks them in
//! that order (a few units, their people by index, their rows by index) rather than scanning
//! a big table; PostgreSQL plans them as ordinary joins.

use super::json::{parse, rows_of};
use super::{Db, DbKind};
use crate::competence::rules::Award;
use std::sync::LazyLock;

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

static SQLITE: LazyLock<String> = LazyLock::new(|| sql(DbKind::Sqlite));
static POSTGRES: LazyLock<String> = LazyLock::new(|| sql(DbKind::Postgres));

/// Four arrays: the active people under `$1` (a path prefix) with their job roles and their
/// evidence in framework `$2` valid at `$3`; and the job roles of municipality `$4` with their
/// levels in `$2`.
fn sql(kind: DbKind) -> String {
    let members = rows_of(kind, "p.id, p.name, p.unit_id");
    let member_roles = rows_of(kind, "pr.person_id, pr.role_id");
    let evidence = rows_of(kind, "e.person_id, e.competence, e.level, e.expires_at");
    let roles = rows_of(kind, "r.id, r.name, r.baseline, q.competence, q.level");
    format!(
        "SELECT \
         (SELECT {members} FROM units u CROSS JOIN people p \
          WHERE p.unit_id = u.id AND u.path LIKE $1 AND p.active = 1), \
         (SELECT {member_roles} FROM units u CROSS JOIN people p CROSS JOIN person_roles pr \
          WHERE p.unit_id = u.id AND pr.person_id = p.id AND u.path LIKE $1 AND p.active = 1), \
         (SELECT {evidence} FROM units u CROSS JOIN people p CROSS JOIN evidence e \
          WHERE p.unit_id = u.id AND e.person_id = p.id AND u.path LIKE $1 AND p.active = 1 \
          AND e.framework = $2 AND (e.expires_at IS NULL OR e.expires_at > $3)), \
         (SELECT {roles} FROM job_roles r \
          LEFT JOIN role_requirements q ON q.role_id = r.id AND q.framework = $2 \
          WHERE r.municipality_id = $4)"
    )
}

type Role = (String, String, i64, Option<String>, Option<i64>);

/// The rows of everyone active under `path` (a unit's tree path) in `municipality_id`.
pub async fn rows(
    db: &Db,
    municipality_id: &str,
    path: &str,
    framework: &str,
    now: i64,
) -> Result<TeamRows, sqlx::Error> {
    let sql: &str = match db.kind {
        DbKind::Sqlite => &SQLITE,
        DbKind::Postgres => &POSTGRES,
    };
    let (members, member_roles, evidence, roles): (String, String, String, String) =
        sqlx::query_as(sql)
            .bind(format!("{path}%"))
            .bind(framework)
            .bind(now)
            .bind(municipality_id)
            .fetch_one(&db.pool)
            .await?;
    Ok(TeamRows {
        members: parse::<(String, String, String)>(&members)?
            .into_iter()
            .map(|(id, name, unit_id)| Member { id, name, unit_id })
            .collect(),
        member_roles: parse(&member_roles)?,
        roles: role_levels(parse(&roles)?),
        evidence: parse::<(String, String, i64, Option<i64>)>(&evidence)?
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

/// Job roles with their levels, from (role, name, baseline, competence, level) rows in any
/// order; roles by id.
fn role_levels(mut rows: Vec<Role>) -> Vec<RoleLevels> {
    rows.sort_by(|a, b| a.0.cmp(&b.0));
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
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_rows_in_any_order_group_by_role() {
        let row = |id: &str, competence: Option<&str>, level: Option<i64>| -> Role {
            (
                id.into(),
                format!("role {id}"),
                i64::from(id == "a"),
                competence.map(Into::into),
                level,
            )
        };
        let roles = role_levels(vec![
            row("b", Some("1.1"), Some(3)),
            row("a", None, None),
            row("b", Some("4.1"), Some(9)),
        ]);
        assert_eq!(roles.len(), 2);
        assert!(roles[0].baseline && roles[0].levels.is_empty());
        assert_eq!(
            roles[1].levels,
            [("1.1".to_owned(), 3), ("4.1".to_owned(), 8)]
        );
    }
}
