//! The self-assessment.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::SelfAssessment => html! { <pages::self_assessment::SelfAssessmentPage /> },
        _ => elsewhere(Bundle::Assess),
    }
}
