//! The HR import in a real browser: a file checked (bad rows listed by line), then applied.

use super::driver::{wait_until, Browser};
use super::sign_in::sign_in_by_keyboard;
use fantoccini::key::Key;

#[tokio::test]
async fn an_hr_file_is_checked_then_applied() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    sign_in_by_keyboard(&browser, "admin@exempelby.se").await;
    wait_until!(
        "the admin start page",
        browser.current_path().await == "/admin"
    );

    // Everyone as exported, plus one new person.
    let admin = browser.app.demo_user("admin@exempelby.se").await;
    let municipality = browser.app.exempelby().await;
    let mut csv = admin
        .get(format!(
            "{}/api/municipalities/{municipality}/people-export",
            browser.app.address
        ))
        .send()
        .await
        .expect("export")
        .text()
        .await
        .expect("CSV");
    if !csv.ends_with('\n') {
        csv.push('\n');
    }
    csv.push_str("999001,Nils Nyström,nils.nystrom@exempelby.se,HTN,USK,\n");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("personal.csv");
    std::fs::write(&file, csv).expect("write CSV");

    browser.open("/admin/import").await;
    browser
        .wait_for("#import-file")
        .await
        .send_keys(&file.display().to_string())
        .await
        .expect("choose the file");
    wait_until!(
        "the file to be read",
        browser.text_of(".card p").await.ends_with("rader i filen.")
    );
    let apply = browser.wait_for("#import-apply").await;
    assert_eq!(
        apply
            .attr("aria-disabled")
            .await
            .expect("attribute")
            .as_deref(),
        Some("true"),
        "nothing to apply before the check"
    );
    browser
        .wait_for(".actions button")
        .await
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("check");
    wait_until!(
        "the check's result",
        browser.text_of("#import-status").await
            == "Filen är korrekt. Se ändringarna nedan och genomför sedan importen."
    );
    assert_eq!(
        browser.texts_of(".counts dd").await[1],
        "1",
        "one new person"
    );
    browser.assert_accessible("the import's dry run").await;
    apply
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("apply");
    wait_until!(
        "the import to be applied",
        browser.text_of("#import-status").await == "Importen är genomförd."
    );
    let found: common::PeoplePage = admin
        .get(format!(
            "{}/api/municipalities/{municipality}/people?q=999001",
            browser.app.address
        ))
        .send()
        .await
        .expect("search")
        .json()
        .await
        .expect("page");
    assert_eq!(found.total, 1, "the new person is there");
    browser.close().await;
}
