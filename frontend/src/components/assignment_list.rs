//! The team's assignments: how many stand where, what is overdue, and every assignment
//! soonest due first (`GET /api/units/{id}/assignments`).

use crate::api;
use crate::components::course_lists::assignment_status;
use crate::components::dates;
use crate::components::fetch::use_reloadable;
use crate::i18n::{use_i18n, I18n};
use crate::route::Route;
use crate::router::prelude::*;
use common::{AssignmentStatus, TeamAssignment, TeamAssignments};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AssignmentListProps {
    /// The unit whose subtree's assignments are shown.
    pub unit: AttrValue,
    /// Changed by the page after new assignments, to load the list again.
    #[prop_or_default]
    pub version: u32,
}

#[component]
pub fn AssignmentList(props: &AssignmentListProps) -> Html {
    let i18n = use_i18n();
    // The old list stays on screen while the new one loads, so nothing jumps after assigning.
    let (list, _) = use_reloadable(
        (props.unit.clone(), i18n.lang(), props.version),
        |(unit, lang, _)| async move { api::team::assignments(&unit, lang).await },
    );
    let body = match list.ready() {
        Ok(list) => assignments(&i18n, &list),
        Err(view) => view,
    };
    html! {
        <section id="team-assignments" aria-labelledby="team-assignments-heading">
            <h2 id="team-assignments-heading">{ i18n.t("team-assignments-title") }</h2>
            { body }
        </section>
    }
}

fn assignments(i18n: &I18n, list: &TeamAssignments) -> Html {
    let lang = i18n.lang();
    let count = |label: String, id: &'static str, value: u32| {
        html! { <div><dt>{ label }</dt><dd id={id}>{ value }</dd></div> }
    };
    let overdue = list
        .assignments
        .iter()
        .filter(|a| a.status == AssignmentStatus::Overdue)
        .map(|a| {
            let due = i18n.t_with("assignment-due", &[("date", dates::from_ymd(lang, &a.due).into())]);
            html! {
                <li data-person={a.person.id.clone()} data-slug={a.course.slug.clone()}>
                    <Link<Route> to={Route::TeamPerson { id: a.person.id.clone() }}>{ &a.person.name }</Link<Route>>
                    { ": " }<span lang={a.course.lang.code()}>{ &a.course.title }</span>
                    <span class="meta-inline">{ due }</span>
                </li>
            }
        });
    html! {
        <>
            <dl class="counts">
                { count(i18n.t("assignment-not-started"), "team-count-not-started", list.not_started) }
                { count(i18n.t("assignment-in-progress"), "team-count-in-progress", list.in_progress) }
                { count(i18n.t("assignment-done"), "team-count-done", list.done) }
                { count(i18n.t("assignment-overdue"), "team-count-overdue", list.overdue) }
            </dl>
            <h3>{ i18n.t("team-overdue-title") }</h3>
            if list.overdue == 0 {
                <p>{ i18n.t("team-overdue-none") }</p>
            } else {
                <ul id="team-overdue" class="course-items">{ for overdue }</ul>
            }
            if !list.assignments.is_empty() {
                <div class="table-scroll">
                    <table class="list" id="team-assignment-table">
                        <caption>{ i18n.t("team-assignments-all") }</caption>
                        <thead><tr>
                            <th scope="col">{ i18n.t("person-name") }</th>
                            <th scope="col">{ i18n.t("team-assign-course") }</th>
                            <th scope="col">{ i18n.t("team-assign-due") }</th>
                            <th scope="col">{ i18n.t("person-status") }</th>
                        </tr></thead>
                        <tbody>{ for list.assignments.iter().map(|a| row(i18n, a)) }</tbody>
                    </table>
                </div>
            }
        </>
    }
}

fn row(i18n: &I18n, assignment: &TeamAssignment) -> Html {
    let (key, status) = assignment_status(i18n, assignment.status);
    let course = &assignment.course;
    html! {
        <tr data-person={assignment.person.id.clone()} data-slug={course.slug.clone()} data-status={key}
            data-due={assignment.due.clone()}>
            <th scope="row">
                <Link<Route> to={Route::TeamPerson { id: assignment.person.id.clone() }}>{ &assignment.person.name }</Link<Route>>
            </th>
            <td lang={course.lang.code()}>{ &course.title }</td>
            <td>{ dates::from_ymd(i18n.lang(), &assignment.due) }</td>
            <td>{ status }</td>
        </tr>
    }
}
