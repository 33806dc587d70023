//! `/library/sessions/:id`: the live view a guide shows the room on a projector. The join
//! code large, the address and a QR code, then who is in the session and who waits for help,
//! fetched again every two seconds; and ending the session, after which only counts remain.

use super::poll::use_live;
use super::{guide_units, not_a_guide};
use crate::api::{self, ApiError};
use crate::components::form::{error_text, outcome_message, Outcome};
use crate::components::session_participants::{participants_table, Row};
use crate::components::status::{Failed, Loading};
use crate::i18n::{set_title, use_i18n, I18n};
use crate::route::Route;
use crate::router::prelude::*;
use crate::session::use_session;
use common::{LibrarySession, LiveSession};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LiveProps {
    pub id: AttrValue,
}

/// What the page shows, for moving the focus when it changes.
#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Live,
    Confirming,
    Ended,
}

#[component]
pub fn LivePage(props: &LiveProps) -> Html {
    let i18n = use_i18n();
    let account = use_session();
    // Hooks come before the checks below; only a guide's view asks the server.
    let guide = account.me().is_some_and(|me| !guide_units(&me).is_empty());
    let (live, failed, refresh) = use_live(props.id.clone(), i18n.lang(), guide);
    let ended = use_state(|| None::<LibrarySession>);
    let confirming = use_state(|| false);
    let outcome = use_state(Outcome::default);
    let announcement = use_state(String::new);
    // "Participant 3": numbered in the order this view first saw them, so numbers stay put.
    let numbers = use_mut_ref(Vec::<String>::new);
    let session = (*ended)
        .clone()
        .or_else(|| live.as_ref().map(|l| l.session.clone()));
    let running = session.as_ref().is_some_and(|s| s.code.is_some());
    let rows = match (&live, running) {
        (Some(live), true) => rows(&i18n, live, &mut numbers.borrow_mut()),
        _ => Vec::new(),
    };
    use_help_announcements(&rows, &announcement, &i18n);
    let stage = match (running, *confirming) {
        (false, _) if session.is_some() => Stage::Ended,
        (_, true) => Stage::Confirming,
        _ => Stage::Live,
    };
    use_focus_on_change(stage);
    set_title(&i18n.t("library-live-title"));
    if let Err(view) = account.signed_in(&i18n) {
        return view;
    }
    if !guide {
        return not_a_guide(&i18n);
    }
    let Some(session) = session else {
        return match failed {
            Some(error) => html! { <Failed {error} /> },
            None => html! { <Loading /> },
        };
    };
    let topics: Vec<&str> = session.topics.iter().map(|t| t.name.as_str()).collect();
    let body = match stage {
        Stage::Ended => summary(&i18n, &session),
        _ => {
            let on_answer = answer(&props.id, &i18n, &outcome, refresh);
            let end = EndControls {
                id: props.id.clone(),
                confirming: confirming.clone(),
                ended: ended.clone(),
                outcome: outcome.clone(),
            };
            html! {
                <>
                    { join_panel(&i18n, &session) }
                    { counts(&i18n, &session, false) }
                    { participants(&i18n, &rows, failed.as_ref(), &on_answer) }
                    { end.view(&i18n) }
                </>
            }
        }
    };
    html! {
        <section class="page library-live">
            <h1>{ i18n.t("library-live-title") }</h1>
            <p class="lead">{ &session.library.name }{ " · " }{ topics.join(", ") }</p>
            { body }
            { outcome_message(&i18n, &outcome) }
            <p class="visually-hidden" role="status" id="library-announcement">{ (*announcement).clone() }</p>
        </section>
    }
}

/// The participants' table under its heading, and a word if the last update failed.
fn participants(
    i18n: &I18n,
    rows: &[Row],
    failed: Option<&ApiError>,
    on_answer: &Callback<(String, String)>,
) -> Html {
    html! {
        <section aria-labelledby="library-participants-heading">
            <h2 id="library-participants-heading" tabindex="-1">{ i18n.t("library-participants-title") }</h2>
            if let Some(error) = failed {
                <p class="notice-error">{ i18n.t("library-poll-failed") }{ " " }{ error_text(i18n, error) }</p>
            }
            { participants_table(i18n, rows, on_answer) }
        </section>
    }
}

/// The participants with the names to show; `numbers` holds the ids in the order first seen.
fn rows(i18n: &I18n, live: &LiveSession, numbers: &mut Vec<String>) -> Vec<Row> {
    let mut number_of = |id: &String| match numbers.iter().position(|known| known == id) {
        Some(index) => index + 1,
        None => {
            numbers.push(id.clone());
            numbers.len()
        }
    };
    live.participants
        .iter()
        .map(|p| Row {
            name: p.nickname.clone().unwrap_or_else(|| {
                let number = number_of(&p.id);
                i18n.t_with("library-participant-number", &[("number", number.into())])
            }),
            participant: p.clone(),
        })
        .collect()
}

/// Says "Kim asks for help" once for each new request, never the whole table again.
#[hook]
fn use_help_announcements(rows: &[Row], announcement: &UseStateHandle<String>, i18n: &I18n) {
    let seen = use_mut_ref(|| None::<Vec<String>>);
    let waiting: Vec<(String, String)> = rows
        .iter()
        .filter(|r| r.participant.help_waiting_seconds.is_some())
        .map(|r| (r.participant.id.clone(), r.name.clone()))
        .collect();
    let (announcement, i18n) = (announcement.clone(), i18n.clone());
    use_effect_with(waiting, move |waiting| {
        let now: Vec<String> = waiting.iter().map(|(id, _)| id.clone()).collect();
        // The requests already there when the view opened are on screen, not news.
        if let Some(before) = seen.borrow().as_ref() {
            let new: Vec<String> = waiting
                .iter()
                .filter(|(id, _)| !before.contains(id))
                .map(|(_, name)| i18n.t_with("library-help-new", &[("name", name.clone().into())]))
                .collect();
            if !new.is_empty() {
                announcement.set(new.join(" "));
            }
        }
        *seen.borrow_mut() = Some(now);
    });
}

/// Moves the focus to what appeared: the question, the End button again, or the summary.
#[hook]
fn use_focus_on_change(stage: Stage) {
    let first = use_mut_ref(|| true);
    use_effect_with(stage, move |stage| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        let id = match stage {
            Stage::Live => "library-end",
            Stage::Confirming => "library-end-question",
            Stage::Ended => "library-ended-heading",
        };
        focus(id);
    });
}

fn focus(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Marks a request answered, says so, and fetches the view again at once.
fn answer(
    id: &str,
    i18n: &I18n,
    outcome: &UseStateHandle<Outcome>,
    refresh: Callback<()>,
) -> Callback<(String, String)> {
    let (id, i18n, outcome) = (id.to_owned(), i18n.clone(), outcome.clone());
    Callback::from(move |(participant, name): (String, String)| {
        let (id, i18n, outcome, refresh) =
            (id.clone(), i18n.clone(), outcome.clone(), refresh.clone());
        wasm_bindgen_futures::spawn_local(async move {
            outcome.set(match api::library::answer(&id, &participant).await {
                Ok(()) => {
                    // The button goes with the request: keep the focus near where it was.
                    focus("library-participants-heading");
                    Outcome::Done(i18n.t_with("library-help-answered", &[("name", name.into())]))
                }
                Err(error) => Outcome::Failed(error_text(&i18n, &error)),
            });
            refresh.emit(());
        });
    })
}

/// The address, the code large enough for the back of the room, and the QR code.
fn join_panel(i18n: &I18n, session: &LibrarySession) -> Html {
    let code = session.code.clone().unwrap_or_default();
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let address = format!("{origin}/join");
    // Spelled out character by character, so a screen reader does not read it as a word.
    let spelled = code.chars().map(String::from).collect::<Vec<_>>().join(" ");
    html! {
        <div class="library-join">
            <div class="library-join-text">
                <p class="library-join-how">
                    { i18n.t("library-join-how") }{ " " }
                    <strong class="library-address" id="library-address">{ address.clone() }</strong>
                </p>
                <p class="library-code-box">
                    <span class="library-code-label">{ i18n.t("library-code-label") }</span>
                    <span class="visually-hidden">{ spelled }</span>
                    <span class="library-code" id="library-code" data-code={code.clone()} aria-hidden="true">{ code }</span>
                </p>
            </div>
            <img class="library-qr" id="library-qr" src={api::library::qr_url(&session.id)} width="240" height="240"
                alt={i18n.t_with("library-qr-alt", &[("address", address.into())])} />
        </div>
    }
}

/// The session's counts; `all` adds those that matter once it has ended.
fn counts(i18n: &I18n, session: &LibrarySession, all: bool) -> Html {
    let mut items = vec![
        (
            "participants",
            "library-count-participants",
            session.participants,
        ),
        ("help", "library-count-help", session.help_requests),
    ];
    if all {
        let minutes = session
            .ended_at
            .map_or(0, |end| super::minutes(end - session.started_at));
        items.extend([
            ("opened", "library-count-opened", session.courses_opened),
            (
                "finished",
                "library-count-finished",
                session.courses_finished,
            ),
            ("minutes", "library-count-minutes", minutes as u32),
        ]);
    }
    html! {
        <dl class="counts library-counts" id="library-counts">
            { for items.into_iter().map(|(key, label, value)| html! {
                <div>
                    <dt>{ i18n.t(label) }</dt>
                    <dd id={format!("library-count-{key}")}>{ value }</dd>
                </div>
            }) }
        </dl>
    }
}

/// What remains of an ended session.
fn summary(i18n: &I18n, session: &LibrarySession) -> Html {
    html! {
        <section class="library-summary" aria-labelledby="library-ended-heading">
            <h2 id="library-ended-heading" tabindex="-1">{ i18n.t("library-ended-title") }</h2>
            <p class="notice" id="library-privacy-note">{ i18n.t("library-ended-privacy") }</p>
            { counts(i18n, session, true) }
            <p class="actions">
                <Link<Route> to={Route::Library} classes="button">{ i18n.t("library-back") }</Link<Route>>
                <Link<Route> to={Route::LibraryStatistics}>{ i18n.t("library-statistics-link") }</Link<Route>>
            </p>
        </section>
    }
}

/// "End session", then "Are you sure? Yes, end / Cancel" in place of it.
struct EndControls {
    id: AttrValue,
    confirming: UseStateHandle<bool>,
    ended: UseStateHandle<Option<LibrarySession>>,
    outcome: UseStateHandle<Outcome>,
}

impl EndControls {
    fn view(self, i18n: &I18n) -> Html {
        let set = |value: bool| {
            let confirming = self.confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(value))
        };
        if !*self.confirming {
            return html! {
                <div class="library-end">
                    <button type="button" class="secondary" id="library-end" onclick={set(true)}>
                        { i18n.t("library-end") }
                    </button>
                </div>
            };
        }
        let on_yes = {
            let (id, ended, outcome, i18n) = (
                self.id.clone(),
                self.ended.clone(),
                self.outcome.clone(),
                i18n.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                if outcome.busy() {
                    return;
                }
                let (id, ended, outcome, i18n) =
                    (id.clone(), ended.clone(), outcome.clone(), i18n.clone());
                outcome.set(Outcome::Busy);
                wasm_bindgen_futures::spawn_local(async move {
                    match api::library::end(&id, i18n.lang()).await {
                        Ok(session) => {
                            outcome.set(Outcome::Idle);
                            ended.set(Some(session));
                        }
                        Err(error) => outcome.set(Outcome::Failed(error_text(&i18n, &error))),
                    }
                });
            })
        };
        html! {
            <div class="library-end library-end-confirm" role="group" aria-labelledby="library-end-question">
                <p id="library-end-question" tabindex="-1"><strong>{ i18n.t("library-end-confirm") }</strong></p>
                <div class="actions">
                    <button type="button" id="library-end-yes" onclick={on_yes} disabled={self.outcome.busy()}>
                        { i18n.t("library-end-yes") }
                    </button>
                    <button type="button" class="secondary" id="library-end-cancel" onclick={set(false)}>
                        { i18n.t("library-end-cancel") }
                    </button>
                </div>
            </div>
        }
    }
}
