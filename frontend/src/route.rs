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

/// What a bundle shows for a route it does not serve. Links inside the app change the address
/// first; if the address belongs to another bundle (`common::Bundle`), the page is loaded
/// again from the server, which sends that bundle. An address of this bundle that no page
/// matches is "not found".
pub fn elsewhere(this: common::Bundle) -> Html {
    let location = web_sys::window().map(|w| w.location());
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    if common::Bundle::for_path(&path) != this {
        if let Some(location) = location {
            let _ = location.reload();
        }
        return Html::default();
    }
    html! { <pages::not_found::NotFound /> }
}
