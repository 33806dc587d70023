//! A course's front page: what it is, what it gives evidence of, its lessons and its quiz.

use crate::api;
use crate::components::content_link::ContentLink;
use crate::components::fetch::{use_course, use_fetch, Load};
use crate::i18n::{set_title, use_i18n};
use crate::pages::CourseProps;
use crate::route::Route;
use common::{Course, Framework};
use yew::prelude::*;

#[component]
pub fn CoursePage(props: &CourseProps) -> Html {
    let i18n = use_i18n();
    let (course, lang) = use_course(&props.slug);
    let framework = use_fetch((), |()| api::courses::framework());
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
            <p>
                <ContentLink to={Route::Lesson { slug: slug.clone(), number: 1 }} {lang} classes="button">
                    { i18n.t("start-course") }
                </ContentLink>
            </p>
            <Competences course={course.clone()} {framework} />
            <h2>{ i18n.t("lessons") }</h2>
            <ol class="lesson-list" lang={lang.code()}>
                { for course.lessons.iter().enumerate().map(|(index, lesson)| html! {
                    <li>
                        <ContentLink to={Route::Lesson { slug: slug.clone(), number: index + 1 }} {lang}>
                            { &lesson.title }
                        </ContentLink>
                    </li>
                }) }
            </ol>
            if !course.practice.is_empty() {
                <h2>{ i18n.t("practice") }</h2>
                <p>{ i18n.t_with("practice-intro", &[("count", course.practice.len().into())]) }</p>
                <p><ContentLink to={Route::Practice { slug: slug.clone() }} {lang}>{ i18n.t("practice-start") }</ContentLink></p>
            }
            <h2>{ i18n.t("quiz") }</h2>
            <p>{ i18n.t_with("quiz-intro", &[("count", course.quiz.len().into()), ("passmark", course.pass_mark.into())]) }</p>
            <p><ContentLink to={Route::Quiz { slug }} {lang}>{ i18n.t("quiz-start") }</ContentLink></p>
        </article>
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
