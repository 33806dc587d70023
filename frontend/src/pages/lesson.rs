//! The lesson reader, with previous and next.

use crate::components::content_link::ContentLink;
use crate::components::fetch::use_course;
use crate::i18n::{set_title, use_i18n};
use crate::pages::not_found::NotFound;
use crate::route::Route;
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
                if number < count {
                    <ContentLink to={Route::Lesson { slug: slug.clone(), number: number + 1 }} {lang} classes="button">
                        { i18n.t("next-lesson") }
                    </ContentLink>
                } else if course.practice.is_empty() {
                    <ContentLink to={Route::Quiz { slug: slug.clone() }} {lang} classes="button">{ i18n.t("quiz-start") }</ContentLink>
                } else {
                    <ContentLink to={Route::Practice { slug: slug.clone() }} {lang} classes="button">{ i18n.t("practice-start") }</ContentLink>
                }
            </nav>
        </article>
    }
}
