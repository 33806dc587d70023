use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages;

/// Every page of the app, by address. Which bundle serves which is `common::Bundle`; each
/// bundle renders its own in `bundles/`.
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
    #[at("/login")]
    Login,
    #[at("/me")]
    MyPage,
    #[at("/me/self-assessment")]
    SelfAssessment,
    #[at("/certificates/:code")]
    Certificate { code: String },
    #[at("/team")]
    Team,
    #[at("/team/people/:id")]
    TeamPerson { id: String },
    #[at("/admin")]
    Admin,
    #[at("/admin/roles")]
    AdminRoles,
    #[at("/admin/people")]
    AdminPeople,
    #[at("/admin/people/new")]
    AdminNewPerson,
    #[at("/admin/people/:id")]
    AdminPerson { id: String },
    #[at("/admin/import")]
    AdminImport,
    #[at("/admin/report")]
    AdminReport,
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The path this page was loaded at, noted by [`crate::start`] before any navigation.
static LOADED_AT: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// Notes the address the server sent this bundle for.
pub fn note_load_path() {
    let _ = LOADED_AT.set(current_path());
}

/// What a bundle shows for a route it does not serve. Links inside the app change the address
/// first; if the address belongs to another bundle (`common::Bundle`), the page is loaded
/// again from the server, which sends that bundle. An address of this bundle that no page
/// matches is "not found", and so is one the server sent this bundle for although it belongs
/// to another (a server older than the build): loading it again would only loop.
pub fn elsewhere(this: common::Bundle) -> Html {
    let path = current_path();
    let served_here = LOADED_AT.get() == Some(&path);
    if common::Bundle::for_path(&path) != this && !served_here {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
        return Html::default();
    }
    html! { <pages::not_found::NotFound /> }
}
