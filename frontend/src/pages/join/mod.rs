//! `/join`: a citizen joins a library session with the code on the screen (the QR code opens
//! `/join?code=…`), with a first name if they like; or continues with a resume code.

pub mod courses;

use crate::api;
use crate::components::form::{error_text, optional};
use crate::i18n::{set_title, use_i18n, I18n};
use crate::learner::adopt_learner_id;
use crate::participation::use_participation;
use crate::route::Route;
use crate::router::prelude::*;
use common::JoinLibrarySession;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The longest nickname the server takes.
const MAX_NICKNAME: &str = "40";

/// What went wrong, next to the field it is about, or for the form as a whole.
#[derive(Clone, Default, PartialEq)]
struct Problems {
    code: Option<String>,
    nickname: Option<String>,
    form: Option<String>,
}

#[component]
pub fn JoinPage() -> Html {
    let i18n = use_i18n();
    let participation = use_participation();
    set_title(&i18n.t("join-title"));
    html! {
        <section class="page narrow join">
            <h1>{ i18n.t("join-title") }</h1>
            if participation.active() {
                <p class="notice">
                    { i18n.t("join-already") }{ " " }
                    <Link<Route> to={Route::JoinCourses}>{ i18n.t("join-courses-link") }</Link<Route>>
                </p>
            }
            <p class="lead">{ i18n.t("join-intro") }</p>
            <JoinForm />
            <ResumeForm />
        </section>
    }
}

#[component]
fn JoinForm() -> Html {
    let i18n = use_i18n();
    let participation = use_participation();
    let navigator = use_navigator();
    let location = use_location();
    let code = use_state(|| location.and_then(|l| l.param("code")).unwrap_or_default());
    let nickname = use_state(String::new);
    let problems = use_state(Problems::default);
    let busy = use_state(|| false);
    let onsubmit = {
        let (code, nickname, problems, busy, i18n) = (
            code.clone(),
            nickname.clone(),
            problems.clone(),
            busy.clone(),
            i18n.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *busy {
                return;
            }
            let code = code.trim().to_owned();
            if code.is_empty() {
                problems.set(Problems {
                    code: Some(i18n.t("join-code-missing")),
                    ..Problems::default()
                });
                return;
            }
            let body = JoinLibrarySession {
                code,
                nickname: optional((*nickname).clone()).map(|n| n.trim().to_owned()),
            };
            let (problems, busy, i18n) = (problems.clone(), busy.clone(), i18n.clone());
            let (participation, navigator) = (participation.clone(), navigator.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match api::participation::join(&body, i18n.lang()).await {
                    Ok(joined) => {
                        participation.joined(joined);
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::JoinCourses);
                        }
                    }
                    Err(error) => {
                        busy.set(false);
                        problems.set(match error.status {
                            404 => Problems {
                                code: Some(i18n.t("join-no-session")),
                                ..Problems::default()
                            },
                            429 => Problems {
                                code: Some(i18n.t("code-too-many")),
                                ..Problems::default()
                            },
                            422 if body.nickname.is_some() => Problems {
                                nickname: Some(i18n.t("join-nickname-invalid")),
                                ..Problems::default()
                            },
                            422 => Problems {
                                code: Some(i18n.t("join-code-missing")),
                                ..Problems::default()
                            },
                            _ => Problems {
                                form: Some(error_text(&i18n, &error)),
                                ..Problems::default()
                            },
                        });
                    }
                }
            });
        })
    };
    html! {
        <form class="card join-form" {onsubmit} novalidate=true>
            { big_field(&i18n, "join-code", ("join-code-label", "join-code-hint"), &code, problems.code.clone(), true) }
            { big_field(&i18n, "join-nickname", ("join-nickname-label", "join-nickname-hint"), &nickname, problems.nickname.clone(), false) }
            <p class="notice-error" role="alert">{ problems.form.clone() }</p>
            <button type="submit" id="join-start" class="big-button">
                { i18n.t(if *busy { "join-starting" } else { "join-start" }) }
            </button>
        </form>
    }
}

/// "Continue with a resume code": the learner id it belongs to becomes this browser's.
#[component]
fn ResumeForm() -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let code = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let onsubmit = {
        let (code, problem, i18n) = (code.clone(), problem.clone(), i18n.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let code = code.trim().to_owned();
            if code.is_empty() {
                problem.set(Some(i18n.t("resume-code-missing")));
                return;
            }
            let (problem, i18n, navigator) = (problem.clone(), i18n.clone(), navigator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::resume_codes::redeem(&code).await {
                    Ok(resumed) => {
                        adopt_learner_id(&resumed.learner_id);
                        if let Some(navigator) = navigator {
                            navigator.push_with_query(&Route::JoinCourses, "welcome=true");
                        }
                    }
                    Err(error) if error.status == 404 => {
                        problem.set(Some(i18n.t("resume-code-unknown")))
                    }
                    Err(error) if error.status == 429 => problem.set(Some(i18n.t("code-too-many"))),
                    Err(error) => problem.set(Some(error_text(&i18n, &error))),
                }
            });
        })
    };
    html! {
        <section class="card resume-form" aria-labelledby="resume-title">
            <h2 id="resume-title">{ i18n.t("resume-title") }</h2>
            <form {onsubmit} novalidate=true>
                { big_field(&i18n, "resume-code", ("resume-code-label", "resume-code-hint"), &code, (*problem).clone(), true) }
                <button type="submit" id="resume-start" class="secondary">{ i18n.t("resume-start") }</button>
            </form>
        </section>
    }
}

/// A large text field with its label, hint and error; `texts` are the ids of the label and
/// hint messages, literal so that the bundle's strings include them (see `xtask/src/i18n.rs`).
/// A code is typed in capitals, never corrected or remembered by the browser.
fn big_field(
    i18n: &I18n,
    id: &'static str,
    texts: (&'static str, &'static str),
    value: &UseStateHandle<String>,
    error: Option<String>,
    is_code: bool,
) -> Html {
    let oninput = {
        let value = value.clone();
        Callback::from(move |event: InputEvent| {
            value.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    html! {
        <div class="field big-field">
            <label for={id}>{ i18n.t(texts.0) }</label>
            <span class="hint" id={hint_id.clone()}>{ i18n.t(texts.1) }</span>
            <input {id} type="text" inputmode="text" value={(**value).clone()} {oninput}
                autocomplete="off" spellcheck="false"
                autocapitalize={if is_code { "characters" } else { "words" }}
                maxlength={(!is_code).then_some(MAX_NICKNAME)}
                class={classes!(is_code.then_some("code-input"))}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={format!("{hint_id} {error_id}")} />
            <p class="notice-error" id={error_id} role="alert">{ error }</p>
        </div>
    }
}
