//! Every API route × every role → allowed or refused. The table must list exactly the routes
//! of the OpenAPI document, so a new route cannot be added without deciding who may use it.

mod library;

use crate::helpers::{on_both_databases, TestApp};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::collections::BTreeSet;

on_both_databases!(every_route_refuses_the_wrong_roles);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Anonymous,
    Employee,
    Manager,
    Guide,
    /// Administrator of all of Exempelby, whose data every request below refers to.
    Admin,
    /// Administrator of all of another municipality.
    OtherAdmin,
    Superadmin,
}

use Role::*;

const ROLES: [Role; 7] = [
    Anonymous, Employee, Manager, Guide, Admin, OtherAdmin, Superadmin,
];
/// The demo guide guides at Stadsbiblioteket, the library of the requests.
const GUIDING: &[Role] = &[Guide, Superadmin];
/// The library's numbers: its guide and the administrators of the units above it.
const LIBRARY_FOLLOW_UP: &[Role] = &[Guide, Admin, Superadmin];
const EVERYONE: &[Role] = &ROLES;
const SIGNED_IN: &[Role] = &[Employee, Manager, Guide, Admin, OtherAdmin, Superadmin];
const ANY_ADMIN: &[Role] = &[Admin, OtherAdmin, Superadmin];
const EXEMPELBY_ADMINS: &[Role] = &[Admin, Superadmin];
const SUPERADMIN: &[Role] = &[Superadmin];
/// The demo manager manages the unit of the requests; Exempelby's admins hold all of it.
const FOLLOWING_UP: &[Role] = &[Manager, Admin, Superadmin];

/// The ids the requests refer to, all in Exempelby.
struct Fixture {
    municipality: String,
    unit: String,
    parent: String,
    role: String,
    person: Value,
    person_id: String,
    requirements: Value,
    csv: String,
    quiz_answers: Value,
    certificate: String,
    library: library::LibraryFixture,
}

/// The anonymous learner of the progress requests.
const LEARNER: &str = "0b7e2a52-8f4c-4d7e-9a31-5c2f1e6d8b90";

enum Body {
    None,
    Json(Value),
    Csv(String),
    /// As the participant of the fixture's library session, with a JSON body or none.
    Participant(Option<Value>),
}

struct Case {
    method: Method,
    path: &'static str,
    allowed: &'static [Role],
    body: fn(&Fixture, Role) -> Body,
}

fn none(_: &Fixture, _: Role) -> Body {
    Body::None
}

/// A code or e-mail that differs per role, so creations do not collide.
fn tag(role: Role) -> String {
    format!("{role:?}").to_lowercase()
}

fn cases() -> Vec<Case> {
    let case = |method: Method, path, allowed, body| Case {
        method,
        path,
        allowed,
        body,
    };
    vec![
        case(Method::GET, "/api/health", EVERYONE, none),
        case(Method::GET, "/api/framework", EVERYONE, none),
        case(Method::GET, "/api/courses", EVERYONE, none),
        case(Method::GET, "/api/courses/{slug}", EVERYONE, none),
        case(Method::GET, "/course-media/{slug}/{file}", EVERYONE, none),
        case(
            Method::POST,
            "/api/courses/{slug}/quiz-attempts",
            EVERYONE,
            |f, _| {
                Body::Json(json!({
                    "id": uuid::Uuid::new_v4().to_string(),
                    "learner_id": uuid::Uuid::new_v4().to_string(), "lang": "sv", "answers": f.quiz_answers
                }))
            },
        ),
        // Middle: the library's session must still be running for the participant's cases.
    ]
    .into_iter()
    .chain(library::cases())
    .chain(vec![
        case(Method::POST, "/api/progress-events", EVERYONE, |_, _| {
            Body::Json(json!({ "events": [{
                "id": uuid::Uuid::new_v4().to_string(), "learner_id": LEARNER,
                "kind": "lesson-completed", "course_slug": "phishing-at-work", "lesson": 1,
                "occurred_at": 1_800_000_000
            }] }))
        }),
        case(Method::GET, "/api/progress", EVERYONE, none),
        case(Method::GET, "/api/me/competence", SIGNED_IN, none),
        case(Method::GET, "/api/self-assessment", SIGNED_IN, none),
        case(Method::PUT, "/api/me/self-assessment", SIGNED_IN, |_, _| {
            Body::Json(json!({ "levels": { "1.1": 2 } }))
        }),
        case(Method::GET, "/api/certificates/{code}", EVERYONE, none),
        case(Method::GET, "/api/me", SIGNED_IN, none),
        case(Method::GET, "/api/municipalities", ANY_ADMIN, none),
        case(
            Method::POST,
            "/api/municipalities",
            SUPERADMIN,
            |_, role| {
                Body::Json(json!({ "code": format!("M-{}", tag(role)), "name": "Ny kommun" }))
            },
        ),
        case(
            Method::GET,
            "/api/municipalities/{id}/units",
            EXEMPELBY_ADMINS,
            none,
        ),
        case(Method::POST, "/api/units", EXEMPELBY_ADMINS, |f, role| {
            Body::Json(
                json!({ "parent_id": f.unit, "code": format!("U-{}", tag(role)), "name": "Ny enhet" }),
            )
        }),
        case(Method::PUT, "/api/units/{id}", EXEMPELBY_ADMINS, |f, _| {
            Body::Json(json!({ "parent_id": f.parent, "code": "HTN", "name": "Hemtjänst Norra" }))
        }),
        case(
            Method::GET,
            "/api/municipalities/{id}/job-roles",
            EXEMPELBY_ADMINS,
            none,
        ),
        case(
            Method::POST,
            "/api/municipalities/{id}/job-roles",
            EXEMPELBY_ADMINS,
            |_, role| Body::Json(json!({ "code": format!("R-{}", tag(role)), "name": "Ny roll" })),
        ),
        case(
            Method::PUT,
            "/api/job-roles/{id}",
            EXEMPELBY_ADMINS,
            |_, _| Body::Json(json!({ "code": "USK", "name": "Undersköterska" })),
        ),
        case(
            Method::GET,
            "/api/municipalities/{id}/requirements",
            EXEMPELBY_ADMINS,
            none,
        ),
        case(
            Method::PUT,
            "/api/municipalities/{id}/requirements",
            EXEMPELBY_ADMINS,
            |f, _| Body::Json(f.requirements.clone()),
        ),
        case(
            Method::GET,
            "/api/municipalities/{id}/people",
            EXEMPELBY_ADMINS,
            none,
        ),
        case(
            Method::POST,
            "/api/municipalities/{id}/people",
            EXEMPELBY_ADMINS,
            |f, role| {
                Body::Json(json!({
                    "name": "Ny Person", "email": format!("ny.{}@exempelby.se", tag(role)),
                    "employee_number": null, "unit_id": f.unit, "role_ids": [], "grants": [],
                    "active": true, "password": null
                }))
            },
        ),
        case(Method::GET, "/api/people/{id}", EXEMPELBY_ADMINS, none),
        case(Method::PUT, "/api/people/{id}", EXEMPELBY_ADMINS, |f, _| {
            Body::Json(f.person.clone())
        }),
        case(
            Method::POST,
            "/api/municipalities/{id}/people-import",
            EXEMPELBY_ADMINS,
            |f, _| Body::Csv(f.csv.clone()),
        ),
        case(
            Method::GET,
            "/api/municipalities/{id}/people-export",
            EXEMPELBY_ADMINS,
            none,
        ),
        case(Method::GET, "/api/units/{id}/gaps", FOLLOWING_UP, none),
        case(Method::GET, "/api/units/{id}/gaps.csv", FOLLOWING_UP, none),
        case(
            Method::GET,
            "/api/units/{id}/assignments",
            FOLLOWING_UP,
            none,
        ),
        case(
            Method::GET,
            "/api/people/{id}/competence",
            FOLLOWING_UP,
            none,
        ),
        case(Method::POST, "/api/assignments", FOLLOWING_UP, |f, _| {
            Body::Json(json!({
                "course_slug": "phishing-at-work", "due_on": "2099-01-31",
                "person_ids": [f.person_id]
            }))
        }),
        case(
            Method::GET,
            "/api/municipalities/{id}/report",
            EXEMPELBY_ADMINS,
            none,
        ),
        case(
            Method::GET,
            "/api/municipalities/{id}/report.csv",
            EXEMPELBY_ADMINS,
            none,
        ),
        // Last: these change the asker's own session.
        case(Method::POST, "/api/auth/logout", SIGNED_IN, none),
        case(Method::POST, "/api/auth/login", EVERYONE, |_, _| {
            Body::Json(json!({ "email": "chef@exempelby.se", "password": "demo" }))
        }),
    ])
    .collect()
}

fn fill(path: &str, f: &Fixture) -> String {
    if let Some(path) = library::fill(path, &f.library) {
        return path;
    }
    let id = if path.starts_with("/api/municipalities/") {
        &f.municipality
    } else if path.starts_with("/api/units/") {
        &f.unit
    } else if path.starts_with("/api/job-roles/") {
        &f.role
    } else {
        &f.person_id
    };
    let path = path
        .replace("{id}", id)
        .replace("{slug}", "phishing-at-work")
        .replace("{file}", "picture.png")
        .replace("{code}", &f.certificate);
    if path.ends_with("/people-import") {
        format!("{path}?apply=false")
    } else if path == "/api/progress" {
        format!("{path}?learner_id={LEARNER}")
    } else {
        path
    }
}

async fn every_route_refuses_the_wrong_roles(app: TestApp) {
    app.seed_demo().await;
    let (_, other_admin) = app.other_municipality().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let fixture = fixture(&app, &admin).await;
    let clients = [
        reqwest::Client::builder()
            .cookie_store(true)
            .build()
            .expect("client"),
        app.demo_user("anstalld@exempelby.se").await,
        app.demo_user("chef@exempelby.se").await,
        app.demo_user("bibliotek@exempelby.se").await,
        admin,
        other_admin,
        app.superadmin().await,
    ];
    let cases = cases();

    // The table covers exactly the documented routes.
    let openapi: Value = app
        .get("/api/openapi.json")
        .await
        .json()
        .await
        .expect("openapi");
    let documented: BTreeSet<(String, String)> = openapi["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .expect("path item")
                .keys()
                .map(move |method| (method.to_uppercase(), path.clone()))
        })
        .collect();
    let tabled: BTreeSet<(String, String)> = cases
        .iter()
        .map(|c| (c.method.to_string(), c.path.to_owned()))
        .collect();
    assert_eq!(
        documented, tabled,
        "every route needs a row in the access matrix"
    );

    let mut failures = Vec::new();
    for case in &cases {
        for (role, client) in ROLES.iter().zip(&clients) {
            let url = format!("{}{}", app.address, fill(case.path, &fixture));
            let request = client.request(case.method.clone(), &url);
            let request = match (case.body)(&fixture, *role) {
                Body::None => request,
                Body::Json(value) => request.json(&value),
                Body::Csv(text) => request.header("content-type", "text/csv").body(text),
                Body::Participant(json) => {
                    let request = request.header("digikomp-participant", &fixture.library.token);
                    match json {
                        Some(value) => request.json(&value),
                        None => request,
                    }
                }
            };
            let status = request.send().await.expect("request is sent").status();
            let allowed = case.allowed.contains(role);
            let ok = if case.path.starts_with("/course-media") {
                // No course ships media: "allowed" here means "not refused for who you are".
                status == StatusCode::NOT_FOUND
            } else if allowed {
                status.is_success()
            } else if *role == Anonymous {
                status == StatusCode::UNAUTHORIZED
            } else {
                status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND
            };
            if !ok {
                failures.push(format!(
                    "{} {} as {role:?}: got {status}, expected {}",
                    case.method,
                    case.path,
                    if allowed { "success" } else { "refusal" }
                ));
            }
        }
    }
    let checks = cases.len() * ROLES.len();
    assert!(
        failures.is_empty(),
        "{} of {checks} checks failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!(
        "access matrix: {} routes × {} roles = {checks} checks",
        cases.len(),
        ROLES.len()
    );
}

async fn fixture(app: &TestApp, admin: &reqwest::Client) -> Fixture {
    let municipality = app.exempelby().await;
    let unit = app.id_of("units", "code", "HTN").await;
    let parent: (Option<String>,) = sqlx::query_as("SELECT parent_id FROM units WHERE id = $1")
        .bind(&unit)
        .fetch_one(&app.db.pool)
        .await
        .expect("parent");
    let role = app.id_of("job_roles", "code", "USK").await;
    let person_id = app.id_of("people", "email", "anstalld@exempelby.se").await;
    let get = |path: String| async move {
        let response = admin
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 200, "{path}");
        response
    };
    let person: Value = get(format!("/api/people/{person_id}"))
        .await
        .json()
        .await
        .expect("person");
    let requirements: Value = get(format!("/api/municipalities/{municipality}/requirements"))
        .await
        .json()
        .await
        .expect("requirements");
    let csv = get(format!("/api/municipalities/{municipality}/people-export"))
        .await
        .text()
        .await
        .expect("csv");
    let mut person = person;
    person["password"] = Value::Null;
    let certificate: (String,) =
        sqlx::query_as("SELECT code FROM certificates WHERE person_id = $1 LIMIT 1")
            .bind(&person_id)
            .fetch_one(&app.db.pool)
            .await
            .expect("the demo employee has a certificate");
    Fixture {
        municipality,
        unit,
        parent: parent.0.expect("HTN has a parent"),
        role,
        person,
        person_id,
        requirements,
        csv,
        quiz_answers: serde_json::to_value(app.answer_key("phishing-at-work", common::Lang::Sv))
            .expect("answers"),
        certificate: certificate.0,
        library: library::fixture(app).await,
    }
}
