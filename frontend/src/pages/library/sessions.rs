//! `/library`: the guide's running and recent sessions, and the form that starts a new one
//! and opens its live view.

use super::{guide_units, not_a_guide};
use crate::api;
use crate::components::fetch::{use_fetch, Load};
use crate::components::form::{outcome_message, submit, Outcome};
use crate::i18n::{set_title, use_i18n, I18n};
use crate::route::Route;
use crate::router::prelude::*;
use crate::session::use_session;
use common::{Audience, CourseSummary, CreateLibrarySession, LibrarySession, NamedRef};
use std::collections::BTreeSet;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[component]
pub fn LibraryPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let navigator = use_navigator();
    let units = session.me().map(|me| guide_units(&me)).unwrap_or_default();
    // Asked only of a guide; hooks come before the checks below, whoever is signed in.
    let guide = !units.is_empty();
    let courses = use_fetch((i18n.lang(), guide), |(lang, guide)| async move {
        match guide {
            true => api::courses::list(lang, Some(Audience::Citizen)).await,
            false => Ok(Vec::new()),
        }
    });
    let sessions = use_fetch((i18n.lang(), guide), |(lang, guide)| async move {
        match guide {
            true => api::library::sessions(lang).await,
            false => Ok(Vec::new()),
        }
    });
    let chosen = use_state(String::new);
    let topics = use_state(BTreeSet::<String>::new);
    let outcome = use_state(Outcome::default);
    set_title(&i18n.t("library-title"));
    if let Err(view) = session.signed_in(&i18n) {
        return view;
    }
    if !guide {
        return not_a_guide(&i18n);
    }
    let form = match courses.ready() {
        Ok(courses) => {
            let unit = match units.iter().any(|u| u.id == *chosen) {
                true => (*chosen).clone(),
                false => units[0].id.clone(),
            };
            StartForm {
                units: &units,
                unit,
                courses,
                chosen,
                topics,
                outcome,
                navigator,
            }
            .view(&i18n)
        }
        Err(view) => view,
    };
    html! {
        <section class="page library">
            <h1>{ i18n.t("library-title") }</h1>
            <p class="lead">{ i18n.t("library-intro") }</p>
            { session_list(&i18n, sessions) }
            { form }
            <p class="library-statistics-link">
                <Link<Route> to={Route::LibraryStatistics}>{ i18n.t("library-statistics-link") }</Link<Route>>
            </p>
        </section>
    }
}

/// The library, the topics (citizen courses) and Start; then on to the live view.
struct StartForm<'a> {
    units: &'a [NamedRef],
    /// The library chosen.
    unit: String,
    courses: Rc<Vec<CourseSummary>>,
    chosen: UseStateHandle<String>,
    topics: UseStateHandle<BTreeSet<String>>,
    outcome: UseStateHandle<Outcome>,
    navigator: Option<Navigator>,
}

impl StartForm<'_> {
    fn view(self, i18n: &I18n) -> Html {
        let StartForm {
            units,
            unit,
            courses,
            chosen,
            topics,
            outcome,
            navigator,
        } = self;
        let on_unit = Callback::from(move |e: Event| {
            chosen.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        });
        let on_topic = {
            let topics = topics.clone();
            Callback::from(move |e: Event| {
                let input = e.target_unchecked_into::<HtmlInputElement>();
                let mut next = (*topics).clone();
                match input.checked() {
                    true => next.insert(input.value()),
                    false => next.remove(&input.value()),
                };
                topics.set(next);
            })
        };
        let onsubmit = {
            let (unit, topics, outcome, i18n) =
                (unit.clone(), topics.clone(), outcome.clone(), i18n.clone());
            let courses = courses.clone();
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                // In the catalogue's order, whatever order they were ticked in.
                let chosen: Vec<String> = courses
                    .iter()
                    .filter(|c| topics.contains(&c.slug))
                    .map(|c| c.slug.clone())
                    .collect();
                if chosen.is_empty() {
                    outcome.set(Outcome::Failed(i18n.t("library-topics-none")));
                    return;
                }
                let body = CreateLibrarySession {
                    unit_id: unit.clone(),
                    topics: chosen,
                };
                let lang = i18n.lang();
                let navigator = navigator.clone();
                submit(
                    &outcome,
                    &i18n,
                    async move { api::library::start(&body, lang).await },
                    move |started| {
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::LibrarySession { id: started.id });
                        }
                        String::new()
                    },
                );
            })
        };
        let library = match units {
            [only] => html! {
                <p id="library-unit-name">{ i18n.t_with("library-at", &[("name", only.name.clone().into())]) }</p>
            },
            units => html! {
                <div class="field">
                    <label for="library-unit">{ i18n.t("library-unit") }</label>
                    <select id="library-unit" onchange={on_unit}>
                        { for units.iter().map(|u| html! {
                            <option value={u.id.clone()} selected={unit == u.id}>{ &u.name }</option>
                        }) }
                    </select>
                </div>
            },
        };
        html! {
            <form class="card stack library-start" id="library-start" {onsubmit} novalidate=true>
                <h2>{ i18n.t("library-start-title") }</h2>
                { library }
                <fieldset>
                    <legend>{ i18n.t("library-topics") }</legend>
                    <p class="hint">{ i18n.t("library-topics-hint") }</p>
                    <div class="role-boxes">
                        { for courses.iter().map(|course| {
                            let id = format!("library-topic-{}", course.slug);
                            html! {
                                <div class="checkbox">
                                    <input type="checkbox" id={id.clone()} value={course.slug.clone()}
                                        checked={topics.contains(&course.slug)} onchange={on_topic.clone()} />
                                    <label for={id}>{ &course.title }</label>
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
                <div class="actions">
                    <button type="submit" id="library-start-button" disabled={outcome.busy()}>
                        { i18n.t("library-start") }
                    </button>
                </div>
                { outcome_message(i18n, &outcome) }
            </form>
        }
    }
}

/// The newest sessions at the guide's libraries, running ones first with a way back in.
fn session_list(i18n: &I18n, sessions: Load<Vec<LibrarySession>>) -> Html {
    let sessions = match sessions.ready() {
        Ok(sessions) if sessions.is_empty() => return html! {},
        Ok(sessions) => sessions,
        Err(view) => return view,
    };
    let caption = i18n.t("library-sessions-title");
    html! {
        <section aria-labelledby="library-sessions-heading">
            <h2 id="library-sessions-heading">{ caption.clone() }</h2>
            <div class="table-scroll" role="region" aria-label={caption} tabindex="0">
                <table class="list" id="library-sessions">
                    <thead><tr>
                        <th scope="col">{ i18n.t("library-col-started") }</th>
                        <th scope="col">{ i18n.t("library-col-library") }</th>
                        <th scope="col">{ i18n.t("library-col-topics") }</th>
                        <th scope="col" class="number">{ i18n.t("library-count-participants") }</th>
                        <th scope="col" class="number">{ i18n.t("library-count-help") }</th>
                        <th scope="col">{ i18n.t("library-col-status") }</th>
                    </tr></thead>
                    <tbody>{ for sessions.iter().map(|s| session_row(i18n, s)) }</tbody>
                </table>
            </div>
        </section>
    }
}

fn session_row(i18n: &I18n, session: &LibrarySession) -> Html {
    let topics: Vec<&str> = session.topics.iter().map(|t| t.name.as_str()).collect();
    let status = match session.code {
        Some(_) => html! {
            <Link<Route> to={Route::LibrarySession { id: session.id.clone() }}>
                { i18n.t("library-session-open") }
            </Link<Route>>
        },
        None => html! { <span class="muted">{ i18n.t("library-session-ended") }</span> },
    };
    html! {
        <tr data-session={session.id.clone()} class={session.code.is_some().then_some("is-running")}>
            <th scope="row">{ started(i18n, session.started_at) }</th>
            <td>{ &session.library.name }</td>
            <td>{ topics.join(", ") }</td>
            <td class="number">{ session.participants }</td>
            <td class="number">{ session.help_requests }</td>
            <td>{ status }</td>
        </tr>
    }
}

/// "3 March 2027, 14:05" in the browser's time zone.
fn started(i18n: &I18n, seconds: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(seconds as f64 * 1000.0));
    format!(
        "{}, {:02}:{:02}",
        crate::components::dates::from_unix(i18n.lang(), seconds),
        date.get_hours(),
        date.get_minutes()
    )
}
