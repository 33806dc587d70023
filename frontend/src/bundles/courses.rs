//! A course: its page, practice, quiz and handout (its lessons are `lesson`).

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    super::help_bar(match route {
        Route::Course { slug } => html! { <pages::course::CoursePage {slug} /> },
        Route::Practice { slug } => html! { <pages::practice::PracticePage {slug} /> },
        Route::Quiz { slug } => html! { <pages::quiz::QuizPage {slug} /> },
        Route::Handout { slug } => html! { <pages::handout::HandoutPage {slug} /> },
        _ => elsewhere(Bundle::Courses),
    })
}
