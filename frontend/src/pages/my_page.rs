//! "My competence": how the signed-in person measures up against the minimum levels of their
//! job, what closes the gaps, their assigned and completed courses, and who they are.

use crate::api;
use crate::components::competence_chart::{CompetenceChart, CompetenceTable, Perspective};
use crate::components::course_lists::{assigned_courses, completed_courses};
use crate::components::dates;
use crate::components::fetch::{use_fetch, Load};
use crate::components::form::error_text;
use crate::components::gap_list::GapList;
use crate::components::status::Loading;
use crate::i18n::{set_title, use_i18n, I18n};
use crate::route::Route;
use crate::router::prelude::*;
use crate::session::use_session;
use common::{GrantKind, Me, MyCompetence};
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn MyPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    set_title(&i18n.t("my-page-title"));
    let me = match session.signed_in(&i18n) {
        Ok(me) => me,
        Err(view) => return view,
    };
    html! {
        <section class="page my-competence">
            <h1>{ i18n.t("my-page-title") }</h1>
            <MyCompetenceView />
            { about_you(&i18n, &me) }
        </section>
    }
}

/// Everything that comes from `GET /api/me/competence`, asked for only once signed in.
#[component]
fn MyCompetenceView() -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let competence = use_fetch(lang, api::competence::mine);
    let framework = use_fetch((), |()| api::courses::framework());
    let competence = match competence {
        Load::Loading => return html! { <Loading /> },
        Load::Failed(error) => {
            // Not the shared `Failed`: this page already has its heading.
            return html! {
                <p class="notice notice-error" role="alert">{ error_text(&i18n, &error) }</p>
            };
        }
        Load::Loaded(competence) => competence,
    };
    let framework = match framework {
        Load::Loaded(framework) => Some(framework),
        _ => None,
    };
    let required = Rc::new(competence.required.clone());
    html! {
        <>
            { verdict(&i18n, &competence) }
            <section aria-labelledby="levels-heading">
                <h2 id="levels-heading">{ i18n.t("my-levels-title") }</h2>
                if required.is_empty() {
                    <p>{ i18n.t("my-levels-none") }</p>
                } else {
                    <CompetenceChart required={required.clone()} framework={framework.clone()} />
                    <CompetenceTable required={required.clone()} framework={framework.clone()} />
                }
            </section>
            if !required.is_empty() {
                <GapList {required} {framework} />
            }
            { assigned_courses(&i18n, &competence.assignments, Perspective::Own) }
            { completed_courses(&i18n, &competence.completed, Perspective::Own) }
            { self_assessment(&i18n, competence.self_assessed_at) }
        </>
    }
}

/// The one line under the heading: all minimums met, or how many are not.
fn verdict(i18n: &I18n, competence: &MyCompetence) -> Html {
    // The mark before the text (✓ or !) comes from the stylesheet, so the text stays plain.
    let (class, text) = if competence.required.is_empty() {
        ("lead verdict", i18n.t("verdict-no-requirements"))
    } else if competence.meets_all() {
        ("lead verdict is-met", i18n.t("verdict-met"))
    } else {
        let count = [("count", competence.gap_count.into())];
        ("lead verdict is-gap", i18n.t_with("verdict-gaps", &count))
    };
    html! {
        <p id="competence-verdict" {class} data-gaps={competence.gap_count.to_string()}>{ text }</p>
    }
}

fn self_assessment(i18n: &I18n, saved_at: Option<i64>) -> Html {
    let link = match saved_at {
        Some(_) => i18n.t("self-assessment-update"),
        None => i18n.t("self-assessment-start"),
    };
    let saved = saved_at.map(|at| {
        let date = dates::from_unix(i18n.lang(), at);
        i18n.t_with("self-assessment-saved-on", &[("date", date.into())])
    });
    html! {
        <section aria-labelledby="self-assessment-heading">
            <h2 id="self-assessment-heading">{ i18n.t("self-assessment-title") }</h2>
            <p>{ i18n.t("self-assessment-teaser") }</p>
            { for saved.map(|saved| html! { <p class="muted">{ saved }</p> }) }
            <p>
                <Link<Route> to={Route::SelfAssessment} classes="button secondary">{ link }</Link<Route>>
            </p>
        </section>
    }
}

/// Who the person is, where they work and what they may do; kept short below the results.
fn about_you(i18n: &I18n, me: &Me) -> Html {
    let none = || html! { <span class="muted">{ i18n.t("none") }</span> };
    let named = |item: &Option<common::NamedRef>| match item {
        Some(item) => html! { { &item.name } },
        None => none(),
    };
    html! {
        <section class="about-you" aria-labelledby="about-heading">
            <h2 id="about-heading">{ i18n.t("about-you-title") }</h2>
            <dl class="facts card">
                <dt>{ i18n.t("person-name") }</dt>
                <dd>{ &me.name }</dd>
                <dt>{ i18n.t("person-email") }</dt>
                <dd>{ &me.email }</dd>
                <dt>{ i18n.t("person-municipality") }</dt>
                <dd>{ named(&me.municipality) }</dd>
                <dt>{ i18n.t("person-unit") }</dt>
                <dd>{ named(&me.unit) }</dd>
                <dt>{ i18n.t("person-job-roles") }</dt>
                <dd>
                    if me.job_roles.is_empty() {
                        { none() }
                    } else {
                        <ul class="plain">
                            { for me.job_roles.iter().map(|role| html! { <li>{ &role.name }</li> }) }
                        </ul>
                    }
                </dd>
            </dl>
            <h3>{ i18n.t("my-permissions") }</h3>
            { permissions(i18n, me) }
        </section>
    }
}

fn permissions(i18n: &I18n, me: &Me) -> Html {
    if me.grants.is_empty() && !me.superadmin {
        return html! { <p>{ i18n.t("my-permissions-none") }</p> };
    }
    html! {
        <ul>
            if me.superadmin {
                <li>{ i18n.t("grant-superadmin") }</li>
            }
            { for me.grants.iter().map(|grant| html! { <li>{ grant_text(i18n, grant.kind, &grant.unit.name) }</li> }) }
        </ul>
    }
}

/// "Manager of Hemtjänst Norra" and the like.
pub fn grant_text(i18n: &I18n, kind: GrantKind, unit: &str) -> String {
    let unit = [("unit", unit.to_owned().into())];
    match kind {
        GrantKind::Manager => i18n.t_with("grant-manager-of", &unit),
        GrantKind::Admin => i18n.t_with("grant-admin-of", &unit),
        GrantKind::Guide => i18n.t_with("grant-guide-at", &unit),
    }
}
