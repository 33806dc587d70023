//! The guide's pages: sessions, the live view and statistics.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Library => html! { <pages::library::sessions::LibraryPage /> },
        Route::LibrarySession { id } => html! { <pages::library::live::LivePage {id} /> },
        Route::LibraryStatistics => html! { <pages::library::statistics::StatisticsPage /> },
        _ => elsewhere(Bundle::Library),
    }
}
