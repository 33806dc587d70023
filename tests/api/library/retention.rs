//! What citizens keep and what goes: resume codes, the purge of inactive anonymous learners,
//! forgotten sessions, and the printable handouts.

use super::{join, live, start};
use crate::helpers::{on_both_databases, TestApp};
use common::{LiveSession, Resumed};
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    a_resume_code_continues_the_same_progress,
    forgotten_sessions_end_and_inactive_citizens_are_deleted,
    handouts_are_served_for_citizen_courses,
);

async fn a_resume_code_continues_the_same_progress(app: TestApp) {
    app.seed_demo().await;
    let learner = uuid::Uuid::new_v4().to_string();
    let stored = app
        .client
        .post(format!("{}/api/progress-events", app.address))
        .json(&json!({ "events": [crate::helpers::lesson_done(&learner, "spot-scams", 1)] }))
        .send()
        .await
        .expect("sent");
    assert_eq!(stored.status(), StatusCode::OK);
    let code: common::ResumeCode = app
        .client
        .post(format!("{}/api/resume-codes", app.address))
        .json(&json!({ "learner_id": learner }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("code");
    let redeem = |code: String| {
        let address = app.address.clone();
        async move {
            reqwest::Client::new()
                .post(format!("{address}/api/resume-codes/redeem"))
                .json(&json!({ "code": code }))
                .send()
                .await
                .expect("sent")
        }
    };
    // On another device, typed in lower case without the hyphen.
    let typed = code.code.replace('-', "").to_lowercase();
    let resumed: Resumed = redeem(typed).await.json().await.expect("resumed");
    assert_eq!(resumed.learner_id, learner);
    let progress: Vec<common::CourseProgress> = reqwest::Client::new()
        .get(format!("{}/api/progress?learner_id={learner}", app.address))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("progress");
    assert_eq!(progress[0].lessons_done, [1]);
    assert_eq!(
        redeem("AAAAA-AAAAA".to_owned()).await.status(),
        StatusCode::NOT_FOUND
    );
    // A new code replaces the old one.
    let again: common::ResumeCode = app
        .client
        .post(format!("{}/api/resume-codes", app.address))
        .json(&json!({ "learner_id": learner }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("code");
    assert_ne!(again.code, code.code);
    assert_eq!(
        redeem(code.code.clone()).await.status(),
        StatusCode::NOT_FOUND
    );
    // A signed-in person's learner gets no code.
    let owned = uuid::Uuid::new_v4().to_string();
    app.demo_user_on("anstalld@exempelby.se", &owned).await;
    let refused = app
        .client
        .post(format!("{}/api/resume-codes", app.address))
        .json(&json!({ "learner_id": owned }))
        .send()
        .await
        .expect("sent");
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

async fn forgotten_sessions_end_and_inactive_citizens_are_deleted(app: TestApp) {
    app.seed_demo().await;
    let now = backend::db::now();
    let (old, recent, owned) = (
        uuid::Uuid::new_v4().to_string(),
        uuid::Uuid::new_v4().to_string(),
        uuid::Uuid::new_v4().to_string(),
    );
    for learner in [&old, &recent, &owned] {
        app.client
            .post(format!("{}/api/progress-events", app.address))
            .json(&json!({ "events": [crate::helpers::lesson_done(learner, "spot-scams", 1)] }))
            .send()
            .await
            .expect("sent");
    }
    app.client
        .post(format!("{}/api/resume-codes", app.address))
        .json(&json!({ "learner_id": old }))
        .send()
        .await
        .expect("sent");
    app.demo_user_on("anstalld@exempelby.se", &owned).await;
    let long_ago = now - 181 * 24 * 3600;
    for learner in [&old, &owned] {
        sqlx::query("UPDATE learners SET last_seen_at = $1 WHERE id = $2")
            .bind(long_ago)
            .bind(learner)
            .execute(&app.db.pool)
            .await
            .expect("age");
    }
    let guide = app.demo_user("bibliotek@exempelby.se").await;
    let library = app.id_of("units", "code", "SBI").await;
    let forgotten = start(&app, &guide, &library).await;
    join(&app, forgotten.code.as_deref().expect("code"), Some("Alva")).await;
    sqlx::query("UPDATE library_sessions SET started_at = $1 WHERE id = $2")
        .bind(now - 13 * 3600)
        .bind(&forgotten.id)
        .execute(&app.db.pool)
        .await
        .expect("age");

    let done = backend::library::keep::once(&app.db, 180, now)
        .await
        .expect("upkeep");
    assert_eq!(done.sessions_ended, 1);
    assert_eq!(done.learners_deleted, 1);
    let learners: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM learners WHERE id IN ($1, $2, $3)")
            .bind(&old)
            .bind(&recent)
            .bind(&owned)
            .fetch_all(&app.db.pool)
            .await
            .expect("learners");
    let kept: Vec<&str> = learners.iter().map(|r| r.0.as_str()).collect();
    assert!(
        !kept.contains(&old.as_str())
            && kept.contains(&recent.as_str())
            && kept.contains(&owned.as_str())
    );
    let (events,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM progress_events WHERE learner_id = $1")
            .bind(&old)
            .fetch_one(&app.db.pool)
            .await
            .expect("count");
    assert_eq!(events, 0);
    assert_eq!(app.count_rows("resume_codes").await, 0);
    assert_eq!(app.count_rows("library_participants").await, 0);
    let view: LiveSession = live(&app, &guide, &forgotten.id)
        .await
        .json()
        .await
        .expect("live");
    assert!(view.session.ended_at.is_some());
    assert_eq!(view.session.participants, 1);
}

async fn handouts_are_served_for_citizen_courses(app: TestApp) {
    let handout: common::Handout = app
        .get("/api/courses/spot-scams/handout?lang=nb")
        .await
        .json()
        .await
        .expect("handout");
    assert_eq!(handout.lang, common::Lang::Nb);
    assert!(handout.html.contains("<li>"), "{}", handout.html);
    assert_ne!(handout.heading, handout.title);
    let staff = app.get("/api/courses/phishing-at-work/handout").await;
    assert_eq!(staff.status(), StatusCode::NOT_FOUND);
    let qr = app.get("/api/courses/spot-scams/qr.svg").await;
    assert_eq!(qr.status(), StatusCode::OK);
    assert_eq!(qr.headers()["content-type"], "image/svg+xml");
    assert!(qr.text().await.expect("svg").contains("<svg"));
}
