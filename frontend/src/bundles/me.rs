//! My competence, the self-assessment and certificates.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::MyPage => html! { <pages::my_page::MyPage /> },
        Route::SelfAssessment => html! { <pages::self_assessment::SelfAssessmentPage /> },
        Route::Certificate { code } => html! { <pages::certificate::CertificatePage {code} /> },
        _ => elsewhere(Bundle::Me),
    }
}
