//! `/join/courses`: the citizen courses, with the session's topics first ("Today's topics").
//! Also where a resume code leads, with "Welcome back".

use crate::api;
use crate::components::fetch::use_fetch;
use crate::i18n::{set_title, use_i18n};
use crate::pages::catalogue::course_card;
use crate::participation::use_participation;
use crate::router::prelude::*;
use common::{Audience, CourseSummary};
use yew::prelude::*;

/// With `?welcome=true` after a resume code was accepted.
#[component]
pub fn JoinCourses() -> Html {
    let i18n = use_i18n();
    let participation = use_participation();
    let welcome = use_location()
        .and_then(|l| l.param("welcome"))
        .is_some_and(|welcome| welcome == "true");
    let courses = use_fetch(i18n.lang(), |lang| {
        api::courses::list(lang, Some(Audience::Citizen))
    });
    set_title(&i18n.t("join-courses-title"));
    let view = participation.view();
    let greeting = view.as_ref().map(|view| match &view.nickname {
        Some(name) => i18n.t_with(
            "join-greeting-named",
            &[
                ("name", name.clone().into()),
                ("library", view.library.clone().into()),
            ],
        ),
        None => i18n.t_with("join-greeting", &[("library", view.library.clone().into())]),
    });
    let lists = courses.ready().map(|list| {
        let topics: Vec<&str> = view
            .iter()
            .flat_map(|v| v.topics.iter().map(|t| t.id.as_str()))
            .collect();
        // The session's topics in the guide's order, then the rest in the catalogue's.
        let today: Vec<&CourseSummary> = topics
            .iter()
            .filter_map(|slug| list.iter().find(|c| c.slug == *slug))
            .collect();
        let others: Vec<&CourseSummary> = list
            .iter()
            .filter(|c| !topics.contains(&c.slug.as_str()))
            .collect();
        let section = |title: String, courses: Vec<&CourseSummary>| {
            html! {
                <>
                    <h2>{ title }</h2>
                    <ul class="course-list">
                        { for courses.into_iter().map(|c| course_card(&i18n, c, "h3")) }
                    </ul>
                </>
            }
        };
        html! {
            <>
                if !today.is_empty() {
                    { section(i18n.t("join-topics"), today) }
                }
                if !others.is_empty() {
                    { section(i18n.t(if topics.is_empty() { "join-all-courses" } else { "join-other-courses" }), others) }
                }
            </>
        }
    });
    html! {
        <section class="page join-courses">
            if welcome {
                <p class="notice welcome" role="status">{ i18n.t("resume-welcome-back") }</p>
            }
            <h1>{ i18n.t("join-courses-title") }</h1>
            { for greeting.map(|text| html! { <p class="lead">{ text }</p> }) }
            { lists.unwrap_or_else(|view| view) }
        </section>
    }
}
