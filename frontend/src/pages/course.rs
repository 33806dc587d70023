//! A course's front page: what it is, what it gives evidence of, its lessons (those done
//! marked) and its quiz.

use crate::api;
use crate::components::content_link::ContentLink;
use crate::components::dates;
use crate::components::fetch::{use_course, use_fetch, Load};
use crate::i18n::{set_title, use_i18n, I18n};
use crate::learner::learner_id;
use crate::pages::CourseProps;
use crate::progress::{lessons_done_here, use_progress};
use crate::route::Route;
use crate::session::use_session;
use common::{Audience, Course, CourseProgress, Framework, Lang};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn CoursePage(props: &CourseProps) -> Html {
    let i18n = use_i18n();
    let (course, lang) = use_course(&props.slug);
    let framework = use_fetch((), |()| api::courses::framework());
    let done = use_course_progress(&props.slug);
    let course = match course.ready() {
        Ok(course) => course,
        Err(view) => return view,
    };
    set_title(&course.summary.title);
    let slug = course.summary.slug.clone();
    let framework = match framework {
        Load::Loaded(framework) => Some(framework),
        _ => None,
    };

    html! {
        <article class="page narrow">
            <h1 lang={lang.code()}>{ &course.summary.title }</h1>
            <div class="lead" lang={lang.code()}>{ Html::from_html_unchecked(AttrValue::from(course.summary.intro_html.clone())) }</div>
            <p class="meta">
                <span>{ i18n.t_with("minutes", &[("minutes", course.summary.minutes.into())]) }</span>
                { for course.summary.validity_months.map(|months| html! {
                    <span>{ i18n.t_with("valid-months", &[("months", months.into())]) }</span>
                }) }
            </p>
            { start_or_continue(&i18n, &course, &done, lang) }
            <Competences course={course.clone()} {framework} />
            <h2>{ i18n.t("lessons") }</h2>
            <ol class="lesson-list" lang={lang.code()}>
                { for course.lessons.iter().enumerate().map(|(index, lesson)| {
                    let is_done = done.lessons_done.contains(&(index as u32 + 1));
                    html! {
                        <li class={classes!(is_done.then_some("is-done"))}>
                            <ContentLink to={Route::Lesson { slug: slug.clone(), number: index + 1 }} {lang}>
                                { &lesson.title }
                                if is_done {
                                    <span class="done-mark" aria-hidden="true">{ " ✓" }</span>
                                    <span class="visually-hidden" lang={i18n.lang().code()}>{ format!(" ({})", i18n.t("lesson-done")) }</span>
                                }
                            </ContentLink>
                        </li>
                    }
                }) }
            </ol>
            if !course.practice.is_empty() {
                <h2>{ i18n.t("practice") }</h2>
                <p>{ i18n.t_with("practice-intro", &[("count", course.practice.len().into())]) }</p>
                <p><ContentLink to={Route::Practice { slug: slug.clone() }} {lang}>{ i18n.t("practice-start") }</ContentLink></p>
            }
            <h2>{ i18n.t("quiz") }</h2>
            <p>{ i18n.t_with("quiz-intro", &[("count", course.quiz.len().into()), ("passmark", course.pass_mark.into())]) }</p>
            <p><ContentLink to={Route::Quiz { slug: slug.clone() }} {lang}>{ i18n.t("quiz-start") }</ContentLink></p>
            if course.summary.audience != Audience::Staff {
                <p class="handout-link-row"><ContentLink to={Route::Handout { slug }} {lang}>{ i18n.t("handout-link") }</ContentLink></p>
            }
        </article>
    }
}

thread_local! {
    /// The last progress the server sent, and whose it was ("person learner").
    static LAST_LOADED: RefCell<Option<(String, Rc<Vec<CourseProgress>>)>> = const { RefCell::new(None) };
}

/// The learner's progress in the course `slug`: what the server has, and the lessons done on
/// this device that it may not know of yet. Looked up again after signing in or out.
#[hook]
fn use_course_progress(slug: &str) -> CourseProgress {
    let session = use_session();
    // Re-rendered by the outbox's changes, so new lessons done here show at once.
    let _ = use_progress();
    let person = session.me().map(|me| me.id.clone()).unwrap_or_default();
    let learner = learner_id();
    let owner = format!("{person} {learner}");
    let stored = use_fetch((person, learner.clone()), |(_, learner)| async move {
        api::progress::list(&learner).await
    });
    // Offline, the last answer in this tab; with none, the outbox alone shows what was done.
    let list = match stored {
        Load::Loaded(list) => {
            LAST_LOADED.with(|last| *last.borrow_mut() = Some((owner.clone(), list.clone())));
            Some(list)
        }
        _ => LAST_LOADED.with(|last| {
            let last = last.borrow();
            last.as_ref()
                .filter(|(o, _)| *o == owner)
                .map(|(_, list)| list.clone())
        }),
    };
    let mut progress = list
        .and_then(|list| list.iter().find(|c| c.course_slug == slug).cloned())
        .unwrap_or_else(|| CourseProgress {
            course_slug: slug.to_owned(),
            lessons_done: Vec::new(),
            passed_at: None,
        });
    // Only asked "is this one done?", so neither order nor repeats matter.
    progress.lessons_done.extend(lessons_done_here(slug));
    progress
}

/// "Start the course"; once some lessons are done, "Continue" to the first one left (or the
/// quiz), with how far the learner has come; and a note once the quiz is passed.
fn start_or_continue(i18n: &I18n, course: &Course, done: &CourseProgress, lang: Lang) -> Html {
    let slug = course.summary.slug.clone();
    let count = course.lessons.len();
    let next = (1..=count).find(|n| !done.lessons_done.contains(&(*n as u32)));
    let done_count = (1..=count)
        .filter(|n| done.lessons_done.contains(&(*n as u32)))
        .count();
    let passed = done.passed_at.map(|at| {
        let date = dates::from_unix(i18n.lang(), at);
        html! { <p class="notice passed-note"><span aria-hidden="true">{ "✓ " }</span>{ i18n.t_with("course-passed", &[("date", date.into())]) }</p> }
    });
    let action = match (done_count, next) {
        (0, _) => Some((Route::Lesson { slug, number: 1 }, "start-course")),
        (_, Some(number)) => Some((Route::Lesson { slug, number }, "course-continue")),
        (_, None) if done.passed_at.is_none() => Some((Route::Quiz { slug }, "course-continue")),
        (_, None) => None,
    };
    let summary = (done_count > 0).then(|| {
        i18n.t_with(
            "course-lessons-done",
            &[("done", done_count.into()), ("count", count.into())],
        )
    });
    html! {
        <div class="course-progress">
            { for passed }
            { for summary.map(|text| html! { <p>{ text }</p> }) }
            { for action.map(|(to, text)| html! {
                <p><ContentLink {to} {lang} classes="button">{ i18n.t(text) }</ContentLink></p>
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CompetencesProps {
    course: std::rc::Rc<Course>,
    framework: Option<std::rc::Rc<Framework>>,
}

/// The competences the course gives evidence of, named in the interface language.
#[component]
fn Competences(props: &CompetencesProps) -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang();
    html! {
        <>
            <h2>{ i18n.t("competences") }</h2>
            <ul class="competences">
                { for props.course.summary.competences.iter().map(|award| {
                    let name = props.framework.as_ref()
                        .and_then(|f| f.competence(&award.id))
                        .map(|c| c.name.get(lang).to_owned())
                        .unwrap_or_default();
                    let group = props.framework.as_ref()
                        .and_then(|f| f.group_of(award.level))
                        .map(|g| g.name.get(lang).to_owned())
                        .unwrap_or_default();
                    html! {
                        <li>
                            <span class="competence-id">{ &award.id }</span>{ " " }{ name }{ " – " }
                            { i18n.t_with("level", &[("level", award.level.into()), ("group", group.into())]) }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
