//! The catalogue, certificates and signing in.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Catalogue => html! { <pages::catalogue::Catalogue /> },
        Route::Login => html! { <pages::login::LoginPage /> },
        Route::Certificate { code } => html! { <pages::certificate::CertificatePage {code} /> },
        _ => elsewhere(Bundle::Learn),
    }
}
