//! The form that adds a unit under a chosen parent, or renames, recodes or moves one.

use crate::api;
use crate::components::form::{edit, submit, use_focus_on_mount, Field, Outcome};
use crate::components::unit_select::UnitSelect;
use crate::i18n::use_i18n;
use common::{CreateUnit, Unit, UpdateUnit};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnitFormProps {
    pub units: Rc<Vec<Unit>>,
    /// The unit being edited; `None` to add one.
    pub editing: Option<Unit>,
    /// Whether to move focus to the form when it appears (after a click, not on page load).
    pub focus: bool,
    pub outcome: UseStateHandle<Outcome>,
    /// Called with the saved unit.
    pub on_saved: Callback<Unit>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn UnitForm(props: &UnitFormProps) -> Html {
    let i18n = use_i18n();
    let form = use_state(|| match &props.editing {
        Some(unit) => UpdateUnit {
            parent_id: unit.parent_id.clone(),
            code: unit.code.clone(),
            name: unit.name.clone(),
        },
        None => UpdateUnit {
            parent_id: props.units.first().map(|u| u.id.clone()),
            code: String::new(),
            name: String::new(),
        },
    });
    let heading = use_focus_on_mount(props.focus);
    let onsubmit = {
        let (form, i18n, outcome) = (form.clone(), i18n.clone(), props.outcome.clone());
        let (editing, on_saved) = (props.editing.clone(), props.on_saved.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = (*form).clone();
            let id = editing.as_ref().map(|unit| unit.id.clone());
            let message = match id {
                Some(_) => "unit-saved",
                None => "unit-added",
            };
            let message = i18n.t_with(message, &[("name", body.name.clone().into())]);
            let (form, on_saved, adding) = (form.clone(), on_saved.clone(), id.is_none());
            let request = async move {
                match id {
                    Some(id) => api::organisation::update_unit(&id, &body).await,
                    None => {
                        let body = CreateUnit {
                            parent_id: body.parent_id.unwrap_or_default(),
                            code: body.code,
                            name: body.name,
                        };
                        api::organisation::create_unit(&body).await
                    }
                }
            };
            submit(&outcome, &i18n, request, move |unit| {
                if adding {
                    let mut next = (*form).clone();
                    (next.code, next.name) = (String::new(), String::new());
                    form.set(next);
                }
                on_saved.emit(unit);
                message
            });
        })
    };
    let title = match &props.editing {
        Some(unit) => i18n.t_with("unit-edit-title", &[("name", unit.name.clone().into())]),
        None => i18n.t("unit-add-title"),
    };
    let is_root = props
        .editing
        .as_ref()
        .is_some_and(|u| u.parent_id.is_none());
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <section class="card" aria-labelledby="unit-form-heading">
            <h2 id="unit-form-heading" tabindex="-1" ref={heading}>{ title }</h2>
            <form class="stack" {onsubmit}>
                if !is_root {
                    { UnitSelect {
                        exclude: props.editing.as_ref().map(|u| u.id.clone()),
                        ..UnitSelect::new("unit-parent", i18n.t("unit-parent"), &props.units,
                            form.parent_id.as_deref().unwrap_or_default(), edit(&form, |f, v| f.parent_id = Some(v)))
                    }.view() }
                }
                { Field {
                    required: true,
                    ..Field::new("unit-name", i18n.t("unit-name"), &form.name, edit(&form, |f, v| f.name = v))
                }.view() }
                { Field {
                    required: true,
                    hint: Some(i18n.t("unit-code-hint")),
                    ..Field::new("unit-code", i18n.t("unit-code"), &form.code, edit(&form, |f, v| f.code = v))
                }.view() }
                <p class="actions">
                    <button type="submit">
                        { if props.editing.is_some() { i18n.t("save") } else { i18n.t("unit-add") } }
                    </button>
                    if props.editing.is_some() {
                        <button type="button" class="secondary" onclick={on_cancel}>{ i18n.t("cancel") }</button>
                    }
                </p>
            </form>
        </section>
    }
}
