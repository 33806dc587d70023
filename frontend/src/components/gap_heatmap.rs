//! The heatmap of people × the competences their jobs require: a real table with column and
//! row headers, each cell "achieved / required" with a word and a pattern as well as a colour.

use crate::components::competence_chart::competence_name;
use crate::i18n::I18n;
use crate::route::Route;
use crate::router::prelude::*;
use common::{Framework, GapCell, TeamMember};
use std::collections::BTreeSet;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Column headers show the competence's name cut to about this many characters; the whole
/// name is still read out and shown on hover.
const SHORT_NAME: usize = 18;

/// A plain struct like `form::Field`: the page keeps the selection.
pub struct GapHeatmap<'a> {
    pub i18n: &'a I18n,
    pub framework: Option<&'a Framework>,
    /// The unit whose people are shown, for the caption.
    pub unit: &'a str,
    /// The columns, in framework order.
    pub competences: &'a [String],
    /// The rows, in the chosen order.
    pub people: Vec<&'a TeamMember>,
    /// Whether the people come from several units (then each row names its unit).
    pub show_unit: bool,
    pub selected: &'a BTreeSet<String>,
    /// Ticks (`true`) or unticks these people.
    pub on_select: Callback<(Vec<String>, bool)>,
}

impl GapHeatmap<'_> {
    pub fn view(self) -> Html {
        let i18n = self.i18n;
        let caption = i18n.t_with(
            "team-heatmap-caption",
            &[("unit", self.unit.to_owned().into())],
        );
        let all_ids: Vec<String> = self.people.iter().map(|p| p.id.clone()).collect();
        let all_ticked = !all_ids.is_empty() && all_ids.iter().all(|id| self.selected.contains(id));
        let on_all = {
            let on_select = self.on_select.clone();
            Callback::from(move |event: Event| {
                let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
                on_select.emit((all_ids.clone(), checked));
            })
        };
        let headers = self.competences.iter().map(|id| {
            let name = competence_name(i18n, self.framework, id);
            html! {
                <th scope="col" class="competence-col" data-competence={id.clone()} title={name.clone()}>
                    <span class="competence-id">{ id }</span>
                    <span class="competence-short" aria-hidden="true">{ short(&name) }</span>
                    <span class="visually-hidden">{ format!(" {name}") }</span>
                </th>
            }
        });
        let rows = self.people.iter().map(|person| self.row(person));
        html! {
            <>
                { legend(i18n) }
                <div class="table-scroll" role="region" aria-labelledby="team-heatmap-caption" tabindex="0">
                    <table class="heatmap" id="team-heatmap">
                        <caption id="team-heatmap-caption">{ caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="pick">
                                    <span class="visually-hidden">{ i18n.t("team-col-choose") }</span>
                                    <input type="checkbox" id="team-pick-all" checked={all_ticked} onchange={on_all}
                                        aria-label={i18n.t("team-choose-all")} />
                                </th>
                                <th scope="col">{ i18n.t("person-name") }</th>
                                <th scope="col" class="num">{ i18n.t("team-col-gap-levels") }</th>
                                { for headers }
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            </>
        }
    }

    fn row(&self, person: &TeamMember) -> Html {
        let i18n = self.i18n;
        let on_change = {
            let (on_select, id) = (self.on_select.clone(), person.id.clone());
            Callback::from(move |event: Event| {
                let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
                on_select.emit((vec![id.clone()], checked));
            })
        };
        let cells = self.competences.iter().map(|id| {
            match person.cells.iter().find(|cell| &cell.competence == id) {
                Some(cell) => gap_cell(i18n, cell),
                None => html! {
                    <td class="cell is-none" data-competence={id.clone()}>
                        <span aria-hidden="true">{ "–" }</span>
                        <span class="visually-hidden">{ i18n.t("team-cell-not-required") }</span>
                    </td>
                },
            }
        });
        html! {
            <tr data-person={person.id.clone()} data-gap-levels={person.gap_levels.to_string()}
                data-gap-count={person.gap_count.to_string()}>
                <td class="pick">
                    <input type="checkbox" id={format!("team-pick-{}", person.id)} onchange={on_change}
                        checked={self.selected.contains(&person.id)}
                        aria-label={i18n.t_with("team-choose-person", &[("name", person.name.clone().into())])} />
                </td>
                <th scope="row">
                    <Link<Route> to={Route::TeamPerson { id: person.id.clone() }}>{ &person.name }</Link<Route>>
                    if self.show_unit {
                        <span class="row-unit">{ &person.unit.name }</span>
                    }
                </th>
                <td class="num">{ person.gap_levels }</td>
                { for cells }
            </tr>
        }
    }
}

/// One required competence: "2 / 3" and "1 below", "met" or "expires soon".
fn gap_cell(i18n: &I18n, cell: &GapCell) -> Html {
    let (class, cue) = if cell.gap > 0 {
        (
            "is-gap",
            i18n.t_with("team-cell-gap", &[("gap", cell.gap.into())]),
        )
    } else if cell.expiring_soon {
        ("is-expiring", i18n.t("team-cell-expiring"))
    } else {
        ("is-met", i18n.t("team-cell-met"))
    };
    let levels = [
        ("achieved", cell.achieved.into()),
        ("required", cell.required.into()),
    ];
    html! {
        <td class={classes!("cell", class)} data-competence={cell.competence.clone()} data-gap={cell.gap.to_string()}>
            <span class="cell-levels" aria-hidden="true">{ format!("{} / {}", cell.achieved, cell.required) }</span>
            <span class="visually-hidden">{ i18n.t_with("team-cell-levels", &levels) }</span>
            <span class="cell-cue">{ cue }</span>
        </td>
    }
}

/// What the numbers, patterns and colours mean.
fn legend(i18n: &I18n) -> Html {
    html! {
        <ul class="heatmap-legend" aria-label={i18n.t("team-legend-label")}>
            <li><span class="swatch" aria-hidden="true">{ "2 / 3" }</span>{ i18n.t("team-legend-levels") }</li>
            <li><span class="swatch cell is-gap" aria-hidden="true"></span>{ i18n.t("team-legend-gap") }</li>
            <li><span class="swatch cell is-met" aria-hidden="true"></span>{ i18n.t("team-legend-met") }</li>
            <li><span class="swatch cell is-expiring" aria-hidden="true"></span>{ i18n.t("team-legend-expiring") }</li>
            <li><span class="swatch" aria-hidden="true">{ "–" }</span>{ i18n.t("team-legend-none") }</li>
        </ul>
    }
}

/// The first words of `name` up to about [`SHORT_NAME`] characters, with "…" if cut.
fn short(name: &str) -> String {
    let mut out = String::new();
    for word in name.split(' ') {
        if !out.is_empty() && out.chars().count() + word.chars().count() >= SHORT_NAME {
            return format!("{}…", out.trim_end_matches(','));
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
