//! The manager's team view and person pages.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Team => html! { <pages::team::view::TeamPage /> },
        Route::TeamPerson { id } => html! { <pages::team::person::TeamPersonPage {id} /> },
        _ => elsewhere(Bundle::Team),
    }
}
