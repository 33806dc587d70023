//! Practice questions: answered one at a time, checked at once in the browser (they are not
//! graded, so their answers travel with them).

use crate::components::content_link::ContentLink;
use crate::components::fetch::use_course;
use crate::components::question::{on_answer, Feedback, Question};
use crate::i18n::{set_title, use_i18n};
use crate::pages::CourseProps;
use crate::route::Route;
use yew::prelude::*;

#[component]
pub fn PracticePage(props: &CourseProps) -> Html {
    let i18n = use_i18n();
    let (course, lang) = use_course(&props.slug);
    let answers = use_state(Vec::<Vec<usize>>::new);
    let checked = use_state(Vec::<bool>::new);
    let course = match course.ready() {
        Ok(course) => course,
        Err(view) => return view,
    };
    set_title(&format!(
        "{} – {}",
        i18n.t("practice"),
        course.summary.title
    ));
    let count = course.practice.len();
    let slug = course.summary.slug.clone();

    let questions = course.practice.iter().enumerate().map(|(index, practice)| {
        let selected = answers.get(index).cloned().unwrap_or_default();
        let is_checked = checked.get(index).copied().unwrap_or(false);
        let on_change = on_answer(&answers, count, index);
        let on_check = {
            let checked = checked.clone();
            Callback::from(move |_| {
                let mut next = (*checked).clone();
                next.resize(count, false);
                next[index] = true;
                checked.set(next);
            })
        };
        let feedback = is_checked.then(|| {
            let mut chosen = selected.clone();
            chosen.sort_unstable();
            Feedback {
                correct: chosen == practice.correct.selected,
                correct_options: practice.correct.selected.clone(),
                explanation_html: practice.explanation_html.clone(),
            }
        });
        html! {
            <div class="practice-item">
                <Question id_prefix="practice" {index} {count} question={practice.question.clone()}
                    selected={selected.clone()} {on_change} {feedback} {lang} />
                // Stays in place once used, so keyboard focus is not lost.
                <button type="button" class="secondary" disabled={selected.is_empty()} onclick={on_check}>
                    { i18n.t("check-answer") }
                </button>
            </div>
        }
    });

    html! {
        <article class="page narrow">
            <nav class="breadcrumbs" aria-label={i18n.t("breadcrumbs")}>
                <ContentLink to={Route::Course { slug: slug.clone() }} {lang}><span lang={lang.code()}>{ &course.summary.title }</span></ContentLink>
            </nav>
            <h1>{ i18n.t("practice") }</h1>
            <p class="lead">{ i18n.t("practice-help") }</p>
            { for questions }
            <p><ContentLink to={Route::Quiz { slug }} {lang} classes="button">{ i18n.t("quiz-start") }</ContentLink></p>
        </article>
    }
}
