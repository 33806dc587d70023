//! Administrators see and change only their own part of the organisation, whichever id they
//! put in the path, the query or the body.

use crate::helpers::{on_both_databases, TestApp};
use common::{Grant, GrantKind, Municipality, PeoplePage, Person, SavePerson, Unit};
use serde_json::json;

on_both_databases!(
    an_admin_of_one_unit_works_only_inside_it,
    an_admin_of_one_municipality_sees_nothing_of_another,
);

/// Makes the demo employee's colleague Hemtjänst Norra's administrator, signed in.
async fn unit_admin(app: &TestApp, admin: &reqwest::Client, unit: &str) -> reqwest::Client {
    let person_id = app.id_of("people", "email", "chef@exempelby.se").await;
    let mut person: Person = admin
        .get(format!("{}/api/people/{person_id}", app.address))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("person");
    person.grants.push(Grant {
        kind: GrantKind::Admin,
        unit_id: unit.to_owned(),
    });
    let saved = admin
        .put(format!("{}/api/people/{person_id}", app.address))
        .json(&SavePerson::from(&person))
        .send()
        .await
        .expect("sent");
    assert_eq!(saved.status(), 200);
    app.demo_user("chef@exempelby.se").await
}

/// Sends a request and gives its status.
async fn status_of(request: reqwest::RequestBuilder) -> reqwest::StatusCode {
    request.send().await.expect("request is sent").status()
}

async fn an_admin_of_one_unit_works_only_inside_it(app: TestApp) {
    app.seed_demo().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let municipality = app.exempelby().await;
    let own = app.id_of("units", "code", "HTN").await;
    let sibling = app.id_of("units", "code", "HTS").await;
    let parent = app.id_of("units", "code", "HTJ").await;
    let inside = app.id_of("people", "email", "anstalld@exempelby.se").await;
    let outside = app.id_of("people", "email", "bibliotek@exempelby.se").await;
    let chef = unit_admin(&app, &admin, &own).await;
    let url = |path: String| format!("{}{path}", app.address);

    // Reading: only the own subtree, by any route.
    let units: Vec<Unit> = chef
        .get(url(format!("/api/municipalities/{municipality}/units")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        units.iter().map(|u| u.id.as_str()).collect::<Vec<_>>(),
        vec![own.as_str()]
    );
    let people: PeoplePage = chef
        .get(url(format!("/api/municipalities/{municipality}/people")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(people.total > 0);
    assert!(
        people.people.iter().all(|p| p.unit_id == own),
        "only people of the own unit"
    );
    for (path, what) in [
        (format!("/api/people/{outside}"), "a person elsewhere"),
        (
            format!("/api/municipalities/{municipality}/people?unit_id={sibling}"),
            "a sibling unit by query",
        ),
        (
            format!("/api/municipalities/{municipality}/people?unit_id={parent}"),
            "the parent unit by query",
        ),
    ] {
        let status = status_of(chef.get(url(path))).await;
        assert_eq!(status, 404, "{what}");
    }
    // The whole municipality's roles, requirements and import need an admin of all of it.
    for path in [format!("/api/municipalities/{municipality}/people-export")] {
        assert_eq!(status_of(chef.get(url(path))).await, 403);
    }

    // Changing: nothing outside, by path or by body.
    let outsider: Person = admin
        .get(url(format!("/api/people/{outside}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let status = status_of(
        chef.put(url(format!("/api/people/{outside}")))
            .json(&SavePerson::from(&outsider)),
    )
    .await;
    assert_eq!(status, 404, "edit a person elsewhere");
    let insider: Person = chef
        .get(url(format!("/api/people/{inside}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut moved = SavePerson::from(&insider);
    moved.unit_id = sibling.clone();
    assert_eq!(
        status_of(chef.put(url(format!("/api/people/{inside}"))).json(&moved)).await,
        422,
        "move a person out"
    );
    let mut promoted = SavePerson::from(&insider);
    promoted.grants.push(Grant {
        kind: GrantKind::Manager,
        unit_id: sibling.clone(),
    });
    assert_eq!(
        status_of(
            chef.put(url(format!("/api/people/{inside}")))
                .json(&promoted)
        )
        .await,
        422,
        "grant on a unit elsewhere"
    );
    let status = status_of(
        chef.post(url("/api/units".into()))
            .json(&json!({"parent_id": sibling, "code": "X1", "name": "X"})),
    )
    .await;
    assert_eq!(status, 404, "add a unit elsewhere");
    let status = status_of(
        chef.put(url(format!("/api/units/{own}")))
            .json(&json!({"parent_id": sibling, "code": "HTN", "name": "Hemtjänst Norra"})),
    )
    .await;
    assert_eq!(status, 404, "move the own unit under a sibling");
    let status = status_of(
        chef.put(url(format!("/api/units/{sibling}")))
            .json(&json!({"parent_id": parent, "code": "HTS", "name": "Renamed"})),
    )
    .await;
    assert_eq!(status, 404, "rename a sibling");
    let status = status_of(
        chef.put(url(format!(
            "/api/municipalities/{municipality}/requirements"
        )))
        .json(&json!({"framework": "digcomp-2.2", "roles": []})),
    )
    .await;
    assert_eq!(status, 403, "requirements of the whole municipality");
    let status = status_of(
        chef.post(url(format!(
            "/api/municipalities/{municipality}/people-import?apply=true"
        )))
        .header("content-type", "text/csv")
        .body("employee_number,name,email,unit_code,job_role_codes,manager\n"),
    )
    .await;
    assert_eq!(status, 403, "an import would deactivate everyone else");

    // Inside the own unit, the same edits work, and the sibling is untouched.
    let status = status_of(
        chef.post(url("/api/units".into()))
            .json(&json!({"parent_id": own, "code": "HTN-1", "name": "Nattpatrullen"})),
    )
    .await;
    assert_eq!(status, 201);
    let (name,): (String,) = sqlx::query_as("SELECT name FROM units WHERE id = $1")
        .bind(&sibling)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(name, "Hemtjänst Södra");
}

async fn an_admin_of_one_municipality_sees_nothing_of_another(app: TestApp) {
    app.seed_demo().await;
    let (annanby, other) = app.other_municipality().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let exempelby = app.exempelby().await;
    let url = |path: String| format!("{}{path}", app.address);

    let visible: Vec<Municipality> = other
        .get(url("/api/municipalities".into()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        visible.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        vec![annanby.as_str()]
    );
    let visible: Vec<Municipality> = admin
        .get(url("/api/municipalities".into()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        visible.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        vec![exempelby.as_str()]
    );

    let person = app.id_of("people", "email", "anstalld@exempelby.se").await;
    let role = app.id_of("job_roles", "code", "USK").await;
    for path in [
        format!("/api/municipalities/{exempelby}/units"),
        format!("/api/municipalities/{exempelby}/people"),
        format!("/api/municipalities/{exempelby}/job-roles"),
        format!("/api/municipalities/{exempelby}/requirements"),
        format!("/api/municipalities/{exempelby}/people-export"),
        format!("/api/people/{person}"),
    ] {
        let response = other.get(url(path.clone())).send().await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
        let body = response.text().await.unwrap();
        assert!(
            !body.contains("Exempelby") && !body.contains("Lindqvist"),
            "{path}: {body}"
        );
    }
    let status = status_of(
        other
            .put(url(format!("/api/job-roles/{role}")))
            .json(&json!({"code": "X", "name": "Taken over"})),
    )
    .await;
    assert_eq!(status, 404);
    // Annanby's admin cannot give one of their people a unit or role of Exempelby.
    let htn = app.id_of("units", "code", "HTN").await;
    let status = status_of(other.post(url(format!("/api/municipalities/{annanby}/people")))
        .json(&json!({"name": "A", "email": null, "employee_number": null, "unit_id": htn, "role_ids": [], "grants": [], "active": true, "password": null}))).await;
    assert_eq!(status, 422);
    let status = status_of(other.post(url(format!("/api/municipalities/{annanby}/people")))
        .json(&json!({"name": "A", "email": null, "employee_number": null, "unit_id": annanby, "role_ids": [role], "grants": [], "active": true, "password": null}))).await;
    assert_eq!(status, 422);
}
