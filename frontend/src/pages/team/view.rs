//! `/team`: the manager's team view. The units they manage (or, for an administrator without
//! a team of their own, administer), the heatmap of people × required competences, the
//! summary above it, assigning courses and following the assignments up.

use crate::api;
use crate::components::assign_form::AssignForm;
use crate::components::assignment_list::AssignmentList;
use crate::components::fetch::{use_fetch, Load};
use crate::components::gap_heatmap::GapHeatmap;
use crate::components::status::{Failed, Loading};
use crate::components::team_filters::{Sort, TeamFilters, TeamQuery};
use crate::components::team_summary::team_summary;
use crate::i18n::{set_title, use_i18n, I18n};
use crate::route::Route;
use crate::router::prelude::*;
use crate::session::use_session;
use common::{GrantKind, Me, NamedRef, TeamFilter, TeamGaps, TeamMember};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn TeamPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    set_title(&i18n.t("team-title"));
    let me = match session.signed_in(&i18n) {
        Ok(me) => me,
        Err(view) => return view,
    };
    let teams = team_units(&me);
    if teams.is_empty() {
        return html! {
            <section class="page narrow">
                <h1>{ i18n.t("no-access-title") }</h1>
                <p>{ i18n.t("team-no-team") }</p>
            </section>
        };
    }
    html! { <TeamView teams={Rc::new(teams)} /> }
}

/// The units whose people the person follows up: those they manage, else those they
/// administer.
fn team_units(me: &Me) -> Vec<NamedRef> {
    let of = |kind: GrantKind| -> Vec<NamedRef> {
        let mut units: Vec<NamedRef> = Vec::new();
        for grant in me.grants.iter().filter(|g| g.kind == kind) {
            if !units.iter().any(|u| u.id == grant.unit.id) {
                units.push(grant.unit.clone());
            }
        }
        units
    };
    let managed = of(GrantKind::Manager);
    if managed.is_empty() {
        of(GrantKind::Admin)
    } else {
        managed
    }
}

#[derive(Properties, PartialEq)]
struct TeamViewProps {
    teams: Rc<Vec<NamedRef>>,
}

#[component]
fn TeamView(props: &TeamViewProps) -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let location = use_location();
    let query = TeamQuery::parse(location.as_ref().map_or("", |l| l.query_str()));
    let team = query
        .team
        .clone()
        .filter(|id| props.teams.iter().any(|t| &t.id == id))
        .unwrap_or_else(|| props.teams[0].id.clone());
    let unit = query.unit.clone().unwrap_or_else(|| team.clone());
    let framework = use_fetch((), |()| api::courses::framework());
    let (base, narrowed) = use_team_gaps(&team, &unit, &query);
    let selected = use_state(BTreeSet::<String>::new);
    {
        // Only people in view can be chosen: a new view starts with nobody chosen.
        let selected = selected.clone();
        use_effect_with(query.clone(), move |_| selected.set(BTreeSet::new()));
    }
    let version = use_state(|| 0u32);
    let framework = match framework {
        Load::Loaded(framework) => Some(framework),
        _ => None,
    };
    let base = match base {
        Load::Loading => return page(&i18n, None, html! { <Loading /> }),
        Load::Failed(error) => return html! { <Failed {error} /> },
        Load::Loaded(base) => base,
    };
    let filters = TeamFilters {
        i18n: &i18n,
        framework: framework.as_deref(),
        teams: &props.teams,
        units: &base.units,
        roles: &base.roles,
        competences: &base.competences,
        query: &query,
        on_change: change_query(navigator),
    }
    .view();
    let results = match shown(&base, &narrowed, query.narrows()) {
        Ok(gaps) => results(
            &i18n,
            framework.as_deref(),
            gaps,
            &query,
            &selected,
            select(&selected),
        ),
        Err(view) => view,
    };
    let unit_ref = base
        .units
        .iter()
        .find(|u| u.id == unit)
        .cloned()
        .unwrap_or_else(|| base.unit.clone());
    let on_assigned = {
        let version = version.clone();
        Callback::from(move |()| version.set(*version + 1))
    };
    let body = html! {
        <>
            { filters }
            { results }
            <AssignForm people={chosen(&base, &selected)} unit={Some(unit_ref)} {on_assigned} />
            <AssignmentList unit={unit.clone()} version={*version} />
        </>
    };
    page(&i18n, Some(&base.unit.name), body)
}

/// The whole team unfiltered (the filters' choices, and the view until something narrows
/// it), and the narrowed view when the query asks for one.
#[hook]
fn use_team_gaps(
    team: &str,
    unit: &str,
    query: &TeamQuery,
) -> (Load<TeamGaps>, Load<Option<TeamGaps>>) {
    let base = use_fetch(team.to_owned(), |team| async move {
        api::team::gaps(&team, &TeamFilter::default()).await
    });
    let narrowed = use_fetch(
        query
            .narrows()
            .then(|| (unit.to_owned(), query.filter(None))),
        |deps| async move {
            match deps {
                Some((unit, filter)) => api::team::gaps(&unit, &filter).await.map(Some),
                None => Ok(None),
            }
        },
    );
    (base, narrowed)
}

/// The view to show: the whole team, or the narrowed one once it has loaded.
fn shown<'a>(
    base: &'a TeamGaps,
    narrowed: &'a Load<Option<TeamGaps>>,
    narrows: bool,
) -> Result<&'a TeamGaps, Html> {
    match (narrows, narrowed) {
        (false, _) => Ok(base),
        (true, Load::Loaded(narrowed)) => narrowed
            .as_ref()
            .as_ref()
            .ok_or_else(|| html! { <Loading /> }),
        (true, Load::Loading) => Err(html! { <Loading /> }),
        (true, Load::Failed(error)) => Err(html! { <Failed error={error.clone()} /> }),
    }
}

/// Writes a new choice of filters into the address, which the view then follows.
fn change_query(navigator: Option<Navigator>) -> Callback<TeamQuery> {
    Callback::from(move |next: TeamQuery| {
        if let Some(navigator) = &navigator {
            navigator.replace_with_query(&Route::Team, &next.to_query());
        }
    })
}

/// Ticks (`true`) or unticks people in the selection.
fn select(selected: &UseStateHandle<BTreeSet<String>>) -> Callback<(Vec<String>, bool)> {
    let selected = selected.clone();
    Callback::from(move |(ids, checked): (Vec<String>, bool)| {
        let mut next = (*selected).clone();
        for id in ids {
            if checked {
                next.insert(id);
            } else {
                next.remove(&id);
            }
        }
        selected.set(next);
    })
}

/// The chosen people with their names, for the assign form.
fn chosen(base: &TeamGaps, selected: &BTreeSet<String>) -> Vec<NamedRef> {
    base.people
        .iter()
        .filter(|p| selected.contains(&p.id))
        .map(|p| NamedRef {
            id: p.id.clone(),
            name: p.name.clone(),
        })
        .collect()
}

/// The page's frame: its heading, the team's name, and `body`.
fn page(i18n: &I18n, team: Option<&str>, body: Html) -> Html {
    html! {
        <section class="page team-view">
            <h1>{ i18n.t("team-title") }</h1>
            if let Some(team) = team {
                <p class="lead">{ team }</p>
            }
            { body }
        </section>
    }
}

/// What the filters let through: the count, the summary, the CSV link and the heatmap.
fn results(
    i18n: &I18n,
    framework: Option<&common::Framework>,
    gaps: &TeamGaps,
    query: &TeamQuery,
    selected: &BTreeSet<String>,
    on_select: Callback<(Vec<String>, bool)>,
) -> Html {
    let mut people: Vec<&TeamMember> = gaps.people.iter().collect();
    if query.sort == Sort::Gap {
        // Stable, so equal gaps stay in the server's order by name.
        people.sort_by_key(|p| std::cmp::Reverse((p.gap_levels, p.gap_count)));
    }
    let csv = api::team::gaps_csv_url(&gaps.unit.id, &query.filter(Some(i18n.lang())));
    let units: BTreeSet<&str> = gaps.people.iter().map(|p| p.unit.id.as_str()).collect();
    let heatmap = GapHeatmap {
        i18n,
        framework,
        unit: &gaps.unit.name,
        competences: &gaps.competences,
        people,
        show_unit: units.len() > 1,
        selected,
        on_select,
    };
    html! {
        <>
            <p class="team-count" role="status">
                { i18n.t_with("team-people-shown", &[("count", gaps.people.len().into())]) }
            </p>
            { team_summary(i18n, framework, &gaps.summary) }
            <section class="team-heatmap" aria-labelledby="team-heatmap-heading">
                <h2 id="team-heatmap-heading">{ i18n.t("team-heatmap-title") }</h2>
                <p><a href={csv} download="" id="team-csv">{ i18n.t("team-csv") }</a></p>
                if gaps.people.is_empty() {
                    <p>{ i18n.t("team-people-none") }</p>
                } else {
                    { heatmap.view() }
                }
            </section>
        </>
    }
}
