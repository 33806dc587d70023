//! Demo mode: seeds the made-up "Exempelby kommun" described in `exempelby.toml`, with the
//! four demo logins (password `demo`). Never used for real data.

use crate::auth::password;
use crate::courses::Catalog;
use crate::db::{self, evidence, job_roles, people, units, Db};
use common::{Grant, GrantKind, RoleRequirements};
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
    /// Courses passed and how many months ago: seeded as the evidence they award.
    passed: Vec<PassedData>,
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
        evidence::insert_many(
            &mut tx,
            &awards(catalog, framework, &id, &person.passed, now)?,
        )
        .await?;
    }
    tx.commit().await?;
    tracing::info!(
        people = data.people.len(),
        "demo mode: seeded {} (sign in as admin@exempelby.se, chef@exempelby.se, anstalld@exempelby.se or bibliotek@exempelby.se, password \"{PASSWORD}\")",
        data.municipality.name
    );
    Ok(true)
}

/// The evidence a person's passed courses award, dated `months_ago`.
fn awards<'a>(
    catalog: &'a Catalog,
    framework: &'a str,
    person_id: &'a str,
    passed: &'a [PassedData],
    now: i64,
) -> Result<Vec<evidence::NewEvidence<'a>>, SeedError> {
    let mut rows = Vec::new();
    for pass in passed {
        let meta = catalog
            .meta(&pass.course)
            .ok_or_else(|| SeedError::Data(format!("no course {}", pass.course)))?;
        let awarded_at = now - i64::from(pass.months_ago) * evidence::MONTH_SECS;
        let expires_at = meta
            .validity_months
            .map(|months| awarded_at + i64::from(months) * evidence::MONTH_SECS);
        rows.extend(meta.competences.iter().map(|award| evidence::NewEvidence {
            person_id,
            course_slug: &pass.course,
            course_version: meta.version,
            framework,
            competence: &award.id,
            level: award.level,
            awarded_at,
            expires_at,
        }));
    }
    Ok(rows)
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
