//! The manager's team view (a person's page is `person`).

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Team => html! { <pages::team::view::TeamPage /> },
        _ => elsewhere(Bundle::Team),
    }
}
