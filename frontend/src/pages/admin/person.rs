//! `/admin/people/:id` and `/admin/people/new`: a person's details, unit, job roles,
//! permissions, whether they are active, and a new password.

use super::grants::GrantsEditor;
use super::roles::role_label;
use crate::api;
use crate::components::admin_layout::use_admin;
use crate::components::fetch::use_fetch;
use crate::components::form::{edit, optional, outcome_message, submit, toggle, Field, Outcome};
use crate::components::unit_select::UnitSelect;
use crate::i18n::{set_title, use_i18n};
use crate::route::Route;
use crate::router::prelude::*;
use common::{Person, SavePerson};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersonProps {
    /// `None` for a new person.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// `/admin/people/:id` and `/admin/people/new`, inside the admin frame.
#[component]
pub fn PersonLoader(props: &PersonProps) -> Html {
    let admin = use_admin();
    let person = use_fetch(props.id.clone(), |id| async move {
        match id {
            Some(id) => api::people::show(&id).await.map(Some),
            None => Ok(None),
        }
    });
    let person = match person.ready() {
        Ok(person) => person,
        Err(view) => return view,
    };
    let municipality = match &*person {
        Some(person) => person.municipality_id.clone(),
        None => admin.municipality.map(|m| m.id).unwrap_or_default(),
    };
    html! { <PersonForm person={(*person).clone().map(Rc::new)} {municipality} /> }
}

#[derive(Properties, PartialEq)]
struct PersonFormProps {
    person: Option<Rc<Person>>,
    municipality: String,
}

#[component]
fn PersonForm(props: &PersonFormProps) -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let created = use_location()
        .and_then(|l| l.param("created"))
        .is_some_and(|created| created == "true");
    let form = use_state(|| match props.person.as_deref() {
        Some(p) => SavePerson::from(p),
        None => SavePerson {
            name: String::new(),
            email: None,
            employee_number: None,
            unit_id: String::new(),
            role_ids: Vec::new(),
            grants: Vec::new(),
            active: true,
            password: None,
        },
    });
    let outcome = use_state(|| match created {
        true => Outcome::Done(i18n.t("person-created")),
        false => Outcome::Idle,
    });
    let units = use_fetch(props.municipality.clone(), |id| async move {
        api::organisation::units(&id).await
    });
    let roles = use_fetch(props.municipality.clone(), |id| async move {
        api::organisation::job_roles(&id).await
    });
    if let Some(person) = &props.person {
        set_title(&person.name);
    }
    let (units, roles) = match (units.ready(), roles.ready()) {
        (Ok(units), Ok(roles)) => (units, roles),
        (Err(view), _) | (_, Err(view)) => return view,
    };
    // A new person goes in the first unit unless the admin picks another.
    let unit_id = match form.unit_id.as_str() {
        "" => units.first().map(|u| u.id.clone()).unwrap_or_default(),
        id => id.to_owned(),
    };

    let onsubmit = {
        let (form, outcome, i18n) = (form.clone(), outcome.clone(), i18n.clone());
        let (id, municipality) = (
            props.person.as_ref().map(|p| p.id.clone()),
            props.municipality.clone(),
        );
        let unit_id = unit_id.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = SavePerson {
                unit_id: unit_id.clone(),
                ..(*form).clone()
            };
            let (id, municipality, navigator) =
                (id.clone(), municipality.clone(), navigator.clone());
            let (done, form) = (i18n.t("person-saved"), form.clone());
            let request = async move {
                match id {
                    Some(id) => api::people::update(&id, &body).await.map(|_| None),
                    None => api::people::create(&municipality, &body).await.map(Some),
                }
            };
            submit(&outcome, &i18n, request, move |created: Option<Person>| {
                form.set(SavePerson {
                    password: None,
                    ..(*form).clone()
                });
                if let (Some(person), Some(navigator)) = (created, navigator) {
                    let to = Route::AdminPerson { id: person.id };
                    navigator.replace_with_query(&to, "created=true");
                }
                done
            });
        })
    };
    let role_boxes = roles.iter().filter(|role| !role.baseline).map(|role| {
        let id = format!("role-{}", role.id);
        let checked = form.role_ids.contains(&role.id);
        let onchange = {
            let (form, role_id) = (form.clone(), role.id.clone());
            Callback::from(move |_: Event| {
                let mut next = (*form).clone();
                match next.role_ids.iter().position(|r| *r == role_id) {
                    Some(index) => drop(next.role_ids.remove(index)),
                    None => next.role_ids.push(role_id.clone()),
                }
                form.set(next);
            })
        };
        html! {
            <li class="checkbox">
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id}>{ role_label(&i18n, role) }</label>
            </li>
        }
    });
    let on_grants = {
        let form = form.clone();
        Callback::from(move |grants| {
            form.set(SavePerson {
                grants,
                ..(*form).clone()
            })
        })
    };
    html! {
        <form class="stack person-form" {onsubmit}>
            { Field {
                required: true,
                ..Field::new("person-name", i18n.t("person-name"), &form.name, edit(&form, |f, v| f.name = v))
            }.view() }
            { Field {
                kind: "email",
                ..Field::new("person-email", i18n.t("person-email"), form.email.as_deref().unwrap_or_default(),
                    edit(&form, |f, v| f.email = optional(v)))
            }.view() }
            { Field::new("person-employee-number", i18n.t("person-employee-number"),
                form.employee_number.as_deref().unwrap_or_default(),
                edit(&form, |f, v| f.employee_number = optional(v))).view() }
            { UnitSelect::new("person-unit", i18n.t("person-unit"), &units, &unit_id,
                edit(&form, |f, v| f.unit_id = v)).view() }
            <fieldset>
                <legend>{ i18n.t("person-job-roles") }</legend>
                <p class="hint">{ i18n.t("person-job-roles-hint") }</p>
                <ul class="plain role-boxes">{ for role_boxes }</ul>
            </fieldset>
            <GrantsEditor grants={form.grants.clone()} {units} on_change={on_grants} />
            <div class="checkbox">
                <input type="checkbox" id="person-active" checked={form.active}
                    onchange={toggle(&form, |f, on| f.active = on)} />
                <label for="person-active">{ i18n.t("person-active") }</label>
            </div>
            { Field {
                kind: "password",
                autocomplete: "new-password",
                hint: Some(i18n.t("person-password-hint")),
                ..Field::new("person-password", i18n.t("person-new-password"),
                    form.password.as_deref().unwrap_or_default(), edit(&form, |f, v| f.password = optional(v)))
            }.view() }
            { outcome_message(&i18n, &outcome) }
            <p class="actions">
                <button type="submit">{ i18n.t("save") }</button>
                <Link<Route> to={Route::AdminPeople}>{ i18n.t("back-to-people") }</Link<Route>>
            </p>
        </form>
    }
}
