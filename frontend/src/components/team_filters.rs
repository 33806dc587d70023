//! The team view's filters and sort order, kept in the address (`/team?unit=…&sort=gap`) so a
//! filtered view can be bookmarked, shared and returned to with the Back button.

use crate::components::competence_chart::competence_name;
use crate::i18n::I18n;
use common::{Framework, Lang, NamedRef, TeamFilter};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// How the heatmap's rows are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Name,
    /// The most levels missing first.
    Gap,
}

/// What the team view shows, as read from and written to the query string.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TeamQuery {
    /// The managed unit the view starts from, when the person manages several.
    pub team: Option<String>,
    /// A unit under it; `None` for the whole team.
    pub unit: Option<String>,
    pub role: Option<String>,
    pub competence: Option<String>,
    pub gaps_only: bool,
    pub sort: Sort,
}

impl TeamQuery {
    /// Reads `team=…&unit=…&role=…&competence=…&gaps=1&sort=gap`; unknown parts are ignored.
    pub fn parse(query: &str) -> TeamQuery {
        let mut parsed = TeamQuery::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = js_sys::decode_uri_component(value)
                .map(String::from)
                .ok()
                .filter(|value| !value.is_empty());
            match key {
                "team" => parsed.team = value,
                "unit" => parsed.unit = value,
                "role" => parsed.role = value,
                "competence" => parsed.competence = value,
                "gaps" => parsed.gaps_only = value.as_deref() == Some("1"),
                "sort" => {
                    parsed.sort = if value.as_deref() == Some("gap") {
                        Sort::Gap
                    } else {
                        Sort::Name
                    }
                }
                _ => {}
            }
        }
        parsed
    }

    /// The query string without its `?`; empty for the default view.
    pub fn to_query(&self) -> String {
        let encode = |value: &str| String::from(js_sys::encode_uri_component(value));
        let mut pairs = Vec::new();
        for (key, value) in [
            ("team", &self.team),
            ("unit", &self.unit),
            ("role", &self.role),
            ("competence", &self.competence),
        ] {
            if let Some(value) = value {
                pairs.push(format!("{key}={}", encode(value)));
            }
        }
        if self.gaps_only {
            pairs.push("gaps=1".to_owned());
        }
        if self.sort == Sort::Gap {
            pairs.push("sort=gap".to_owned());
        }
        pairs.join("&")
    }

    /// The filters the server applies; `lang` only for the CSV's headers.
    pub fn filter(&self, lang: Option<Lang>) -> TeamFilter {
        TeamFilter {
            role: self.role.clone(),
            competence: self.competence.clone(),
            gaps_only: self.gaps_only.then_some(true),
            lang,
        }
    }

    /// Whether the server is asked for anything but the whole team unfiltered.
    pub fn narrows(&self) -> bool {
        self.unit.is_some() || self.role.is_some() || self.competence.is_some() || self.gaps_only
    }
}

/// The filter form (a plain struct like `form::Field`: it keeps no state of its own).
pub struct TeamFilters<'a> {
    pub i18n: &'a I18n,
    pub framework: Option<&'a Framework>,
    /// The units the person manages; a choice appears when there are several.
    pub teams: &'a [NamedRef],
    /// The chosen team's units, roles and required competences.
    pub units: &'a [NamedRef],
    pub roles: &'a [NamedRef],
    pub competences: &'a [String],
    pub query: &'a TeamQuery,
    pub on_change: Callback<TeamQuery>,
}

impl TeamFilters<'_> {
    pub fn view(self) -> Html {
        let i18n = self.i18n;
        let query = self.query;
        let set = |update: fn(&mut TeamQuery, Option<String>)| {
            let (query, on_change) = (query.clone(), self.on_change.clone());
            Callback::from(move |event: Event| {
                let value = event.target_unchecked_into::<HtmlSelectElement>().value();
                let mut next = query.clone();
                update(&mut next, Some(value).filter(|v| !v.is_empty()));
                on_change.emit(next);
            })
        };
        let on_gaps = {
            let (query, on_change) = (query.clone(), self.on_change.clone());
            Callback::from(move |event: Event| {
                let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
                on_change.emit(TeamQuery {
                    gaps_only: checked,
                    ..query.clone()
                });
            })
        };
        let team = query
            .team
            .clone()
            .or_else(|| self.teams.first().map(|t| t.id.clone()));
        let options = |items: &[NamedRef], chosen: &Option<String>| -> Html {
            items.iter().map(|item| html! {
                <option value={item.id.clone()} selected={chosen.as_deref() == Some(item.id.as_str())}>{ &item.name }</option>
            }).collect()
        };
        let competences = self.competences.iter().map(|id| {
            let name = competence_name(i18n, self.framework, id);
            html! {
                <option value={id.clone()} selected={query.competence.as_deref() == Some(id.as_str())}>
                    { format!("{id} {name}") }
                </option>
            }
        });
        html! {
            <form class="filters team-filters" role="search" aria-label={i18n.t("team-filters-label")}
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                if self.teams.len() > 1 {
                    <div class="field">
                        <label for="team-team">{ i18n.t("team-filter-team") }</label>
                        <select id="team-team" onchange={set(|q, v| *q = TeamQuery { team: v, sort: q.sort, ..TeamQuery::default() })}>
                            { options(self.teams, &team) }
                        </select>
                    </div>
                }
                if self.units.len() > 1 {
                    <div class="field">
                        <label for="team-unit">{ i18n.t("team-filter-unit") }</label>
                        <select id="team-unit" onchange={set(|q, v| q.unit = v)}>
                            <option value="" selected={query.unit.is_none()}>{ i18n.t("team-filter-unit-all") }</option>
                            { options(&self.units[1..], &query.unit) }
                        </select>
                    </div>
                }
                <div class="field">
                    <label for="team-role">{ i18n.t("team-filter-role") }</label>
                    <select id="team-role" onchange={set(|q, v| q.role = v)}>
                        <option value="" selected={query.role.is_none()}>{ i18n.t("team-filter-role-all") }</option>
                        { options(self.roles, &query.role) }
                    </select>
                </div>
                <div class="field">
                    <label for="team-competence">{ i18n.t("team-filter-competence") }</label>
                    <select id="team-competence" onchange={set(|q, v| q.competence = v)}>
                        <option value="" selected={query.competence.is_none()}>{ i18n.t("team-filter-competence-any") }</option>
                        { for competences }
                    </select>
                </div>
                <div class="checkbox">
                    <input type="checkbox" id="team-gaps-only" checked={query.gaps_only} onchange={on_gaps} />
                    <label for="team-gaps-only">{ i18n.t("team-filter-gaps-only") }</label>
                </div>
                <div class="field">
                    <label for="team-sort">{ i18n.t("team-sort") }</label>
                    <select id="team-sort" onchange={set(|q, v| q.sort = if v.as_deref() == Some("gap") { Sort::Gap } else { Sort::Name })}>
                        <option value="name" selected={query.sort == Sort::Name}>{ i18n.t("team-sort-name") }</option>
                        <option value="gap" selected={query.sort == Sort::Gap}>{ i18n.t("team-sort-gap") }</option>
                    </select>
                </div>
            </form>
        }
    }
}
