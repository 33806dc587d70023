//! The assessed quiz: the browser has no answer key; the server grades and explains.
//! An attempt handed in offline waits in the outbox and is graded when the server is back.

use crate::components::content_link::ContentLink;
use crate::components::fetch::use_course;
use crate::components::form::error_text;
use crate::components::question::{on_answer, Feedback, Question};
use crate::components::resume_code::ResumeCodeOffer;
use crate::i18n::{set_title, use_i18n, I18n};
use crate::learner::{learner_id, random_uuid};
use crate::pages::CourseProps;
use crate::participation::use_participation;
use crate::progress::{use_progress, waiting_quiz, QuizSend};
use crate::route::Route;
use crate::router::prelude::*;
use common::{Answer, Audience, QuizResult, QuizSubmission};
use yew::prelude::*;

#[component]
pub fn QuizPage(props: &CourseProps) -> Html {
    let i18n = use_i18n();
    let progress = use_progress();
    let participation = use_participation();
    let (course, lang) = use_course(&props.slug);
    let answers = use_state(Vec::<Vec<usize>>::new);
    // Made once per attempt and kept while it is sent again, so the server grades it once.
    let attempt = use_state(random_uuid);
    let result = use_state(|| None::<QuizResult>);
    let problem = use_state(|| None::<String>);
    let sending = use_state(|| false);
    // The notice for answers kept in the outbox until the server can grade them.
    let queued = use_state(|| None::<&'static str>);
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
    {
        // Passing finishes the course for a library session the learner takes part in.
        let passed = result.as_ref().is_some_and(|r| r.passed);
        let slug = props.slug.clone();
        use_effect_with(passed, move |passed| {
            if *passed {
                participation.finished(&slug);
            }
        });
    }
    {
        // An attempt still in the outbox from an earlier visit is shown as handed in.
        let (answers, attempt, queued) = (answers.clone(), attempt.clone(), queued.clone());
        use_effect_with(props.slug.clone(), move |slug| {
            if let Some(waiting) = waiting_quiz(slug) {
                answers.set(waiting.answers.into_iter().map(|a| a.selected).collect());
                attempt.set(waiting.id);
                queued.set(Some("quiz-saved-offline"));
            }
        });
    }
    {
        // The outbox sent a queued attempt: show its grade as if it had come at once.
        let (result, problem, queued, i18n, progress) = (
            result.clone(),
            problem.clone(),
            queued.clone(),
            i18n.clone(),
            progress.clone(),
        );
        let deps = (progress.status.graded, queued.is_some(), (*attempt).clone());
        use_effect_with(deps, move |(_, is_queued, attempt)| {
            if let Some(outcome) = is_queued.then(|| progress.graded(attempt)).flatten() {
                queued.set(None);
                match outcome {
                    Ok(graded) => result.set(Some(graded)),
                    Err(error) => problem.set(Some(error_text(&i18n, &error))),
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
    let for_citizens = course.summary.audience != Audience::Staff;

    let onsubmit = {
        let (answers, attempt, result, problem, sending, queued, i18n, progress) = (
            answers.clone(),
            attempt.clone(),
            result.clone(),
            problem.clone(),
            sending.clone(),
            queued.clone(),
            i18n.clone(),
            progress.clone(),
        );
        let slug = slug.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *sending || queued.is_some() {
                return;
            }
            if let Some(message) = unanswered(&i18n, &answers, count) {
                problem.set(Some(message));
                return;
            }
            let submission = QuizSubmission {
                id: (*attempt).clone(),
                learner_id: learner_id(),
                lang,
                answers: answers
                    .iter()
                    .map(|selected| Answer {
                        selected: selected.clone(),
                    })
                    .collect(),
            };
            let (attempt, result, problem, sending, queued, i18n, progress, slug) = (
                attempt.clone(),
                result.clone(),
                problem.clone(),
                sending.clone(),
                queued.clone(),
                i18n.clone(),
                progress.clone(),
                slug.clone(),
            );
            sending.set(true);
            problem.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match progress.submit_quiz(slug, submission).await {
                    QuizSend::Graded(graded) => result.set(Some(graded)),
                    QuizSend::Queued { offline } => queued.set(Some(if offline {
                        "quiz-saved-offline"
                    } else {
                        "quiz-saved-retry"
                    })),
                    QuizSend::Failed(error) => {
                        // Refused, so not stored: the corrected answers go as a new attempt.
                        attempt.set(random_uuid());
                        problem.set(Some(error_text(&i18n, &error)));
                    }
                }
                sending.set(false);
            });
        })
    };
    let on_retry = {
        let (answers, attempt, result, heading_ref) = (
            answers.clone(),
            attempt.clone(),
            result.clone(),
            heading_ref.clone(),
        );
        Callback::from(move |_| {
            answers.set(Vec::new());
            attempt.set(random_uuid());
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
            { for result.as_ref().map(|r| outcome(&i18n, r, &summary_ref, &on_retry, for_citizens)) }
            if result.is_none() {
                <p class="lead">{ i18n.t_with("quiz-intro", &[("count", count.into()), ("passmark", course.pass_mark.into())]) }</p>
            }
            <form {onsubmit} novalidate=true>
                // Handed-in answers cannot change while they wait to be graded.
                <fieldset class="plain" disabled={queued.is_some()}>
                    { for questions }
                </fieldset>
                <div aria-live="assertive">
                    { for (*problem).clone().map(|message| html! { <p class="notice notice-error">{ message }</p> }) }
                </div>
                <div role="status" id="quiz-queued">
                    { for queued.map(|id| html! { <p class="notice">{ i18n.t(id) }</p> }) }
                </div>
                if result.is_none() && queued.is_none() {
                    <button type="submit" disabled={*sending}>{ i18n.t("quiz-submit") }</button>
                }
            </form>
        </article>
    }
}

/// "Answer every question", naming the ones left, or `None` when all are answered.
fn unanswered(i18n: &I18n, answers: &[Vec<usize>], count: usize) -> Option<String> {
    let left: Vec<String> = (0..count)
        .filter(|&i| answers.get(i).is_none_or(|a| a.is_empty()))
        .map(|i| (i + 1).to_string())
        .collect();
    (!left.is_empty())
        .then(|| i18n.t_with("quiz-unanswered", &[("numbers", left.join(", ").into())]))
}

/// The grade: passed or not, the score, the certificate when one was issued, and a retry;
/// after passing a course for citizens, a resume code to continue at home.
fn outcome(
    i18n: &I18n,
    r: &QuizResult,
    heading: &NodeRef,
    on_retry: &Callback<MouseEvent>,
    for_citizens: bool,
) -> Html {
    html! {
        <section class={classes!("result", if r.passed { "is-passed" } else { "is-failed" })}
            aria-labelledby="result-heading">
            <h2 id="result-heading" tabindex="-1" ref={heading.clone()}>
                { if r.passed { i18n.t("quiz-passed") } else { i18n.t("quiz-failed") } }
            </h2>
            <p class="score">{ i18n.t_with("quiz-score", &[
                ("score", r.score.into()), ("max", r.max_score.into()),
                ("percent", r.percent.into()), ("passmark", r.pass_mark.into()),
            ]) }</p>
            { for r.certificate.clone().map(|code| html! {
                <p><Link<Route> to={Route::Certificate { code }} classes="certificate-link">{ i18n.t("quiz-certificate") }</Link<Route>></p>
            }) }
            if r.passed && for_citizens {
                <ResumeCodeOffer />
            }
            <p>{ i18n.t("quiz-review") }</p>
            <button type="button" class="secondary" onclick={on_retry.clone()}>{ i18n.t("quiz-retry") }</button>
        </section>
    }
}
