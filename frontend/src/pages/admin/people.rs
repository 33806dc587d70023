//! `/admin/people`: find people by name, e-mail or employee number, and by unit; 50 a page.

use crate::api;
use crate::api::people::PeopleQuery;
use crate::components::admin_layout::use_admin;
use crate::components::fetch::{use_fetch, use_reloadable};
use crate::components::form::{edit, Field};
use crate::components::unit_select::UnitSelect;
use crate::i18n::{use_i18n, I18n};
use crate::route::Route;
use crate::router::prelude::*;
use common::PeoplePage as Page;
use web_sys::HtmlInputElement;
use yew::prelude::*;

const PAGE_SIZE: u32 = 50;

/// `/admin/people`, inside the admin frame.
#[component]
pub fn People() -> Html {
    let i18n = use_i18n();
    let admin = use_admin();
    let municipality = admin.municipality.map(|m| m.id).unwrap_or_default();
    let query = use_state(PeopleQuery::default);
    let units = use_fetch(municipality.clone(), |id| async move {
        api::organisation::units(&id).await
    });
    let (page, _) = use_reloadable((municipality, (*query).clone()), |(id, query)| async move {
        api::people::list(&id, &query).await
    });
    // Any change of filter starts again from the first page.
    let on_text = edit(&query, |q, v| (q.q, q.offset) = (v, 0));
    let on_unit = edit(&query, |q, v| (q.unit_id, q.offset) = (v, 0));
    let on_inactive = {
        let query = query.clone();
        Callback::from(move |event: Event| {
            let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
            query.set(PeopleQuery {
                inactive: checked,
                offset: 0,
                ..(*query).clone()
            });
        })
    };
    let unit_filter = match units.ready() {
        Ok(units) => html! {
            { UnitSelect {
                empty: Some(i18n.t("people-all-units")),
                ..UnitSelect::new("people-unit", i18n.t("people-filter-unit"), &units, &query.unit_id, on_unit)
            }.view() }
        },
        Err(view) => view,
    };
    html! {
        <>
            <p><Link<Route> to={Route::AdminNewPerson} classes="button">{ i18n.t("person-add") }</Link<Route>></p>
            <form class="filters" role="search" aria-label={i18n.t("people-search-label")}
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { Field {
                    kind: "search",
                    hint: Some(i18n.t("people-search-hint")),
                    ..Field::new("people-q", i18n.t("people-search"), &query.q, on_text)
                }.view() }
                { unit_filter }
                <div class="checkbox">
                    <input type="checkbox" id="people-inactive" checked={query.inactive} onchange={on_inactive} />
                    <label for="people-inactive">{ i18n.t("people-show-inactive") }</label>
                </div>
            </form>
            { match page.ready() {
                Ok(page) => results(&i18n, &page, &query),
                Err(view) => view,
            } }
        </>
    }
}

/// The table of matches with previous and next buttons.
fn results(i18n: &I18n, page: &Page, query: &UseStateHandle<PeopleQuery>) -> Html {
    let go = |offset: u32| {
        let query = query.clone();
        Callback::from(move |_: MouseEvent| {
            query.set(PeopleQuery {
                offset,
                ..(*query).clone()
            })
        })
    };
    let shown_to = page.offset + page.people.len() as u32;
    let summary = match page.total {
        0 => i18n.t("people-none"),
        total => i18n.t_with(
            "people-count",
            &[
                ("from", (page.offset + 1).into()),
                ("to", shown_to.into()),
                ("total", total.into()),
            ],
        ),
    };
    let dash = || html! { <span aria-hidden="true">{ "–" }</span> };
    html! {
        <>
            <p role="status" class="people-summary">{ summary }</p>
            if !page.people.is_empty() {
                <div class="table-scroll">
                    <table class="list">
                        <caption class="visually-hidden">{ i18n.t("admin-people-title") }</caption>
                        <thead><tr>
                            <th scope="col">{ i18n.t("person-name") }</th>
                            <th scope="col">{ i18n.t("person-email") }</th>
                            <th scope="col">{ i18n.t("person-employee-number") }</th>
                            <th scope="col">{ i18n.t("person-unit") }</th>
                            <th scope="col">{ i18n.t("person-status") }</th>
                        </tr></thead>
                        <tbody>
                            { for page.people.iter().map(|person| html! {
                                <tr class={classes!((!person.active).then_some("inactive"))}>
                                    <th scope="row">
                                        <Link<Route> to={Route::AdminPerson { id: person.id.clone() }}>{ &person.name }</Link<Route>>
                                    </th>
                                    <td>{ person.email.as_ref().map_or_else(dash, |e| html! { { e } }) }</td>
                                    <td>{ person.employee_number.as_ref().map_or_else(dash, |n| html! { { n } }) }</td>
                                    <td>{ &person.unit_name }</td>
                                    <td>{ if person.active { i18n.t("person-active-yes") } else { i18n.t("person-active-no") } }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <p class="pager">
                if page.offset > 0 {
                    <button type="button" class="secondary" onclick={go(page.offset.saturating_sub(PAGE_SIZE))}>
                        { i18n.t("previous-page") }
                    </button>
                }
                if shown_to < page.total {
                    <button type="button" class="secondary" onclick={go(shown_to)}>{ i18n.t("next-page") }</button>
                }
            </p>
        </>
    }
}
