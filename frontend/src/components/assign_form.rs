//! "Assign a course": a staff course and a due date for the chosen people, or for everyone in
//! a unit and the units under it (`POST /api/assignments`).

use crate::api;
use crate::components::fetch::{use_fetch, Load};
use crate::components::form::{outcome_message, submit, Outcome};
use crate::i18n::use_i18n;
use common::{Audience, CreateAssignments, NamedRef};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AssignFormProps {
    /// The people chosen; on a person's page, just them.
    pub people: Vec<NamedRef>,
    /// The unit "everyone in" means; without it the form assigns to `people` only.
    #[prop_or_default]
    pub unit: Option<NamedRef>,
    /// Called after the server has made the assignments.
    pub on_assigned: Callback<()>,
}

#[derive(Clone, Default, PartialEq)]
struct Draft {
    course: String,
    due: String,
    whole_unit: bool,
}

#[component]
pub fn AssignForm(props: &AssignFormProps) -> Html {
    let i18n = use_i18n();
    let draft = use_state(Draft::default);
    let outcome = use_state(Outcome::default);
    let courses = use_fetch(i18n.lang(), |lang| {
        api::courses::list(lang, Some(Audience::Staff))
    });
    let update = |apply: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            apply(&mut next, value);
            draft.set(next);
        })
    };
    let on_course = update(|d, v| d.course = v)
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let on_due = update(|d, v| d.due = v)
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_target = |whole_unit: bool| {
        let draft = draft.clone();
        Callback::from(move |_: Event| {
            draft.set(Draft {
                whole_unit,
                ..(*draft).clone()
            })
        })
    };
    let onsubmit = {
        let (draft, outcome, i18n) = (draft.clone(), outcome.clone(), i18n.clone());
        let (people, unit, on_assigned) = (
            props.people.clone(),
            props.unit.clone(),
            props.on_assigned.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let whole_unit = draft.whole_unit && unit.is_some();
            if !whole_unit && people.is_empty() {
                // Said here, in the interface language, rather than by the server.
                outcome.set(Outcome::Failed(i18n.t("team-assign-nobody")));
                return;
            }
            let body = CreateAssignments {
                course_slug: draft.course.clone(),
                due_on: draft.due.clone(),
                person_ids: match whole_unit {
                    true => Vec::new(),
                    false => people.iter().map(|p| p.id.clone()).collect(),
                },
                unit_id: unit.as_ref().filter(|_| whole_unit).map(|u| u.id.clone()),
            };
            let (i18n_ok, on_assigned) = (i18n.clone(), on_assigned.clone());
            submit(
                &outcome,
                &i18n,
                async move { api::team::assign(&body).await },
                move |created| {
                    on_assigned.emit(());
                    i18n_ok.t_with("team-assign-done", &[("count", created.assigned.into())])
                },
            );
        })
    };
    let course_options = match &courses {
        Load::Loaded(list) => list
            .iter()
            .filter(|course| course.audience != Audience::Citizen)
            .map(|course| html! {
                <option value={course.slug.clone()} selected={draft.course == course.slug} lang={course.lang.code()}>
                    { &course.title }
                </option>
            })
            .collect::<Html>(),
        _ => Html::default(),
    };
    let chosen = [("count", props.people.len().into())];
    html! {
        <section id="assign" class="card assign-form" aria-labelledby="assign-heading">
            <h2 id="assign-heading">{ i18n.t("team-assign-title") }</h2>
            <form class="stack" {onsubmit}>
                <div class="field">
                    <label for="assign-course">{ i18n.t("team-assign-course") }</label>
                    <select id="assign-course" required=true onchange={on_course}>
                        <option value="" selected={draft.course.is_empty()}>{ i18n.t("team-assign-course-choose") }</option>
                        { course_options }
                    </select>
                </div>
                <div class="field">
                    <label for="assign-due">{ i18n.t("team-assign-due") }</label>
                    <input type="date" id="assign-due" required=true min={today()} value={draft.due.clone()} oninput={on_due} />
                </div>
                if let Some(unit) = &props.unit {
                    <fieldset>
                        <legend>{ i18n.t("team-assign-to") }</legend>
                        <div class="checkbox">
                            <input type="radio" id="assign-to-chosen" name="assign-to" checked={!draft.whole_unit}
                                onchange={on_target(false)} aria-describedby="assign-to-chosen-hint" />
                            <label for="assign-to-chosen">{ i18n.t_with("team-assign-to-chosen", &chosen) }</label>
                        </div>
                        <p class="hint" id="assign-to-chosen-hint">{ i18n.t("team-assign-to-chosen-hint") }</p>
                        <div class="checkbox">
                            <input type="radio" id="assign-to-unit" name="assign-to" checked={draft.whole_unit}
                                onchange={on_target(true)} />
                            <label for="assign-to-unit">
                                { i18n.t_with("team-assign-to-unit", &[("unit", unit.name.clone().into())]) }
                            </label>
                        </div>
                    </fieldset>
                } else {
                    <p>{ i18n.t_with("team-assign-to-person", &[("name", names(&props.people).into())]) }</p>
                }
                <div class="actions">
                    <button type="submit" id="assign-submit" aria-disabled={outcome.busy().then_some("true")}>
                        { i18n.t("team-assign-submit") }
                    </button>
                </div>
                { outcome_message(&i18n, &outcome) }
            </form>
        </section>
    }
}

fn names(people: &[NamedRef]) -> String {
    people
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Today in the browser's time zone as `YYYY-MM-DD`, the earliest due date allowed.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
