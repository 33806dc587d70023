//! What is measured: the seeded logins and the ids their views need, the course used, the
//! one-at-a-time timings and the wrk targets.

use super::{budgets, http, latency, load};
use std::time::Instant;

/// Requests per endpoint in the one-at-a-time measurement.
pub const SEQUENTIAL_REQUESTS: usize = 300;

/// The first staff course in Swedish and its lesson count, from the catalogue.
pub fn course(base: &str) -> Result<(String, u32), String> {
    let list = http::get_json(base, "", "/api/courses?lang=sv")?;
    let courses = list.as_array().ok_or("/api/courses did not send a list")?;
    courses
        .iter()
        .filter(|c| c["lesson_count"].as_u64().unwrap_or(0) > 0)
        .min_by_key(|c| c["audience"].as_str() != Some("staff"))
        .and_then(|c| Some((c["slug"].as_str()?.to_owned(), 1)))
        .ok_or_else(|| "the catalogue has no course with lessons".to_owned())
}

/// The seeded logins and the ids their views need. Each signs in once per server: sign-ins
/// are throttled.
pub struct Ids {
    manager: String,
    admin: String,
    unit: String,
    municipality: String,
}

impl Ids {
    pub fn find(base: &str) -> Result<Ids, String> {
        let manager = http::sign_in(base, "chef200@storby.example")?;
        let admin = http::sign_in(base, "admin@storby.example")?;
        let me = http::get_json(base, &manager, "/api/me")?;
        let unit = me["grants"][0]["unit"]["id"]
            .as_str()
            .ok_or("the seeded manager has no unit")?
            .to_owned();
        let me = http::get_json(base, &admin, "/api/me")?;
        let municipality = me["municipality"]["id"]
            .as_str()
            .ok_or("the seeded admin has no municipality")?
            .to_owned();
        Ok(Ids {
            manager,
            admin,
            unit,
            municipality,
        })
    }

    fn team_view(&self) -> String {
        format!("/api/units/{}/gaps", self.unit)
    }

    fn report(&self) -> String {
        format!("/api/municipalities/{}/report", self.municipality)
    }
}

pub fn sequential(base: &str, ids: &Ids) -> Result<Vec<latency::Row>, String> {
    let team = http::get_json(base, &ids.manager, &ids.team_view())?;
    let people = team["people"].as_array().map_or(0, Vec::len);
    println!("team view of {people} people");
    let started = Instant::now();
    http::get(base, &ids.admin, &ids.report())?;
    println!(
        "first organisation report (counted, not cached): {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    Ok(vec![
        latency::timed(
            budgets::TEAM_VIEW,
            budgets::TEAM_VIEW_P95_MS,
            SEQUENTIAL_REQUESTS,
            || http::get(base, &ids.manager, &ids.team_view()),
        )?,
        latency::timed(
            budgets::REPORT,
            budgets::REPORT_P95_MS,
            SEQUENTIAL_REQUESTS,
            || http::get(base, &ids.admin, &ids.report()),
        )?,
    ])
}

/// The loads, reads first so that the rows the writes add do not change what is read.
/// My competence is the manager's own: the seed gives a password only to the manager and
/// the administrator, and the manager is an employee with job roles like any other.
pub fn targets(ids: &Ids, (slug, lesson): &(String, u32)) -> Vec<load::Target> {
    use load::{Request, Target};
    let get = |path: String, cookie: Option<&String>| Request::Get {
        path,
        cookie: cookie.cloned(),
    };
    vec![
        Target {
            endpoint: budgets::COURSE_FETCH,
            request: get(format!("/api/courses/{slug}?lang=sv"), None),
        },
        Target {
            endpoint: budgets::MY_COMPETENCE,
            request: get("/api/me/competence".to_owned(), Some(&ids.manager)),
        },
        Target {
            endpoint: budgets::TEAM_VIEW,
            request: get(ids.team_view(), Some(&ids.manager)),
        },
        Target {
            endpoint: budgets::REPORT,
            request: get(ids.report(), Some(&ids.admin)),
        },
        Target {
            endpoint: budgets::PROGRESS,
            request: Request::Progress {
                slug: slug.clone(),
                lesson: *lesson,
            },
        },
    ]
}
