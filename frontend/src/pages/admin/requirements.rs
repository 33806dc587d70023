//! The requirement matrix: job roles × competences, each cell the minimum level (0 = none),
//! saved all at once.

use super::roles::role_label;
use crate::api;
use crate::components::form::{outcome_message, submit, Outcome};
use crate::i18n::use_i18n;
use common::{Framework, JobRole, RequirementMatrix, RoleRequirements};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RequirementsProps {
    pub municipality: String,
    pub roles: Rc<Vec<JobRole>>,
    pub framework: Rc<Framework>,
    pub matrix: Rc<RequirementMatrix>,
}

type Levels = HashMap<String, BTreeMap<String, u8>>;

#[component]
pub fn RequirementsEditor(props: &RequirementsProps) -> Html {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let levels = use_state(|| {
        let levels: Levels = props
            .matrix
            .roles
            .iter()
            .map(|role| (role.role_id.clone(), role.levels.clone()))
            .collect();
        levels
    });
    let outcome = use_state(Outcome::default);
    let framework = &props.framework;

    let on_level = |role: &str, competence: &str| {
        let (levels, outcome) = (levels.clone(), outcome.clone());
        let (role, competence) = (role.to_owned(), competence.to_owned());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = (*levels).clone();
            let row = next.entry(role.clone()).or_default();
            match value.parse::<u8>() {
                Ok(level @ 1..=8) => row.insert(competence.clone(), level),
                _ => row.remove(&competence),
            };
            levels.set(next);
            outcome.set(Outcome::Idle);
        })
    };
    let onsubmit = {
        let (levels, outcome, i18n) = (levels.clone(), outcome.clone(), i18n.clone());
        let (roles, municipality) = (props.roles.clone(), props.municipality.clone());
        let framework_id = props.matrix.framework.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let matrix = RequirementMatrix {
                framework: framework_id.clone(),
                roles: roles
                    .iter()
                    .map(|role| RoleRequirements {
                        role_id: role.id.clone(),
                        levels: levels.get(&role.id).cloned().unwrap_or_default(),
                    })
                    .collect(),
            };
            let (municipality, done) = (municipality.clone(), i18n.t("requirements-saved"));
            let request =
                async move { api::organisation::save_requirements(&municipality, &matrix).await };
            submit(&outcome, &i18n, request, move |_| done);
        })
    };

    let caption = i18n.t("requirements-title");
    let areas = framework.areas.iter().map(|area| {
        let span = framework
            .competences
            .iter()
            .filter(|c| c.area == area.id)
            .count();
        (area, span)
    });
    let header_cells = framework.competences.iter().map(|competence| {
        let name = competence.name.get(lang);
        html! {
            <th scope="col">
                <abbr title={name.to_owned()}>{ &competence.id }</abbr>
                <span class="visually-hidden">{ format!(" {name}") }</span>
            </th>
        }
    });
    let rows = props.roles.iter().map(|role| {
        let label = role_label(&i18n, role);
        let row = levels.get(&role.id);
        let cells = framework.competences.iter().map(|competence| {
            let level = row.and_then(|r| r.get(&competence.id)).copied().unwrap_or(0);
            let name = format!("{label}: {} {}", competence.id, competence.name.get(lang));
            html! {
                <td class={classes!((level == 0).then_some("none"))}>
                    <select aria-label={name} data-role={role.id.clone()} data-competence={competence.id.clone()}
                        onchange={on_level(&role.id, &competence.id)}>
                        { for (0..=8u8).map(|value| html! {
                            <option value={value.to_string()} selected={value == level}>{ value }</option>
                        }) }
                    </select>
                </td>
            }
        });
        let cells: Vec<Html> = cells.collect();
        html! { <tr><th scope="row">{ label }</th>{ cells }</tr> }
    });
    let groups = framework.groups.iter().map(|group| {
        let first = group.levels.first().copied().unwrap_or_default();
        let last = group.levels.last().copied().unwrap_or_default();
        format!("{first}–{last} {}", group.name.get(lang))
    });
    html! {
        <section aria-labelledby="requirements-heading">
            <h2 id="requirements-heading">{ &caption }</h2>
            <p>{ i18n.t("requirements-help") }{ " " }{ groups.collect::<Vec<_>>().join(" · ") }{ "." }</p>
            <form {onsubmit}>
                <div class="table-scroll" role="region" aria-label={i18n.t("requirements-caption")} tabindex="0">
                    <table class="matrix">
                        <caption>{ i18n.t("requirements-caption") }</caption>
                        <colgroup><col /></colgroup>
                        { for areas.clone().map(|(_, span)| html! { <colgroup span={span.to_string()}></colgroup> }) }
                        <thead>
                            <tr>
                                <td></td>
                                { for areas.map(|(area, span)| html! {
                                    <th scope="colgroup" colspan={span.to_string()}>{ format!("{} {}", area.id, area.name.get(lang)) }</th>
                                }) }
                            </tr>
                            <tr><th scope="col">{ i18n.t("role-name") }</th>{ for header_cells }</tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <p class="actions"><button type="submit" id="save-requirements">{ i18n.t("requirements-save") }</button></p>
                { outcome_message(&i18n, &outcome) }
            </form>
        </section>
    }
}
