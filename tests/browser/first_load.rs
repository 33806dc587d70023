//! What a page loads before it shows anything: its strings are asked for by the page's HTML
//! while the WASM loads (the preload script from `xtask/src/i18n.rs`), and the app then takes
//! that answer instead of asking again.

use super::driver::{wait_until, Browser};

/// Each strings file the page fetched: "how (link, fetch…) path".
async fn strings_requests(browser: &Browser) -> Vec<String> {
    let found = browser
        .client
        .execute(
            "return performance.getEntriesByType('resource')\
               .filter(e => new URL(e.name).pathname.startsWith('/i18n/'))\
               .map(e => e.initiatorType + ' ' + new URL(e.name).pathname);",
            vec![],
        )
        .await
        .expect("resource timing");
    serde_json::from_value(found).expect("a list of strings")
}

#[tokio::test]
async fn a_page_fetches_its_strings_once_started_by_its_html_in_the_chosen_language() {
    let browser = Browser::start().await;
    for (path, lang) in [("/", "nb"), ("/courses/phishing-at-work/lessons/1", "en")] {
        browser.open(path).await;
        browser.use_language(lang).await;
        // The page has its strings once its main heading shows (the app renders nothing
        // before), so by then the app's own request for them has been made.
        browser.wait_for("main h1").await;
        wait_until!("the strings to have loaded", {
            !strings_requests(&browser).await.is_empty()
        });
        let requests = strings_requests(&browser).await;
        assert_eq!(requests.len(), 1, "{path}: {requests:?}");
        assert!(
            requests[0].starts_with("link /i18n/") && requests[0].contains(&format!("-{lang}-")),
            "{path}: {requests:?}"
        );
    }
    browser.close().await;
}
