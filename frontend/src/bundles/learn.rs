//! The catalogue and signing in.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    super::help_bar(match route {
        Route::Catalogue => html! { <pages::catalogue::Catalogue /> },
        Route::Login => html! { <pages::login::LoginPage /> },
        _ => elsewhere(Bundle::Learn),
    })
}
