//! `digikomp seed`: a made-up municipality, "Storby kommun", of any number of employees
//! (20,000 by default) with förvaltningar, units, job roles and two years of realistic
//! progress, for benchmarks and for trying Digikomp at scale. Never used for real data.
//!
//! The plan is made first, in memory and deterministic for a given random seed; it is then
//! written in one transaction, many rows per statement, so a failed run leaves nothing behind.

mod activity;
mod departments;
mod org;
mod people;
mod roles;
mod write;

use crate::courses::Catalog;
use crate::db::Db;
use fastrand::Rng;

pub use org::{TEAM_CODE, TEAM_NAME, TEAM_SIZE};

pub const MUNICIPALITY_CODE: &str = "STB";
pub const MUNICIPALITY_NAME: &str = "Storby kommun";
/// The password of the two seeded logins.
pub const PASSWORD: &str = "seed";
/// Administrator of the whole municipality.
pub const ADMIN_EMAIL: &str = "admin@storby.example";
/// Manager of [`TEAM_CODE`], the unit of exactly [`TEAM_SIZE`] people.
pub const MANAGER_EMAIL: &str = "chef200@storby.example";
/// Fewer employees than this leave too few for a unit in every förvaltning.
pub const MIN_EMPLOYEES: u32 = 100;

#[derive(Debug, Clone)]
pub struct SeedOptions {
    /// Active employees, the two logins included.
    pub employees: u32,
    /// The same seed gives the same municipality (relative to `now`).
    pub rng_seed: u64,
    /// Dates of progress are spread over the 24 months before this Unix time.
    pub now: i64,
}

impl Default for SeedOptions {
    fn default() -> Self {
        SeedOptions {
            employees: 20_000,
            rng_seed: 42,
            now: crate::db::now(),
        }
    }
}

/// What was created.
#[derive(Debug, Clone, PartialEq)]
pub struct SeedSummary {
    pub municipality_id: String,
    /// The municipality itself included.
    pub units: usize,
    pub people: usize,
    /// Active people in [`TEAM_CODE`]: [`TEAM_SIZE`] from 400 employees up.
    pub team_size: usize,
    /// The baseline included.
    pub job_roles: usize,
    /// Passed courses, each with its certificate.
    pub passes: usize,
    pub evidence: usize,
    pub lesson_events: usize,
    pub assignments: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("{MUNICIPALITY_NAME} ({MUNICIPALITY_CODE}) is already in this database; nothing was changed (seed into an empty database)")]
    Exists,
    #[error("a seeded municipality needs at least {MIN_EMPLOYEES} employees, not {0}")]
    TooFew(u32),
    #[error("the courses do not fit the seeded job roles: {0}")]
    Data(String),
    #[error("cannot hash the password: {0}")]
    Password(String),
    #[error("cannot seed the database: {0}")]
    Database(#[from] sqlx::Error),
}

/// What a unit does, which decides its people's job roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Office,
    It,
    Hr,
    Communication,
    HomeCare,
    CareHome,
    Health,
    School,
    Preschool,
    Social,
    Library,
    Culture,
    Planning,
    Service,
    AdultEducation,
    /// Groups units (an area of schools, the home-care districts); has no people of its own.
    Area,
}

/// The whole municipality, before anything is written.
pub struct Plan {
    pub units: Vec<org::PlannedUnit>,
    pub unit_ids: Vec<String>,
    pub people: Vec<people::PlannedPerson>,
    pub activity: activity::Activity,
    /// The index of the administrator in `people`.
    pub admin: usize,
}

/// Seeds Storby into `db`, refusing (and changing nothing) when it is there already.
/// `progress` is told how many employees are written so far.
pub async fn run(
    db: &Db,
    catalog: &Catalog,
    options: &SeedOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<SeedSummary, SeedError> {
    if options.employees < MIN_EMPLOYEES {
        return Err(SeedError::TooFew(options.employees));
    }
    let unreachable = roles::unreachable(catalog);
    if !unreachable.is_empty() {
        return Err(SeedError::Data(format!(
            "no staff course reaches {}",
            unreachable.join(", ")
        )));
    }
    let existing = crate::db::units::municipalities(&db.pool, None).await?;
    if existing
        .iter()
        .any(|m| m.code.eq_ignore_ascii_case(MUNICIPALITY_CODE))
    {
        return Err(SeedError::Exists);
    }
    let courses = activity::Courses::from_catalog(catalog)?;
    let plan = plan(options, &courses);
    let summary = write::write(db, catalog, &plan, &courses, options, progress).await?;
    crate::db::analyze(&db.pool).await?;
    // Two years of the report's trend, from the generated evidence's dates.
    crate::report::snapshots::backfill(db, catalog, 24, options.now).await?;
    Ok(summary)
}

/// The municipality for these options: units, people (the two logins among them) and activity.
pub fn plan(options: &SeedOptions, courses: &activity::Courses) -> Plan {
    let mut rng = Rng::with_seed(options.rng_seed);
    let units = org::plan(options.employees, &mut rng);
    let mut people = people::plan(&units, &mut rng);
    let activity = activity::plan(&people, courses, options.now, &mut rng);
    let unit_ids = units.iter().map(|_| random_id(&mut rng)).collect();
    let in_unit = |code: &str| units.iter().position(|u| u.code == code);
    let team = in_unit(TEAM_CODE).and_then(|u| people.iter().position(|p| p.unit == u));
    if let Some(manager) = team {
        people[manager].email = MANAGER_EMAIL.to_owned();
    }
    // The administrator works at the central office, beside its manager when there is room.
    let office = in_unit("KLK").unwrap_or(0);
    let admin = people
        .iter()
        .position(|p| p.unit == office && !p.manager)
        .or_else(|| people.iter().position(|p| p.unit == office))
        .unwrap_or(0);
    people[admin].email = ADMIN_EMAIL.to_owned();
    Plan {
        units,
        unit_ids,
        people,
        activity,
        admin,
    }
}

/// One of `items`, chosen with probability proportional to its weight.
fn pick_weighted<'a, T>(items: &'a [T], weight: impl Fn(&T) -> u32, rng: &mut Rng) -> &'a T {
    let total: u32 = items.iter().map(&weight).sum();
    let mut left = rng.u32(0..total.max(1));
    for item in items {
        let w = weight(item);
        if left < w {
            return item;
        }
        left -= w;
    }
    &items[items.len() - 1]
}

/// A UUID made from the seeded generator, so ids repeat with the seed.
fn random_id(rng: &mut Rng) -> String {
    uuid::Builder::from_random_bytes(rng.u128(..).to_le_bytes())
        .into_uuid()
        .to_string()
}

#[cfg(test)]
mod tests;
