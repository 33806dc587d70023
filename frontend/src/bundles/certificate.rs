//! A certificate.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Certificate { code } => html! { <pages::certificate::CertificatePage {code} /> },
        _ => elsewhere(Bundle::Certificate),
    }
}
