//! A `<select>` of units, indented to show the tree (a plain struct, like `form::Field`).

use common::Unit;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

pub struct UnitSelect {
    pub id: &'static str,
    pub label: String,
    /// Depth-first, as `GET /api/municipalities/{id}/units` sends them.
    pub units: Rc<Vec<Unit>>,
    /// The chosen unit's id ("" for the empty choice).
    pub value: String,
    pub on_change: Callback<String>,
    /// The label of a first, empty choice such as "All units"; none if absent.
    pub empty: Option<String>,
    /// A unit left out with everything under it (a unit cannot move under itself).
    pub exclude: Option<String>,
}

impl UnitSelect {
    pub fn new(
        id: &'static str,
        label: String,
        units: &Rc<Vec<Unit>>,
        value: &str,
        on_change: Callback<String>,
    ) -> Self {
        UnitSelect {
            id,
            label,
            units: units.clone(),
            value: value.to_owned(),
            on_change,
            empty: None,
            exclude: None,
        }
    }

    pub fn view(self) -> Html {
        let on_change = self.on_change;
        let onchange = Callback::from(move |event: Event| {
            on_change.emit(event.target_unchecked_into::<HtmlSelectElement>().value())
        });
        let top = self.units.iter().map(|u| u.depth).min().unwrap_or(0);
        let mut skip_below = None;
        let options = self.units.iter().filter(|unit| {
            if skip_below.is_some_and(|depth| unit.depth > depth) {
                return false;
            }
            skip_below = None;
            if self.exclude.as_deref() == Some(unit.id.as_str()) {
                skip_below = Some(unit.depth);
                return false;
            }
            true
        });
        html! {
            <div class="field">
                <label for={self.id}>{ self.label }</label>
                <select id={self.id} {onchange}>
                    if let Some(empty) = self.empty {
                        <option value="" selected={self.value.is_empty()}>{ empty }</option>
                    }
                    { for options.map(|unit| html! {
                        <option value={unit.id.clone()} selected={self.value == unit.id}>
                            { indent(unit.depth - top) }{ &unit.name }
                        </option>
                    }) }
                </select>
            </div>
        }
    }
}

/// Two no-break spaces per level: option elements allow no other markup.
fn indent(depth: u32) -> String {
    "\u{a0}\u{a0}".repeat(depth as usize)
}
