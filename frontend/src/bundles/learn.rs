//! The catalogue, courses, lessons, practice, quizzes, certificates and signing in.

use crate::pages;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
        Route::Catalogue => html! { <pages::catalogue::Catalogue /> },
        Route::Course { slug } => html! { <pages::course::CoursePage {slug} /> },
        Route::Lesson { slug, number } => html! { <pages::lesson::LessonPage {slug} {number} /> },
        Route::Practice { slug } => html! { <pages::practice::PracticePage {slug} /> },
        Route::Quiz { slug } => html! { <pages::quiz::QuizPage {slug} /> },
        Route::Login => html! { <pages::login::LoginPage /> },
        Route::Certificate { code } => html! { <pages::certificate::CertificatePage {code} /> },
        _ => elsewhere(Bundle::Learn),
    }
}
