//! The lesson reader, with previous and next. Going on from a lesson records it as done.
//! It can be read aloud; the last lesson of a citizen course offers a resume code.

use crate::components::content_link::{lang_query, ContentLink};
use crate::components::fetch::use_course;
use crate::components::read_aloud::ReadAloud;
use crate::components::resume_code::ResumeCodeOffer;
use crate::i18n::{set_title, use_i18n};
use crate::pages::not_found::NotFound;
use crate::participation::use_participation;
use crate::progress::use_progress;
use crate::route::Route;
use crate::router::prelude::*;
use crate::session::{use_session, SessionState};
use common::{Audience, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LessonProps {
    pub slug: AttrValue,
    /// 1-based, as in the address.
    pub number: usize,
}

#[component]
pub fn LessonPage(props: &LessonProps) -> Html {
    let i18n = use_i18n();
    let progress = use_progress();
    let session = use_session();
    let prose = use_node_ref();
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
    let position = i18n.t_with(
        "lesson-progress",
        &[("number", number.into()), ("count", count.into())],
    );
    // For an anonymous learner only. Asking for a code on the last page says they have read it.
    let anonymous = session.state == SessionState::SignedOut;
    let citizen = course.summary.audience != Audience::Staff;
    let resume = (number == count && citizen && anonymous).then(|| {
        let slug = slug.clone();
        Callback::from(move |()| progress.record_lesson(&slug, number))
    });

    html! {
        <article class="page narrow lesson" lang={lang.code()}>
            <nav class="breadcrumbs" aria-label={i18n.t("breadcrumbs")} lang={i18n.lang().code()}>
                <ContentLink to={Route::Course { slug: slug.clone() }} {lang}><span lang={lang.code()}>{ &course.summary.title }</span></ContentLink>
            </nav>
            <p class="progress" lang={i18n.lang().code()}>{ position }</p>
            <h1>{ &lesson.title }</h1>
            <ReadAloud {lang} title={lesson.title.clone()} content={prose.clone()} />
            <div class="prose" ref={prose}>{ Html::from_html_unchecked(AttrValue::from(lesson.html.clone())) }</div>
            <nav class="pager" aria-label={i18n.t("lesson-navigation")} lang={i18n.lang().code()}>
                if number > 1 {
                    <ContentLink to={Route::Lesson { slug: slug.clone(), number: number - 1 }} {lang} classes="button secondary" >
                        { i18n.t("previous-lesson") }
                    </ContentLink>
                }
                <OnwardLink to={onward} {lang} slug={slug.clone()} lesson={number} last={number == count}>{ onward_text }</OnwardLink>
            </nav>
            if let Some(before) = resume {
                <section class="resume-section" lang={i18n.lang().code()} aria-labelledby="resume-section-title">
                    <h2 id="resume-section-title">{ i18n.t("resume-section-title") }</h2>
                    <ResumeCodeOffer {before} />
                </section>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct OnwardProps {
    to: Route,
    lang: Lang,
    slug: String,
    lesson: usize,
    /// The course's last lesson: going on finishes the course for a library session.
    last: bool,
    children: Html,
}

/// A [`ContentLink`] that records the lesson as done before it navigates: going on is how a
/// learner says they have read it. A click that opens a new tab records it too.
#[component]
fn OnwardLink(props: &OnwardProps) -> Html {
    let i18n = use_i18n();
    let progress = use_progress();
    let participation = use_participation();
    let navigator = use_navigator();
    let query = (props.lang != i18n.lang()).then(|| lang_query(props.lang));
    let href = match &query {
        Some(query) => format!("{}?{query}", props.to.to_path()),
        None => props.to.to_path(),
    };
    let onclick = {
        let (to, slug, lesson, last) = (
            props.to.clone(),
            props.slug.clone(),
            props.lesson,
            props.last,
        );
        Callback::from(move |event: MouseEvent| {
            progress.record_lesson(&slug, lesson);
            if last {
                participation.finishing(&slug);
            }
            if event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key() {
                return;
            }
            event.prevent_default();
            if let Some(navigator) = &navigator {
                match &query {
                    Some(query) => navigator.push_with_query(&to, query),
                    None => navigator.push(&to),
                }
            }
        })
    };
    html! {
        <a class="button" {href} {onclick}>{ props.children.clone() }</a>
    }
}
