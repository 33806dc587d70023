//! The access matrix's rows for library sessions, their statistics, resume codes and
//! handouts: sessions and statistics for the library's guides (statistics also for its
//! administrators); joining and taking part for anyone with the code.

use super::{none, Body, Case, EVERYONE, GUIDING, LIBRARY_FOLLOW_UP};
use crate::helpers::TestApp;
use reqwest::Method;
use serde_json::json;

/// The ids of the library requests: a running session at Stadsbiblioteket with one
/// participant, a second one for ending, and a resume code.
pub struct LibraryFixture {
    pub library: String,
    pub session: String,
    pub to_end: String,
    pub code: String,
    pub participant: String,
    pub token: String,
    pub resume_code: String,
}

pub fn cases() -> Vec<Case> {
    let case = |method: Method, path, allowed, body| Case {
        method,
        path,
        allowed,
        body,
    };
    vec![
        case(Method::POST, "/api/library-sessions", GUIDING, |f, _| {
            Body::Json(json!({ "unit_id": f.library.library, "topics": ["spot-scams"] }))
        }),
        case(Method::GET, "/api/library-sessions", GUIDING, none),
        case(Method::GET, "/api/library-sessions/{id}", GUIDING, none),
        case(
            Method::GET,
            "/api/library-sessions/{id}/qr.svg",
            GUIDING,
            none,
        ),
        case(
            Method::POST,
            "/api/library-sessions/{id}/participants/{participant}/answer",
            GUIDING,
            none,
        ),
        case(
            Method::POST,
            "/api/library-sessions/{id}/end",
            GUIDING,
            none,
        ),
        case(
            Method::POST,
            "/api/library-sessions/join",
            EVERYONE,
            |f, _| Body::Json(json!({ "code": f.library.code, "nickname": null })),
        ),
        case(
            Method::GET,
            "/api/library-sessions/participation",
            EVERYONE,
            |_, _| Body::Participant(None),
        ),
        case(
            Method::PUT,
            "/api/library-sessions/participation/activity",
            EVERYONE,
            |_, _| Body::Participant(Some(json!({ "course_slug": "spot-scams", "lesson": 1 }))),
        ),
        case(
            Method::POST,
            "/api/library-sessions/participation/help",
            EVERYONE,
            |_, _| Body::Participant(None),
        ),
        case(
            Method::GET,
            "/api/units/{id}/library-statistics",
            LIBRARY_FOLLOW_UP,
            none,
        ),
        case(
            Method::GET,
            "/api/units/{id}/library-statistics.csv",
            LIBRARY_FOLLOW_UP,
            none,
        ),
        case(Method::POST, "/api/resume-codes", EVERYONE, |_, _| {
            Body::Json(json!({ "learner_id": uuid::Uuid::new_v4().to_string() }))
        }),
        case(
            Method::POST,
            "/api/resume-codes/redeem",
            EVERYONE,
            |f, _| Body::Json(json!({ "code": f.library.resume_code })),
        ),
        case(Method::GET, "/api/courses/{slug}/handout", EVERYONE, none),
        case(Method::GET, "/api/courses/{slug}/qr.svg", EVERYONE, none),
    ]
}

/// The path of a library request, or none for the other rows.
pub fn fill(path: &str, f: &LibraryFixture) -> Option<String> {
    let filled = if path.starts_with("/api/library-sessions/") {
        // A session of its own for ending, so the others keep running.
        let session = if path.ends_with("/end") {
            &f.to_end
        } else {
            &f.session
        };
        path.replace("{id}", session)
            .replace("{participant}", &f.participant)
    } else if path.contains("/library-statistics") {
        path.replace("{id}", &f.library)
    } else if path.ends_with("/handout") || path.ends_with("/qr.svg") {
        path.replace("{slug}", "spot-scams")
    } else {
        return None;
    };
    Some(if path.contains("/handout") {
        format!("{filled}?lang=nb")
    } else {
        filled
    })
}

pub async fn fixture(app: &TestApp) -> LibraryFixture {
    let library = app.id_of("units", "code", "SBI").await;
    let guide = app.demo_user("bibliotek@exempelby.se").await;
    let start = || async {
        let session: common::LibrarySession = guide
            .post(format!("{}/api/library-sessions", app.address))
            .json(&json!({ "unit_id": library, "topics": ["spot-scams", "video-calls"] }))
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("session");
        session
    };
    let session = start().await;
    let to_end = start().await;
    let code = session.code.clone().expect("a running session has a code");
    let joined: common::Joined = app
        .client
        .post(format!("{}/api/library-sessions/join", app.address))
        .json(&json!({ "code": code, "nickname": "Kim" }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("joined");
    let live: common::LiveSession = guide
        .get(format!(
            "{}/api/library-sessions/{}",
            app.address, session.id
        ))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("live");
    let resume: common::ResumeCode = app
        .client
        .post(format!("{}/api/resume-codes", app.address))
        .json(&json!({ "learner_id": uuid::Uuid::new_v4().to_string() }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("resume code");
    LibraryFixture {
        library,
        session: session.id,
        to_end: to_end.id,
        code,
        participant: live.participants[0].id.clone(),
        token: joined.token,
        resume_code: resume.code,
    }
}
