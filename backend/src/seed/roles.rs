//! Storby's job roles, their minimum levels in DigComp 2.2, and which roles each kind of unit
//! employs.
//!
//! Every minimum can be reached by an existing staff course (the limits are those listed in
//! `demo/exempelby.toml`'s header): 1.1 ≤ 3, 1.2 ≤ 4, 1.3 ≤ 3, 2.1 ≤ 4, 2.4 ≤ 4, 2.5 ≤ 3,
//! 2.6 ≤ 3, 3.1 ≤ 4, 3.2 ≤ 3, 4.1 ≤ 3, 4.2 ≤ 4, 5.2 ≤ 5, 5.4 ≤ 5. A unit test checks them
//! against the courses.

use super::Kind;
use common::{JobRole, RoleRequirements};
use sqlx::AnyConnection;
use std::collections::HashMap;

/// A job role and its minimum level per competence.
pub struct RoleDef {
    pub code: &'static str,
    pub name: &'static str,
    pub levels: &'static [(&'static str, u8)],
}

/// What every employee needs (the municipality's baseline role): information security basics,
/// covered by phishing-at-work and passwords-and-e-id-at-work.
pub const BASELINE: &[(&str, u8)] = &[("2.6", 2), ("4.1", 3), ("4.2", 3)];

/// The role of every unit's manager.
pub const CHIEF: &str = "CHF";

pub const ROLES: &[RoleDef] = &[
    RoleDef {
        code: "USK",
        name: "Undersköterska",
        levels: &[
            ("1.1", 2),
            ("1.3", 2),
            ("2.1", 3),
            ("2.6", 3),
            ("4.1", 3),
            ("4.2", 3),
        ],
    },
    RoleDef {
        code: "SSK",
        name: "Sjuksköterska",
        levels: &[
            ("1.1", 3),
            ("1.2", 3),
            ("1.3", 3),
            ("2.1", 3),
            ("2.4", 3),
            ("2.6", 3),
            ("4.2", 4),
        ],
    },
    RoleDef {
        code: "LAR",
        name: "Lärare",
        levels: &[
            ("1.1", 3),
            ("1.2", 4),
            ("2.1", 3),
            ("2.4", 3),
            ("2.5", 3),
            ("3.1", 3),
            ("3.2", 3),
        ],
    },
    RoleDef {
        code: "FSK",
        name: "Förskollärare",
        levels: &[("1.1", 2), ("1.2", 3), ("2.1", 3), ("2.4", 2), ("3.1", 2)],
    },
    RoleDef {
        code: "BSK",
        name: "Barnskötare",
        levels: &[("1.1", 2), ("2.1", 2), ("2.4", 2)],
    },
    RoleDef {
        code: "SOC",
        name: "Socialsekreterare",
        levels: &[("1.2", 3), ("1.3", 3), ("2.1", 3), ("2.6", 3), ("4.2", 4)],
    },
    RoleDef {
        code: "HLG",
        name: "Handläggare",
        levels: &[
            ("1.1", 3),
            ("1.2", 3),
            ("1.3", 3),
            ("2.1", 3),
            ("2.6", 3),
            ("4.2", 4),
        ],
    },
    RoleDef {
        code: "ADM",
        name: "Administratör",
        levels: &[
            ("1.1", 3),
            ("1.3", 3),
            ("2.1", 3),
            ("2.4", 3),
            ("3.1", 3),
            ("3.2", 3),
            ("4.2", 4),
        ],
    },
    RoleDef {
        code: CHIEF,
        name: "Chef",
        levels: &[
            ("1.3", 3),
            ("2.1", 3),
            ("2.4", 4),
            ("2.5", 3),
            ("4.2", 4),
            ("5.2", 4),
            ("5.4", 5),
        ],
    },
    RoleDef {
        code: "BIB",
        name: "Bibliotekarie",
        levels: &[
            ("1.1", 3),
            ("1.2", 4),
            ("2.1", 4),
            ("2.6", 3),
            ("3.2", 3),
            ("4.2", 4),
            ("5.4", 4),
        ],
    },
    RoleDef {
        code: "ITT",
        name: "IT-tekniker",
        levels: &[
            ("1.1", 3),
            ("1.3", 3),
            ("2.4", 3),
            ("2.6", 3),
            ("4.2", 4),
            ("5.2", 4),
        ],
    },
    RoleDef {
        code: "ING",
        name: "Ingenjör",
        levels: &[("1.1", 3), ("1.3", 3), ("2.4", 3), ("3.1", 3), ("5.2", 4)],
    },
    RoleDef {
        code: "KMR",
        name: "Kommunikatör",
        levels: &[
            ("1.1", 3),
            ("1.2", 4),
            ("2.1", 3),
            ("2.5", 3),
            ("3.1", 4),
            ("3.2", 3),
        ],
    },
    RoleDef {
        code: "HRK",
        name: "HR-konsult",
        levels: &[
            ("1.2", 3),
            ("1.3", 3),
            ("2.1", 3),
            ("2.4", 3),
            ("4.2", 4),
            ("5.4", 4),
        ],
    },
    RoleDef {
        code: "SRV",
        name: "Servicemedarbetare",
        levels: &[("1.1", 2), ("2.1", 2)],
    },
];

/// The roles of the people (managers aside) in a kind of unit, with weights.
pub fn mix(kind: Kind) -> &'static [(&'static str, u32)] {
    match kind {
        Kind::Office => &[("ADM", 50), ("HLG", 35), ("HRK", 5), ("ITT", 5), ("KMR", 5)],
        Kind::It => &[("ITT", 80), ("ING", 10), ("ADM", 10)],
        Kind::Hr => &[("HRK", 70), ("ADM", 30)],
        Kind::Communication => &[("KMR", 80), ("ADM", 20)],
        Kind::HomeCare => &[("USK", 90), ("SSK", 4), ("ADM", 6)],
        Kind::CareHome => &[("USK", 78), ("SSK", 15), ("ADM", 4), ("SRV", 3)],
        Kind::Health => &[("SSK", 60), ("USK", 25), ("ADM", 15)],
        Kind::School => &[("LAR", 82), ("ADM", 8), ("SRV", 8), ("ITT", 2)],
        Kind::Preschool => &[("FSK", 45), ("BSK", 50), ("SRV", 5)],
        Kind::Social => &[("SOC", 70), ("HLG", 20), ("ADM", 10)],
        Kind::Library => &[("BIB", 75), ("ADM", 15), ("KMR", 10)],
        Kind::Culture => &[("LAR", 30), ("ADM", 30), ("SRV", 25), ("KMR", 15)],
        Kind::Planning => &[("ING", 45), ("HLG", 40), ("ADM", 15)],
        Kind::Service => &[("SRV", 85), ("ADM", 10), ("ING", 5)],
        Kind::AdultEducation => &[("LAR", 65), ("HLG", 25), ("ADM", 10)],
        Kind::Area => &[("ADM", 1)],
    }
}

/// Every minimum level (the baseline's included) that no staff course awards, as
/// `ROLE competence level`; empty when every gap can be closed inside Digikomp.
pub fn unreachable(catalog: &crate::courses::Catalog) -> Vec<String> {
    let courses = catalog.summaries(common::Lang::Sv, Some(common::Audience::Staff));
    let reaches = |competence: &str, level: u8| {
        courses.iter().any(|course| {
            course
                .competences
                .iter()
                .any(|award| award.id == competence && award.level >= level)
        })
    };
    let baseline = std::iter::once(("ALLA", BASELINE));
    baseline
        .chain(ROLES.iter().map(|role| (role.code, role.levels)))
        .flat_map(|(code, levels)| levels.iter().map(move |(id, level)| (code, *id, *level)))
        .filter(|(_, id, level)| !reaches(id, *level))
        .map(|(code, id, level)| format!("{code} {id} {level}"))
        .collect()
}

/// The job roles with their minimum levels, and the baseline's; returns role ids by code.
pub async fn insert(
    conn: &mut AnyConnection,
    catalog: &crate::courses::Catalog,
    municipality_id: &str,
    baseline: JobRole,
    now: i64,
) -> Result<HashMap<&'static str, String>, sqlx::Error> {
    let levels = |pairs: &[(&str, u8)]| pairs.iter().map(|(c, l)| (c.to_string(), *l)).collect();
    let mut requirements = vec![RoleRequirements {
        role_id: baseline.id,
        levels: levels(BASELINE),
    }];
    let mut ids = HashMap::new();
    for role in ROLES {
        let job_role = JobRole {
            id: uuid::Uuid::new_v4().to_string(),
            municipality_id: municipality_id.to_owned(),
            code: role.code.to_owned(),
            name: role.name.to_owned(),
            baseline: false,
        };
        crate::db::job_roles::insert(conn, &job_role, now).await?;
        requirements.push(RoleRequirements {
            role_id: job_role.id.clone(),
            levels: levels(role.levels),
        });
        ids.insert(role.code, job_role.id);
    }
    crate::db::job_roles::replace_requirements(conn, &catalog.framework.key(), &requirements)
        .await?;
    Ok(ids)
}
