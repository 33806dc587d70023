//! The manager's team view in a real browser: the heatmap is a table with real headers and
//! the API's figures, the person with the biggest gap is found by sorting, assigned a course,
//! and sees it on their own page once signed in; axe finds nothing on the way.

use super::driver::{wait_until, Browser};
use super::sign_in::{sign_in_by_keyboard, sign_out_by_keyboard};
use common::{Audience, Lang, Person, PersonCompetence, SavePerson, TeamGaps, TeamMember};
use fantoccini::elements::Element;
use fantoccini::key::Key;

/// A password an administrator gives the person in the test (at least 10 characters).
const NEW_PASSWORD: &str = "teamview-test-1";

async fn attr(element: &Element, name: &str) -> String {
    element
        .attr(name)
        .await
        .expect("attribute")
        .unwrap_or_default()
}

/// Text as WebDriver gives it, with no-break spaces made plain.
fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ").trim().to_owned()
}

/// The heatmap's rows as the page shows them: (person id, gap levels).
async fn rows(browser: &Browser) -> Vec<(String, u32)> {
    let mut rows = Vec::new();
    for row in browser.find_all("#team-heatmap tbody tr").await {
        let levels = attr(&row, "data-gap-levels").await.parse().unwrap_or(0);
        rows.push((attr(&row, "data-person").await, levels));
    }
    rows
}

/// A date `days` from today in the browser's calendar, as `YYYY-MM-DD`.
async fn date_in(browser: &Browser, days: u32) -> String {
    let script = "const d = new Date(Date.now() + arguments[0] * 864e5);\
        const two = n => String(n).padStart(2, '0');\
        return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;";
    let value = browser
        .client
        .execute(script, vec![days.into()])
        .await
        .expect("date");
    value.as_str().expect("a date").to_owned()
}

/// Signs in through the form with a password of the person's own.
async fn sign_in_with(browser: &Browser, email: &str, password: &str) {
    browser.open("/login").await;
    browser.fill("#login-email", email).await;
    browser.fill("#login-password", password).await;
    browser.press(Key::Enter).await;
}

/// The person's e-mail and a password to sign in with: the demo's, or one an administrator
/// sets now (most demo employees have none).
async fn login_of(browser: &Browser, person_id: &str) -> (String, String) {
    let admin = browser.app.demo_user("admin@exempelby.se").await;
    let url = format!("{}/api/people/{person_id}", browser.app.address);
    let person: Person = admin
        .get(&url)
        .send()
        .await
        .expect("GET person")
        .json()
        .await
        .expect("Person");
    let email = person
        .email
        .clone()
        .expect("the person has an e-mail address");
    if person.has_password {
        return (email, backend::demo::PASSWORD.to_owned());
    }
    let save = SavePerson {
        password: Some(NEW_PASSWORD.to_owned()),
        ..SavePerson::from(&person)
    };
    let response = admin
        .put(&url)
        .json(&save)
        .send()
        .await
        .expect("PUT person");
    assert!(
        response.status().is_success(),
        "set a password: {}",
        response.status()
    );
    (email, NEW_PASSWORD.to_owned())
}

#[tokio::test]
async fn the_manager_finds_the_biggest_gap_and_assigns_a_course_the_person_then_sees() {
    let browser = Browser::start().await;
    browser.open("/login").await;
    browser.use_language("sv").await;

    // What the API says of the demo manager's team.
    let manager = browser.app.demo_user("chef@exempelby.se").await;
    let htn = browser.app.id_of("units", "code", "HTN").await;
    let gaps: TeamGaps = manager
        .get(format!("{}/api/units/{htn}/gaps", browser.app.address))
        .send()
        .await
        .expect("GET gaps")
        .json()
        .await
        .expect("TeamGaps");
    let most = gaps
        .people
        .iter()
        .map(|p| p.gap_levels)
        .max()
        .expect("people");
    assert!(most > 0, "someone in the demo team has a gap");
    let biggest: &TeamMember = gaps
        .people
        .iter()
        .find(|p| p.gap_levels == most)
        .expect("the person with the biggest gap");

    // The manager reaches the team view from the menu.
    sign_in_by_keyboard(&browser, "chef@exempelby.se").await;
    wait_until!("My page", browser.current_path().await == "/me");
    browser
        .wait_for("nav a[href='/team']")
        .await
        .click()
        .await
        .expect("open My team");
    browser.wait_for("#team-heatmap tbody tr").await;

    // A real table: a caption, a column header per competence, a row header per person.
    let table = "#team-heatmap";
    assert!(!browser
        .text_of(&format!("{table} caption"))
        .await
        .is_empty());
    let columns = browser
        .find_all(&format!("{table} thead th[scope='col'][data-competence]"))
        .await;
    let mut ids = Vec::new();
    for column in &columns {
        ids.push(attr(column, "data-competence").await);
    }
    assert_eq!(ids, gaps.competences, "a column per required competence");
    let names = browser
        .texts_of(&format!("{table} tbody th[scope='row'] a"))
        .await;
    let expected: Vec<String> = gaps.people.iter().map(|p| p.name.clone()).collect();
    assert_eq!(names, expected, "a row header per person, by name");
    let meeting = browser.wait_for("#team-meeting").await;
    assert_eq!(
        attr(&meeting, "data-meeting").await,
        gaps.summary.meeting_all.to_string()
    );
    assert_eq!(
        plain(&meeting.text().await.expect("text")),
        format!("{} av {}", gaps.summary.meeting_all, gaps.summary.people)
    );
    browser.assert_accessible("the team view").await;

    // Sorted by the biggest gap, the person the API names comes first.
    browser
        .wait_for("#team-sort")
        .await
        .select_by_value("gap")
        .await
        .expect("sort by gap");
    wait_until!(
        "the biggest gap first",
        rows(&browser).await.first().map(|r| r.1) == Some(most)
    );
    let shown = rows(&browser).await;
    assert!(
        shown.windows(2).all(|w| w[0].1 >= w[1].1),
        "sorted: {shown:?}"
    );
    assert!(
        browser.client.current_url().await.expect("url").query() == Some("sort=gap"),
        "the sort order is kept in the address"
    );
    let person = shown[0].0.clone();
    assert_eq!(
        gaps.people
            .iter()
            .find(|p| p.id == person)
            .map(|p| p.gap_levels),
        Some(biggest.gap_levels)
    );

    // A staff course (only those can be assigned) that closes one of their gaps and is not
    // assigned to them yet.
    let competence: PersonCompetence = manager
        .get(format!(
            "{}/api/people/{person}/competence?lang=sv",
            browser.app.address
        ))
        .send()
        .await
        .expect("GET person competence")
        .json()
        .await
        .expect("PersonCompetence");
    let assigned: Vec<&str> = competence
        .competence
        .assignments
        .iter()
        .map(|a| a.course.slug.as_str())
        .collect();
    let slug = competence
        .competence
        .required
        .iter()
        .filter(|status| status.gap > 0)
        .flat_map(|status| &status.closing_courses)
        .map(|course| course.slug.clone())
        .filter(|slug| !assigned.contains(&slug.as_str()))
        .find(|slug| {
            let course = browser.app.catalog.course(slug, Lang::Sv).expect("course");
            course.summary.audience != Audience::Citizen
        })
        .expect("a staff course that closes a gap");

    // Chosen in the table, assigned with a due date.
    browser
        .wait_for(&format!("#team-pick-{person}"))
        .await
        .click()
        .await
        .expect("choose the person");
    wait_until!(
        "the form to count one chosen person",
        browser.text_of("label[for='assign-to-chosen']").await == "Den person du har valt (1)"
    );
    browser
        .wait_for(&format!("#assign-course option[value='{slug}']"))
        .await;
    browser
        .wait_for("#assign-course")
        .await
        .select_by_value(&slug)
        .await
        .expect("choose the course");
    let due = date_in(&browser, 30).await;
    let field = browser.wait_for("#assign-due").await;
    browser
        .client
        .execute(
            "arguments[0].value = arguments[1];\
             arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
            vec![
                serde_json::to_value(&field).expect("element"),
                due.clone().into(),
            ],
        )
        .await
        .expect("set the due date");
    browser
        .wait_for("#assign-submit")
        .await
        .click()
        .await
        .expect("assign");
    wait_until!(
        format!(
            "the success status (the error shown: {:?})",
            browser.text_of("#assign .form-error").await
        ),
        browser.text_of("#assign .form-status").await == "Kursen har tilldelats 1 person."
    );
    let row = format!(
        "#team-assignment-table tr[data-person='{person}'][data-slug='{slug}'][data-due='{due}']"
    );
    browser.wait_for(&row).await;
    assert_eq!(
        attr(&browser.wait_for(&row).await, "data-status").await,
        "not-started"
    );
    browser
        .assert_accessible("the team view after assigning")
        .await;

    // The manager's page of the person shows it too.
    browser
        .wait_for(&format!("#team-heatmap tr[data-person='{person}'] th a"))
        .await
        .click()
        .await
        .expect("open the person");
    wait_until!(
        "the person's page",
        browser.current_path().await == format!("/team/people/{person}")
    );
    browser
        .wait_for(&format!(
            "#assignments li[data-slug='{slug}'][data-due='{due}']"
        ))
        .await;
    assert_eq!(browser.text_of("h1").await, biggest.name);
    browser.assert_accessible("a person's page").await;

    // Signed in as them, the course and its due date are on their own page.
    let (email, password) = login_of(&browser, &person).await;
    sign_out_by_keyboard(&browser).await;
    sign_in_with(&browser, &email, &password).await;
    wait_until!("their page", browser.current_path().await == "/me");
    let item = browser
        .wait_for(&format!("#assignments li[data-slug='{slug}'][data-status]"))
        .await;
    assert_eq!(attr(&item, "data-due").await, due);
    assert_eq!(attr(&item, "data-status").await, "not-started");
    assert!(
        item.text().await.expect("text").contains("Senast"),
        "the due date is shown"
    );
    browser.close().await;
}
