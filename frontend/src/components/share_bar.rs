//! A share of people meeting a minimum level: its figures written the way the interface
//! language writes numbers, and a bar for the eye that assistive technology skips (the
//! number beside it says the same). The bars are SVG because the content security policy
//! allows no inline styles.

use crate::i18n::I18n;
use common::Share;
use yew::prelude::*;

/// A whole number with the language's digit grouping: "20 000", "20,000".
pub fn count(i18n: &I18n, value: u32) -> String {
    js_sys::Number::from(value)
        .to_locale_string(i18n.lang().code())
        .into()
}

/// The share in per cent: "72 %" (Swedish, Norwegian) or "72%" (English).
pub fn percent(i18n: &I18n, share: Share) -> String {
    i18n.t_with("report-percent", &[("percent", share.percent().into())])
}

/// The per cent followed by a horizontal bar hidden from assistive technology.
pub fn share_with_bar(i18n: &I18n, share: Share) -> Html {
    html! {
        <span class="share">
            <span class="share-value">{ percent(i18n, share) }</span>
            { bar(share) }
        </span>
    }
}

/// A horizontal bar filled to the share, on a track of the whole.
pub fn bar(share: Share) -> Html {
    let filled = share.percent().min(100).to_string();
    html! {
        <svg class="share-bar" viewBox="0 0 100 10" preserveAspectRatio="none"
            aria-hidden="true" focusable="false">
            <rect class="share-track" width="100" height="10" />
            <rect class="share-fill" width={filled} height="10" />
        </svg>
    }
}

/// A vertical bar filled from the bottom to the share: one column of a chart.
pub fn column(share: Share) -> Html {
    let filled = share.percent().min(100);
    html! {
        <svg class="share-column" viewBox="0 0 10 100" preserveAspectRatio="none"
            aria-hidden="true" focusable="false">
            <rect class="share-track" width="10" height="100" />
            <rect class="share-fill" y={(100 - filled).to_string()} width="10" height={filled.to_string()} />
        </svg>
    }
}
