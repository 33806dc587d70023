//! "Get a code to continue at home": a resume code for an anonymous learner, shown large with
//! how to use it. Nothing for a signed-in person, who continues by signing in.

use crate::api;
use crate::components::form::{outcome_message, submit, Outcome};
use crate::i18n::use_i18n;
use crate::learner::learner_id;
use crate::progress::Progress;
use crate::session::{use_session, SessionState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResumeCodeProps {
    /// Runs before the code is made, such as recording the lesson being read as done.
    #[prop_or_default]
    pub before: Option<Callback<()>>,
}

#[component]
pub fn ResumeCodeOffer(props: &ResumeCodeProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    // The outbox is in the courses bundle only; elsewhere nothing of this page waits in it.
    let progress = use_context::<Progress>();
    let code = use_state(|| None::<String>);
    let outcome = use_state(Outcome::default);
    let shown = use_node_ref();
    {
        // The button is gone once the code is there: keyboard focus moves to the code.
        let shown = shown.clone();
        use_effect_with(code.is_some(), move |is_shown| {
            if let Some(element) = shown.cast::<web_sys::HtmlElement>().filter(|_| *is_shown) {
                let _ = element.focus();
            }
        });
    }
    if session.state != SessionState::SignedOut {
        return html! {};
    }
    let onclick = {
        let (code, outcome, i18n, before) = (
            code.clone(),
            outcome.clone(),
            i18n.clone(),
            props.before.clone(),
        );
        Callback::from(move |_| {
            if let Some(before) = &before {
                before.emit(());
            }
            let progress = progress.clone();
            // What waits in the outbox goes first, so the code finds all the progress.
            let request = async move {
                if let Some(progress) = progress {
                    progress.settle().await;
                }
                api::resume_codes::create(&learner_id()).await
            };
            let code = code.clone();
            submit(&outcome, &i18n, request, move |made| {
                code.set(Some(made.code));
                String::new()
            });
        })
    };
    let address = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .map(|origin| format!("{origin}/join"))
        .unwrap_or_default();
    html! {
        <div class="resume-offer">
            if let Some(code) = &*code {
                <div class="resume-code-box" tabindex="-1" ref={shown}>
                    <p class="resume-code-label">{ i18n.t("resume-your-code") }</p>
                    <p class="resume-code-value" translate="no">{ code }</p>
                    <p>{ i18n.t_with("resume-write-down", &[("address", address.into())]) }</p>
                </div>
            } else {
                <p>{ i18n.t("resume-offer") }</p>
                <button type="button" class="resume-get" onclick={onclick}>{ i18n.t("resume-get") }</button>
                { outcome_message(&i18n, &outcome) }
            }
        </div>
    }
}
