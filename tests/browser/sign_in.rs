//! Signing in and out in a real browser: every demo login by keyboard alone, lands on its
//! start page; a wrong password is announced; signing out ends the session.

use super::driver::{wait_until, Browser};
use fantoccini::key::Key;

/// Opens the sign-in page and signs in with Tab, typing and Enter only.
pub(super) async fn sign_in_by_keyboard(browser: &Browser, email: &str) {
    browser.open("/login").await;
    browser.wait_for("#login-email").await;
    let mut tabs = 0;
    while browser.focused_id().await != "login-email" {
        browser.press(Key::Tab).await;
        tabs += 1;
        assert!(tabs < 30, "the e-mail field cannot be reached with Tab");
    }
    browser.type_text(email).await;
    browser.press(Key::Tab).await;
    assert_eq!(browser.focused_id().await, "login-password");
    browser.type_text(backend::demo::PASSWORD).await;
    browser.press(Key::Enter).await;
}

/// The name the server knows a demo login by.
pub(super) async fn name_of(browser: &Browser, email: &str) -> String {
    let client = browser.app.demo_user(email).await;
    let me: common::Me = client
        .get(format!("{}/api/me", browser.app.address))
        .send()
        .await
        .expect("GET /api/me")
        .json()
        .await
        .expect("Me");
    me.name
}

pub(super) async fn sign_out_by_keyboard(browser: &Browser) {
    let button = browser.wait_for(".account button").await;
    button
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("press");
    wait_until!(
        "the sign-in link after signing out",
        !browser
            .find_all(".account a[href='/login']")
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn every_demo_login_signs_in_by_keyboard_and_lands_on_its_start_page() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    for (email, start) in [
        ("admin@exempelby.se", "/admin"),
        ("chef@exempelby.se", "/me"),
        ("anstalld@exempelby.se", "/me"),
        ("bibliotek@exempelby.se", "/me"),
    ] {
        let name = name_of(&browser, email).await;
        sign_in_by_keyboard(&browser, email).await;
        wait_until!(
            format!("{email} to land on {start}"),
            browser.current_path().await == start
        );
        wait_until!(
            format!("{name} in the header"),
            browser.text_of(".account-name").await == name
        );
        if start == "/me" {
            wait_until!(
                format!("{name} on My page"),
                browser.text_of(".facts dd").await == name
            );
        } else {
            browser.wait_for(".unit-tree li").await;
        }
        sign_out_by_keyboard(&browser).await;
    }
    browser.close().await;
}

#[tokio::test]
async fn a_wrong_password_is_announced_and_signs_nobody_in() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    browser
        .wait_for("#login-email")
        .await
        .send_keys("admin@exempelby.se")
        .await
        .expect("type");
    browser
        .wait_for("#login-password")
        .await
        .send_keys("not the password")
        .await
        .expect("type");
    browser.press(Key::Enter).await;
    wait_until!(
        "the error message",
        browser.text_of("[role='alert']").await == "Fel e-postadress eller lösenord."
    );
    assert_eq!(browser.current_path().await, "/login");
    browser
        .assert_accessible("the sign-in page with an error")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn signing_out_returns_to_the_signed_out_state() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    sign_in_by_keyboard(&browser, "anstalld@exempelby.se").await;
    wait_until!("My page", browser.current_path().await == "/me");
    browser.wait_for(".account button").await;

    sign_out_by_keyboard(&browser).await;
    assert!(browser.find_all(".account-name").await.is_empty());
    // The session is gone on the server too: a fresh load is still signed out.
    browser.open("/me").await;
    wait_until!(
        "the sign-in prompt",
        browser.text_of("h1").await == "Logga in för att fortsätta"
    );
    assert!(browser.find_all(".account button").await.is_empty());
    browser.close().await;
}
