//! Joining a library session, and the citizen courses of a session.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    super::help_bar(match route {
        Route::Join => html! { <pages::join::JoinPage /> },
        Route::JoinCourses => html! { <pages::join::courses::JoinCourses /> },
        _ => elsewhere(Bundle::Join),
    })
}
