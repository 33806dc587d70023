//! Joining a library session as a citizen, asking for help, the end of the session, and a
//! resume code, in a real browser.

use super::*;
use crate::browser::driver::{wait_until, Browser};
use common::{Lang, LibrarySession, LiveSession};
use serde_json::json;

#[tokio::test]
async fn joining_with_a_wrong_code_says_so_next_to_the_field() {
    let browser = Browser::start().await;
    browser.open("/join?code=ACD347").await;
    browser.use_language("sv").await;
    let code = browser.wait_for("#join-code").await;
    assert_eq!(
        code.prop("value").await.expect("value").as_deref(),
        Some("ACD347"),
        "the code from the QR code's address"
    );
    assert_eq!(attr(&browser, "#join-code", "autocomplete").await, "off");
    assert_eq!(
        attr(&browser, "#join-code", "autocapitalize").await,
        "characters"
    );
    browser.assert_accessible("/join").await;

    click(&browser, "#join-start").await;
    wait_until!(
        "the message for a code that opens no session",
        browser.text_of("#join-code-error").await
            == "Det pågår ingen träff med den koden. Titta på koden på skärmen eller fråga din guide."
    );
    assert_eq!(attr(&browser, "#join-code", "aria-invalid").await, "true");
    assert!(attr(&browser, "#join-code", "aria-describedby")
        .await
        .contains("join-code-error"));
    assert_eq!(browser.current_path().await, "/join");
    browser.assert_accessible("/join with an error").await;

    browser.fill("#join-code", " ").await;
    click(&browser, "#join-start").await;
    wait_until!(
        "the message for no code",
        browser.text_of("#join-code-error").await == "Skriv koden från skärmen."
    );

    browser.fill("#resume-code", "AAAAA-AAAAA").await;
    click(&browser, "#resume-start").await;
    wait_until!(
        "the message for an unknown resume code",
        browser
            .text_of("#resume-code-error")
            .await
            .starts_with("Vi känner inte igen koden.")
    );
    browser.close().await;
}

/// The guide's live view of the session `id`.
async fn live_view(browser: &Browser, guide: &reqwest::Client, id: &str) -> LiveSession {
    guide
        .get(format!("{}/api/library-sessions/{id}", browser.app.address))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("live view")
}

#[tokio::test]
async fn a_participant_sees_todays_topics_asks_for_help_and_is_thanked_when_the_session_ends() {
    let browser = Browser::start().await;
    let app = &browser.app;
    let guide = app.login_as("bibliotek@exempelby.se", "demo").await;
    let library = app.id_of("units", "code", "SBI").await;
    let session: LibrarySession = guide
        .post(format!("{}/api/library-sessions?lang=sv", app.address))
        .json(&json!({ "unit_id": library, "topics": ["video-calls"] }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("session");
    let live = || live_view(&browser, &guide, &session.id);
    let code = session.code.clone().expect("code");

    // As the QR code opens it; a code typed in small letters works too.
    browser
        .open(&format!("/join?code={}", code.to_lowercase()))
        .await;
    browser.use_language("sv").await;
    browser.fill("#join-nickname", "Åsa").await;
    click(&browser, "#join-start").await;
    wait_until!(
        "the citizen courses",
        browser.current_path().await == "/join/courses"
    );
    browser.wait_for(".course-list h3 a").await;
    let topic = app.catalog.course("video-calls", Lang::Sv).expect("course");
    let headings = browser.texts_of(".join-courses h2").await;
    assert_eq!(headings, ["Dagens ämnen", "Andra kurser"]);
    assert_eq!(
        browser.text_of(".course-list h3").await,
        topic.summary.title,
        "today's topic comes first"
    );
    let lead = browser.text_of(".join-courses .lead").await;
    assert!(
        lead.contains("Åsa") && lead.contains("Stadsbiblioteket"),
        "{lead}"
    );
    // The secret is this tab's only.
    let kept = eval(
        &browser,
        "return [sessionStorage.getItem('digikomp.participant'), JSON.stringify(localStorage)];",
    )
    .await;
    assert!(kept[0].as_str().is_some_and(|t| !t.is_empty()));
    let token = kept[0].as_str().unwrap_or_default().to_owned();
    assert!(!kept[1].as_str().unwrap_or_default().contains(&token));
    browser
        .assert_accessible("the citizen courses of a session")
        .await;

    // Where they are shows in the guide's live view; finishing the last lesson counts.
    click(&browser, ".course-list h3 a").await;
    browser.wait_for("#help-request").await;
    wait_until!(
        "the course in the live view",
        live().await.participants[0]
            .course
            .as_ref()
            .is_some_and(|c| c.id == "video-calls")
    );
    let last = topic.lessons.len();
    // A reload keeps the participation (same tab).
    browser
        .open(&format!("/courses/video-calls/lessons/{last}"))
        .await;
    browser.wait_for(".prose p").await;
    wait_until!(
        "the last lesson in the live view",
        live().await.participants[0].lesson == Some(last as u32)
    );
    click(&browser, ".pager a.button:last-child").await;
    wait_until!(
        "a finished course",
        live().await.session.courses_finished == 1
    );

    click(&browser, "#help-request").await;
    wait_until!(
        "a guide on the way",
        browser.text_of("#help-waiting").await == "En guide kommer till dig."
    );
    assert_eq!(browser.focused_id().await, "help-waiting");
    assert!(live().await.participants[0].help_waiting_seconds.is_some());

    let ended = guide
        .post(format!(
            "{}/api/library-sessions/{}/end?lang=sv",
            app.address, session.id
        ))
        .send()
        .await
        .expect("sent");
    assert!(ended.status().is_success());
    wait_until!(
        "the thank-you once the session has ended",
        browser.text_of(".session-ended h2").await == "Träffen är slut – tack för att du var med!"
    );
    assert!(browser.find_all("#help-request").await.is_empty());
    browser.wait_for(".session-ended .resume-get").await;
    let token = eval(
        &browser,
        "return sessionStorage.getItem('digikomp.participant');",
    )
    .await;
    assert!(token.is_null(), "the secret is forgotten");
    browser.close().await;
}

#[tokio::test]
async fn a_resume_code_continues_the_progress_at_another_computer() {
    let first = Browser::start().await;
    let course = first.app.catalog.course(COURSE, Lang::Sv).expect("course");
    let last = course.lessons.len();
    first.open(&format!("/courses/{COURSE}/lessons/1")).await;
    first.use_language("sv").await;
    first.wait_for(".prose p").await;
    click(&first, &format!("a[href='/courses/{COURSE}/lessons/2']")).await;
    wait_until!(
        "lesson 2",
        first.text_of("h1").await == course.lessons[1].title
    );

    // The last page offers a code; asking for it sends what waits first.
    first
        .open(&format!("/courses/{COURSE}/lessons/{last}"))
        .await;
    click(&first, ".resume-get").await;
    let code = first.wait_for(".resume-code-value").await;
    let code = code.text().await.expect("code");
    assert_eq!(code.len(), 11, "{code}");
    assert_eq!(code.chars().nth(5), Some('-'), "{code}");
    assert!(first
        .text_of(".resume-code-box")
        .await
        .contains(&format!("{}/join", first.app.address)));

    let second = first.beside().await;
    second.open("/join").await;
    second.use_language("sv").await;
    second.fill("#resume-code", &code.to_lowercase()).await;
    click(&second, "#resume-start").await;
    wait_until!(
        "the courses after the resume code",
        second.current_path().await == "/join/courses"
    );
    assert_eq!(
        second.text_of(".welcome").await,
        "Välkommen tillbaka! Du kan fortsätta där du slutade."
    );
    second.wait_for(".course-list h3 a").await;
    second
        .assert_accessible("the courses after a resume code")
        .await;

    second.open(&format!("/courses/{COURSE}")).await;
    second.wait_for(".lesson-list li.is-done").await;
    let mut done = Vec::new();
    for (index, item) in second.find_all(".lesson-list li").await.iter().enumerate() {
        if item
            .attr("class")
            .await
            .expect("class")
            .unwrap_or_default()
            .contains("is-done")
        {
            done.push(index + 1);
        }
    }
    assert_eq!(
        done,
        [1, last],
        "lesson 1, and the last one read when asking for the code"
    );
    let learner = "return localStorage.getItem('digikomp.learner');";
    assert_eq!(eval(&first, learner).await, eval(&second, learner).await);
    second.close().await;
    first.close().await;
}
