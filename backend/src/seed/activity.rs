//! What Storby's employees have done over the last 24 months: passed courses (most have passed
//! the two security courses, some of those passes expired or about to), lessons of courses
//! under way, and courses their manager assigned.

use super::people::PlannedPerson;
use super::roles;
use super::SeedError;
use crate::courses::Catalog;
use crate::db::evidence::MONTH_SECS;
use common::{Audience, Lang};
use fastrand::Rng;
use std::collections::{BTreeSet, HashMap};

/// The courses behind the baseline; both must be refreshed every 12 months.
pub const BASELINE_COURSES: &[&str] = &["phishing-at-work", "passwords-and-e-id-at-work"];

const DAY: i64 = 86_400;

/// A staff course as the seed uses it.
#[derive(Debug, Clone)]
pub struct CourseInfo {
    pub slug: String,
    pub lessons: u32,
}

/// The staff courses, those of the baseline, and those that train each role's competences.
pub struct Courses {
    pub list: Vec<CourseInfo>,
    baseline: Vec<usize>,
    by_role: HashMap<&'static str, Vec<usize>>,
}

impl Courses {
    pub fn from_catalog(catalog: &Catalog) -> Result<Courses, SeedError> {
        let summaries = catalog.summaries(Lang::Sv, Some(Audience::Staff));
        let list: Vec<CourseInfo> = summaries
            .iter()
            .map(|c| CourseInfo {
                slug: c.slug.clone(),
                lessons: u32::try_from(c.lesson_count).unwrap_or(0),
            })
            .collect();
        let index = |slug: &str| list.iter().position(|c| c.slug == slug);
        let baseline = BASELINE_COURSES
            .iter()
            .map(|slug| index(slug).ok_or_else(|| SeedError::Data(format!("no course {slug}"))))
            .collect::<Result<Vec<_>, _>>()?;
        let by_role = roles::ROLES
            .iter()
            .map(|role| {
                let trains: Vec<usize> = (0..summaries.len())
                    .filter(|i| !baseline.contains(i))
                    .filter(|&i| {
                        summaries[i]
                            .competences
                            .iter()
                            .any(|a| role.levels.iter().any(|(id, _)| *id == a.id))
                    })
                    .collect();
                (role.code, trains)
            })
            .collect();
        Ok(Courses {
            list,
            baseline,
            by_role,
        })
    }

    /// The courses that train a person's role competences, beyond the baseline.
    fn for_roles(&self, codes: &[&str]) -> Vec<usize> {
        let set: BTreeSet<usize> = codes
            .iter()
            .filter_map(|code| self.by_role.get(code))
            .flatten()
            .copied()
            .collect();
        set.into_iter().collect()
    }
}

/// A passed course, at Unix time `at`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pass {
    pub person: usize,
    pub course: usize,
    pub at: i64,
}

/// The first `done` lessons of a course, one a day from `from`.
#[derive(Debug, Clone, PartialEq)]
pub struct Lessons {
    pub person: usize,
    pub course: usize,
    pub done: u32,
    pub from: i64,
}

/// A course assigned at `assigned_at`, due `due_in_days` from now (negative: overdue).
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    pub person: usize,
    pub course: usize,
    pub due_in_days: i64,
    pub assigned_at: i64,
}

/// Everything everyone did, in the order of the people.
#[derive(Debug, Default, PartialEq)]
pub struct Activity {
    pub passes: Vec<Pass>,
    pub lessons: Vec<Lessons>,
    pub assignments: Vec<Assignment>,
}

pub fn plan(people: &[PlannedPerson], courses: &Courses, now: i64, rng: &mut Rng) -> Activity {
    let mut activity = Activity::default();
    for (person, planned) in people.iter().enumerate() {
        let first_pass = activity.passes.len();
        // A few have done nothing yet: new, on leave, or never got round to it.
        if rng.u32(0..100) >= 7 {
            baseline_passes(person, courses, now, rng, &mut activity.passes);
            role_passes(
                person,
                &courses.for_roles(&planned.roles),
                now,
                rng,
                &mut activity.passes,
            );
        }
        let passed: Vec<usize> = activity.passes[first_pass..]
            .iter()
            .map(|p| p.course)
            .collect();
        let mut open: Vec<usize> = courses.baseline.clone();
        open.extend(courses.for_roles(&planned.roles));
        open.retain(|c| !passed.contains(c));
        if open.is_empty() {
            continue;
        }
        if rng.u32(0..100) < 15 {
            let course = open[rng.usize(..open.len())];
            let total = courses.list[course].lessons;
            if total >= 2 {
                activity.lessons.push(Lessons {
                    person,
                    course,
                    done: rng.u32(1..total),
                    from: now - i64::from(rng.u32(5..60)) * DAY,
                });
            }
        }
        if rng.u32(0..100) < 4 {
            activity
                .assignments
                .push(assignment(person, &open, now, rng));
        }
    }
    activity
}

/// The security courses of the baseline: mostly passed within the year, some passes about to
/// run out (within 60 days), some already expired.
fn baseline_passes(person: usize, courses: &Courses, now: i64, rng: &mut Rng, out: &mut Vec<Pass>) {
    for &course in &courses.baseline {
        if rng.u32(0..100) >= 88 {
            continue;
        }
        let months = match rng.u32(0..100) {
            0..65 => rng.f64() * 10.0,
            65..80 => 10.2 + rng.f64() * 1.7,
            _ => 12.1 + rng.f64() * 11.8,
        };
        out.push(Pass {
            person,
            course,
            at: months_ago(now, months),
        });
    }
}

/// Up to three of the courses that train the person's roles, at any time in the last 24 months.
fn role_passes(person: usize, open: &[usize], now: i64, rng: &mut Rng, out: &mut Vec<Pass>) {
    let wanted = match rng.u32(0..100) {
        0..25 => 0,
        25..55 => 1,
        55..83 => 2,
        _ => 3,
    };
    let mut candidates = open.to_vec();
    rng.shuffle(&mut candidates);
    for course in candidates.into_iter().take(wanted) {
        out.push(Pass {
            person,
            course,
            at: months_ago(now, rng.f64() * 24.0),
        });
    }
}

/// Half overdue (assigned months ago), half due in the coming weeks.
fn assignment(person: usize, open: &[usize], now: i64, rng: &mut Rng) -> Assignment {
    let course = open[rng.usize(..open.len())];
    let (due_in_days, assigned_days_ago) = if rng.bool() {
        (-i64::from(rng.u32(1..60)), i64::from(rng.u32(60..120)))
    } else {
        (i64::from(rng.u32(7..90)), i64::from(rng.u32(1..30)))
    };
    Assignment {
        person,
        course,
        due_in_days,
        assigned_at: now - assigned_days_ago * DAY,
    }
}

fn months_ago(now: i64, months: f64) -> i64 {
    now - (months * MONTH_SECS as f64) as i64
}
