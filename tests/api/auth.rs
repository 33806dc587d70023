//! Signing in: sessions, rate limiting, cross-site requests.

use crate::helpers::{on_both_databases, TestApp};
use common::{ErrorBody, GrantKind, Me};

on_both_databases!(
    a_demo_login_starts_a_session_and_me_names_the_person,
    a_new_session_id_at_every_login_and_the_old_one_ends,
    a_cookie_replayed_after_logout_is_refused,
    idle_and_absolute_timeouts_end_sessions,
    unknown_user_and_wrong_password_get_the_same_answer,
    repeated_failures_are_rate_limited,
    a_deactivated_person_cannot_sign_in_and_is_signed_out,
    requests_from_another_site_are_refused,
);

pub(super) fn session_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("digikomp_session="))
        .expect("a session cookie is set")
        .to_owned()
}

pub(super) async fn login(
    app: &TestApp,
    email: &str,
    password: &str,
    cookie: Option<&str>,
) -> reqwest::Response {
    let mut request = reqwest::Client::new()
        .post(format!("{}/api/auth/login", app.address))
        .json(&serde_json::json!({ "email": email, "password": password }));
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.expect("request is sent")
}

async fn me_with(app: &TestApp, cookie: &str) -> reqwest::Response {
    reqwest::Client::new()
        .get(format!("{}/api/me", app.address))
        .header("cookie", cookie)
        .send()
        .await
        .expect("request is sent")
}

/// `name=value` from a Set-Cookie header.
pub(super) fn pair(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap_or_default().to_owned()
}

async fn a_demo_login_starts_a_session_and_me_names_the_person(app: TestApp) {
    app.seed_demo().await;
    assert_eq!(app.get("/api/me").await.status(), 401);

    let response = login(&app, "Chef@Exempelby.se", "demo", None).await;

    assert_eq!(response.status(), 200);
    let cookie = session_cookie(&response);
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let me: Me = me_with(&app, &pair(&cookie))
        .await
        .json()
        .await
        .expect("me JSON");
    assert_eq!(me.email, "chef@exempelby.se");
    assert!(me.has(GrantKind::Manager));
    assert!(!me.is_admin());
    assert_eq!(
        me.municipality.expect("municipality").name,
        "Exempelby kommun"
    );
    assert!(!me.job_roles.is_empty());
}

async fn a_new_session_id_at_every_login_and_the_old_one_ends(app: TestApp) {
    app.seed_demo().await;
    let first = pair(&session_cookie(
        &login(&app, "anstalld@exempelby.se", "demo", None).await,
    ));

    let second_response = login(&app, "anstalld@exempelby.se", "demo", Some(&first)).await;
    let second = pair(&session_cookie(&second_response));

    assert_ne!(first, second);
    assert_eq!(
        me_with(&app, &first).await.status(),
        401,
        "the old session ended"
    );
    assert_eq!(me_with(&app, &second).await.status(), 200);
}

async fn a_cookie_replayed_after_logout_is_refused(app: TestApp) {
    app.seed_demo().await;
    let cookie = pair(&session_cookie(
        &login(&app, "anstalld@exempelby.se", "demo", None).await,
    ));

    let logout = reqwest::Client::new()
        .post(format!("{}/api/auth/logout", app.address))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("request is sent");

    assert_eq!(logout.status(), 204);
    assert!(session_cookie(&logout).contains("Max-Age=0"));
    assert_eq!(me_with(&app, &cookie).await.status(), 401);
    assert_eq!(app.count_rows("sessions").await, 0);
}

async fn idle_and_absolute_timeouts_end_sessions(app: TestApp) {
    app.seed_demo().await;
    let idle = pair(&session_cookie(
        &login(&app, "anstalld@exempelby.se", "demo", None).await,
    ));
    let old = pair(&session_cookie(
        &login(&app, "chef@exempelby.se", "demo", None).await,
    ));
    let now = backend::db::now();
    let timeouts = backend::config::Config::default().timeouts();
    // Idle: seen last just over the idle limit ago. Absolute: active now, but signed in long ago.
    set_session_times(&app, &idle, now - 100, now - timeouts.idle_secs - 5).await;
    set_session_times(&app, &old, now - timeouts.absolute_secs - 5, now).await;

    assert_eq!(me_with(&app, &idle).await.status(), 401, "idle timeout");
    assert_eq!(me_with(&app, &old).await.status(), 401, "absolute timeout");
    assert_eq!(
        app.count_rows("sessions").await,
        0,
        "expired sessions are removed"
    );
}

async fn set_session_times(app: &TestApp, cookie: &str, created: i64, seen: i64) {
    let secret = cookie.split_once('=').expect("name=value").1;
    sqlx::query("UPDATE sessions SET created_at = $1, last_seen_at = $2 WHERE id_hash = $3")
        .bind(created)
        .bind(seen)
        .bind(backend::auth::session::hash(secret))
        .execute(&app.db.pool)
        .await
        .expect("update session");
}

async fn unknown_user_and_wrong_password_get_the_same_answer(app: TestApp) {
    app.seed_demo().await;

    let unknown = login(&app, "nobody@exempelby.se", "demo", None).await;
    let wrong = login(&app, "chef@exempelby.se", "wrong password", None).await;

    assert_eq!(unknown.status(), 401);
    assert_eq!(wrong.status(), 401);
    assert!(unknown.headers().get("set-cookie").is_none());
    let unknown: ErrorBody = unknown.json().await.expect("error JSON");
    let wrong: ErrorBody = wrong.json().await.expect("error JSON");
    assert_eq!(unknown, wrong);
}

async fn repeated_failures_are_rate_limited(app: TestApp) {
    app.seed_demo().await;
    for _ in 0..backend::auth::throttle::PER_ACCOUNT {
        assert_eq!(
            login(&app, "chef@exempelby.se", "guess", None)
                .await
                .status(),
            401
        );
    }

    let blocked = login(&app, "chef@exempelby.se", "demo", None).await;
    let other = login(&app, "anstalld@exempelby.se", "demo", None).await;

    assert_eq!(blocked.status(), 429, "even the right password waits");
    assert!(blocked.headers().get("set-cookie").is_none());
    assert_eq!(other.status(), 200, "other accounts are not affected");
    let unknown_blocked = {
        for _ in 0..backend::auth::throttle::PER_ACCOUNT {
            login(&app, "ghost@exempelby.se", "guess", None).await;
        }
        login(&app, "ghost@exempelby.se", "guess", None)
            .await
            .status()
    };
    assert_eq!(unknown_blocked, 429, "unknown accounts are limited alike");
}

async fn a_deactivated_person_cannot_sign_in_and_is_signed_out(app: TestApp) {
    app.seed_demo().await;
    let cookie = pair(&session_cookie(
        &login(&app, "anstalld@exempelby.se", "demo", None).await,
    ));
    sqlx::query("UPDATE people SET active = 0 WHERE email = $1")
        .bind("anstalld@exempelby.se")
        .execute(&app.db.pool)
        .await
        .expect("deactivate");

    assert_eq!(me_with(&app, &cookie).await.status(), 401);
    assert_eq!(
        login(&app, "anstalld@exempelby.se", "demo", None)
            .await
            .status(),
        401
    );
}

async fn requests_from_another_site_are_refused(app: TestApp) {
    app.seed_demo().await;
    let client = app.demo_user("admin@exempelby.se").await;

    let cross_site = client
        .post(format!("{}/api/auth/logout", app.address))
        .header("origin", "https://evil.example")
        .send()
        .await
        .expect("request is sent");
    let fetch_metadata = client
        .post(format!("{}/api/auth/logout", app.address))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .expect("request is sent");

    assert_eq!(cross_site.status(), 403);
    assert_eq!(fetch_metadata.status(), 403);
    assert!(cross_site
        .headers()
        .get("content-security-policy")
        .is_some());
    assert_eq!(
        client
            .get(format!("{}/api/me", app.address))
            .send()
            .await
            .expect("sent")
            .status(),
        200,
        "still signed in"
    );
}
