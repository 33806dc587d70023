//! `/admin`: the unit tree of a municipality, adding and editing units, and (for a
//! superadmin) new municipalities.

use super::units::UnitForm;
use crate::api;
use crate::components::admin_layout::use_admin;
use crate::components::fetch::use_reloadable;
use crate::components::form::{edit, outcome_message, submit, Field, Outcome};
use crate::i18n::{use_i18n, I18n};
use common::{CreateMunicipality, Unit};
use yew::prelude::*;

/// `/admin`, inside the admin frame.
#[component]
pub fn Organisation() -> Html {
    let i18n = use_i18n();
    let admin = use_admin();
    match &admin.municipality {
        Some(municipality) => html! { <Units municipality={municipality.id.clone()} /> },
        None => html! { <p>{ i18n.t("admin-no-municipality") }</p> },
    }
}

#[derive(Properties, PartialEq)]
struct UnitsProps {
    municipality: AttrValue,
}

/// The tree, with an edit button on every unit, and the form to add or edit one.
#[component]
fn Units(props: &UnitsProps) -> Html {
    let i18n = use_i18n();
    let editing = use_state(|| None::<Unit>);
    let focus = use_state(|| false);
    let outcome = use_state(Outcome::default);
    let (units, reload) = use_reloadable(props.municipality.clone(), |id| async move {
        api::organisation::units(&id).await
    });
    let units = match units.ready() {
        Ok(units) => units,
        Err(view) => return view,
    };
    let on_edit = {
        let (editing, focus) = (editing.clone(), focus.clone());
        Callback::from(move |unit: Unit| {
            focus.set(true);
            editing.set(Some(unit));
        })
    };
    let on_saved = {
        let editing = editing.clone();
        Callback::from(move |unit: Unit| {
            if editing.is_some() {
                editing.set(Some(unit));
            }
            reload.emit(());
        })
    };
    let on_cancel = {
        let (editing, outcome) = (editing.clone(), outcome.clone());
        Callback::from(move |()| {
            outcome.set(Outcome::Idle);
            editing.set(None);
        })
    };
    let mut position = 0;
    let tree = branch(&i18n, &units, &mut position, None, &on_edit);
    let form_key = editing.as_ref().map_or("new".to_owned(), |u| u.id.clone());
    html! {
        <div class="columns">
            <section aria-labelledby="units-heading">
                <h2 id="units-heading">{ i18n.t("units-title") }</h2>
                <div class="unit-tree">{ tree }</div>
            </section>
            <div>
                <UnitForm key={form_key} units={units.clone()} editing={(*editing).clone()}
                    focus={*focus} outcome={outcome.clone()} {on_saved} {on_cancel} />
                { outcome_message(&i18n, &outcome) }
            </div>
        </div>
    }
}

/// The units from `position` on that sit under `parent` (all that are left at the top),
/// as a nested list; the units arrive depth-first, so each one's children follow it.
fn branch(
    i18n: &I18n,
    units: &[Unit],
    position: &mut usize,
    parent: Option<&str>,
    on_edit: &Callback<Unit>,
) -> Html {
    let mut items = Vec::new();
    while let Some(unit) = units.get(*position) {
        if parent.is_some() && unit.parent_id.as_deref() != parent {
            break;
        }
        *position += 1;
        let children = match units.get(*position) {
            Some(next) if next.parent_id.as_deref() == Some(&unit.id) => {
                branch(i18n, units, position, Some(&unit.id), on_edit)
            }
            _ => Html::default(),
        };
        let onclick = {
            let (on_edit, unit) = (on_edit.clone(), unit.clone());
            Callback::from(move |_| on_edit.emit(unit.clone()))
        };
        items.push(html! {
            <li>
                <div class="unit">
                    <span class="unit-name">{ &unit.name }</span>
                    <span class="unit-code">{ &unit.code }</span>
                    <span class="unit-people">{ i18n.t_with("unit-people", &[("count", unit.people.into())]) }</span>
                    <button type="button" class="link" {onclick}>
                        { i18n.t("edit") }<span class="visually-hidden">{ format!(" {}", unit.name) }</span>
                    </button>
                </div>
                { children }
            </li>
        });
    }
    html! { <ul>{ items }</ul> }
}

/// A superadmin's form for a new municipality (the root of a new tree); nothing for others.
#[component]
pub fn NewMunicipality() -> Html {
    let i18n = use_i18n();
    let admin = use_admin();
    let form = use_state(|| CreateMunicipality {
        code: String::new(),
        name: String::new(),
    });
    let outcome = use_state(Outcome::default);
    let onsubmit = {
        let (form, outcome, i18n, reload) = (
            form.clone(),
            outcome.clone(),
            i18n.clone(),
            admin.reload.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = (*form).clone();
            let (done, reload, form) =
                (i18n.t("municipality-created"), reload.clone(), form.clone());
            submit(
                &outcome,
                &i18n,
                async move { api::organisation::create_municipality(&body).await },
                move |created| {
                    form.set(CreateMunicipality {
                        code: String::new(),
                        name: String::new(),
                    });
                    reload.emit(created.id);
                    done
                },
            );
        })
    };
    if !admin.me.superadmin {
        return Html::default();
    }
    html! {
        <section class="card" aria-labelledby="new-municipality-heading">
            <h2 id="new-municipality-heading">{ i18n.t("municipality-new") }</h2>
            <form class="stack" {onsubmit}>
                { Field {
                    required: true,
                    ..Field::new("municipality-name", i18n.t("unit-name"), &form.name, edit(&form, |f, v| f.name = v))
                }.view() }
                { Field {
                    required: true,
                    ..Field::new("municipality-code", i18n.t("unit-code"), &form.code, edit(&form, |f, v| f.code = v))
                }.view() }
                { outcome_message(&i18n, &outcome) }
                <p><button type="submit">{ i18n.t("municipality-create") }</button></p>
            </form>
        </section>
    }
}
