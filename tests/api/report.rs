//! The gap numbers of the team view, its export and the organisation report agree with the
//! evidence rules on a small municipality built by hand, and the monthly history survives
//! changes of staff.

use crate::helpers::{on_both_databases, TestApp};
use backend::db::evidence::{insert_many, NewEvidence};
use common::{JobRole, Municipality, OrgReport, Person, Share, TeamGaps, Unit};
use serde_json::{json, Value};

on_both_databases!(the_numbers_agree_with_the_rules_everywhere);

const DAY: i64 = 24 * 60 * 60;

/// Regelby: Vård (with Team 1 under it) and Skola; baseline 4.1 ≥ 3; USK 2.1 ≥ 3, 4.1 ≥ 2;
/// LÄR 1.1 ≥ 2.
struct Regelby {
    id: String,
    vard: String,
    team: String,
    skola: String,
    people: Vec<(String, &'static str)>,
}

async fn post<T: serde::de::DeserializeOwned>(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    body: Value,
) -> T {
    let response = client
        .post(format!("{}{path}", app.address))
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
    response.json().await.expect("JSON")
}

async fn build(app: &TestApp, admin: &reqwest::Client) -> Regelby {
    let m: Municipality = post(
        app,
        admin,
        "/api/municipalities",
        json!({ "code": "RGB", "name": "Regelby kommun" }),
    )
    .await;
    let unit = |parent: String, code: &'static str| json!({ "parent_id": parent, "code": code, "name": format!("Enhet {code}") });
    let vard: Unit = post(app, admin, "/api/units", unit(m.id.clone(), "VRD")).await;
    let team: Unit = post(app, admin, "/api/units", unit(vard.id.clone(), "T1")).await;
    let skola: Unit = post(app, admin, "/api/units", unit(m.id.clone(), "SKO")).await;
    let roles_path = format!("/api/municipalities/{}/job-roles", m.id);
    let usk: JobRole = post(
        app,
        admin,
        &roles_path,
        json!({ "code": "USK", "name": "Undersköterska" }),
    )
    .await;
    let lar: JobRole = post(
        app,
        admin,
        &roles_path,
        json!({ "code": "LAR", "name": "Lärare" }),
    )
    .await;
    let roles: Vec<JobRole> = admin
        .get(format!("{}{roles_path}", app.address))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("roles");
    let baseline = roles.iter().find(|r| r.baseline).expect("a baseline role");
    let saved = admin
        .put(format!(
            "{}/api/municipalities/{}/requirements",
            app.address, m.id
        ))
        .json(&json!({ "framework": "digcomp-2.2", "roles": [
            { "role_id": baseline.id, "levels": { "4.1": 3 } },
            { "role_id": usk.id, "levels": { "2.1": 3, "4.1": 2 } },
            { "role_id": lar.id, "levels": { "1.1": 2 } },
        ] }))
        .send()
        .await
        .expect("sent");
    assert!(
        saved.status().is_success(),
        "requirements: {}",
        saved.status()
    );
    let mut people = Vec::new();
    for (name, unit, roles, active) in [
        ("Alva", &team.id, vec![&usk.id], true),
        ("Bo", &team.id, vec![&usk.id, &lar.id], true),
        ("Cecilia", &vard.id, vec![&lar.id], true),
        ("Dan", &skola.id, vec![], true),
        ("Eva", &team.id, vec![&usk.id], false),
    ] {
        let person: Person = post(
            app,
            admin,
            &format!("/api/municipalities/{}/people", m.id),
            json!({ "name": name, "email": null, "employee_number": null, "unit_id": unit,
                    "role_ids": roles, "grants": [], "active": active, "password": null }),
        )
        .await;
        people.push((person.id, name));
    }
    Regelby {
        id: m.id,
        vard: vard.id,
        team: team.id,
        skola: skola.id,
        people,
    }
}

/// Evidence by hand: (person, competence, level, expires in days; None = never).
async fn award(app: &TestApp, r: &Regelby, rows: &[(&str, &str, u8, Option<i64>)]) {
    let now = backend::db::now();
    let id = |name: &str| {
        r.people
            .iter()
            .find(|p| p.1 == name)
            .expect("person")
            .0
            .clone()
    };
    let ids: Vec<String> = rows.iter().map(|row| id(row.0)).collect();
    let evidence: Vec<NewEvidence> = rows
        .iter()
        .zip(&ids)
        .map(|(row, person_id)| NewEvidence {
            person_id,
            course_slug: "by-hand",
            course_version: 1,
            framework: "digcomp-2.2",
            competence: row.1,
            level: row.2,
            awarded_at: now - 400 * DAY,
            expires_at: row.3.map(|days| now + days * DAY),
        })
        .collect();
    let mut conn = app.db.pool.acquire().await.expect("connection");
    insert_many(&mut conn, &evidence).await.expect("evidence");
}

async fn the_numbers_agree_with_the_rules_everywhere(app: TestApp) {
    let admin = app.superadmin().await;
    let r = build(&app, &admin).await;
    award(
        &app,
        &r,
        &[
            // Alva meets all; her 4.1 runs out in 30 days.
            ("Alva", "2.1", 3, None),
            ("Alva", "4.1", 4, Some(30)),
            // Bo: 2.1 one level short; 4.1's level 3 expired, level 1 lasts: two levels short.
            ("Bo", "2.1", 2, None),
            ("Bo", "4.1", 3, Some(-1)),
            ("Bo", "4.1", 1, None),
            ("Bo", "1.1", 2, None),
            // Cecilia meets all, her 1.1 for another 200 days.
            ("Cecilia", "1.1", 5, Some(200)),
            ("Cecilia", "4.1", 3, None),
            // Dan has nothing: three levels short of the baseline. Eva has left.
            ("Eva", "2.1", 1, None),
        ],
    )
    .await;

    // The team view of Vård: Alva, Bo and Cecilia.
    let view: TeamGaps = admin
        .get(format!("{}/api/units/{}/gaps", app.address, r.vard))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("view");
    let cells = |name: &str| -> Vec<(String, u8, u8, u8)> {
        view.people
            .iter()
            .find(|p| p.name == name)
            .expect(name)
            .cells
            .iter()
            .map(|c| (c.competence.clone(), c.required, c.achieved, c.gap))
            .collect()
    };
    let row = |c: &str, req, ach, gap| (c.to_owned(), req, ach, gap);
    assert_eq!(cells("Alva"), [row("2.1", 3, 3, 0), row("4.1", 3, 4, 0)]);
    assert_eq!(
        cells("Bo"),
        [
            row("1.1", 2, 2, 0),
            row("2.1", 3, 2, 1),
            row("4.1", 3, 1, 2)
        ]
    );
    assert_eq!(cells("Cecilia"), [row("1.1", 2, 5, 0), row("4.1", 3, 3, 0)]);
    let names: Vec<&str> = view.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["Alva", "Bo", "Cecilia"],
        "Eva has left, Dan is elsewhere"
    );
    assert_eq!(view.competences, ["1.1", "2.1", "4.1"]);
    let s = &view.summary;
    assert_eq!((s.people, s.meeting_all), (3, 2));
    let below: Vec<(&str, u32, u32)> = s
        .most_below
        .iter()
        .map(|c| (c.competence.as_str(), c.required_of, c.below))
        .collect();
    assert_eq!(below, [("2.1", 2, 1), ("4.1", 3, 1)]);
    assert_eq!(s.expiring.len(), 1);
    assert_eq!(
        (
            s.expiring[0].person.name.as_str(),
            s.expiring[0].competence.as_str()
        ),
        ("Alva", "4.1")
    );
    let bo = view.people.iter().find(|p| p.name == "Bo").expect("Bo");
    assert_eq!((bo.gap_count, bo.gap_levels), (2, 3));

    // The export says the same.
    let csv = admin
        .get(format!(
            "{}/api/units/{}/gaps.csv?lang=en",
            app.address, r.vard
        ))
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("csv");
    let csv = csv.strip_prefix('\u{feff}').expect("a byte-order mark");
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("Name;Unit;Job roles;Competences below the minimum;1.1 "),
        "{}",
        lines[0]
    );
    assert_eq!(lines[2], "Bo;Enhet T1;Lärare, Undersköterska;2;2;2;3;2;3;1");

    // So does the report, over the whole municipality.
    let report: OrgReport = admin
        .get(format!(
            "{}/api/municipalities/{}/report",
            app.address, r.id
        ))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("report");
    let share = |people, meeting| Share { people, meeting };
    assert_eq!(report.all, share(4, 2));
    let unit = |id: &str| report.units.iter().find(|u| u.id == id).expect("unit").all;
    assert_eq!(unit(&r.id), share(4, 2));
    assert_eq!(
        unit(&r.vard),
        share(3, 2),
        "the same as the team view's summary"
    );
    assert_eq!(unit(&r.team), share(2, 1));
    assert_eq!(unit(&r.skola), share(1, 0));
    let competences: Vec<(&str, Share)> = report
        .competences
        .iter()
        .map(|c| (c.competence.as_str(), c.share))
        .collect();
    assert_eq!(
        competences,
        [
            ("1.1", share(2, 2)),
            ("2.1", share(2, 1)),
            ("4.1", share(4, 2))
        ]
    );
    assert_eq!(report.trend.last().map(|m| m.all), Some(share(4, 2)));

    // The month's snapshot keeps its numbers when staff change.
    let state_now = backend::db::now();
    let catalog = backend::load_catalog(&crate::helpers::root().join("courses")).expect("courses");
    backend::report::snapshots::backfill(&app.db, &catalog, 2, state_now)
        .await
        .expect("backfill");
    let dan = r
        .people
        .iter()
        .find(|p| p.1 == "Dan")
        .expect("Dan")
        .0
        .clone();
    // Dan leaves, through the API as an administrator would do it (which also renews the
    // report's cached counts).
    let person: Person = admin
        .get(format!("{}/api/people/{dan}", app.address))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("Dan");
    let left = admin
        .put(format!("{}/api/people/{dan}", app.address))
        .json(&common::SavePerson {
            active: false,
            ..common::SavePerson::from(&person)
        })
        .send()
        .await
        .expect("sent");
    assert_eq!(left.status(), 200, "Dan leaves");
    let report: OrgReport = admin
        .get(format!(
            "{}/api/municipalities/{}/report",
            app.address, r.id
        ))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("report");
    let months: Vec<Share> = report.trend.iter().map(|m| m.all).collect();
    assert_eq!(months.len(), 3, "{:?}", report.trend);
    assert_eq!(months[2], share(3, 2), "today, without Dan");
    assert_eq!(months[1].people, 4, "last month still counts Dan");
}
