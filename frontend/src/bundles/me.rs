//! My competence.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::MyPage => html! { <pages::my_page::MyPage /> },
        _ => elsewhere(Bundle::Me),
    }
}
