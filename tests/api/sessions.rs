//! Sessions are held in memory between requests; every change to what a session may do is
//! seen by the very next request, though the session was used a moment before.

use super::auth::{login, pair, session_cookie};
use crate::helpers::{on_both_databases, TestApp};
use common::{Grant, GrantKind, Person, SavePerson};
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    a_session_just_used_is_refused_at_once_after_signing_out,
    a_session_just_used_is_refused_at_once_after_signing_in_again,
    a_person_deactivated_by_an_administrator_is_refused_at_once,
    a_new_password_set_by_an_administrator_ends_the_session_at_once,
    a_permission_taken_away_or_given_counts_at_once,
    a_manager_follows_their_unit_at_once_when_it_moves,
    a_person_left_out_of_the_hr_file_is_refused_at_once,
);

/// Signs in without a cookie jar and returns the session cookie (`name=value`).
async fn sign_in(app: &TestApp, email: &str) -> String {
    let response = login(app, email, backend::demo::PASSWORD, None).await;
    assert_eq!(response.status(), 200, "sign in as {email}");
    pair(&session_cookie(&response))
}

async fn get(app: &TestApp, cookie: &str, path: &str) -> StatusCode {
    reqwest::Client::new()
        .get(format!("{}{path}", app.address))
        .header("cookie", cookie)
        .send()
        .await
        .expect("request is sent")
        .status()
}

async fn post(app: &TestApp, cookie: &str, path: &str) -> StatusCode {
    reqwest::Client::new()
        .post(format!("{}{path}", app.address))
        .header("cookie", cookie)
        .send()
        .await
        .expect("request is sent")
        .status()
}

/// Uses the session twice, so that the second request (at least) was answered from memory.
async fn use_session(app: &TestApp, cookie: &str, path: &str) {
    for _ in 0..2 {
        assert_eq!(get(app, cookie, path).await, StatusCode::OK, "{path}");
    }
}

/// Changes a person as their administrator would, through the API.
async fn edit_person(app: &TestApp, email: &str, change: impl FnOnce(&mut SavePerson)) {
    let admin = app.demo_user("admin@exempelby.se").await;
    let id = app.id_of("people", "email", email).await;
    let url = format!("{}/api/people/{id}", app.address);
    let person: Person = admin
        .get(&url)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("person JSON");
    let mut save = SavePerson::from(&person);
    change(&mut save);
    let saved = admin.put(&url).json(&save).send().await.expect("sent");
    assert_eq!(saved.status(), 200, "save {email}");
}

async fn a_session_just_used_is_refused_at_once_after_signing_out(app: TestApp) {
    app.seed_demo().await;
    let cookie = sign_in(&app, "anstalld@exempelby.se").await;
    use_session(&app, &cookie, "/api/me/competence").await;

    assert_eq!(
        post(&app, &cookie, "/api/auth/logout").await,
        StatusCode::NO_CONTENT
    );

    assert_eq!(
        get(&app, &cookie, "/api/me/competence").await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        get(&app, &cookie, "/api/me").await,
        StatusCode::UNAUTHORIZED
    );
}

async fn a_session_just_used_is_refused_at_once_after_signing_in_again(app: TestApp) {
    app.seed_demo().await;
    let old = sign_in(&app, "anstalld@exempelby.se").await;
    use_session(&app, &old, "/api/me").await;

    let again = reqwest::Client::new()
        .post(format!("{}/api/auth/login", app.address))
        .header("cookie", &old)
        .json(&json!({ "email": "anstalld@exempelby.se", "password": backend::demo::PASSWORD }))
        .send()
        .await
        .expect("sent");

    assert_eq!(again.status(), 200);
    assert_eq!(get(&app, &old, "/api/me").await, StatusCode::UNAUTHORIZED);
}

async fn a_person_deactivated_by_an_administrator_is_refused_at_once(app: TestApp) {
    app.seed_demo().await;
    let cookie = sign_in(&app, "anstalld@exempelby.se").await;
    use_session(&app, &cookie, "/api/me/competence").await;

    edit_person(&app, "anstalld@exempelby.se", |p| p.active = false).await;

    assert_eq!(
        get(&app, &cookie, "/api/me/competence").await,
        StatusCode::UNAUTHORIZED
    );
}

async fn a_new_password_set_by_an_administrator_ends_the_session_at_once(app: TestApp) {
    app.seed_demo().await;
    let cookie = sign_in(&app, "anstalld@exempelby.se").await;
    use_session(&app, &cookie, "/api/me").await;

    edit_person(&app, "anstalld@exempelby.se", |p| {
        p.password = Some("a new long password".into())
    })
    .await;

    assert_eq!(
        get(&app, &cookie, "/api/me").await,
        StatusCode::UNAUTHORIZED
    );
}

async fn a_permission_taken_away_or_given_counts_at_once(app: TestApp) {
    app.seed_demo().await;
    let htn = app.id_of("units", "code", "HTN").await;
    let team = format!("/api/units/{htn}/gaps");
    let chef = sign_in(&app, "chef@exempelby.se").await;
    let employee = sign_in(&app, "anstalld@exempelby.se").await;
    use_session(&app, &chef, &team).await;
    assert_eq!(get(&app, &employee, &team).await, StatusCode::FORBIDDEN);
    use_session(&app, &employee, "/api/me").await;

    edit_person(&app, "chef@exempelby.se", |p| p.grants.clear()).await;
    edit_person(&app, "anstalld@exempelby.se", |p| {
        p.grants.push(Grant {
            kind: GrantKind::Manager,
            unit_id: htn.clone(),
        })
    })
    .await;

    assert_eq!(get(&app, &chef, &team).await, StatusCode::FORBIDDEN);
    assert_eq!(get(&app, &employee, &team).await, StatusCode::OK);
}

async fn a_manager_follows_their_unit_at_once_when_it_moves(app: TestApp) {
    app.seed_demo().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let htn = app.id_of("units", "code", "HTN").await;
    let hts = app.id_of("units", "code", "HTS").await;
    let team = format!("/api/units/{htn}/gaps");
    let chef = sign_in(&app, "chef@exempelby.se").await;
    use_session(&app, &chef, &team).await;

    // The manager's permission is on the unit, wherever it is: its path changes with it.
    let moved = admin
        .put(format!("{}/api/units/{htn}", app.address))
        .json(&json!({ "parent_id": hts, "code": "HTN", "name": "Hemtjänst Norra" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(moved.status(), 200);

    assert_eq!(get(&app, &chef, &team).await, StatusCode::OK);
}

async fn a_person_left_out_of_the_hr_file_is_refused_at_once(app: TestApp) {
    app.seed_demo().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let municipality = app.exempelby().await;
    let cookie = sign_in(&app, "anstalld@exempelby.se").await;
    use_session(&app, &cookie, "/api/me/competence").await;
    let export = admin
        .get(format!(
            "{}/api/municipalities/{municipality}/people-export",
            app.address
        ))
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("csv");
    let without_employee: String = export
        .lines()
        .filter(|line| !line.contains("anstalld@exempelby.se"))
        .map(|line| format!("{line}\n"))
        .collect();

    let imported = admin
        .post(format!(
            "{}/api/municipalities/{municipality}/people-import?apply=true",
            app.address
        ))
        .header("content-type", "text/csv")
        .body(without_employee)
        .send()
        .await
        .expect("sent");

    assert_eq!(imported.status(), 200);
    assert_eq!(
        get(&app, &cookie, "/api/me/competence").await,
        StatusCode::UNAUTHORIZED
    );
}
