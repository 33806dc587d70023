//! "Close your gaps": for each competence below the minimum, and each whose evidence runs
//! out soon, the courses that give the level needed, shortest first.

use crate::components::competence_chart::competence_label;
use crate::components::content_link::ContentLink;
use crate::components::dates;
use crate::i18n::{use_i18n, I18n};
use crate::route::Route;
use common::{CompetenceStatus, CourseRef, Framework};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GapListProps {
    pub required: Rc<Vec<CompetenceStatus>>,
    pub framework: Option<Rc<Framework>>,
}

#[component]
pub fn GapList(props: &GapListProps) -> Html {
    let i18n = use_i18n();
    let framework = props.framework.as_deref();
    // Gaps first, then refreshers: missing a level matters more than keeping one.
    let gaps = props.required.iter().filter(|s| s.gap > 0);
    let refresh = props
        .required
        .iter()
        .filter(|s| s.gap == 0 && s.expiring_soon);
    let items: Vec<Html> = gaps
        .chain(refresh)
        .map(|status| gap_item(&i18n, framework, status))
        .collect();
    html! {
        <section aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">{ i18n.t("gaps-title") }</h2>
            if items.is_empty() {
                <p>{ i18n.t("gaps-none") }</p>
            } else {
                <p>{ i18n.t("gaps-intro") }</p>
                <ul id="gap-list" class="gap-list plain">{ for items }</ul>
            }
        </section>
    }
}

fn gap_item(i18n: &I18n, framework: Option<&Framework>, status: &CompetenceStatus) -> Html {
    let (kind, text) = if status.gap > 0 {
        let levels = [
            ("required", status.required.into()),
            ("achieved", status.achieved.into()),
        ];
        (
            "gap",
            html! { <p>{ i18n.t_with("gaps-levels", &levels) }</p> },
        )
    } else {
        let date = status
            .valid_until
            .map(|until| dates::from_unix(i18n.lang(), until))
            .unwrap_or_default();
        let args = [("level", status.achieved.into()), ("date", date.into())];
        let text = html! {
            <p class="is-expiring">
                <span aria-hidden="true">{ "⚠ " }</span>{ i18n.t_with("gaps-refresh", &args) }
            </p>
        };
        ("refresh", text)
    };
    html! {
        <li class="card gap-item" data-competence={status.competence.clone()} data-kind={kind}>
            <h3>{ competence_label(i18n, framework, &status.competence) }</h3>
            { text }
            if status.closing_courses.is_empty() {
                <p class="muted">{ i18n.t("gaps-no-course") }</p>
            } else {
                <ul class="closing-courses">
                    { for status.closing_courses.iter().map(|course| closing_course(i18n, course)) }
                </ul>
            }
        </li>
    }
}

fn closing_course(i18n: &I18n, course: &CourseRef) -> Html {
    let meta = [
        ("minutes", course.minutes.into()),
        ("level", course.level.into()),
    ];
    html! {
        <li data-slug={course.slug.clone()}>
            <ContentLink to={Route::Course { slug: course.slug.clone() }} lang={course.lang}>
                <span lang={course.lang.code()}>{ &course.title }</span>
            </ContentLink>
            <span class="meta-inline">{ i18n.t_with("gaps-course-meta", &meta) }</span>
        </li>
    }
}
