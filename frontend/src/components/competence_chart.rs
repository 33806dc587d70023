//! Required against achieved level per competence: bars for the eye and the same figures as
//! a table for everyone, screen readers included (the bars are hidden from them).

use crate::components::dates;
use crate::i18n::{use_i18n, I18n};
use common::{CompetenceStatus, Framework};
use std::rc::Rc;
use yew::prelude::*;

/// The highest proficiency level; the bars are drawn on a scale of this many steps.
const TOP_LEVEL: u8 = 8;

/// Whose competence is shown: the signed-in person's own ("your level"), or that of someone
/// their manager follows up ("achieved level").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Perspective {
    #[default]
    Own,
    Manager,
}

#[derive(Properties)]
pub struct CompetenceChartProps {
    pub required: Rc<Vec<CompetenceStatus>>,
    pub framework: Option<Rc<Framework>>,
    #[prop_or_default]
    pub perspective: Perspective,
}

/// The same data, not equal data: comparing the lists and the framework item by item would
/// cost more code (in every bundle showing them) than the rare extra render it saves.
impl PartialEq for CompetenceChartProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.required, &other.required)
            && crate::components::same_rc(&self.framework, &other.framework)
            && self.perspective == other.perspective
    }
}

/// "2.6 Managing digital identity" in the interface language; the id alone without the
/// framework.
pub fn competence_label(i18n: &I18n, framework: Option<&Framework>, id: &str) -> Html {
    let name = competence_name(i18n, framework, id);
    html! { <><span class="competence-id">{ id }</span>{ " " }{ name }</> }
}

/// The competence's name in the interface language; empty without the framework.
pub fn competence_name(i18n: &I18n, framework: Option<&Framework>, id: &str) -> String {
    framework
        .and_then(|f| f.competence(id))
        .map(|c| c.name.get(i18n.lang()).to_owned())
        .unwrap_or_default()
}

#[component]
pub fn CompetenceChart(props: &CompetenceChartProps) -> Html {
    let i18n = use_i18n();
    let framework = props.framework.as_deref();
    let own = props.perspective == Perspective::Own;
    let rows = props.required.iter().map(|status| {
        let steps = (1..=TOP_LEVEL).map(|level| {
            let fill = if level <= status.achieved {
                "step is-achieved"
            } else if level <= status.required {
                "step is-missing"
            } else {
                "step"
            };
            let marker = (level == status.required).then_some("is-required");
            html! { <span class={classes!(fill, marker)}></span> }
        });
        html! {
            <li class="chart-row">
                <span class="chart-label">{ competence_label(&i18n, framework, &status.competence) }</span>
                <span class="chart-steps">{ for steps }</span>
                <span class="chart-value">{ gap_cell(&i18n, status.gap) }</span>
            </li>
        }
    });
    html! {
        <figure class="competence-chart">
            <figcaption>{ if own { i18n.t("competence-chart-caption") } else { i18n.t("team-chart-caption") } }</figcaption>
            <div aria-hidden="true">
                <p class="chart-legend">
                    <span><span class="step is-achieved"></span>{ if own { i18n.t("competence-chart-achieved") } else { i18n.t("team-col-achieved") } }</span>
                    <span><span class="step is-missing"></span>{ i18n.t("competence-chart-missing") }</span>
                    <span><span class="step is-required"></span>{ if own { i18n.t("competence-chart-required") } else { i18n.t("team-col-required") } }</span>
                </p>
                <ol class="chart-rows">{ for rows }</ol>
            </div>
        </figure>
    }
}

/// The chart's figures, with the self-assessment and how long the evidence holds.
#[component]
pub fn CompetenceTable(props: &CompetenceChartProps) -> Html {
    let i18n = use_i18n();
    let framework = props.framework.as_deref();
    let own = props.perspective == Perspective::Own;
    let caption = match own {
        true => i18n.t("competence-table-caption"),
        false => i18n.t("team-table-caption"),
    };
    let rows = props.required.iter().map(|status| {
        html! {
            <tr data-competence={status.competence.clone()} data-gap={status.gap.to_string()}>
                <th scope="row">{ competence_label(&i18n, framework, &status.competence) }</th>
                <td>{ status.required }</td>
                <td>{ status.achieved }</td>
                <td>{ gap_cell(&i18n, status.gap) }</td>
                <td>{ match status.self_assessed {
                    Some(level) => html! { { level } },
                    None => html! { <span class="muted">{ i18n.t("competence-self-none") }</span> },
                } }</td>
                <td>{ valid_until_cell(&i18n, status) }</td>
            </tr>
        }
    });
    html! {
        <>
            <div class="table-scroll" role="region" aria-label={caption.clone()} tabindex="0">
                <table class="list competence-table" id="competence-table">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ i18n.t("competence-col-competence") }</th>
                            <th scope="col">{ if own { i18n.t("competence-col-required") } else { i18n.t("team-col-required") } }</th>
                            <th scope="col">{ if own { i18n.t("competence-col-achieved") } else { i18n.t("team-col-achieved") } }</th>
                            <th scope="col">{ i18n.t("competence-col-gap") }</th>
                            <th scope="col">
                                { if own { i18n.t("competence-col-self") } else { i18n.t("team-col-self") } }
                                <span class="col-note">{ i18n.t("competence-col-self-note") }</span>
                            </th>
                            <th scope="col">{ i18n.t("competence-col-valid-until") }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            { level_groups(&i18n, framework) }
        </>
    }
}

/// "2 levels below" with a mark, or "Met": never colour alone.
fn gap_cell(i18n: &I18n, gap: u8) -> Html {
    if gap == 0 {
        html! { <span class="gap-cue is-met"><span aria-hidden="true">{ "✓ " }</span>{ i18n.t("competence-gap-met") }</span> }
    } else {
        html! {
            <span class="gap-cue is-gap">
                <span aria-hidden="true">{ "▼ " }</span>
                { i18n.t_with("competence-gap-below", &[("gap", gap.into())]) }
            </span>
        }
    }
}

fn valid_until_cell(i18n: &I18n, status: &CompetenceStatus) -> Html {
    let lang = i18n.lang();
    match status.valid_until {
        _ if status.achieved == 0 => html! { <span class="muted">{ i18n.t("none") }</span> },
        None => html! { { i18n.t("competence-valid-always") } },
        Some(until) if status.expiring_soon => html! {
            <span class="is-expiring">
                <span aria-hidden="true">{ "⚠ " }</span>
                { i18n.t_with("competence-expires-refresh", &[("date", dates::from_unix(lang, until).into())]) }
            </span>
        },
        Some(until) => html! { { dates::from_unix(lang, until) } },
    }
}

/// "The levels: 1–2 Foundation · 3–4 Intermediate · …", from the framework.
fn level_groups(i18n: &I18n, framework: Option<&Framework>) -> Html {
    let Some(framework) = framework else {
        return Html::default();
    };
    let lang = i18n.lang();
    let groups: Vec<String> = framework
        .groups
        .iter()
        .map(|group| {
            let first = group.levels.first().copied().unwrap_or_default();
            let last = group.levels.last().copied().unwrap_or_default();
            format!("{first}–{last} {}", group.name.get(lang))
        })
        .collect();
    let name = framework.name.get(lang).to_owned();
    html! {
        <p class="hint">
            { i18n.t_with("my-levels-explained", &[("framework", name.into())]) }{ " " }
            { groups.join(" · ") }{ "." }
        </p>
    }
}
