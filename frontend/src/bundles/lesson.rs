//! A course's lessons.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    super::help_bar(match route {
        Route::Lesson { slug, number } => html! { <pages::lesson::LessonPage {slug} {number} /> },
        _ => elsewhere(Bundle::Lesson),
    })
}
