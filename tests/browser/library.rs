//! A library digital-help session in real browsers: the guide starts it on the page, two
//! citizens at their own computers join with the code (one gives a nickname), one asks for
//! help, the guide's live view shows it without reloading, the guide answers and ends the
//! session, and the statistics show two participants and one help request. Every request of
//! every browser stays on this machine; axe finds nothing on the join, catalogue and live pages.

use super::driver::{wait_until, Browser};
use super::sign_in::sign_in_by_keyboard;
use fantoccini::elements::Element;
use std::time::Instant;

async fn attr(element: &Element, name: &str) -> String {
    element
        .attr(name)
        .await
        .expect("attribute")
        .unwrap_or_default()
}

async fn click(browser: &Browser, css: &str) {
    browser
        .wait_for(css)
        .await
        .click()
        .await
        .unwrap_or_else(|err| panic!("click {css}: {err}"));
}

/// A citizen at another computer joins with `code`, with a nickname or without.
async fn join(guide: &Browser, code: &str, nickname: Option<&str>) -> Browser {
    let citizen = guide.beside().await;
    citizen.open("/join").await;
    citizen.use_language("sv").await;
    citizen.fill("#join-code", code).await;
    if let Some(nickname) = nickname {
        citizen.fill("#join-nickname", nickname).await;
    }
    click(&citizen, "#join-start").await;
    wait_until!(
        "the citizen courses after joining",
        citizen.current_path().await == "/join/courses"
    );
    citizen.wait_for(".course-list a").await;
    citizen
}

/// The text of the element with `id`, hidden or not (WebDriver reads only what is shown).
async fn text_content(browser: &Browser, id: &str) -> String {
    let script = "const e = document.getElementById(arguments[0]); return e ? e.textContent : '';";
    let text = browser
        .client
        .execute(script, vec![id.into()])
        .await
        .expect("text content");
    text.as_str().unwrap_or_default().to_owned()
}

/// The live view's participant rows.
async fn participant_rows(guide: &Browser) -> usize {
    guide.find_all("#library-participants tbody tr").await.len()
}

/// The sum of one figure over the statistics table's rows.
async fn statistics_sum(browser: &Browser, figure: &str) -> u32 {
    let cells = format!("#library-statistics td[data-figure='{figure}']");
    let mut sum = 0;
    for text in browser.texts_of(&cells).await {
        sum += text.trim().parse::<u32>().expect("a number");
    }
    sum
}

/// A request that stays on this machine: the test server, or nothing the network sees.
fn is_local(url: &str) -> bool {
    match url::Url::parse(url) {
        Ok(url) => match url.scheme() {
            "http" | "https" | "ws" | "wss" => {
                matches!(url.host_str(), Some("127.0.0.1" | "localhost"))
            }
            // Made in the page, or Chromium's own start page served from the browser itself.
            "data" | "blob" | "about" | "chrome" => true,
            _ => false,
        },
        Err(_) => false,
    }
}

async fn assert_only_local_requests(who: &str, browser: &Browser) {
    let urls = browser.requested_urls().await;
    assert!(
        urls.iter().any(|url| url.contains("/api/")),
        "{who}'s browser recorded its requests: {urls:?}"
    );
    let elsewhere: Vec<&String> = urls.iter().filter(|url| !is_local(url)).collect();
    assert!(
        elsewhere.is_empty(),
        "{who}'s browser sent requests off this machine: {elsewhere:?}"
    );
    println!("{who}: {} requests, every one to this machine", urls.len());
}

#[tokio::test]
async fn a_guide_runs_a_session_two_citizens_join_one_asks_for_help_and_only_counts_remain() {
    // The guide starts a session from the menu on two topics.
    let guide = Browser::start_recording().await;
    guide.open("/login").await;
    guide.use_language("sv").await;
    sign_in_by_keyboard(&guide, "bibliotek@exempelby.se").await;
    wait_until!("My page", guide.current_path().await == "/me");
    click(&guide, "nav a[href='/library']").await;
    guide
        .wait_for("#library-start input[type='checkbox']")
        .await;
    assert!(
        guide
            .text_of("#library-unit-name")
            .await
            .contains("Stadsbiblioteket"),
        "the guide's library is named on the form"
    );
    for topic in guide
        .find_all("#library-start input[type='checkbox']")
        .await
        .iter()
        .take(2)
    {
        topic.click().await.expect("tick a topic");
    }
    click(&guide, "#library-start-button").await;
    wait_until!(
        "the live view",
        guide.current_path().await.starts_with("/library/sessions/")
    );

    // The projector shows the code, the address and a QR code that has loaded.
    let code = attr(&guide.wait_for("#library-code").await, "data-code").await;
    assert_eq!(code.len(), 6, "a six-character join code: {code}");
    assert_eq!(guide.text_of("#library-code").await, code);
    assert!(guide.text_of("#library-address").await.ends_with("/join"));
    let qr = guide.wait_for("#library-qr").await;
    assert!(
        !attr(&qr, "alt").await.is_empty(),
        "the QR code has a text alternative"
    );
    wait_until!(
        "the QR code image",
        guide
            .client
            .execute(
                "const img = document.getElementById('library-qr'); return img.complete && img.naturalWidth > 0;",
                vec![],
            )
            .await
            .expect("QR state")
            == serde_json::Value::Bool(true)
    );
    guide.wait_for("#library-participants-none").await;
    guide
        .assert_accessible("the live view before anyone joins")
        .await;

    // Two citizens at their own computers: Kim gives a nickname, the other does not.
    let kim = guide.beside().await;
    kim.open("/join").await;
    kim.use_language("sv").await;
    kim.wait_for("#join-code").await;
    kim.assert_accessible("the join page").await;
    kim.fill("#join-code", &code).await;
    kim.fill("#join-nickname", "Kim").await;
    click(&kim, "#join-start").await;
    wait_until!(
        "Kim's citizen courses",
        kim.current_path().await == "/join/courses"
    );
    kim.wait_for(".course-list a").await;
    kim.assert_accessible("the citizen catalogue").await;
    let other = join(&guide, &code, None).await;

    // The live view shows both without a reload, the unnamed one by number.
    wait_until!("two participants", participant_rows(&guide).await == 2);
    let names = guide.texts_of("#library-participants tbody th").await;
    assert!(names.iter().any(|n| n == "Kim"), "Kim by name: {names:?}");
    assert!(
        names.iter().any(|n| n.starts_with("Deltagare ")),
        "the other by number: {names:?}"
    );
    assert_eq!(guide.text_of("#library-count-participants").await, "2");

    // Kim opens a course; the guide sees which one.
    let course = kim.wait_for(".course-card h3 a").await;
    let title = course.text().await.expect("course title");
    let opened = Instant::now();
    course.click().await.expect("open a course");
    wait_until!(
        "Kim's course in the live view",
        guide
            .texts_of("#library-participants tbody tr")
            .await
            .iter()
            .any(|row| row.starts_with("Kim") && row.contains(title.trim()))
    );
    println!(
        "live view delay: Kim's course appeared on the guide's screen {} ms after the click",
        opened.elapsed().as_millis()
    );

    // The other one asks for help; the guide's browser shows it by itself.
    let asked = Instant::now();
    click(&other, "#help-request").await;
    wait_until!(
        "the help request in the live view",
        !guide
            .find_all("#library-participants tr.is-waiting")
            .await
            .is_empty()
    );
    let delay = asked.elapsed().as_millis();
    println!("live view delay: the help request appeared on the guide's screen {delay} ms after the click");
    other.wait_for("#help-waiting").await;
    let waiting = guide
        .texts_of("#library-participants tr.is-waiting th")
        .await;
    assert_eq!(waiting.len(), 1);
    assert!(waiting[0].starts_with("Deltagare "), "{waiting:?}");
    wait_until!(
        "the help request announced once",
        text_content(&guide, "library-announcement").await
            == format!("{} ber om hjälp.", waiting[0])
    );
    assert_eq!(guide.text_of("#library-count-help").await, "1");
    guide
        .assert_accessible("the live view with a help request")
        .await;

    // The guide has helped: Answered.
    click(
        &guide,
        "#library-participants tr.is-waiting .session-answer",
    )
    .await;
    wait_until!(
        "the request marked answered",
        guide
            .find_all("#library-participants tr.is-waiting")
            .await
            .is_empty()
    );

    // Ending asks first; Cancel keeps the session, Yes ends it.
    click(&guide, "#library-end").await;
    guide.wait_for("#library-end-question").await;
    assert_eq!(guide.focused_id().await, "library-end-question");
    click(&guide, "#library-end-cancel").await;
    guide.wait_for("#library-end").await;
    assert_eq!(participant_rows(&guide).await, 2, "the session runs on");
    click(&guide, "#library-end").await;
    click(&guide, "#library-end-yes").await;
    guide.wait_for("#library-ended-heading").await;
    assert!(!guide.text_of("#library-privacy-note").await.is_empty());
    assert_eq!(guide.text_of("#library-count-participants").await, "2");
    assert_eq!(guide.text_of("#library-count-help").await, "1");
    assert!(
        guide.find_all("#library-code").await.is_empty(),
        "no code once ended"
    );

    // The month's statistics: two participants, one help request.
    click(&guide, "a[href='/library/statistics']").await;
    guide.wait_for("#library-statistics tbody tr").await;
    assert_eq!(statistics_sum(&guide, "sessions").await, 1);
    assert_eq!(statistics_sum(&guide, "participants").await, 2);
    assert_eq!(statistics_sum(&guide, "help").await, 1);
    assert_eq!(statistics_sum(&guide, "opened").await, 1);
    let csv = attr(&guide.wait_for("#library-statistics-csv").await, "href").await;
    assert!(csv.contains("/library-statistics.csv?lang=sv"), "{csv}");

    // Nothing left this machine from any of the three browsers.
    assert_only_local_requests("the guide", &guide).await;
    assert_only_local_requests("Kim", &kim).await;
    assert_only_local_requests("the other citizen", &other).await;
    other.close().await;
    kim.close().await;
    guide.close().await;
}
