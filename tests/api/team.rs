//! The manager's team view, person page, assignments and exports: a manager sees their own
//! subtree only, whatever id they send in the path, the query or the body.

use crate::helpers::{on_both_databases, TestApp};
use common::{AssignmentStatus, PersonCompetence, TeamAssignments, TeamGaps};
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    a_manager_sees_only_their_own_subtree,
    a_manager_assigns_and_follows_up,
);

async fn get(client: &reqwest::Client, app: &TestApp, path: &str) -> reqwest::Response {
    client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .expect("request is sent")
}

async fn assign(
    client: &reqwest::Client,
    app: &TestApp,
    body: serde_json::Value,
) -> reqwest::Response {
    client
        .post(format!("{}/api/assignments", app.address))
        .json(&body)
        .send()
        .await
        .expect("request is sent")
}

async fn a_manager_sees_only_their_own_subtree(app: TestApp) {
    app.seed_demo().await;
    let (annanby, _) = app.other_municipality().await;
    let manager = app.demo_user("chef@exempelby.se").await;
    let own = app.id_of("units", "code", "HTN").await;
    let parent = app.id_of("units", "code", "HTJ").await;
    let sibling = app.id_of("units", "code", "HTS").await;
    let colleague = app.id_of("people", "email", "anstalld@exempelby.se").await;
    let outsider = app.id_of("people", "name", "Zeynep Kaya").await;
    let stranger = app.id_of("people", "email", "admin@annanby.no").await;

    // The view and the export of their own unit: its people only.
    let view: TeamGaps = get(&manager, &app, &format!("/api/units/{own}/gaps"))
        .await
        .json()
        .await
        .expect("team view");
    assert_eq!(view.people.len(), 7);
    assert!(view.people.iter().all(|p| p.unit.id == own));
    assert!(view.people.iter().any(|p| p.id == colleague));
    let csv = get(
        &manager,
        &app,
        &format!("/api/units/{own}/gaps.csv?lang=sv"),
    )
    .await
    .text()
    .await
    .expect("csv");
    assert!(csv.contains("Emma Lindqvist") && !csv.contains("Zeynep Kaya"));
    assert_eq!(
        csv.lines().count(),
        1 + 7,
        "a heading and one row per person"
    );

    // Not the parent, not a sibling, not another municipality: as if they did not exist.
    for unit in [&parent, &sibling, &annanby] {
        for path in ["gaps", "gaps.csv", "assignments"] {
            let status = get(&manager, &app, &format!("/api/units/{unit}/{path}"))
                .await
                .status();
            assert_eq!(status, StatusCode::NOT_FOUND, "{path} of {unit}");
        }
    }
    let path = |id: &str| format!("/api/people/{id}/competence?lang=sv");
    let page: PersonCompetence = get(&manager, &app, &path(&colleague))
        .await
        .json()
        .await
        .expect("person page");
    assert_eq!(page.name, "Emma Lindqvist");
    assert_eq!(page.competence.gap_count, 3);
    for person in [&outsider, &stranger] {
        let status = get(&manager, &app, &path(person)).await.status();
        assert_eq!(status, StatusCode::NOT_FOUND);
    }

    // Ids in the body: one person outside the subtree and nobody is assigned.
    let before = app.count_rows("assignments").await;
    for body in [
        json!({ "course_slug": "phishing-at-work", "due_on": "2099-01-31",
                "person_ids": [colleague, outsider] }),
        json!({ "course_slug": "phishing-at-work", "due_on": "2099-01-31",
                "person_ids": [stranger] }),
        json!({ "course_slug": "phishing-at-work", "due_on": "2099-01-31", "unit_id": parent }),
        json!({ "course_slug": "phishing-at-work", "due_on": "2099-01-31",
                "person_ids": [colleague], "unit_id": annanby }),
    ] {
        let response = assign(&manager, &app, body).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
    }
    assert_eq!(app.count_rows("assignments").await, before);

    // The organisation report is for administrators; the team view is not for employees.
    let exempelby = app.exempelby().await;
    let status = get(
        &manager,
        &app,
        &format!("/api/municipalities/{exempelby}/report"),
    )
    .await
    .status();
    assert_eq!(status, StatusCode::FORBIDDEN);
    let employee = app.demo_user("anstalld@exempelby.se").await;
    let status = get(&employee, &app, &format!("/api/units/{own}/gaps"))
        .await
        .status();
    assert_eq!(status, StatusCode::FORBIDDEN);

    // An administrator of the whole municipality sees the parent, with both districts.
    let admin = app.demo_user("admin@exempelby.se").await;
    let view: TeamGaps = get(&admin, &app, &format!("/api/units/{parent}/gaps"))
        .await
        .json()
        .await
        .expect("admin's view");
    assert_eq!(view.units.len(), 3, "Hemtjänsten and its two districts");
    assert!(view.people.iter().any(|p| p.id == outsider));
}

async fn a_manager_assigns_and_follows_up(app: TestApp) {
    app.seed_demo().await;
    let manager = app.demo_user("chef@exempelby.se").await;
    let own = app.id_of("units", "code", "HTN").await;
    let view: TeamGaps = get(
        &manager,
        &app,
        &format!("/api/units/{own}/gaps?gaps_only=true"),
    )
    .await
    .json()
    .await
    .expect("team view");
    assert!(view.people.iter().all(|p| p.gap_count > 0));
    let biggest = view
        .people
        .iter()
        .max_by_key(|p| p.gap_levels)
        .expect("someone has a gap");
    assert_eq!(
        biggest.name, "Maja Åkesson",
        "six competences below the minimum"
    );

    // Bad requests change nothing.
    let before = app.count_rows("assignments").await;
    for (body, message) in [
        (
            json!({ "course_slug": "e-id-and-logging-in", "due_on": "2099-01-31",
                 "person_ids": [biggest.id] }),
            "staff course",
        ),
        (
            json!({ "course_slug": "digital-meetings", "due_on": "2020-01-31",
                 "person_ids": [biggest.id] }),
            "passed",
        ),
        (
            json!({ "course_slug": "digital-meetings", "due_on": "31/1/2099",
                 "person_ids": [biggest.id] }),
            "YYYY-MM-DD",
        ),
        (
            json!({ "course_slug": "digital-meetings", "due_on": "2099-01-31" }),
            "Choose",
        ),
    ] {
        let response = assign(&manager, &app, body).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let text = response.text().await.expect("body");
        assert!(text.contains(message), "{text}");
    }
    assert_eq!(app.count_rows("assignments").await, before);

    // One person, then the whole unit: the second moves the first one's due date.
    let response = assign(
        &manager,
        &app,
        json!({ "course_slug": "digital-meetings", "due_on": "2099-01-31",
                "person_ids": [biggest.id] }),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let response = assign(
        &manager,
        &app,
        json!({ "course_slug": "accessible-documents", "due_on": "2099-02-28", "unit_id": own }),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let created: common::AssignmentsCreated = response.json().await.expect("created");
    assert_eq!(created.assigned, 7);

    let list: TeamAssignments = get(&manager, &app, &format!("/api/units/{own}/assignments"))
        .await
        .json()
        .await
        .expect("assignments");
    let of = |slug: &'static str| {
        list.assignments
            .iter()
            .filter(move |a| a.course.slug == slug)
    };
    assert_eq!(of("accessible-documents").count(), 7);
    let maja: Vec<_> = of("digital-meetings")
        .filter(|a| a.person.id == biggest.id)
        .collect();
    assert_eq!(maja.len(), 1);
    assert_eq!(maja[0].status, AssignmentStatus::NotStarted);
    // The demo's overdue phishing assignment is on the overdue list.
    assert!(list
        .assignments
        .iter()
        .any(|a| a.status == AssignmentStatus::Overdue && a.person.id == biggest.id));
    assert_eq!(
        list.overdue as usize,
        list.assignments
            .iter()
            .filter(|a| a.status == AssignmentStatus::Overdue)
            .count()
    );

    // The person sees it on their own page.
    let page: PersonCompetence = get(
        &manager,
        &app,
        &format!("/api/people/{}/competence?lang=sv", biggest.id),
    )
    .await
    .json()
    .await
    .expect("person page");
    assert!(page
        .competence
        .assignments
        .iter()
        .any(|a| a.course.slug == "digital-meetings" && a.due == "2099-01-31"));
}
