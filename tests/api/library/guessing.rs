//! Codes cannot be guessed by trying: wrong join and resume codes from one address are
//! counted together, and past the limit even a right code waits (429) while other addresses
//! are not affected.

use super::{join, start};
use crate::helpers::{on_both_databases, TestApp};
use backend::auth::throttle::CODES_PER_ADDRESS;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(wrong_codes_from_one_address_are_slowed_down);

async fn redeem(app: &TestApp, code: &str) -> StatusCode {
    reqwest::Client::new()
        .post(format!("{}/api/resume-codes/redeem", app.address))
        .json(&json!({ "code": code }))
        .send()
        .await
        .expect("sent")
        .status()
}

async fn wrong_codes_from_one_address_are_slowed_down(app: TestApp) {
    app.seed_demo().await;
    let guide = app.demo_user("bibliotek@exempelby.se").await;
    let library = app.id_of("units", "code", "SBI").await;
    let running = start(&app, &guide, &library).await;
    let code = running.code.clone().expect("code");

    // Half the allowance on each door: they share one count.
    for i in 0..CODES_PER_ADDRESS / 2 {
        let wrong = join(&app, &format!("WR{i:04}"), None).await;
        assert_eq!(wrong.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            redeem(&app, &format!("WRONG-{i:05}")).await,
            StatusCode::NOT_FOUND
        );
    }
    let right = join(&app, &code, Some("Kim")).await;
    assert_eq!(
        right.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "even the right code waits"
    );
    let body: serde_json::Value = right.json().await.expect("error body");
    assert!(body["error"]
        .as_str()
        .expect("message")
        .contains("15 minutes"));
    assert_eq!(
        redeem(&app, "AAAAA-AAAAA").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        app.count_rows("library_participants").await,
        0,
        "nothing stored"
    );

    // The test's requests all come from 127.0.0.1; a sign-in from there is not refused.
    let staff = app.demo_user("chef@exempelby.se").await;
    let me = staff
        .get(format!("{}/api/me", app.address))
        .send()
        .await
        .expect("sent");
    assert_eq!(me.status(), StatusCode::OK);
}
