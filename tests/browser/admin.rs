//! Signing in and the admin pages in a real browser: every demo login by keyboard alone, axe on
//! every new page, the requirement matrix edited by keyboard and kept, and signing out.

use super::driver::Browser;
use fantoccini::key::Key;
use fantoccini::Locator;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

/// Polls until `check` says yes, failing with `what` after the timeout.
macro_rules! wait_until {
    ($what:expr, $check:expr) => {{
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if $check {
                break;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {}", $what);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }};
}

async fn path(browser: &Browser) -> String {
    browser
        .client
        .current_url()
        .await
        .expect("current URL")
        .path()
        .to_owned()
}

async fn text(browser: &Browser, css: &str) -> String {
    match browser.client.find(Locator::Css(css)).await {
        Ok(element) => element.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// Types into whatever has focus.
async fn type_text(browser: &Browser, text: &str) {
    let active = browser.client.active_element().await.expect("focus");
    active.send_keys(text).await.expect("type");
}

/// Opens the sign-in page and signs in with Tab, typing and Enter only.
async fn sign_in_by_keyboard(browser: &Browser, email: &str) {
    browser.open("/login").await;
    browser.wait_for("#login-email").await;
    let mut tabs = 0;
    while browser.focused_id().await != "login-email" {
        browser.press(Key::Tab).await;
        tabs += 1;
        assert!(tabs < 30, "the e-mail field cannot be reached with Tab");
    }
    type_text(browser, email).await;
    browser.press(Key::Tab).await;
    assert_eq!(browser.focused_id().await, "login-password");
    type_text(browser, backend::demo::PASSWORD).await;
    browser.press(Key::Enter).await;
}

/// The name the server knows a demo login by.
async fn name_of(browser: &Browser, email: &str) -> String {
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

async fn sign_out_by_keyboard(browser: &Browser) {
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
            path(&browser).await == start
        );
        wait_until!(
            format!("{name} in the header"),
            text(&browser, ".account-name").await == name
        );
        if start == "/me" {
            wait_until!(
                format!("{name} on My page"),
                text(&browser, ".facts dd").await == name
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
        text(&browser, "[role='alert']").await == "Fel e-postadress eller lösenord."
    );
    assert_eq!(path(&browser).await, "/login");
    browser
        .assert_accessible("the sign-in page with an error")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn every_new_page_is_accessible() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    browser.wait_for("#login-email").await;
    browser.assert_accessible("the sign-in page").await;

    browser.open("/admin").await;
    wait_until!(
        "the sign-in prompt",
        text(&browser, "h1").await == "Logga in för att fortsätta"
    );
    browser.assert_accessible("an admin page, signed out").await;

    sign_in_by_keyboard(&browser, "chef@exempelby.se").await;
    wait_until!("My page", path(&browser).await == "/me");
    browser.wait_for(".facts").await;
    browser.assert_accessible("My page").await;
    browser.open("/admin/people").await;
    wait_until!(
        "the no-access message",
        text(&browser, "h1").await == "Du har inte behörighet"
    );
    browser
        .assert_accessible("an admin page for a manager")
        .await;
    sign_out_by_keyboard(&browser).await;

    sign_in_by_keyboard(&browser, "admin@exempelby.se").await;
    wait_until!("the admin start page", path(&browser).await == "/admin");
    browser.wait_for(".unit-tree li").await;
    browser.assert_accessible("the organisation page").await;

    browser.open("/admin/roles").await;
    browser.wait_for(".matrix select").await;
    browser
        .assert_accessible("job roles and minimum levels")
        .await;

    browser.open("/admin/people").await;
    let first = browser.wait_for("table a[href^='/admin/people/']").await;
    browser.assert_accessible("the people list").await;
    let href = first.attr("href").await.expect("href").expect("a link");

    browser.open(&href).await;
    browser.wait_for("#person-active").await;
    browser.assert_accessible("a person").await;

    browser.open("/admin/people/new").await;
    browser.wait_for("#person-name").await;
    browser.assert_accessible("a new person").await;

    browser.open("/admin/import").await;
    browser.wait_for("#import-file").await;
    browser.assert_accessible("the HR import").await;

    browser.open("/me").await;
    browser.wait_for(".facts").await;
    browser.assert_accessible("My page of an admin").await;

    // The widest pages reflow at 320 CSS pixels; only the matrix region scrolls sideways.
    browser
        .client
        .set_window_size(320, 800)
        .await
        .expect("resize");
    for page in ["/admin/roles", "/admin/people"] {
        browser.open(page).await;
        browser.wait_for("table").await;
        let widths = browser
            .client
            .execute(
                "const e = document.documentElement; return [e.scrollWidth, e.clientWidth];",
                vec![],
            )
            .await
            .expect("measure");
        let widths: Vec<i64> = serde_json::from_value(widths).expect("numbers");
        assert_eq!(widths[0], widths[1], "{page} scrolls sideways at 320 px");
    }
    browser.close().await;
}

#[tokio::test]
async fn a_minimum_level_changed_by_keyboard_is_saved() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    sign_in_by_keyboard(&browser, "admin@exempelby.se").await;
    wait_until!("the admin start page", path(&browser).await == "/admin");
    browser.open("/admin/roles").await;

    // The second row: the first job role after the baseline; competence 3.4 (programming).
    let rows = {
        browser.wait_for(".matrix tbody tr").await;
        browser.find_all(".matrix tbody tr").await
    };
    assert!(rows.len() >= 2, "the matrix has the baseline and job roles");
    let cell = rows[1]
        .find(Locator::Css("select[data-competence='3.4']"))
        .await
        .expect("a level for 3.4");
    let role = cell
        .attr("data-role")
        .await
        .expect("attribute")
        .expect("role id");
    let before = cell.prop("value").await.expect("value").unwrap_or_default();
    let new_level = if before == "7" { "6" } else { "7" };
    cell.send_keys(new_level).await.expect("choose by typing");
    assert_eq!(
        cell.prop("value").await.expect("value").as_deref(),
        Some(new_level)
    );
    browser
        .wait_for("#save-requirements")
        .await
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("save");
    let saved = "section[aria-labelledby='requirements-heading'] .form-status";
    let problem = "section[aria-labelledby='requirements-heading'] .form-error";
    wait_until!(
        format!(
            "the saved message (the error shown: {:?})",
            text(&browser, problem).await
        ),
        text(&browser, saved).await == "Miniminivåerna har sparats."
    );

    browser.client.refresh().await.expect("reload");
    let selector = format!("select[data-role='{role}'][data-competence='3.4']");
    let cell = browser.wait_for(&selector).await;
    assert_eq!(
        cell.prop("value").await.expect("value").as_deref(),
        Some(new_level),
        "the new level is kept"
    );
    browser.close().await;
}

#[tokio::test]
async fn signing_out_returns_to_the_signed_out_state() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    sign_in_by_keyboard(&browser, "anstalld@exempelby.se").await;
    wait_until!("My page", path(&browser).await == "/me");
    browser.wait_for(".account button").await;

    sign_out_by_keyboard(&browser).await;
    assert!(browser.find_all(".account-name").await.is_empty());
    // The session is gone on the server too: a fresh load is still signed out.
    browser.open("/me").await;
    wait_until!(
        "the sign-in prompt",
        text(&browser, "h1").await == "Logga in för att fortsätta"
    );
    assert!(browser.find_all(".account button").await.is_empty());
    browser.close().await;
}

/// Replaces the text of the field `css` by typing.
async fn fill(browser: &Browser, css: &str, value: &str) {
    let field = browser.wait_for(css).await;
    field.clear().await.expect("clear");
    field.send_keys(value).await.expect("type");
}

async fn texts(browser: &Browser, css: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for element in browser.find_all(css).await {
        texts.push(element.text().await.unwrap_or_default());
    }
    texts
}

#[tokio::test]
async fn an_admin_adds_and_renames_a_unit_and_a_job_role_and_edits_people() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    sign_in_by_keyboard(&browser, "admin@exempelby.se").await;
    browser.wait_for(".unit-tree li").await;

    // A new unit, directly under the municipality (the parent chosen at first).
    fill(&browser, "#unit-name", "Digitaliseringsenheten").await;
    fill(&browser, "#unit-code", "DIG").await;
    browser.press(Key::Enter).await;
    wait_until!(
        "the new unit in the tree",
        texts(&browser, ".unit-name")
            .await
            .contains(&"Digitaliseringsenheten".to_owned())
    );
    assert_eq!(
        text(&browser, ".columns .form-status").await,
        "Digitaliseringsenheten har lagts till."
    );

    // Renamed with its edit button; the form takes the focus.
    browser
        .client
        .find(Locator::XPath(
            "//li[div/span[@class='unit-name' and text()='Digitaliseringsenheten']]/div/button",
        ))
        .await
        .expect("the unit's edit button")
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("press");
    wait_until!(
        "focus on the edit form",
        browser.focused_id().await == "unit-form-heading"
    );
    fill(&browser, "#unit-name", "Digitala enheten").await;
    browser.press(Key::Enter).await;
    wait_until!(
        "the renamed unit in the tree",
        texts(&browser, ".unit-name")
            .await
            .contains(&"Digitala enheten".to_owned())
    );

    // A new job role gets its own row in the requirement matrix.
    browser.open("/admin/roles").await;
    browser.wait_for(".matrix").await;
    fill(&browser, "#role-name", "Kurator").await;
    fill(&browser, "#role-code", "KUR").await;
    browser.press(Key::Enter).await;
    wait_until!(
        "the new role in the matrix",
        texts(&browser, ".matrix tbody th")
            .await
            .contains(&"Kurator".to_owned())
    );

    // Find a person, deactivate them and save.
    browser.open("/admin/people").await;
    browser.wait_for("table").await;
    fill(&browser, "#people-q", "Emma Lindqvist").await;
    wait_until!(
        "one match",
        texts(&browser, "table tbody th").await == vec!["Emma Lindqvist".to_owned()]
    );
    browser
        .wait_for("table tbody th a")
        .await
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("open");
    let active = browser.wait_for("#person-active").await;
    assert_eq!(
        active.prop("checked").await.expect("checked").as_deref(),
        Some("true")
    );
    active.send_keys(" ").await.expect("untick");
    browser
        .wait_for(".person-form button[type='submit']")
        .await
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("save");
    wait_until!("saved", text(&browser, ".form-status").await == "Sparat.");
    let id = path(&browser)
        .await
        .trim_start_matches("/admin/people/")
        .to_owned();
    let admin = browser.app.demo_user("admin@exempelby.se").await;
    let person: common::Person = admin
        .get(format!("{}/api/people/{id}", browser.app.address))
        .send()
        .await
        .expect("GET person")
        .json()
        .await
        .expect("Person");
    assert!(!person.active, "the person is deactivated");

    // A new person: the page moves to their address once saved.
    browser.open("/admin/people/new").await;
    fill(&browser, "#person-name", "Test Testsson").await;
    fill(&browser, "#person-email", "test.testsson@exempelby.se").await;
    browser.press(Key::Enter).await;
    wait_until!(
        "the new person's page",
        text(&browser, ".form-status").await == "Personen har lagts till."
    );
    assert!(!path(&browser).await.ends_with("/new"));
    browser.assert_accessible("a person just added").await;
    browser.close().await;
}

#[tokio::test]
async fn an_hr_file_is_checked_then_applied() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    sign_in_by_keyboard(&browser, "admin@exempelby.se").await;
    wait_until!("the admin start page", path(&browser).await == "/admin");

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
        text(&browser, ".card p").await.ends_with("rader i filen.")
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
        text(&browser, "#import-status").await
            == "Filen är korrekt. Se ändringarna nedan och genomför sedan importen."
    );
    assert_eq!(
        texts(&browser, ".counts dd").await[1],
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
        text(&browser, "#import-status").await == "Importen är genomförd."
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

#[tokio::test]
async fn a_superadmin_creates_a_municipality_and_switches_to_it() {
    let browser = Browser::start().await;
    browser.app.superadmin().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    fill(&browser, "#login-email", "super@digikomp.test").await;
    fill(
        &browser,
        "#login-password",
        crate::helpers::SUPERADMIN_PASSWORD,
    )
    .await;
    browser.press(Key::Enter).await;
    wait_until!("the admin start page", path(&browser).await == "/admin");
    browser.wait_for(".unit-tree li").await;
    assert!(
        browser.find_all("#municipality").await.is_empty(),
        "no choice with one municipality"
    );

    fill(&browser, "#municipality-name", "Testby kommun").await;
    fill(&browser, "#municipality-code", "TBY").await;
    browser.press(Key::Enter).await;
    // The new municipality is chosen: its tree is only its root.
    wait_until!(
        "the new municipality's tree",
        texts(&browser, ".unit-name").await == vec!["Testby kommun".to_owned()]
    );
    let options = texts(&browser, "#municipality option").await;
    assert_eq!(options.len(), 2, "{options:?}");
    assert_eq!(
        text(
            &browser,
            "section[aria-labelledby='new-municipality-heading'] .form-status"
        )
        .await,
        "Kommunen har skapats.",
        "the form is kept, with its message"
    );
    browser
        .assert_accessible("the organisation page with two municipalities")
        .await;
    browser.close().await;
}
