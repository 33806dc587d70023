//! The share of staff meeting every minimum level, month by month: columns for the eye
//! (hidden from assistive technology) and the same figures as a table for everyone.

use crate::components::share_bar::{column, count, percent};
use crate::i18n::{use_i18n, I18n};
use common::{Lang, ReportMonth};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrendProps {
    /// Oldest first.
    pub months: Vec<ReportMonth>,
}

/// "nov." in the chart, "november 2026" in the table: a `YYYY-MM` month written out by the
/// browser's `Intl`; the text itself if it is not such a month.
pub fn month_name(lang: Lang, month: &str, long: bool) -> String {
    let mut parts = month.splitn(2, '-').map(|part| part.parse::<i32>().ok());
    let (Some(Some(year)), Some(Some(number))) = (parts.next(), parts.next()) else {
        return month.to_owned();
    };
    if year <= 0 || !(1..=12).contains(&number) {
        return month.to_owned();
    }
    let options = js_sys::Object::new();
    let fields: &[(&str, &str)] = match long {
        true => &[("month", "long"), ("year", "numeric")],
        false => &[("month", "short")],
    };
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    // The first of the month at local midnight, so no time zone moves it to another month.
    let date = js_sys::Date::new_with_year_month_day(year as u32, number - 1, 1);
    date.to_locale_date_string(lang.code(), &options).into()
}

#[component]
pub fn TrendChart(props: &TrendProps) -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let columns = props.months.iter().enumerate().map(|(index, month)| {
        // The year under the first month and under every January.
        let year = month
            .month
            .split_once('-')
            .filter(|(_, number)| index == 0 || *number == "01")
            .map(|(year, _)| year.to_owned());
        html! {
            <li class="trend-column">
                <span class="trend-value">{ percent(&i18n, month.all) }</span>
                { column(month.all) }
                <span class="trend-month">{ month_name(lang, &month.month, false) }</span>
                <span class="trend-year">{ year.unwrap_or_default() }</span>
            </li>
        }
    });
    html! {
        <>
            <div class="trend-chart" aria-hidden="true">
                <ol class="trend-columns">{ for columns }</ol>
            </div>
            { trend_table(&i18n, &props.months) }
        </>
    }
}

/// The chart's figures, newest month last as in the chart.
fn trend_table(i18n: &I18n, months: &[ReportMonth]) -> Html {
    let caption = i18n.t("report-trend-caption");
    let rows = months.iter().map(|month| {
        html! {
            <tr data-month={month.month.clone()}>
                <th scope="row">
                    <time datetime={month.month.clone()}>{ month_name(i18n.lang(), &month.month, true) }</time>
                </th>
                <td class="number">{ count(i18n, month.all.people) }</td>
                <td class="number">{ count(i18n, month.all.meeting) }</td>
                <td class="number">{ percent(i18n, month.all) }</td>
            </tr>
        }
    });
    html! {
        <div class="table-scroll" role="region" aria-label={caption.clone()} tabindex="0">
            <table class="list report-table" id="report-trend">
                <caption class="visually-hidden">{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ i18n.t("report-col-month") }</th>
                    <th scope="col" class="number">{ i18n.t("report-col-people") }</th>
                    <th scope="col" class="number">{ i18n.t("report-col-meeting") }</th>
                    <th scope="col" class="number">{ i18n.t("report-col-share") }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
