//! The admin pages in a real browser: axe on every page, the requirement matrix edited by
//! keyboard and kept, units, roles and people edited, a municipality created.

use super::driver::{wait_until, Browser};
use super::sign_in::{sign_in_by_keyboard, sign_out_by_keyboard};
use fantoccini::key::Key;
use fantoccini::Locator;

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
        browser.text_of("h1").await == "Logga in för att fortsätta"
    );
    browser.assert_accessible("an admin page, signed out").await;

    sign_in_by_keyboard(&browser, "chef@exempelby.se").await;
    wait_until!("My page", browser.current_path().await == "/me");
    browser.wait_for(".facts").await;
    browser.assert_accessible("My page").await;
    browser.open("/admin/people").await;
    wait_until!(
        "the no-access message",
        browser.text_of("h1").await == "Du har inte behörighet"
    );
    browser
        .assert_accessible("an admin page for a manager")
        .await;
    sign_out_by_keyboard(&browser).await;

    sign_in_by_keyboard(&browser, "admin@exempelby.se").await;
    wait_until!(
        "the admin start page",
        browser.current_path().await == "/admin"
    );
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
    wait_until!(
        "the admin start page",
        browser.current_path().await == "/admin"
    );
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
            browser.text_of(problem).await
        ),
        browser.text_of(saved).await == "Miniminivåerna har sparats."
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
async fn an_admin_adds_and_renames_a_unit_and_a_job_role_and_edits_people() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    sign_in_by_keyboard(&browser, "admin@exempelby.se").await;
    browser.wait_for(".unit-tree li").await;

    // A new unit, directly under the municipality (the parent chosen at first).
    browser.fill("#unit-name", "Digitaliseringsenheten").await;
    browser.fill("#unit-code", "DIG").await;
    browser.press(Key::Enter).await;
    wait_until!(
        "the new unit in the tree",
        browser
            .texts_of(".unit-name")
            .await
            .contains(&"Digitaliseringsenheten".to_owned())
    );
    assert_eq!(
        browser.text_of(".columns .form-status").await,
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
    browser.fill("#unit-name", "Digitala enheten").await;
    browser.press(Key::Enter).await;
    wait_until!(
        "the renamed unit in the tree",
        browser
            .texts_of(".unit-name")
            .await
            .contains(&"Digitala enheten".to_owned())
    );

    // A new job role gets its own row in the requirement matrix.
    browser.open("/admin/roles").await;
    browser.wait_for(".matrix").await;
    browser.fill("#role-name", "Kurator").await;
    browser.fill("#role-code", "KUR").await;
    browser.press(Key::Enter).await;
    wait_until!(
        "the new role in the matrix",
        browser
            .texts_of(".matrix tbody th")
            .await
            .contains(&"Kurator".to_owned())
    );

    // Find a person, deactivate them and save.
    browser.open("/admin/people").await;
    browser.wait_for("table").await;
    browser.fill("#people-q", "Emma Lindqvist").await;
    wait_until!(
        "one match",
        browser.texts_of("table tbody th").await == vec!["Emma Lindqvist".to_owned()]
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
    wait_until!("saved", browser.text_of(".form-status").await == "Sparat.");
    let id = browser
        .current_path()
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
    browser.fill("#person-name", "Test Testsson").await;
    browser
        .fill("#person-email", "test.testsson@exempelby.se")
        .await;
    browser.press(Key::Enter).await;
    wait_until!(
        "the new person's page",
        browser.text_of(".form-status").await == "Personen har lagts till."
    );
    assert!(!browser.current_path().await.ends_with("/new"));
    browser.assert_accessible("a person just added").await;
    browser.close().await;
}

#[tokio::test]
async fn a_superadmin_creates_a_municipality_and_switches_to_it() {
    let browser = Browser::start().await;
    browser.app.superadmin().await;
    browser.open("/login").await;
    browser.use_language("sv").await;
    browser.fill("#login-email", "super@digikomp.test").await;
    browser
        .fill("#login-password", crate::helpers::SUPERADMIN_PASSWORD)
        .await;
    browser.press(Key::Enter).await;
    wait_until!(
        "the admin start page",
        browser.current_path().await == "/admin"
    );
    browser.wait_for(".unit-tree li").await;
    assert!(
        browser.find_all("#municipality").await.is_empty(),
        "no choice with one municipality"
    );

    browser.fill("#municipality-name", "Testby kommun").await;
    browser.fill("#municipality-code", "TBY").await;
    browser.press(Key::Enter).await;
    // The new municipality is chosen: its tree is only its root.
    wait_until!(
        "the new municipality's tree",
        browser.texts_of(".unit-name").await == vec!["Testby kommun".to_owned()]
    );
    let options = browser.texts_of("#municipality option").await;
    assert_eq!(options.len(), 2, "{options:?}");
    assert_eq!(
        browser
            .text_of("section[aria-labelledby='new-municipality-heading'] .form-status")
            .await,
        "Kommunen har skapats.",
        "the form is kept, with its message"
    );
    browser
        .assert_accessible("the organisation page with two municipalities")
        .await;
    browser.close().await;
}
