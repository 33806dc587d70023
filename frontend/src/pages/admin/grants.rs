//! A person's permissions: each a kind (manager, admin, guide) on a unit and the units under it.

use crate::components::unit_select::UnitSelect;
use crate::i18n::use_i18n;
use crate::pages::my_page::grant_text;
use common::{Grant, GrantKind, Unit};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GrantsProps {
    pub grants: Vec<Grant>,
    pub units: Rc<Vec<Unit>>,
    pub on_change: Callback<Vec<Grant>>,
}

#[component]
pub fn GrantsEditor(props: &GrantsProps) -> Html {
    let i18n = use_i18n();
    let kind = use_state(|| GrantKind::Manager);
    let unit = use_state(|| {
        props
            .units
            .first()
            .map(|u| u.id.clone())
            .unwrap_or_default()
    });
    let unit_name = |id: &str| {
        props
            .units
            .iter()
            .find(|u| u.id == id)
            .map_or_else(|| i18n.t("unit-other"), |u| u.name.clone())
    };
    let items = props.grants.iter().enumerate().map(|(index, grant)| {
        let text = grant_text(&i18n, grant.kind, &unit_name(&grant.unit_id));
        let onclick = {
            let (grants, on_change) = (props.grants.clone(), props.on_change.clone());
            Callback::from(move |_| {
                let mut next = grants.clone();
                next.remove(index);
                on_change.emit(next);
                // The button is gone; keep the keyboard user in the same place.
                focus("grant-kind");
            })
        };
        html! {
            <li>
                { &text }{ " " }
                <button type="button" class="link" {onclick}>
                    { i18n.t("remove") }<span class="visually-hidden">{ format!(" {text}") }</span>
                </button>
            </li>
        }
    });
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            kind.set(GrantKind::parse(&value).unwrap_or(GrantKind::Manager));
        })
    };
    let on_unit = {
        let unit = unit.clone();
        Callback::from(move |id: String| unit.set(id))
    };
    let on_add = {
        let (grants, on_change) = (props.grants.clone(), props.on_change.clone());
        let grant = Grant {
            kind: *kind,
            unit_id: (*unit).clone(),
        };
        Callback::from(move |_| {
            if !grant.unit_id.is_empty() && !grants.contains(&grant) {
                let mut next = grants.clone();
                next.push(grant.clone());
                on_change.emit(next);
            }
        })
    };
    let kind_label = |kind: GrantKind| match kind {
        GrantKind::Manager => i18n.t("grant-kind-manager"),
        GrantKind::Admin => i18n.t("grant-kind-admin"),
        GrantKind::Guide => i18n.t("grant-kind-guide"),
    };
    html! {
        <fieldset>
            <legend>{ i18n.t("person-permissions") }</legend>
            if props.grants.is_empty() {
                <p>{ i18n.t("my-permissions-none") }</p>
            } else {
                <ul class="grants">{ for items }</ul>
            }
            <div class="grant-add">
                <div class="field">
                    <label for="grant-kind">{ i18n.t("grant-kind") }</label>
                    <select id="grant-kind" onchange={on_kind}>
                        { for GrantKind::ALL.into_iter().map(|k| html! {
                            <option value={k.code()} selected={k == *kind}>{ kind_label(k) }</option>
                        }) }
                    </select>
                </div>
                { UnitSelect::new("grant-unit", i18n.t("grant-unit"), &props.units, &unit, on_unit).view() }
                <button type="button" class="secondary" onclick={on_add}>{ i18n.t("grant-add") }</button>
            </div>
        </fieldset>
    }
}

fn focus(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = element.focus();
    }
}
