//! The lesson reader, with previous and next. Going on from a lesson records it as done.

use crate::components::content_link::{ContentLink, LangQuery};
use crate::components::fetch::use_course;
use crate::i18n::{set_title, use_i18n};
use crate::pages::not_found::NotFound;
use crate::progress::use_progress;
use crate::route::Route;
use common::Lang;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LessonProps {
    pub slug: AttrValue,
    /// 1-based, as in the address.
    pub number: usize,
}

#[component]
pub fn LessonPage(props: &LessonProps) -> Html {
    let i18n = use_i18n();
    let (course, lang) = use_course(&props.slug);
    let course = match course.ready() {
        Ok(course) => course,
        Err(view) => return view,
    };
    let count = course.lessons.len();
    let Some(lesson) = props
        .number
        .checked_sub(1)
        .and_then(|i| course.lessons.get(i))
    else {
        return html! { <NotFound /> };
    };
    set_title(&format!("{} – {}", lesson.title, course.summary.title));
    let slug = course.summary.slug.clone();
    let number = props.number;
    // The last lesson leads on to practice, or to the quiz when there is none.
    let (onward, onward_text) = if number < count {
        (
            Route::Lesson {
                slug: slug.clone(),
                number: number + 1,
            },
            i18n.t("next-lesson"),
        )
    } else if course.practice.is_empty() {
        (Route::Quiz { slug: slug.clone() }, i18n.t("quiz-start"))
    } else {
        (
            Route::Practice { slug: slug.clone() },
            i18n.t("practice-start"),
        )
    };
    let progress = i18n.t_with(
        "lesson-progress",
        &[("number", number.into()), ("count", count.into())],
    );

    html! {
        <article class="page narrow lesson" lang={lang.code()}>
            <nav class="breadcrumbs" aria-label={i18n.t("breadcrumbs")} lang={i18n.lang().code()}>
                <ContentLink to={Route::Course { slug: slug.clone() }} {lang}><span lang={lang.code()}>{ &course.summary.title }</span></ContentLink>
            </nav>
            <p class="progress" lang={i18n.lang().code()}>{ progress }</p>
            <h1>{ &lesson.title }</h1>
            <div class="prose">{ Html::from_html_unchecked(AttrValue::from(lesson.html.clone())) }</div>
            <nav class="pager" aria-label={i18n.t("lesson-navigation")} lang={i18n.lang().code()}>
                if number > 1 {
                    <ContentLink to={Route::Lesson { slug: slug.clone(), number: number - 1 }} {lang} classes="button secondary" >
                        { i18n.t("previous-lesson") }
                    </ContentLink>
                }
                <OnwardLink to={onward} {lang} slug={slug.clone()} lesson={number}>{ onward_text }</OnwardLink>
            </nav>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct OnwardProps {
    to: Route,
    lang: Lang,
    slug: String,
    lesson: usize,
    children: Html,
}

/// A [`ContentLink`] that records the lesson as done before it navigates: going on is how a
/// learner says they have read it. A click that opens a new tab records it too.
#[component]
fn OnwardLink(props: &OnwardProps) -> Html {
    let i18n = use_i18n();
    let progress = use_progress();
    let navigator = use_navigator();
    let query = (props.lang != i18n.lang()).then_some(LangQuery { lang: props.lang });
    let href = match &query {
        Some(query) => format!("{}?lang={}", props.to.to_path(), query.lang),
        None => props.to.to_path(),
    };
    let onclick = {
        let (to, slug, lesson) = (props.to.clone(), props.slug.clone(), props.lesson);
        Callback::from(move |event: MouseEvent| {
            progress.record_lesson(&slug, lesson);
            if event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key() {
                return;
            }
            event.prevent_default();
            if let Some(navigator) = &navigator {
                match &query {
                    Some(query) => {
                        let _ = navigator.push_with_query(&to, query);
                    }
                    None => navigator.push(&to),
                }
            }
        })
    };
    html! {
        <a class="button" {href} {onclick}>{ props.children.clone() }</a>
    }
}
