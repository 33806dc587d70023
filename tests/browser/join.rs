//! The citizen's side of library digital help in a real browser: joining with a code (and
//! what a wrong one says), today's topics, "I need help" and the thank-you at the end; the
//! printable handout; large text; read-aloud; and a resume code that continues the progress
//! at another computer.

use super::driver::{wait_until, Browser};
use common::{Lang, LibrarySession, LiveSession};
use serde_json::{json, Value};

/// A citizen course with a handout.
const COURSE: &str = "spot-scams";

async fn click(browser: &Browser, css: &str) {
    browser
        .wait_for(css)
        .await
        .click()
        .await
        .unwrap_or_else(|err| panic!("click {css}: {err}"));
}

async fn attr(browser: &Browser, css: &str, name: &str) -> String {
    browser
        .wait_for(css)
        .await
        .attr(name)
        .await
        .expect("attribute")
        .unwrap_or_default()
}

async fn eval(browser: &Browser, script: &str) -> Value {
    browser
        .client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|err| panic!("{script}: {err}"))
}

async fn root_font_size(browser: &Browser) -> String {
    let size = eval(
        browser,
        "return getComputedStyle(document.documentElement).fontSize;",
    )
    .await;
    size.as_str().unwrap_or_default().to_owned()
}

/// The computed `display` of the first element matching `css`.
async fn display_of(browser: &Browser, css: &str) -> String {
    let script = "const e = document.querySelector(arguments[0]); \
                  return e ? getComputedStyle(e).display : 'missing';";
    let value = browser
        .client
        .execute(script, vec![css.into()])
        .await
        .expect("computed style");
    value.as_str().unwrap_or_default().to_owned()
}

/// Whether the page scrolls sideways (it must not, down to 320 CSS pixels).
async fn scrolls_sideways(browser: &Browser) -> bool {
    let widths = eval(
        browser,
        "const e = document.documentElement; return [e.scrollWidth, e.clientWidth];",
    )
    .await;
    widths[0] != widths[1]
}

/// Chromium's print media, switched on and off with the DevTools protocol.
#[derive(Debug)]
struct EmulateMedia(&'static str);

impl fantoccini::wd::WebDriverCompatibleCommand for EmulateMedia {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": "Emulation.setEmulatedMedia", "params": { "media": self.0 } });
        (http::Method::POST, Some(body.to_string()))
    }
}

#[tokio::test]
async fn the_handout_shows_the_key_steps_and_qr_code_and_prints_without_the_page_around_it() {
    let browser = Browser::start().await;
    browser.open(&format!("/courses/{COURSE}")).await;
    browser.use_language("sv").await;
    let handout = browser
        .app
        .catalog
        .handout(COURSE, Lang::Sv)
        .expect("handout");

    // The course page links to it.
    click(&browser, &format!("a[href='/courses/{COURSE}/handout']")).await;
    wait_until!(
        "the handout's heading",
        browser.text_of(".handout h1").await == handout.heading
    );
    assert_eq!(browser.text_of(".handout-course").await, handout.title);
    assert!(!browser.text_of(".handout-steps").await.is_empty());
    let src = attr(&browser, ".handout-link img", "src").await;
    assert_eq!(src, format!("/api/courses/{COURSE}/qr.svg"));
    let alt = attr(&browser, ".handout-link img", "alt").await;
    let address = format!("{}/courses/{COURSE}", browser.app.address);
    assert!(
        alt.starts_with("QR-kod") && alt.ends_with(&address),
        "{alt}"
    );
    assert_eq!(browser.text_of(".handout-address").await, address);
    wait_until!(
        "the QR code image to load",
        eval(
            &browser,
            "return document.querySelector('.handout-link img').naturalWidth;"
        )
        .await
        .as_u64()
            > Some(0)
    );
    browser.assert_accessible("the handout").await;

    // On paper: the handout alone, without header, menu, footer or buttons.
    assert_eq!(display_of(&browser, ".site-header").await, "block");
    browser
        .client
        .issue_cmd(EmulateMedia("print"))
        .await
        .expect("print media");
    for hidden in [
        ".site-header",
        ".site-footer",
        "#handout-print",
        ".breadcrumbs",
    ] {
        assert_eq!(
            display_of(&browser, hidden).await,
            "none",
            "{hidden} in print"
        );
    }
    assert_eq!(display_of(&browser, ".handout-link img").await, "block");
    assert_eq!(root_font_size(&browser).await, "14.6667px", "11pt in print");
    browser
        .client
        .issue_cmd(EmulateMedia(""))
        .await
        .expect("screen media");

    // A staff course has no handout to link to.
    browser.open("/courses/phishing-at-work").await;
    browser.wait_for(".lesson-list").await;
    assert!(browser.find_all(".handout-link-row").await.is_empty());
    browser.close().await;
}

#[tokio::test]
async fn large_text_scales_everything_and_is_remembered_and_a_lesson_can_be_read_aloud() {
    let browser = Browser::start().await;
    browser.open(&format!("/courses/{COURSE}/lessons/1")).await;
    browser.use_language("sv").await;
    browser.wait_for(".prose p").await;
    assert_eq!(root_font_size(&browser).await, "16px");
    assert_eq!(attr(&browser, "#large-text", "aria-pressed").await, "false");

    click(&browser, "#large-text").await;
    wait_until!(
        "a larger root font",
        root_font_size(&browser).await == "20px"
    );
    assert_eq!(attr(&browser, "#large-text", "aria-pressed").await, "true");
    browser.client.refresh().await.expect("reload");
    browser.wait_for(".prose p").await;
    assert_eq!(root_font_size(&browser).await, "20px", "after a reload");
    assert_eq!(attr(&browser, "#large-text", "aria-pressed").await, "true");
    let heading = eval(
        &browser,
        "return getComputedStyle(document.querySelector('h1')).fontSize;",
    )
    .await;
    assert_eq!(heading, "40px", "headings grow with the text");

    // Read-aloud: a plain button in the interface language; what the voice says is not checked
    // (headless Chromium may have no voices).
    let read = browser.wait_for("#read-aloud").await;
    assert_eq!(
        read.attr("type").await.expect("type").as_deref(),
        Some("button")
    );
    assert!(browser.text_of("#read-aloud").await.ends_with("Läs upp"));
    assert_eq!(
        attr(&browser, "#read-aloud span", "aria-hidden").await,
        "true"
    );
    assert_eq!(attr(&browser, ".read-aloud", "lang").await, "sv");
    browser.assert_accessible("a lesson with large text").await;

    browser
        .client
        .set_window_size(320, 800)
        .await
        .expect("resize");
    assert!(
        !scrolls_sideways(&browser).await,
        "a lesson with large text scrolls sideways at 320 px"
    );
    browser.open("/join").await;
    browser.wait_for("#join-code").await;
    assert_eq!(root_font_size(&browser).await, "20px", "on another page");
    assert!(
        !scrolls_sideways(&browser).await,
        "/join with large text scrolls sideways at 320 px"
    );

    click(&browser, "#large-text").await;
    wait_until!("the usual size", root_font_size(&browser).await == "16px");
    browser.close().await;
}

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
