//! "Large text" for everyone: a class on `<html>` that scales the root font size, so all that
//! is sized in rem grows with it. Remembered in this browser.

use crate::i18n::use_i18n;
use yew::prelude::*;

const STORAGE_KEY: &str = "digikomp.large-text";
const CLASS: &str = "large-text";

/// Applies the saved choice before the first render, so the page does not jump.
pub fn apply_saved() {
    apply(saved());
}

#[component]
pub fn LargeTextToggle() -> Html {
    let i18n = use_i18n();
    let on = use_state(saved);
    let onclick = {
        let on = on.clone();
        Callback::from(move |_| {
            let next = !*on;
            if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten())
            {
                let _ = storage.set_item(STORAGE_KEY, if next { "on" } else { "off" });
            }
            apply(next);
            on.set(next);
        })
    };
    html! {
        <button type="button" id="large-text" class="large-text-toggle" aria-pressed={on.to_string()} {onclick}>
            <span class="large-text-symbol" aria-hidden="true">{ "A+" }</span>{ i18n.t("large-text-toggle") }
        </button>
    }
}

fn saved() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .is_some_and(|value| value == "on")
}

fn apply(on: bool) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let classes = root.class_name();
    let mut kept: Vec<&str> = classes.split_whitespace().filter(|c| *c != CLASS).collect();
    if on {
        kept.push(CLASS);
    }
    root.set_class_name(&kept.join(" "));
}
