//! "Close your gaps": for each competence below the minimum, and each whose evidence runs
//! out soon, the courses that give the level needed, shortest first.

use crate::components::competence_chart::{competence_label, Perspective};
use crate::components::content_link::ContentLink;
use crate::components::dates;
use crate::i18n::{use_i18n, I18n};
use crate::route::Route;
use common::{CompetenceStatus, CourseRef, Framework};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct GapListProps {
    pub required: Rc<Vec<CompetenceStatus>>,
    pub framework: Option<Rc<Framework>>,
    #[prop_or_default]
    pub perspective: Perspective,
}

/// The same data, not equal data: comparing the lists and the framework item by item would
/// cost more code (in every bundle showing them) than the rare extra render it saves.
impl PartialEq for GapListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.required, &other.required)
            && crate::components::same_rc(&self.framework, &other.framework)
            && self.perspective == other.perspective
    }
}

#[component]
pub fn GapList(props: &GapListProps) -> Html {
    let i18n = use_i18n();
    let framework = props.framework.as_deref();
    let own = props.perspective == Perspective::Own;
    // Gaps first, then refreshers: missing a level matters more than keeping one.
    let gaps = props.required.iter().filter(|s| s.gap > 0);
    let refresh = props
        .required
        .iter()
        .filter(|s| s.gap == 0 && s.expiring_soon);
    let items: Vec<Html> = gaps
        .chain(refresh)
        .map(|status| gap_item(&i18n, framework, status, own))
        .collect();
    html! {
        <section aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">{ if own { i18n.t("gaps-title") } else { i18n.t("team-gaps-title") } }</h2>
            if items.is_empty() {
                <p>{ if own { i18n.t("gaps-none") } else { i18n.t("team-gaps-none") } }</p>
            } else {
                <p>{ if own { i18n.t("gaps-intro") } else { i18n.t("team-gaps-intro") } }</p>
                <ul id="gap-list" class="gap-list plain">{ for items }</ul>
            }
        </section>
    }
}

fn gap_item(
    i18n: &I18n,
    framework: Option<&Framework>,
    status: &CompetenceStatus,
    own: bool,
) -> Html {
    let (kind, text) = if status.gap > 0 {
        let levels = [
            ("required", status.required.into()),
            ("achieved", status.achieved.into()),
        ];
        let text = match own {
            true => i18n.t_with("gaps-levels", &levels),
            false => i18n.t_with("team-gaps-levels", &levels),
        };
        ("gap", html! { <p>{ text }</p> })
    } else {
        let date = status
            .valid_until
            .map(|until| dates::from_unix(i18n.lang(), until))
            .unwrap_or_default();
        let args = [("level", status.achieved.into()), ("date", date.into())];
        let refresh = match own {
            true => i18n.t_with("gaps-refresh", &args),
            false => i18n.t_with("team-gaps-refresh", &args),
        };
        let text = html! {
            <p class="is-expiring">
                <span aria-hidden="true">{ "⚠ " }</span>{ refresh }
            </p>
        };
        ("refresh", text)
    };
    html! {
        <li class="card gap-item" data-competence={status.competence.clone()} data-kind={kind}>
            <h3>{ competence_label(i18n, framework, &status.competence) }</h3>
            { text }
            if status.closing_courses.is_empty() {
                <p class="muted">{ if own { i18n.t("gaps-no-course") } else { i18n.t("team-gaps-no-course") } }</p>
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
