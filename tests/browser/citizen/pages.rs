//! The printable handout, large text and read-aloud, for citizens in a real browser.

use super::*;
use crate::browser::driver::{wait_until, Browser};
use common::Lang;
use serde_json::json;

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
    let media = |media: &str| json!({ "media": media });
    browser
        .devtools("Emulation.setEmulatedMedia", media("print"))
        .await;
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
        .devtools("Emulation.setEmulatedMedia", media(""))
        .await;

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
