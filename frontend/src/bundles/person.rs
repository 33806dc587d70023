//! One person of a manager's team.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::TeamPerson { id } => html! { <pages::team::person::TeamPersonPage {id} /> },
        _ => elsewhere(Bundle::Person),
    }
}
