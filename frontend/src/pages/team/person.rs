//! `/team/people/:id`: one person's competence as their manager sees it, the same figures the
//! person sees on "My competence", and a course to assign to just them.

use crate::api;
use crate::components::assign_form::AssignForm;
use crate::components::competence_chart::{CompetenceChart, CompetenceTable, Perspective};
use crate::components::course_lists::{assigned_courses, completed_courses};
use crate::components::fetch::{use_fetch, use_reloadable, Load};
use crate::components::gap_list::GapList;
use crate::components::status::{Failed, Loading};
use crate::i18n::{set_title, use_i18n, I18n};
use crate::route::Route;
use crate::router::prelude::*;
use crate::session::use_session;
use common::{NamedRef, PersonCompetence};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersonProps {
    pub id: AttrValue,
}

#[component]
pub fn TeamPersonPage(props: &PersonProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    set_title(&i18n.t("team-title"));
    if let Err(view) = session.signed_in(&i18n) {
        return view;
    }
    html! { <PersonView id={props.id.clone()} /> }
}

#[component]
fn PersonView(props: &PersonProps) -> Html {
    let i18n = use_i18n();
    let (person, reload) =
        use_reloadable((props.id.clone(), i18n.lang()), |(id, lang)| async move {
            api::team::person(&id, lang).await
        });
    let framework = use_fetch((), |()| api::courses::framework());
    let person = match person {
        Load::Loading => return html! { <Loading /> },
        // A person outside the manager's units is "not found", like any unknown id.
        Load::Failed(error) => return html! { <Failed {error} /> },
        Load::Loaded(person) => person,
    };
    set_title(&i18n.t_with(
        "team-person-page-title",
        &[("name", person.name.clone().into())],
    ));
    let framework = match framework {
        Load::Loaded(framework) => Some(framework),
        _ => None,
    };
    let required = Rc::new(person.competence.required.clone());
    let me = vec![NamedRef {
        id: person.id.clone(),
        name: person.name.clone(),
    }];
    let perspective = Perspective::Manager;
    html! {
        <section class="page my-competence team-person">
            <p class="breadcrumbs"><Link<Route> to={Route::Team}>{ i18n.t("team-back") }</Link<Route>></p>
            <h1>{ &person.name }</h1>
            { facts(&i18n, &person) }
            { verdict(&i18n, &person) }
            <section aria-labelledby="levels-heading">
                <h2 id="levels-heading">{ i18n.t("team-person-levels-title") }</h2>
                if required.is_empty() {
                    <p>{ i18n.t("team-person-levels-none") }</p>
                } else {
                    <CompetenceChart required={required.clone()} framework={framework.clone()} {perspective} />
                    <CompetenceTable required={required.clone()} framework={framework.clone()} {perspective} />
                }
            </section>
            if !required.is_empty() {
                <GapList {required} {framework} {perspective} />
            }
            { assigned_courses(&i18n, &person.competence.assignments, perspective) }
            <AssignForm people={me} on_assigned={reload} />
            { completed_courses(&i18n, &person.competence.completed, perspective) }
        </section>
    }
}

/// Unit and job roles.
fn facts(i18n: &I18n, person: &PersonCompetence) -> Html {
    let none = || html! { <span class="muted">{ i18n.t("none") }</span> };
    html! {
        <dl class="facts card">
            <dt>{ i18n.t("person-unit") }</dt>
            <dd>{ person.unit.as_ref().map_or_else(none, |unit| html! { { &unit.name } }) }</dd>
            <dt>{ i18n.t("person-job-roles") }</dt>
            <dd>
                if person.job_roles.is_empty() {
                    { none() }
                } else {
                    <ul class="plain">
                        { for person.job_roles.iter().map(|role| html! { <li>{ &role.name }</li> }) }
                    </ul>
                }
            </dd>
        </dl>
    }
}

/// "Meets every minimum level" or how many competences fall short.
fn verdict(i18n: &I18n, person: &PersonCompetence) -> Html {
    let competence = &person.competence;
    let (class, text) = if competence.required.is_empty() {
        ("lead verdict", i18n.t("team-person-no-requirements"))
    } else if competence.meets_all() {
        ("lead verdict is-met", i18n.t("team-person-met"))
    } else {
        let count = [("count", competence.gap_count.into())];
        (
            "lead verdict is-gap",
            i18n.t_with("team-person-gaps", &count),
        )
    };
    html! {
        <p id="competence-verdict" {class} data-gaps={competence.gap_count.to_string()}>{ text }</p>
    }
}
