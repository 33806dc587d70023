use yew::prelude::*;

use crate::pages;
use crate::router::Routable;

/// Every page of the app, by address (see `recognize` and `to_path` below). Which bundle serves which is `common::Bundle`; each
/// bundle renders its own in `bundles/`.
#[derive(Clone, PartialEq, Debug)]
pub enum Route {
    Catalogue,
    Course { slug: String },
    Lesson { slug: String, number: usize },
    Practice { slug: String },
    Quiz { slug: String },
    Handout { slug: String },
    Join,
    JoinCourses,
    Login,
    MyPage,
    SelfAssessment,
    Certificate { code: String },
    Team,
    TeamPerson { id: String },
    Library,
    LibrarySession { id: String },
    LibraryStatistics,
    Admin,
    AdminRoles,
    AdminPeople,
    AdminNewPerson,
    AdminPerson { id: String },
    AdminImport,
    AdminReport,
    NotFound,
}

impl Routable for Route {
    fn recognize(path: &str) -> Route {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let text = |s: &str| decode_segment(s);
        match segments.as_slice() {
            [] => Route::Catalogue,
            ["courses", slug] => Route::Course { slug: text(slug) },
            ["courses", slug, "lessons", number] => match number.parse() {
                Ok(number) => Route::Lesson {
                    slug: text(slug),
                    number,
                },
                Err(_) => Route::NotFound,
            },
            ["courses", slug, "practice"] => Route::Practice { slug: text(slug) },
            ["courses", slug, "quiz"] => Route::Quiz { slug: text(slug) },
            ["courses", slug, "handout"] => Route::Handout { slug: text(slug) },
            ["join"] => Route::Join,
            ["join", "courses"] => Route::JoinCourses,
            ["login"] => Route::Login,
            ["me"] => Route::MyPage,
            ["me", "self-assessment"] => Route::SelfAssessment,
            ["certificates", code] => Route::Certificate { code: text(code) },
            ["team"] => Route::Team,
            ["team", "people", id] => Route::TeamPerson { id: text(id) },
            ["library"] => Route::Library,
            ["library", "sessions", id] => Route::LibrarySession { id: text(id) },
            ["library", "statistics"] => Route::LibraryStatistics,
            ["admin"] => Route::Admin,
            ["admin", "roles"] => Route::AdminRoles,
            ["admin", "people"] => Route::AdminPeople,
            ["admin", "people", "new"] => Route::AdminNewPerson,
            ["admin", "people", id] => Route::AdminPerson { id: text(id) },
            ["admin", "import"] => Route::AdminImport,
            ["admin", "report"] => Route::AdminReport,
            _ => Route::NotFound,
        }
    }

    fn to_path(&self) -> String {
        let e = |s: &str| crate::router::encode(s);
        match self {
            Route::Catalogue => "/".to_owned(),
            Route::Course { slug } => format!("/courses/{}", e(slug)),
            Route::Lesson { slug, number } => format!("/courses/{}/lessons/{number}", e(slug)),
            Route::Practice { slug } => format!("/courses/{}/practice", e(slug)),
            Route::Quiz { slug } => format!("/courses/{}/quiz", e(slug)),
            Route::Handout { slug } => format!("/courses/{}/handout", e(slug)),
            Route::Join => "/join".to_owned(),
            Route::JoinCourses => "/join/courses".to_owned(),
            Route::Login => "/login".to_owned(),
            Route::MyPage => "/me".to_owned(),
            Route::SelfAssessment => "/me/self-assessment".to_owned(),
            Route::Certificate { code } => format!("/certificates/{}", e(code)),
            Route::Team => "/team".to_owned(),
            Route::TeamPerson { id } => format!("/team/people/{}", e(id)),
            Route::Library => "/library".to_owned(),
            Route::LibrarySession { id } => format!("/library/sessions/{}", e(id)),
            Route::LibraryStatistics => "/library/statistics".to_owned(),
            Route::Admin => "/admin".to_owned(),
            Route::AdminRoles => "/admin/roles".to_owned(),
            Route::AdminPeople => "/admin/people".to_owned(),
            Route::AdminNewPerson => "/admin/people/new".to_owned(),
            Route::AdminPerson { id } => format!("/admin/people/{}", e(id)),
            Route::AdminImport => "/admin/import".to_owned(),
            Route::AdminReport => "/admin/report".to_owned(),
            Route::NotFound => "/404".to_owned(),
        }
    }
}

/// A path segment as it was before the address encoded it.
fn decode_segment(segment: &str) -> String {
    js_sys::decode_uri_component(segment)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| segment.to_owned())
}

/// The path this page was loaded at, noted by [`crate::start`] before any navigation.
static LOADED_AT: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

thread_local! {
    /// The page is being loaded again for another bundle: nothing more to do here.
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this bundle's page is about to be replaced by another bundle's (see
/// [`elsewhere`]); what would be sent from it now may be cut off, so is left to the next.
pub fn leaving() -> bool {
    LEAVING.with(|leaving| leaving.get())
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
            LEAVING.with(|leaving| leaving.set(true));
            let _ = window.location().reload();
        }
        return Html::default();
    }
    html! { <pages::not_found::NotFound /> }
}
