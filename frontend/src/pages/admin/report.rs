//! `/admin/report`: the organisation report. (Being written.)

use yew::prelude::*;

#[function_component]
pub fn Report() -> Html {
    html! {}
}
