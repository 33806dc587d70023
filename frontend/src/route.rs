use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages;

/// Every page of the app, by address.
#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    #[at("/")]
    Catalogue,
    #[at("/courses/:slug")]
    Course { slug: String },
    #[at("/courses/:slug/lessons/:number")]
    Lesson { slug: String, number: usize },
    #[at("/courses/:slug/practice")]
    Practice { slug: String },
    #[at("/courses/:slug/quiz")]
    Quiz { slug: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Catalogue => html! { <pages::catalogue::Catalogue /> },
        Route::Course { slug } => html! { <pages::course::CoursePage {slug} /> },
        Route::Lesson { slug, number } => html! { <pages::lesson::LessonPage {slug} {number} /> },
        Route::Practice { slug } => html! { <pages::practice::PracticePage {slug} /> },
        Route::Quiz { slug } => html! { <pages::quiz::QuizPage {slug} /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    }
}
