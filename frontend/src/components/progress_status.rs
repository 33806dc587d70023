//! The line under the header that says whether the learner's progress has reached the server.

use crate::i18n::use_i18n;
use crate::progress::use_progress;
use yew::prelude::*;

/// A polite live region, always in the page so that screen readers announce its changes.
/// It stays empty until there is something to say: after the first thing recorded or sent in
/// this tab, or while something from earlier waits. `data-state` is always `saved`, `waiting` or
/// `sending`, and `data-waiting` the number of items waiting.
#[component]
pub fn ProgressStatus() -> Html {
    let i18n = use_i18n();
    let status = use_progress().status;
    let text = if !status.active && status.waiting == 0 && !status.sending {
        String::new()
    } else if status.sending {
        i18n.t("progress-sending")
    } else if status.waiting > 0 {
        let id = if status.offline {
            "progress-waiting-offline"
        } else {
            "progress-waiting"
        };
        i18n.t_with(id, &[("count", status.waiting.into())])
    } else {
        i18n.t("progress-saved")
    };
    let state = status.state();
    let quiet = text.is_empty().then_some("is-quiet");
    html! {
        <div id="progress-status" class={classes!("progress-status", format!("is-{state}"), quiet)}
            role="status" data-state={state} data-waiting={status.waiting.to_string()}>
            { text }
        </div>
    }
}
