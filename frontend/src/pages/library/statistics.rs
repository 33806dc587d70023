//! `/library/statistics`: the ended sessions per library and month, with no personal data,
//! for the municipality's follow-up and grant reports; and the same as CSV. Guides see their
//! libraries; administrators choose among the units they administer.

use super::{guide_units, not_a_guide};
use crate::api;
use crate::components::fetch::{use_fetch, Load};
use crate::components::status::Loading;
use crate::components::unit_select::UnitSelect;
use crate::i18n::{set_title, use_i18n, I18n};
use crate::session::use_session;
use common::{Lang, LibraryMonth, LibraryStatistics, Me, Unit};
use std::rc::Rc;
use yew::prelude::*;

/// The most common topics shown per month; the CSV has them all.
const TOP_TOPICS: usize = 3;

#[component]
pub fn StatisticsPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let me = session.me();
    // Hooks come before the checks below, whoever is signed in.
    let municipality = me
        .as_ref()
        .filter(|me| me.is_admin())
        .and_then(|me| me.municipality.as_ref())
        .map(|m| m.id.clone());
    let administered = use_fetch(municipality, |municipality| async move {
        match municipality {
            Some(id) => api::organisation::units(&id).await,
            None => Ok(Vec::new()),
        }
    });
    let chosen = use_state(|| None::<String>);
    let units = choices(me.as_deref(), &administered);
    let unit = units.as_ref().and_then(|units| {
        let guided = me.as_deref().map(guide_units).unwrap_or_default();
        (*chosen)
            .clone()
            .filter(|id| units.iter().any(|u| &u.id == id))
            .or_else(|| guided.first().map(|u| u.id.clone()))
            .or_else(|| units.first().map(|u| u.id.clone()))
    });
    let statistics = use_fetch((unit.clone(), i18n.lang()), |(unit, lang)| async move {
        match unit {
            Some(unit) => api::library::statistics(&unit, lang).await.map(Some),
            None => Ok(None),
        }
    });
    set_title(&i18n.t("library-statistics-title"));
    if let Err(view) = session.signed_in(&i18n) {
        return view;
    }
    let (Some(units), Some(unit)) = (units, unit) else {
        return match administered {
            Load::Loading => html! { <Loading /> },
            _ => not_a_guide(&i18n),
        };
    };
    let picker = match units.as_slice() {
        [only] => html! {
            <p id="library-statistics-unit-name">{ i18n.t_with("library-at", &[("name", only.name.clone().into())]) }</p>
        },
        _ => {
            let on_change = Callback::from(move |id: String| chosen.set(Some(id)));
            UnitSelect::new(
                "library-statistics-unit",
                i18n.t("library-statistics-unit"),
                &units,
                &unit,
                on_change,
            )
            .view()
        }
    };
    let csv = api::library::statistics_csv_url(&unit, i18n.lang());
    let body = match statistics.ready() {
        Ok(statistics) => match statistics.as_ref() {
            Some(statistics) if !statistics.months.is_empty() => table(&i18n, statistics),
            _ => {
                html! { <p id="library-statistics-none">{ i18n.t("library-statistics-none") }</p> }
            }
        },
        Err(view) => view,
    };
    html! {
        <section class="page library-statistics">
            <h1>{ i18n.t("library-statistics-title") }</h1>
            <p class="lead">{ i18n.t("library-statistics-intro") }</p>
            <div class="filters">{ picker }</div>
            <p class="report-download">
                <a class="button secondary" id="library-statistics-csv" href={csv} download="">
                    { i18n.t("library-statistics-csv") }
                </a>
            </p>
            { body }
        </section>
    }
}

/// The units to choose from: those an administrator administers, else the guide's
/// libraries (as units, for the same select); `None` while loading or for nobody's.
fn choices(me: Option<&Me>, administered: &Load<Vec<Unit>>) -> Option<Rc<Vec<Unit>>> {
    if let Load::Loaded(units) = administered {
        if !units.is_empty() {
            return Some(units.clone());
        }
    }
    let guided: Vec<Unit> = guide_units(me?)
        .into_iter()
        .map(|u| Unit {
            id: u.id,
            parent_id: None,
            municipality_id: String::new(),
            code: String::new(),
            name: u.name,
            depth: 0,
            people: 0,
        })
        .collect();
    (!guided.is_empty()).then(|| Rc::new(guided))
}

fn table(i18n: &I18n, statistics: &LibraryStatistics) -> Html {
    let caption = i18n.t_with(
        "library-statistics-caption",
        &[("unit", statistics.unit.name.clone().into())],
    );
    let columns = [
        "library-col-sessions",
        "library-count-participants",
        "library-count-help",
        "library-count-minutes",
        "library-count-opened",
        "library-count-finished",
    ];
    html! {
        <div class="table-scroll" role="region" aria-label={caption.clone()} tabindex="0">
            <table class="list library-statistics-table" id="library-statistics">
                <caption class="visually-hidden">{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ i18n.t("library-col-month") }</th>
                    <th scope="col">{ i18n.t("library-col-library") }</th>
                    { for columns.iter().map(|c| html! { <th scope="col" class="number">{ i18n.t(c) }</th> }) }
                    <th scope="col">{ i18n.t("library-col-top-topics") }</th>
                </tr></thead>
                <tbody>{ for statistics.months.iter().map(|m| month_row(i18n, m)) }</tbody>
            </table>
        </div>
    }
}

fn month_row(i18n: &I18n, month: &LibraryMonth) -> Html {
    let figures = [
        ("sessions", month.sessions),
        ("participants", month.participants),
        ("help", month.help_requests),
        ("minutes", month.minutes),
        ("opened", month.courses_opened),
        ("finished", month.courses_finished),
    ];
    html! {
        <tr data-library={month.library.id.clone()} data-month={month.month.clone()}>
            <th scope="row">{ month_name(i18n.lang(), &month.month) }</th>
            <td>{ &month.library.name }</td>
            { for figures.into_iter().map(|(key, value)| html! {
                <td class="number" data-figure={key}>{ value }</td>
            }) }
            <td>
                <ul class="library-topics">
                    { for month.topics.iter().take(TOP_TOPICS).map(|t| html! {
                        <li>{ i18n.t_with("library-topic-opened", &[("title", t.course.name.clone().into()), ("count", t.opened.into())]) }</li>
                    }) }
                </ul>
            </td>
        </tr>
    }
}

/// `YYYY-MM` as "March 2027" in the interface language; the text itself if it is not one.
fn month_name(lang: Lang, month: &str) -> String {
    let Some((Ok(year), Ok(number))) = month
        .split_once('-')
        .map(|(y, m)| (y.parse::<u32>(), m.parse::<i32>()))
    else {
        return month.to_owned();
    };
    let date = js_sys::Date::new_with_year_month_day(year, number - 1, 1);
    let options = js_sys::Object::new();
    for (key, value) in [("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string(lang.code(), &options).into()
}
