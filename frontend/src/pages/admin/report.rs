//! `/admin/report`: the share of staff meeting the minimum levels of their jobs over the part
//! of the organisation the admin administers, by unit, by competence and month by month; the
//! figures a municipality puts in the follow-up of its digital strategy.

use crate::api;
use crate::components::admin_layout::use_admin;
use crate::components::competence_chart::competence_label;
use crate::components::dates;
use crate::components::fetch::{use_fetch, Load};
use crate::components::share_bar::{count, percent, share_with_bar};
use crate::components::trend_chart::TrendChart;
use crate::i18n::{use_i18n, I18n};
use crate::route::Route;
use crate::router::prelude::*;
use common::{Framework, OrgReport, ReportUnit};
use yew::prelude::*;

/// Units deeper than this are indented as far as this (the CSS has a class per depth).
const DEEPEST_INDENT: u32 = 6;

/// `/admin/report`, inside the admin frame.
#[component]
pub fn Report() -> Html {
    let i18n = use_i18n();
    let admin = use_admin();
    let municipality = admin.municipality.map(|m| m.id).unwrap_or_default();
    let report = use_fetch(municipality.clone(), |id| async move {
        api::report::show(&id).await
    });
    // Only for the competences' names: the ids alone are shown until it arrives.
    let framework = use_fetch((), |()| api::courses::framework());
    let report = match report.ready() {
        Ok(report) => report,
        Err(view) => return view,
    };
    let framework = match framework {
        Load::Loaded(framework) => Some(framework),
        _ => None,
    };
    let csv = api::report::csv_url(&municipality, i18n.lang());
    let history = report.trend.iter().any(|month| month.all.people > 0);
    html! {
        <div class="report">
            if report.all.people == 0 {
                <div class="notice" id="report-empty">
                    <p>{ i18n.t("report-empty") }</p>
                    <p><Link<Route> to={Route::AdminImport}>{ i18n.t("report-empty-import") }</Link<Route>></p>
                </div>
            } else {
                { summary(&i18n, &report, &csv) }
                { by_unit(&i18n, &report.units) }
                { by_competence(&i18n, &report, framework.as_deref()) }
            }
            if history {
                <section aria-labelledby="report-trend-heading">
                    <h2 id="report-trend-heading">{ i18n.t("report-trend") }</h2>
                    <p class="hint">{ i18n.t("report-trend-hint") }</p>
                    <TrendChart months={report.trend.clone()} />
                </section>
            }
        </div>
    }
}

/// "72 % of 60 staff meet every minimum level…", the day it holds for, and the download.
fn summary(i18n: &I18n, report: &OrgReport, csv: &str) -> Html {
    let all = report.all;
    let headline = i18n.t_with(
        "report-headline",
        &[
            ("count", all.people.into()),
            ("people", count(i18n, all.people).into()),
            ("percent", percent(i18n, all).into()),
        ],
    );
    let as_of = dates::from_ymd(i18n.lang(), &report.as_of);
    html! {
        <div class="report-summary">
            <p class="report-headline" id="report-headline" data-people={all.people.to_string()}
                data-meeting={all.meeting.to_string()} data-percent={all.percent().to_string()}>
                { headline }
            </p>
            <p class="muted">{ i18n.t_with("report-as-of", &[("date", as_of.into())]) }</p>
            <p class="report-download">
                <a class="button secondary" id="report-csv" href={csv.to_owned()} download="">
                    { i18n.t("report-csv") }
                </a>
                <span class="hint">{ i18n.t("report-csv-hint") }</span>
            </p>
        </div>
    }
}

/// Every unit with the units under it, indented by depth; the parent is also said in words,
/// for those who do not see the indentation.
fn by_unit(i18n: &I18n, units: &[ReportUnit]) -> Html {
    let caption = i18n.t("report-by-unit-caption");
    // The latest unit seen at each depth: the parent of the next unit one level deeper.
    let mut path: Vec<&str> = Vec::new();
    let rows = units.iter().map(|unit| {
        let depth = unit.depth as usize;
        path.truncate(depth);
        let parent = depth
            .checked_sub(1)
            .and_then(|above| path.get(above).copied());
        path.push(&unit.name);
        let indent = format!("depth-{}", unit.depth.min(DEEPEST_INDENT));
        html! {
            <tr data-unit={unit.id.clone()}>
                <th scope="row" class={classes!("report-unit", indent)}>
                    { &unit.name }
                    if let Some(parent) = parent {
                        <span class="visually-hidden">
                            { format!(" {}", i18n.t_with("report-unit-under", &[("parent", parent.to_owned().into())])) }
                        </span>
                    }
                </th>
                <td class="number">{ count(i18n, unit.all.people) }</td>
                <td class="number">{ count(i18n, unit.all.meeting) }</td>
                <td>{ share_with_bar(i18n, unit.all) }</td>
            </tr>
        }
    });
    let rows: Vec<Html> = rows.collect();
    html! {
        <section aria-labelledby="report-units-heading">
            <h2 id="report-units-heading">{ i18n.t("report-by-unit") }</h2>
            <p class="hint">{ i18n.t("report-by-unit-hint") }</p>
            <div class="table-scroll" role="region" aria-label={caption.clone()} tabindex="0">
                <table class="list report-table" id="report-units">
                    <caption class="visually-hidden">{ caption }</caption>
                    <thead><tr>
                        <th scope="col">{ i18n.t("report-col-unit") }</th>
                        <th scope="col" class="number">{ i18n.t("report-col-people") }</th>
                        <th scope="col" class="number">{ i18n.t("report-col-meeting") }</th>
                        <th scope="col">{ i18n.t("report-col-share") }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}

/// Every competence of the framework, with the people whose job requires it.
fn by_competence(i18n: &I18n, report: &OrgReport, framework: Option<&Framework>) -> Html {
    let caption = i18n.t("report-by-competence-caption");
    let rows = report.competences.iter().map(|row| {
        let share = row.share;
        html! {
            <tr data-competence={row.competence.clone()}>
                <th scope="row">{ competence_label(i18n, framework, &row.competence) }</th>
                <td class="number">{ count(i18n, share.people) }</td>
                <td class="number">{ count(i18n, share.meeting) }</td>
                if share.people == 0 {
                    <td class="muted">{ i18n.t("report-not-required") }</td>
                } else {
                    <td>{ share_with_bar(i18n, share) }</td>
                }
            </tr>
        }
    });
    html! {
        <section aria-labelledby="report-competences-heading">
            <h2 id="report-competences-heading">{ i18n.t("report-by-competence") }</h2>
            <p class="hint">{ i18n.t("report-by-competence-hint") }</p>
            <div class="table-scroll" role="region" aria-label={caption.clone()} tabindex="0">
                <table class="list report-table" id="report-competences">
                    <caption class="visually-hidden">{ caption }</caption>
                    <thead><tr>
                        <th scope="col">{ i18n.t("report-col-competence") }</th>
                        <th scope="col" class="number">{ i18n.t("report-col-required-of") }</th>
                        <th scope="col" class="number">{ i18n.t("report-col-meeting-minimum") }</th>
                        <th scope="col">{ i18n.t("report-col-share") }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
