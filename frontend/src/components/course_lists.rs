//! A person's assigned and passed courses: on "My competence", and on the page their manager
//! sees of them.

use crate::components::competence_chart::Perspective;
use crate::components::content_link::ContentLink;
use crate::components::dates;
use crate::i18n::I18n;
use crate::route::Route;
use crate::router::prelude::*;
use common::{AssignmentStatus, AssignmentView, Completion};
use yew::prelude::*;

/// The status's code for `data-status`, and its text with a mark: never colour alone.
pub fn assignment_status(i18n: &I18n, status: AssignmentStatus) -> (&'static str, Html) {
    let (key, text, class, mark) = match status {
        AssignmentStatus::NotStarted => ("not-started", i18n.t("assignment-not-started"), "", ""),
        AssignmentStatus::InProgress => ("in-progress", i18n.t("assignment-in-progress"), "", ""),
        AssignmentStatus::Done => ("done", i18n.t("assignment-done"), "is-met", "✓ "),
        AssignmentStatus::Overdue => ("overdue", i18n.t("assignment-overdue"), "is-gap", "⚠ "),
    };
    let view = html! {
        <span class={classes!("assignment-status", class)}><span aria-hidden="true">{ mark }</span>{ text }</span>
    };
    (key, view)
}

/// "Courses assigned to you", each with its due date and status.
pub fn assigned_courses(
    i18n: &I18n,
    assignments: &[AssignmentView],
    perspective: Perspective,
) -> Html {
    let lang = i18n.lang();
    let own = perspective == Perspective::Own;
    let items = assignments.iter().map(|assignment| {
        let course = &assignment.course;
        let due = i18n.t_with(
            "assignment-due",
            &[("date", dates::from_ymd(lang, &assignment.due).into())],
        );
        let (key, status) = assignment_status(i18n, assignment.status);
        html! {
            <li data-slug={course.slug.clone()} data-status={key} data-due={assignment.due.clone()}>
                <ContentLink to={Route::Course { slug: course.slug.clone() }} lang={course.lang}>
                    <span lang={course.lang.code()}>{ &course.title }</span>
                </ContentLink>
                <span class="meta-inline">{ due }{ " · " }{ status }</span>
            </li>
        }
    });
    html! {
        <section id="assignments" aria-labelledby="assignments-heading">
            <h2 id="assignments-heading">
                { if own { i18n.t("assignments-title") } else { i18n.t("team-person-assignments-title") } }
            </h2>
            if assignments.is_empty() {
                <p>{ if own { i18n.t("assignments-none") } else { i18n.t("team-person-assignments-none") } }</p>
            } else {
                <ul class="course-items">{ for items }</ul>
            }
        </section>
    }
}

/// "Courses you have passed", newest first, each with its certificate.
pub fn completed_courses(i18n: &I18n, completed: &[Completion], perspective: Perspective) -> Html {
    let lang = i18n.lang();
    let own = perspective == Perspective::Own;
    let items = completed.iter().map(|done| {
        let course = &done.course;
        let passed = i18n.t_with("completed-passed-on", &[("date", dates::from_unix(lang, done.passed_at).into())]);
        let until = done.valid_until.map(|until| {
            i18n.t_with("completed-valid-until", &[("date", dates::from_unix(lang, until).into())])
        });
        html! {
            <li data-slug={course.slug.clone()} data-certificate={done.certificate.clone()}>
                <ContentLink to={Route::Course { slug: course.slug.clone() }} lang={course.lang}>
                    <span lang={course.lang.code()}>{ &course.title }</span>
                </ContentLink>
                <span class="meta-inline">
                    { passed }
                    { for until.map(|until| html! { <>{ " · " }{ until }</> }) }
                </span>
                <Link<Route> to={Route::Certificate { code: done.certificate.clone() }} classes="certificate-link">
                    { i18n.t("completed-certificate") }
                    <span class="visually-hidden" lang={course.lang.code()}>{ format!(": {}", course.title) }</span>
                </Link<Route>>
            </li>
        }
    });
    html! {
        <section id="completed" aria-labelledby="completed-heading">
            <h2 id="completed-heading">
                { if own { i18n.t("completed-title") } else { i18n.t("team-person-completed-title") } }
            </h2>
            if completed.is_empty() {
                <p>{ if own { i18n.t("completed-none") } else { i18n.t("team-person-completed-none") } }</p>
            } else {
                <ul class="course-items">{ for items }</ul>
            }
        </section>
    }
}
