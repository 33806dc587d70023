//! The self-assessment: "I can…" statements per competence, grouped by area. The person's
//! own view is shown beside their results but never counts as evidence.

use crate::api;
use crate::components::fetch::{use_fetch, Load};
use crate::components::form::{error_text, outcome_message, submit, Outcome};
use crate::components::status::Loading;
use crate::i18n::{set_title, use_i18n, I18n};
use crate::route::Route;
use crate::router::prelude::*;
use crate::session::use_session;
use common::{Framework, SaveSelfAssessment, SelfAssessment, StatementGroup};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The ticked statement levels per competence id.
type Ticked = BTreeMap<String, BTreeSet<u8>>;

#[component]
pub fn SelfAssessmentPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    set_title(&i18n.t("self-assessment-title"));
    if let Err(view) = session.signed_in(&i18n) {
        return view;
    }
    html! {
        <section class="page narrow self-assessment">
            <h1>{ i18n.t("self-assessment-title") }</h1>
            <p class="lead" id="self-assessment-intro">{ i18n.t("self-assessment-intro") }</p>
            <SelfAssessmentLoader />
        </section>
    }
}

#[component]
fn SelfAssessmentLoader() -> Html {
    let i18n = use_i18n();
    let questions = use_fetch(i18n.lang(), api::competence::self_assessment);
    let framework = use_fetch((), |()| api::courses::framework());
    let (questions, framework) = match (questions, framework) {
        (Load::Loaded(questions), Load::Loaded(framework)) => (questions, framework),
        // Not the shared `Failed`: this page already has its heading.
        (Load::Failed(error), _) | (_, Load::Failed(error)) => {
            return html! {
                <p class="notice notice-error" role="alert">{ error_text(&i18n, &error) }</p>
            };
        }
        _ => return html! { <Loading /> },
    };
    html! { <SelfAssessmentForm {questions} {framework} /> }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    questions: Rc<SelfAssessment>,
    framework: Rc<Framework>,
}

/// The highest ticked level, 0 for none.
fn suggested(ticked: &Ticked, competence: &str) -> u8 {
    ticked
        .get(competence)
        .and_then(|levels| levels.last().copied())
        .unwrap_or(0)
}

#[component]
fn SelfAssessmentForm(props: &FormProps) -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let ticked = use_state(|| {
        // Everything up to the saved level counts as ticked, so saving again keeps it.
        let questions = &props.questions;
        let ticked: Ticked = questions
            .competences
            .iter()
            .map(|group| {
                let saved = questions
                    .levels
                    .get(&group.competence)
                    .copied()
                    .unwrap_or(0);
                let levels = group
                    .statements
                    .iter()
                    .map(|s| s.level)
                    .filter(|l| *l <= saved);
                (group.competence.clone(), levels.collect())
            })
            .collect();
        ticked
    });
    let outcome = use_state(Outcome::default);

    let on_tick = {
        let (ticked, outcome) = (ticked.clone(), outcome.clone());
        Callback::from(move |(competence, level, on): (String, u8, bool)| {
            let mut next = (*ticked).clone();
            let levels = next.entry(competence).or_default();
            if on {
                levels.insert(level);
            } else {
                levels.remove(&level);
            }
            ticked.set(next);
            outcome.set(Outcome::Idle);
        })
    };
    let onsubmit = {
        let (ticked, outcome, i18n) = (ticked.clone(), outcome.clone(), i18n.clone());
        let questions = props.questions.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let levels = questions
                .competences
                .iter()
                .map(|group| {
                    (
                        group.competence.clone(),
                        suggested(&ticked, &group.competence),
                    )
                })
                .collect();
            let body = SaveSelfAssessment { levels };
            let done = i18n.t("self-assessment-saved");
            let request = async move { api::competence::save_self_assessment(&body).await };
            submit(&outcome, &i18n, request, move |()| done);
        })
    };

    let framework = &props.framework;
    let areas = framework.areas.iter().filter_map(|area| {
        let groups: Vec<Html> = props
            .questions
            .competences
            .iter()
            .filter(|group| {
                framework.competence(&group.competence).map(|c| &c.area) == Some(&area.id)
            })
            .map(|group| {
                competence_fieldset(
                    &i18n,
                    framework,
                    group,
                    props.questions.lang,
                    &ticked,
                    &on_tick,
                )
            })
            .collect();
        let heading = format!("self-area-{}", area.id);
        (!groups.is_empty()).then(|| {
            html! {
                <section class="self-area" aria-labelledby={heading.clone()}>
                    <h2 id={heading}>{ format!("{} {}", area.id, area.name.get(lang)) }</h2>
                    { for groups }
                </section>
            }
        })
    });
    html! {
        <form id="self-assessment-form" class="stack" {onsubmit}>
            { for areas }
            <p class="actions">
                <button type="submit" id="save-self-assessment" disabled={outcome.busy()}>
                    { i18n.t("self-assessment-save") }
                </button>
            </p>
            { outcome_message(&i18n, &outcome) }
            if matches!(*outcome, Outcome::Done(_)) {
                <p id="self-assessment-back">
                    <Link<Route> to={Route::MyPage}>{ i18n.t("self-assessment-back") }</Link<Route>>
                </p>
            }
        </form>
    }
}

fn competence_fieldset(
    i18n: &I18n,
    framework: &Framework,
    group: &StatementGroup,
    lang: common::Lang,
    ticked: &Ticked,
    on_tick: &Callback<(String, u8, bool)>,
) -> Html {
    let id = &group.competence;
    let name = framework
        .competence(id)
        .map(|c| c.name.get(i18n.lang()).to_owned())
        .unwrap_or_default();
    let level = suggested(ticked, id);
    let suggestion = match level {
        0 => i18n.t("self-assessment-suggested-none"),
        _ => {
            let group = framework
                .group_of(level)
                .map(|g| g.name.get(i18n.lang()).to_owned())
                .unwrap_or_default();
            i18n.t_with(
                "self-assessment-suggested",
                &[("level", level.into()), ("group", group.into())],
            )
        }
    };
    let boxes = group.statements.iter().map(|statement| {
        let input_id = format!("self-{id}-{}", statement.level).replace('.', "-");
        let checked = ticked
            .get(id)
            .is_some_and(|levels| levels.contains(&statement.level));
        let onchange = {
            let (on_tick, id, level) = (on_tick.clone(), id.clone(), statement.level);
            Callback::from(move |event: Event| {
                let on = event.target_unchecked_into::<HtmlInputElement>().checked();
                on_tick.emit((id.clone(), level, on));
            })
        };
        html! {
            <li class="checkbox">
                <input type="checkbox" id={input_id.clone()} {checked} {onchange}
                    data-level={statement.level.to_string()} />
                <label for={input_id}>{ &statement.text }</label>
            </li>
        }
    });
    html! {
        <fieldset class="self-competence" data-competence={id.clone()}>
            <legend><span class="competence-id">{ id }</span>{ " " }{ name }</legend>
            <ul class="plain" lang={lang.code()}>{ for boxes }</ul>
            <p class="suggested" aria-live="polite" data-level={level.to_string()}>{ suggestion }</p>
        </fieldset>
    }
}
