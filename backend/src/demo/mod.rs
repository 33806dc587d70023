//! Demo mode: seeds the made-up "Exempelby kommun" described in `exempelby.toml`, with the
//! four demo logins (password `demo`). Never used for real data.

use crate::auth::password;
use crate::competence;
use crate::courses::Catalog;
use crate::db::{self, assignments, evidence, job_roles, people, units, Db};
use common::{Grant, GrantKind, Lang, RoleRequirements};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

const DATA: &str = include_str!("exempelby.toml");

/// The demo logins' password.
pub const PASSWORD: &str = "demo";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    municipality: MunicipalityData,
    units: Vec<UnitData>,
    roles: Vec<RoleData>,
    people: Vec<PersonData>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MunicipalityData {
    code: String,
    name: String,
    baseline: BTreeMap<String, u8>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitData {
    code: String,
    name: String,
    parent: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleData {
    code: String,
    name: String,
    levels: BTreeMap<String, u8>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonData {
    employee_number: String,
    name: String,
    email: String,
    unit: String,
    roles: Vec<String>,
    grants: Vec<GrantData>,
    password: bool,
    /// Courses passed and how many months ago: seeded as the evidence and certificates they
    /// award.
    passed: Vec<PassedData>,
    /// Courses their manager assigned, due this many days from now (negative: overdue).
    #[serde(default)]
    assigned: Vec<AssignedData>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AssignedData {
    course: String,
    due_in_days: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GrantData {
    kind: GrantKind,
    unit: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PassedData {
    course: String,
    months_ago: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("the demo data is invalid: {0}")]
    Data(String),
    #[error("cannot seed the demo data: {0}")]
    Database(#[from] sqlx::Error),
}

/// Seeds Exempelby unless it is there already; returns whether it seeded.
pub async fn seed(db: &Db, catalog: &Catalog) -> Result<bool, SeedError> {
    let framework = catalog.framework.key();
    let framework = framework.as_str();
    let data: Data = toml::from_str(DATA).map_err(|err| SeedError::Data(err.to_string()))?;
    let existing = units::municipalities(&db.pool, None).await?;
    if existing.iter().any(|m| m.code == data.municipality.code) {
        return Ok(false);
    }
    let now = db::now();
    let mut tx = db.pool.begin().await?;
    let (root, baseline) = crate::routes::municipalities::create(
        &mut tx,
        &data.municipality.code,
        &data.municipality.name,
    )
    .await?;
    let municipality_id = root.id.clone();
    let mut unit_rows: HashMap<String, units::UnitRow> =
        HashMap::from([(data.municipality.code.clone(), root)]);
    for unit in &data.units {
        let parent = unit_rows.get(&unit.parent).ok_or_else(|| {
            SeedError::Data(format!(
                "unit {}: parent {} comes later or is missing",
                unit.code, unit.parent
            ))
        })?;
        let id = uuid::Uuid::new_v4().to_string();
        let row = units::insert(
            &mut tx,
            &units::NewUnit {
                id: &id,
                parent: Some(parent),
                code: &unit.code,
                name: &unit.name,
                now,
            },
        )
        .await?;
        unit_rows.insert(unit.code.clone(), row);
    }

    let mut requirements = vec![RoleRequirements {
        role_id: baseline.id,
        levels: data.municipality.baseline.clone(),
    }];
    let mut role_ids = HashMap::new();
    for role in &data.roles {
        let job_role = common::JobRole {
            id: uuid::Uuid::new_v4().to_string(),
            municipality_id: municipality_id.clone(),
            code: role.code.clone(),
            name: role.name.clone(),
            baseline: false,
        };
        job_roles::insert(&mut tx, &job_role, now).await?;
        requirements.push(RoleRequirements {
            role_id: job_role.id.clone(),
            levels: role.levels.clone(),
        });
        role_ids.insert(role.code.clone(), job_role.id);
    }
    job_roles::replace_requirements(&mut tx, framework, &requirements).await?;

    let demo_hash = password::hash(PASSWORD).map_err(|err| SeedError::Data(err.to_string()))?;
    let unit_id = |code: &str| {
        unit_rows
            .get(code)
            .map(|unit| unit.id.clone())
            .ok_or_else(|| SeedError::Data(format!("no unit {code}")))
    };
    for person in &data.people {
        let id = uuid::Uuid::new_v4().to_string();
        let unit = unit_id(&person.unit)?;
        people::insert(
            &mut tx,
            &people::PersonFields {
                id: &id,
                municipality_id: Some(&municipality_id),
                unit_id: Some(&unit),
                name: &person.name,
                email: Some(&person.email),
                employee_number: Some(&person.employee_number),
                active: true,
                superadmin: false,
            },
            person.password.then_some(demo_hash.as_str()),
            now,
        )
        .await?;
        let roles = person
            .roles
            .iter()
            .map(|code| {
                role_ids
                    .get(code)
                    .cloned()
                    .ok_or_else(|| SeedError::Data(format!("no role {code}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let grants = person
            .grants
            .iter()
            .map(|grant| {
                Ok(Grant {
                    kind: grant.kind,
                    unit_id: unit_id(&grant.unit)?,
                })
            })
            .collect::<Result<Vec<_>, SeedError>>()?;
        people::replace_roles_and_grants(&mut tx, &id, &roles, &grants).await?;
        for pass in &person.passed {
            let awarded_at = now - i64::from(pass.months_ago) * evidence::MONTH_SECS;
            competence::award(
                &mut tx,
                catalog,
                &id,
                None,
                &pass.course,
                Lang::Sv,
                awarded_at,
            )
            .await?
            .ok_or_else(|| SeedError::Data(format!("no course {}", pass.course)))?;
        }
        for assignment in &person.assigned {
            if catalog.meta(&assignment.course).is_none() {
                return Err(SeedError::Data(format!("no course {}", assignment.course)));
            }
            assignments::upsert(
                &mut tx,
                &assignments::NewAssignment {
                    person_id: &id,
                    course_slug: &assignment.course,
                    due_on: &competence::date_of(now + assignment.due_in_days * 86_400),
                    assigned_by: None,
                    assigned_at: now - 7 * 86_400,
                },
            )
            .await?;
        }
    }
    tx.commit().await?;
    tracing::info!(
        people = data.people.len(),
        "demo mode: seeded {} (sign in as admin@exempelby.se, chef@exempelby.se, anstalld@exempelby.se or bibliotek@exempelby.se, password \"{PASSWORD}\")",
        data.municipality.name
    );
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_data_reads_and_has_the_four_logins() {
        let data: Data = toml::from_str(DATA).unwrap();
        for email in [
            "admin@exempelby.se",
            "chef@exempelby.se",
            "anstalld@exempelby.se",
            "bibliotek@exempelby.se",
        ] {
            let person = data.people.iter().find(|p| p.email == email).unwrap();
            assert!(person.password, "{email}");
        }
        assert_eq!(data.people.iter().filter(|p| p.password).count(), 4);
        assert!((50..=80).contains(&data.people.len()));
    }
}
