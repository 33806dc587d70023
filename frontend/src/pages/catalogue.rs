//! The course catalogue, filtered by audience and by the language of the courses.

use crate::api;
use crate::components::content_link::ContentLink;
use crate::components::fetch::{use_fetch, Load};
use crate::components::status::{Failed, Loading};
use crate::i18n::{set_title, use_i18n, I18n};
use crate::route::Route;
use common::{Audience, CourseSummary, Lang};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[component]
pub fn Catalogue() -> Html {
    let i18n = use_i18n();
    let audience = use_state(|| None::<Audience>);
    // The courses' language follows the interface until the learner picks another.
    let course_lang = use_state(|| None::<Lang>);
    let lang = course_lang.unwrap_or(i18n.lang());
    let courses = use_fetch((lang, *audience), |(lang, audience)| {
        api::courses::list(lang, audience)
    });
    set_title(&i18n.t("catalogue-title"));

    let on_audience = {
        let audience = audience.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            audience.set(match value.as_str() {
                "staff" => Some(Audience::Staff),
                "citizen" => Some(Audience::Citizen),
                _ => None,
            });
        })
    };
    let on_lang = {
        let course_lang = course_lang.clone();
        Callback::from(move |e: Event| {
            course_lang.set(
                e.target_unchecked_into::<HtmlSelectElement>()
                    .value()
                    .parse()
                    .ok(),
            );
        })
    };
    let selected_audience = match *audience {
        Some(Audience::Staff) => "staff",
        Some(Audience::Citizen) => "citizen",
        _ => "all",
    };

    html! {
        <section class="page">
            <h1>{ i18n.t("catalogue-title") }</h1>
            <p class="lead">{ i18n.t("catalogue-intro") }</p>
            <form class="filters" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class="field">
                    <label for="filter-audience">{ i18n.t("filter-audience") }</label>
                    <select id="filter-audience" onchange={on_audience}>
                        { for [("all", "audience-all"), ("staff", "audience-staff"), ("citizen", "audience-citizen")].iter().map(|(value, label)| html! {
                            <option value={*value} selected={*value == selected_audience}>{ i18n.t(label) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="filter-lang">{ i18n.t("filter-language") }</label>
                    <select id="filter-lang" onchange={on_lang}>
                        { for Lang::ALL.iter().map(|l| html! {
                            <option value={l.code()} selected={*l == lang}>{ i18n.t(language_name(*l)) }</option>
                        }) }
                    </select>
                </div>
            </form>
            { match courses {
                Load::Loading => html! { <Loading /> },
                Load::Failed(error) => html! { <Failed {error} /> },
                Load::Loaded(list) if list.is_empty() => html! { <p role="status">{ i18n.t("catalogue-empty") }</p> },
                Load::Loaded(list) => html! {
                    <>
                        <p class="visually-hidden" role="status">
                            { i18n.t_with("catalogue-count", &[("count", list.len().into())]) }
                        </p>
                        <ul class="course-list">
                            { for list.iter().map(|course| course_card(&i18n, course, "h2")) }
                        </ul>
                    </>
                },
            } }
        </section>
    }
}

/// A course in a list: its title (a `heading` of that level) linking to it, its plain-language
/// introduction, who it is for and how long it takes.
pub fn course_card(i18n: &I18n, course: &CourseSummary, heading: &'static str) -> Html {
    let audience = match course.audience {
        Audience::Staff => i18n.t("audience-staff"),
        Audience::Citizen => i18n.t("audience-citizen"),
        Audience::Both => i18n.t("audience-both"),
    };
    html! {
        <li class="course-card" lang={course.lang.code()}>
            <@{heading}>
                <ContentLink to={Route::Course { slug: course.slug.clone() }} lang={course.lang}>
                    { &course.title }
                </ContentLink>
            </@>
            <div class="course-intro">{ Html::from_html_unchecked(AttrValue::from(course.intro_html.clone())) }</div>
            <p class="meta" lang={i18n.lang().code()}>
                <span>{ audience }</span>
                <span>{ i18n.t_with("minutes", &[("minutes", course.minutes.into())]) }</span>
                <span>{ i18n.t_with("lesson-count", &[("count", course.lesson_count.into())]) }</span>
            </p>
        </li>
    }
}

/// The message naming a language; written out, as each bundle gets only the messages whose
/// ids are in its code (xtask/src/i18n.rs).
fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "language-sv",
        Lang::Nb => "language-nb",
        Lang::En => "language-en",
    }
}
