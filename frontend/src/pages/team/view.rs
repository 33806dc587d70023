//! `/team`: the heatmap of people × required competences. (Being written.)

use yew::prelude::*;

#[function_component]
pub fn TeamPage() -> Html {
    html! {}
}
