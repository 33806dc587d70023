//! `/team/people/:id`: one person's competence as their manager sees it. (Being written.)

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersonProps {
    pub id: AttrValue,
}

#[function_component]
pub fn TeamPersonPage(props: &PersonProps) -> Html {
    let _ = &props.id;
    html! {}
}
