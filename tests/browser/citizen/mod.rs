//! The citizen's side of library digital help in a real browser: joining with a code (and
//! what a wrong one says), today's topics, "I need help" and the thank-you at the end, and a
//! resume code that continues the progress at another computer (`join`); the printable
//! handout, large text and read-aloud (`pages`). Helpers shared by both are here.

mod join;
mod pages;

use super::driver::Browser;
use serde_json::Value;

/// A citizen course with a handout.
pub(super) const COURSE: &str = "spot-scams";

pub(super) async fn click(browser: &Browser, css: &str) {
    browser
        .wait_for(css)
        .await
        .click()
        .await
        .unwrap_or_else(|err| panic!("click {css}: {err}"));
}

pub(super) async fn attr(browser: &Browser, css: &str, name: &str) -> String {
    browser
        .wait_for(css)
        .await
        .attr(name)
        .await
        .expect("attribute")
        .unwrap_or_default()
}

pub(super) async fn eval(browser: &Browser, script: &str) -> Value {
    browser
        .client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|err| panic!("{script}: {err}"))
}

pub(super) async fn root_font_size(browser: &Browser) -> String {
    let size = eval(
        browser,
        "return getComputedStyle(document.documentElement).fontSize;",
    )
    .await;
    size.as_str().unwrap_or_default().to_owned()
}

/// The computed `display` of the first element matching `css`.
pub(super) async fn display_of(browser: &Browser, css: &str) -> String {
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
pub(super) async fn scrolls_sideways(browser: &Browser) -> bool {
    let widths = eval(
        browser,
        "const e = document.documentElement; return [e.scrollWidth, e.clientWidth];",
    )
    .await;
    widths[0] != widths[1]
}
