//! What a library session's participant sees on every page: the "I need help" button, fixed
//! where it is easy to reach, or, once the session has ended, a thank-you and a resume code.

use crate::components::form::error_text;
use crate::components::resume_code::ResumeCodeOffer;
use crate::i18n::use_i18n;
use crate::participation::use_participation;
use yew::prelude::*;

#[component]
pub fn ParticipationBar() -> Html {
    let i18n = use_i18n();
    let participation = use_participation();
    let problem = use_state(|| None::<String>);
    let waiting = participation.help_waiting();
    let waiting_text = use_node_ref();
    let pressed = use_mut_ref(|| false);
    {
        // The button gives way to "a guide is on the way": keep keyboard focus there.
        let (waiting_text, pressed) = (waiting_text.clone(), pressed.clone());
        use_effect_with(waiting, move |waiting| {
            if *waiting && std::mem::take(&mut *pressed.borrow_mut()) {
                if let Some(element) = waiting_text.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let on_help = {
        let (participation, problem, i18n) = (participation.clone(), problem.clone(), i18n.clone());
        Callback::from(move |_| {
            *pressed.borrow_mut() = true;
            let (participation, problem, i18n) =
                (participation.clone(), problem.clone(), i18n.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = participation.ask_for_help().await;
                problem.set(result.err().map(|error| error_text(&i18n, &error)));
            });
        })
    };
    let dismiss = {
        let participation = participation.clone();
        Callback::from(move |_| participation.dismiss())
    };
    // Always in the page, so that what appears in it is announced.
    html! {
        <div class="participation" aria-live="polite">
            if participation.ended() {
                <section class="session-ended" aria-labelledby="session-ended-title">
                    <h2 id="session-ended-title">{ i18n.t("join-ended") }</h2>
                    <ResumeCodeOffer />
                    <p><button type="button" class="secondary" onclick={dismiss}>{ i18n.t("join-ended-close") }</button></p>
                </section>
            } else if participation.active() {
                <div class="help-dock">
                    if waiting {
                        <p id="help-waiting" class="help-waiting" tabindex="-1" ref={waiting_text}>
                            { i18n.t("help-on-the-way") }
                        </p>
                    } else {
                        <button type="button" id="help-request" class="help-button" onclick={on_help}>
                            { i18n.t("help-request") }
                        </button>
                    }
                    { for (*problem).clone().map(|text| html! { <p class="notice-error">{ text }</p> }) }
                </div>
            }
        </div>
    }
}
