//! Library digital-help sessions: codes that reveal nothing, a full room, nothing personal left
//! after the end, guides kept to their own libraries, resume codes and the purge.

mod guessing;
mod retention;
mod scoping;

use crate::helpers::{on_both_databases, TestApp};
use common::{Joined, LibrarySession, LibraryStatistics, LiveSession, Participation};
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    a_full_room_is_followed_live_and_leaves_only_counts,
    wrong_ended_or_expired_codes_reveal_nothing,
);

const ROOM: usize = 30;

pub(super) async fn start(app: &TestApp, guide: &reqwest::Client, library: &str) -> LibrarySession {
    let response = guide
        .post(format!("{}/api/library-sessions?lang=sv", app.address))
        .json(&json!({ "unit_id": library, "topics": ["spot-scams", "video-calls"] }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.expect("session")
}

pub(super) async fn join(app: &TestApp, code: &str, nickname: Option<&str>) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}/api/library-sessions/join", app.address))
        .json(&json!({ "code": code, "nickname": nickname }))
        .send()
        .await
        .expect("sent")
}

pub(super) async fn as_participant(
    app: &TestApp,
    token: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<serde_json::Value>,
) -> reqwest::Response {
    let request = reqwest::Client::new()
        .request(
            method,
            format!("{}/api/library-sessions/participation{path}", app.address),
        )
        .header("digikomp-participant", token);
    let request = match body {
        Some(body) => request.json(&body),
        None => request,
    };
    request.send().await.expect("sent")
}

pub(super) async fn live(app: &TestApp, guide: &reqwest::Client, id: &str) -> reqwest::Response {
    guide
        .get(format!("{}/api/library-sessions/{id}", app.address))
        .send()
        .await
        .expect("sent")
}

async fn a_full_room_is_followed_live_and_leaves_only_counts(app: TestApp) {
    app.seed_demo().await;
    let guide = app.demo_user("bibliotek@exempelby.se").await;
    let library = app.id_of("units", "code", "SBI").await;
    let session = start(&app, &guide, &library).await;
    let code = session.code.clone().expect("code");
    assert_eq!(code.len(), 6);

    // 30 people join at once, each opens a course; every third asks for help.
    let mut joining = tokio::task::JoinSet::new();
    for n in 0..ROOM {
        let (address, code) = (app.address.clone(), code.clone());
        joining.spawn(async move {
            let client = reqwest::Client::new();
            let joined: Joined = client
                .post(format!("{address}/api/library-sessions/join"))
                .json(&json!({ "code": code, "nickname": format!("Deltagare {n}") }))
                .send()
                .await
                .expect("sent")
                .json()
                .await
                .expect("joined");
            let course = if n % 2 == 0 {
                "spot-scams"
            } else {
                "video-calls"
            };
            let activity = client
                .put(format!(
                    "{address}/api/library-sessions/participation/activity"
                ))
                .header("digikomp-participant", &joined.token)
                .json(&json!({ "course_slug": course, "lesson": 2, "finished": n % 5 == 0 }))
                .send()
                .await
                .expect("sent");
            assert_eq!(activity.status(), StatusCode::NO_CONTENT);
            if n % 3 == 0 {
                let help = client
                    .post(format!("{address}/api/library-sessions/participation/help"))
                    .header("digikomp-participant", &joined.token)
                    .send()
                    .await
                    .expect("sent");
                assert_eq!(help.status(), StatusCode::NO_CONTENT);
            }
            (n, joined.token)
        });
    }
    let mut tokens: Vec<(usize, String)> = joining.join_all().await;
    tokens.sort();
    assert_eq!(tokens.len(), ROOM);

    let view: LiveSession = live(&app, &guide, &session.id)
        .await
        .json()
        .await
        .expect("live");
    assert_eq!(
        view.participants.len(),
        ROOM,
        "everyone is in the live view"
    );
    assert_eq!(view.session.participants, ROOM as u32);
    let waiting: Vec<_> = view
        .participants
        .iter()
        .take_while(|p| p.help_waiting_seconds.is_some())
        .collect();
    assert_eq!(waiting.len(), 10, "those asking for help come first");
    assert_eq!(view.session.help_requests, 10);
    assert!(view
        .participants
        .iter()
        .all(|p| p.lesson == Some(2) && p.course.is_some() && p.nickname.is_some()));
    let scams = view
        .participants
        .iter()
        .find(|p| p.course.as_ref().is_some_and(|c| c.id == "spot-scams"));
    assert_eq!(
        scams
            .and_then(|p| p.course.as_ref())
            .map(|c| c.name.as_str()),
        Some("Känn igen bedrägerier i sms och samtal")
    );

    // Asking twice while waiting counts once; the guide answers one.
    let first = &tokens[0].1;
    as_participant(&app, first, reqwest::Method::POST, "/help", None).await;
    let answered = guide
        .post(format!(
            "{}/api/library-sessions/{}/participants/{}/answer",
            app.address, session.id, waiting[0].id
        ))
        .send()
        .await
        .expect("sent");
    assert_eq!(answered.status(), StatusCode::NO_CONTENT);
    let view: LiveSession = live(&app, &guide, &session.id)
        .await
        .json()
        .await
        .expect("live");
    assert_eq!(view.session.help_requests, 10);
    let still_waiting = view
        .participants
        .iter()
        .filter(|p| p.help_waiting_seconds.is_some());
    assert_eq!(still_waiting.count(), 9);

    // The end: only counts remain.
    let ended: LibrarySession = guide
        .post(format!(
            "{}/api/library-sessions/{}/end",
            app.address, session.id
        ))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("ended");
    assert_eq!(ended.code, None);
    assert!(ended.ended_at.is_some());
    assert_eq!((ended.participants, ended.help_requests), (30, 10));
    assert_eq!((ended.courses_opened, ended.courses_finished), (30, 6));
    assert_eq!(app.count_rows("library_participants").await, 0);
    assert_eq!(app.count_rows("library_participant_courses").await, 0);
    let (nicknames,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM library_participants WHERE nickname LIKE 'Deltagare%'",
    )
    .fetch_one(&app.db.pool)
    .await
    .expect("count");
    assert_eq!(nicknames, 0);
    let (remaining,): (String,) =
        sqlx::query_as("SELECT topics FROM library_sessions WHERE id = $1")
            .bind(&session.id)
            .fetch_one(&app.db.pool)
            .await
            .expect("session row");
    assert!(!remaining.contains("Deltagare"));
    let after = as_participant(&app, first, reqwest::Method::GET, "", None).await;
    let after: Participation = after.json().await.expect("participation");
    assert!(!after.running);
    let gone = as_participant(&app, first, reqwest::Method::POST, "/help", None).await;
    assert_eq!(gone.status(), StatusCode::GONE);

    // The statistics: one session, 30 people, 10 help requests, the topics with their counts.
    let stats: LibraryStatistics = guide
        .get(format!(
            "{}/api/units/{library}/library-statistics?lang=sv",
            app.address
        ))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("statistics");
    assert_eq!(stats.months.len(), 1);
    let month = &stats.months[0];
    assert_eq!(
        (month.sessions, month.participants, month.help_requests),
        (1, 30, 10)
    );
    assert_eq!((month.courses_opened, month.courses_finished), (30, 6));
    let topics: Vec<(&str, u32, u32)> = month
        .topics
        .iter()
        .map(|t| (t.course.id.as_str(), t.opened, t.finished))
        .collect();
    assert_eq!(topics, [("spot-scams", 15, 3), ("video-calls", 15, 3)]);
    let csv = guide
        .get(format!(
            "{}/api/units/{library}/library-statistics.csv?lang=sv",
            app.address
        ))
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("csv");
    assert!(csv.starts_with('\u{feff}'));
    assert!(
        csv.contains(&format!("Stadsbiblioteket;{};1;30;10;", month.month)),
        "{csv}"
    );
}

async fn wrong_ended_or_expired_codes_reveal_nothing(app: TestApp) {
    app.seed_demo().await;
    let guide = app.demo_user("bibliotek@exempelby.se").await;
    let library = app.id_of("units", "code", "SBI").await;
    let ended = start(&app, &guide, &library).await;
    let ended_code = ended.code.clone().expect("code");
    guide
        .post(format!(
            "{}/api/library-sessions/{}/end",
            app.address, ended.id
        ))
        .send()
        .await
        .expect("sent");
    let expired = start(&app, &guide, &library).await;
    sqlx::query("UPDATE library_sessions SET started_at = started_at - 13 * 3600 WHERE id = $1")
        .bind(&expired.id)
        .execute(&app.db.pool)
        .await
        .expect("age the session");
    let expired_code = expired.code.clone().expect("code");

    let mut messages = Vec::new();
    for code in ["WRONG7", ended_code.as_str(), expired_code.as_str()] {
        let response = join(&app, code, Some("Kim")).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{code}");
        let body: serde_json::Value = response.json().await.expect("error body");
        messages.push(body["error"].as_str().expect("message").to_owned());
    }
    assert!(messages.iter().all(|m| m == &messages[0]), "{messages:?}");
    assert!(messages[0].contains("code"));
    assert!(!messages[0].contains("Stadsbiblioteket"));

    let running = start(&app, &guide, &library).await;
    let code = running.code.clone().expect("code");
    let empty = join(&app, "  ", None).await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let long = join(&app, &code, Some(&"x".repeat(41))).await;
    assert_eq!(long.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.count_rows("library_participants").await,
        0,
        "nothing stored"
    );
    // Typed in lower case with a space, the code still works.
    let typed = format!("{} {}", &code[..3], &code[3..]).to_lowercase();
    let joined = join(&app, &typed, None).await;
    assert_eq!(joined.status(), StatusCode::CREATED);
    let joined: Joined = joined.json().await.expect("joined");
    assert!(joined.participation.running);
    assert_eq!(joined.participation.library, "Stadsbiblioteket");
    let bad = as_participant(
        &app,
        &joined.token,
        reqwest::Method::PUT,
        "/activity",
        Some(json!({ "course_slug": "spot-scams", "lesson": 99 })),
    )
    .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let nobody = reqwest::Client::new()
        .post(format!(
            "{}/api/library-sessions/participation/help",
            app.address
        ))
        .send()
        .await
        .expect("sent");
    assert_eq!(nobody.status(), StatusCode::UNAUTHORIZED);
    let staff = guide
        .post(format!("{}/api/library-sessions", app.address))
        .json(&json!({ "unit_id": library, "topics": ["phishing-at-work"] }))
        .send()
        .await
        .expect("sent");
    assert_eq!(
        staff.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "staff courses are no topic"
    );
}
