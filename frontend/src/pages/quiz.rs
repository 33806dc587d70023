//! The assessed quiz: the browser has no answer key; the server grades and explains.

use crate::api;
use crate::components::content_link::ContentLink;
use crate::components::fetch::use_course;
use crate::components::question::{on_answer, Feedback, Question};
use crate::i18n::{set_title, use_i18n};
use crate::learner::learner_id;
use crate::pages::CourseProps;
use crate::route::Route;
use common::{Answer, QuizResult, QuizSubmission};
use yew::prelude::*;

#[component]
pub fn QuizPage(props: &CourseProps) -> Html {
    let i18n = use_i18n();
    let (course, lang) = use_course(&props.slug);
    let answers = use_state(Vec::<Vec<usize>>::new);
    let result = use_state(|| None::<QuizResult>);
    let problem = use_state(|| None::<String>);
    let sending = use_state(|| false);
    let summary_ref = use_node_ref();
    let heading_ref = use_node_ref();
    {
        // Announce the outcome by moving focus to it once it arrives.
        let summary_ref = summary_ref.clone();
        use_effect_with(result.is_some(), move |shown| {
            if *shown {
                if let Some(element) = summary_ref.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let course = match course.ready() {
        Ok(course) => course,
        Err(view) => return view,
    };
    set_title(&format!("{} – {}", i18n.t("quiz"), course.summary.title));
    let count = course.quiz.len();
    let slug = course.summary.slug.clone();

    let onsubmit = {
        let (answers, result, problem, sending, i18n) = (
            answers.clone(),
            result.clone(),
            problem.clone(),
            sending.clone(),
            i18n.clone(),
        );
        let slug = slug.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let unanswered: Vec<String> = (0..count)
                .filter(|&i| answers.get(i).is_none_or(|a| a.is_empty()))
                .map(|i| (i + 1).to_string())
                .collect();
            if !unanswered.is_empty() {
                problem.set(Some(i18n.t_with(
                    "quiz-unanswered",
                    &[("numbers", unanswered.join(", ").into())],
                )));
                return;
            }
            let submission = QuizSubmission {
                learner_id: learner_id(),
                lang,
                answers: answers
                    .iter()
                    .map(|selected| Answer {
                        selected: selected.clone(),
                    })
                    .collect(),
            };
            let (result, problem, sending, i18n, slug) = (
                result.clone(),
                problem.clone(),
                sending.clone(),
                i18n.clone(),
                slug.clone(),
            );
            sending.set(true);
            problem.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match api::courses::submit_quiz(&slug, &submission).await {
                    Ok(graded) => result.set(Some(graded)),
                    Err(err) if err.status == 0 => problem.set(Some(i18n.t("error-offline"))),
                    Err(err) => problem.set(Some(
                        i18n.t_with("error-server", &[("message", err.message.into())]),
                    )),
                }
                sending.set(false);
            });
        })
    };
    let on_retry = {
        let (answers, result, heading_ref) = (answers.clone(), result.clone(), heading_ref.clone());
        Callback::from(move |_| {
            answers.set(Vec::new());
            result.set(None);
            // The button disappears; keep keyboard focus at the top of the quiz.
            if let Some(heading) = heading_ref.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        })
    };

    let questions = course.quiz.iter().enumerate().map(|(index, question)| {
        let on_change = on_answer(&answers, count, index);
        let feedback = result.as_ref().and_then(|r| r.questions.get(index)).map(|q| Feedback {
            correct: q.correct,
            correct_options: q.correct_options.clone(),
            explanation_html: q.explanation_html.clone(),
        });
        html! {
            <Question id_prefix="quiz" {index} {count} question={question.clone()}
                selected={answers.get(index).cloned().unwrap_or_default()} {on_change} {feedback} {lang} />
        }
    });

    html! {
        <article class="page narrow">
            <nav class="breadcrumbs" aria-label={i18n.t("breadcrumbs")}>
                <ContentLink to={Route::Course { slug: slug.clone() }} {lang}><span lang={lang.code()}>{ &course.summary.title }</span></ContentLink>
            </nav>
            <h1 tabindex="-1" ref={heading_ref}>{ i18n.t("quiz") }</h1>
            { for result.as_ref().map(|r| html! {
                <section class={classes!("result", if r.passed { "is-passed" } else { "is-failed" })}
                    aria-labelledby="result-heading">
                    <h2 id="result-heading" tabindex="-1" ref={summary_ref.clone()}>
                        { if r.passed { i18n.t("quiz-passed") } else { i18n.t("quiz-failed") } }
                    </h2>
                    <p class="score">{ i18n.t_with("quiz-score", &[
                        ("score", r.score.into()), ("max", r.max_score.into()),
                        ("percent", r.percent.into()), ("passmark", r.pass_mark.into()),
                    ]) }</p>
                    <p>{ i18n.t("quiz-review") }</p>
                    <button type="button" class="secondary" onclick={on_retry.clone()}>{ i18n.t("quiz-retry") }</button>
                </section>
            }) }
            if result.is_none() {
                <p class="lead">{ i18n.t_with("quiz-intro", &[("count", count.into()), ("passmark", course.pass_mark.into())]) }</p>
            }
            <form {onsubmit} novalidate=true>
                { for questions }
                <div aria-live="assertive">
                    { for (*problem).clone().map(|message| html! { <p class="notice notice-error">{ message }</p> }) }
                </div>
                if result.is_none() {
                    <button type="submit" disabled={*sending}>{ i18n.t("quiz-submit") }</button>
                }
            </form>
        </article>
    }
}
