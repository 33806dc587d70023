//! `/admin/roles`: the municipality's job roles, and the minimum levels each one requires.

use super::requirements::RequirementsEditor;
use crate::api;
use crate::components::admin_layout::use_admin;
use crate::components::fetch::{use_fetch, use_reloadable};
use crate::components::form::{edit, outcome_message, submit, use_focus_on_mount, Field, Outcome};
use crate::i18n::{use_i18n, I18n};
use common::{JobRole, SaveJobRole};
use yew::prelude::*;

/// A role's name as shown: the baseline is "everyone", whatever it is called in the database.
pub fn role_label(i18n: &I18n, role: &JobRole) -> String {
    match role.baseline {
        true => i18n.t("role-baseline"),
        false => role.name.clone(),
    }
}

/// `/admin/roles`, inside the admin frame.
#[component]
pub fn Roles() -> Html {
    let i18n = use_i18n();
    let admin = use_admin();
    let municipality = admin.municipality.map(|m| m.id).unwrap_or_default();
    let editing = use_state(|| None::<JobRole>);
    let focus = use_state(|| false);
    let outcome = use_state(Outcome::default);
    let (roles, reload) = use_reloadable(municipality.clone(), |id| async move {
        api::organisation::job_roles(&id).await
    });
    let framework = use_fetch((), |()| api::courses::framework());
    let matrix = use_fetch(municipality.clone(), |id| async move {
        api::organisation::requirements(&id).await
    });
    let roles = match roles.ready() {
        Ok(roles) => roles,
        Err(view) => return view,
    };
    let on_saved = {
        let editing = editing.clone();
        Callback::from(move |role: JobRole| {
            if editing.is_some() {
                editing.set(Some(role));
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
    let rows = roles.iter().map(|role| {
        let onclick = {
            let (editing, outcome, role) = (editing.clone(), outcome.clone(), role.clone());
            let focus = focus.clone();
            Callback::from(move |_| {
                focus.set(true);
                outcome.set(Outcome::Idle);
                editing.set(Some(role.clone()));
            })
        };
        let label = role_label(&i18n, role);
        html! {
            <tr>
                <th scope="row">{ &label }</th>
                <td>{ &role.code }</td>
                <td>
                    if !role.baseline {
                        <button type="button" class="link" {onclick}>
                            { i18n.t("rename") }<span class="visually-hidden">{ format!(" {label}") }</span>
                        </button>
                    }
                </td>
            </tr>
        }
    });
    let key = editing.as_ref().map_or("new".to_owned(), |r| r.id.clone());
    let matrix = match (framework.ready(), matrix.ready()) {
        (Err(view), _) | (_, Err(view)) => view,
        (Ok(framework), Ok(matrix)) => html! {
            <RequirementsEditor municipality={municipality.clone()} roles={roles.clone()} {framework} {matrix} />
        },
    };
    html! {
        <>
            <div class="columns">
                <section aria-labelledby="roles-heading">
                    <h2 id="roles-heading">{ i18n.t("roles-title") }</h2>
                    <div class="table-scroll">
                        <table class="list">
                            <thead><tr>
                                <th scope="col">{ i18n.t("role-name") }</th>
                                <th scope="col">{ i18n.t("role-code") }</th>
                                <td></td>
                            </tr></thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                </section>
                <div>
                    <RoleForm {key} {municipality} editing={(*editing).clone()} focus={*focus}
                        outcome={outcome.clone()} {on_saved} {on_cancel} />
                    { outcome_message(&i18n, &outcome) }
                </div>
            </div>
            { matrix }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RoleFormProps {
    municipality: String,
    editing: Option<JobRole>,
    focus: bool,
    outcome: UseStateHandle<Outcome>,
    on_saved: Callback<JobRole>,
    on_cancel: Callback<()>,
}

/// Adds a job role, or renames (and recodes) the one being edited.
#[component]
fn RoleForm(props: &RoleFormProps) -> Html {
    let i18n = use_i18n();
    let form = use_state(|| SaveJobRole {
        code: props
            .editing
            .as_ref()
            .map(|r| r.code.clone())
            .unwrap_or_default(),
        name: props
            .editing
            .as_ref()
            .map(|r| r.name.clone())
            .unwrap_or_default(),
    });
    let onsubmit = {
        let (form, i18n, outcome) = (form.clone(), i18n.clone(), props.outcome.clone());
        let (id, municipality) = (
            props.editing.as_ref().map(|r| r.id.clone()),
            props.municipality.clone(),
        );
        let on_saved = props.on_saved.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = (*form).clone();
            let message = i18n.t_with("role-saved", &[("name", body.name.clone().into())]);
            let (id, municipality, on_saved, form) = (
                id.clone(),
                municipality.clone(),
                on_saved.clone(),
                form.clone(),
            );
            let adding = id.is_none();
            let request = async move {
                match id {
                    Some(id) => api::organisation::update_job_role(&id, &body).await,
                    None => api::organisation::create_job_role(&municipality, &body).await,
                }
            };
            submit(&outcome, &i18n, request, move |role| {
                if adding {
                    form.set(SaveJobRole {
                        code: String::new(),
                        name: String::new(),
                    });
                }
                on_saved.emit(role);
                message
            });
        })
    };
    let title = match &props.editing {
        Some(role) => i18n.t_with("role-edit-title", &[("name", role.name.clone().into())]),
        None => i18n.t("role-add-title"),
    };
    let heading = use_focus_on_mount(props.focus);
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <section class="card" aria-labelledby="role-form-heading">
            <h2 id="role-form-heading" tabindex="-1" ref={heading}>{ title }</h2>
            <form class="stack" {onsubmit}>
                { Field {
                    required: true,
                    ..Field::new("role-name", i18n.t("role-name"), &form.name, edit(&form, |f, v| f.name = v))
                }.view() }
                { Field {
                    required: true,
                    hint: Some(i18n.t("role-code-hint")),
                    ..Field::new("role-code", i18n.t("role-code"), &form.code, edit(&form, |f, v| f.code = v))
                }.view() }
                <p class="actions">
                    <button type="submit">{ i18n.t("save") }</button>
                    if props.editing.is_some() {
                        <button type="button" class="secondary" onclick={on_cancel}>{ i18n.t("cancel") }</button>
                    }
                </p>
            </form>
        </section>
    }
}
