//! A guide sees and changes only the sessions and statistics of their own libraries.

use super::{join, live, start};
use crate::helpers::{on_both_databases, TestApp};
use common::{Joined, LibrarySession, LiveSession};
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(a_guide_sees_only_their_own_libraries);

async fn a_guide_sees_only_their_own_libraries(app: TestApp) {
    app.seed_demo().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let culture = app.id_of("units", "code", "KFF").await;
    let branch: common::Unit = admin
        .post(format!("{}/api/units", app.address))
        .json(&json!({ "parent_id": culture, "code": "FBI", "name": "Filialbiblioteket" }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("unit");
    let municipality = app.exempelby().await;
    let created = admin
        .post(format!(
            "{}/api/municipalities/{municipality}/people",
            app.address
        ))
        .json(&json!({
            "name": "Filial Guide", "email": "filial@exempelby.se", "employee_number": null,
            "unit_id": branch.id, "role_ids": [],
            "grants": [{ "kind": "guide", "unit_id": branch.id }],
            "active": true, "password": "a long test password"
        }))
        .send()
        .await
        .expect("sent");
    assert_eq!(created.status(), StatusCode::CREATED);
    let other = app
        .login_as("filial@exempelby.se", "a long test password")
        .await;
    let guide = app.demo_user("bibliotek@exempelby.se").await;
    let library = app.id_of("units", "code", "SBI").await;

    let theirs = start(&app, &other, &branch.id).await;
    let joined: Joined = join(&app, theirs.code.as_deref().expect("code"), None)
        .await
        .json()
        .await
        .expect("joined");
    assert!(joined.participation.running);
    let view: LiveSession = live(&app, &other, &theirs.id)
        .await
        .json()
        .await
        .expect("live");
    let participant = view.participants[0].id.clone();
    let mine = start(&app, &guide, &library).await;

    let url = |path: String| format!("{}{path}", app.address);
    for (method, path) in [
        (
            reqwest::Method::GET,
            format!("/api/library-sessions/{}", theirs.id),
        ),
        (
            reqwest::Method::GET,
            format!("/api/library-sessions/{}/qr.svg", theirs.id),
        ),
        (
            reqwest::Method::POST,
            format!(
                "/api/library-sessions/{}/participants/{participant}/answer",
                theirs.id
            ),
        ),
        (
            reqwest::Method::POST,
            format!("/api/library-sessions/{}/end", theirs.id),
        ),
        (
            reqwest::Method::GET,
            format!("/api/units/{}/library-statistics", branch.id),
        ),
        (
            reqwest::Method::GET,
            format!("/api/units/{}/library-statistics.csv", branch.id),
        ),
    ] {
        let response = guide
            .request(method, url(path.clone()))
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
    // Nor an answer through their own session to someone in another.
    let crossed = guide
        .post(url(format!(
            "/api/library-sessions/{}/participants/{participant}/answer",
            mine.id
        )))
        .send()
        .await
        .expect("sent");
    assert_eq!(crossed.status(), StatusCode::NOT_FOUND);
    let elsewhere = guide
        .post(url("/api/library-sessions".to_owned()))
        .json(&json!({ "unit_id": branch.id, "topics": ["spot-scams"] }))
        .send()
        .await
        .expect("sent");
    assert_eq!(elsewhere.status(), StatusCode::NOT_FOUND);
    let listed: Vec<LibrarySession> = guide
        .get(url("/api/library-sessions".to_owned()))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("list");
    assert_eq!(
        listed.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        [mine.id.as_str()]
    );
    // Still running: nothing the other guide did was undone.
    let view: LiveSession = live(&app, &other, &theirs.id)
        .await
        .json()
        .await
        .expect("live");
    assert_eq!(view.session.ended_at, None);
    // The administrator above both libraries sees both in the statistics.
    let stats = admin
        .get(url(format!("/api/units/{culture}/library-statistics")))
        .send()
        .await
        .expect("sent");
    assert_eq!(stats.status(), StatusCode::OK);
}
