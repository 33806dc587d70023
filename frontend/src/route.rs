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
    #[at("/courses/:slug/handout")]
    Handout { slug: String },
    #[at("/join")]
    Join,
    #[at("/join/courses")]
    JoinCourses,
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
    #[at("/library")]
    Library,
    #[at("/library/sessions/:id")]
    LibrarySession { id: String },
    #[at("/library/statistics")]
    LibraryStatistics,
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

pub fn switch(route: Route) -> Html {
    use crate::components::admin_layout::AdminLayout;
    use pages::admin;
    match route {
        Route::Catalogue => html! { <pages::catalogue::Catalogue /> },
        Route::Course { slug } => html! { <pages::course::CoursePage {slug} /> },
        Route::Lesson { slug, number } => html! { <pages::lesson::LessonPage {slug} {number} /> },
        Route::Practice { slug } => html! { <pages::practice::PracticePage {slug} /> },
        Route::Quiz { slug } => html! { <pages::quiz::QuizPage {slug} /> },
        Route::Handout { slug } => html! { <pages::handout::HandoutPage {slug} /> },
        Route::Join => html! { <pages::join::JoinPage /> },
        Route::JoinCourses => html! { <pages::join::courses::JoinCourses /> },
        Route::Login => html! { <pages::login::LoginPage /> },
        Route::MyPage => html! { <pages::my_page::MyPage /> },
        Route::SelfAssessment => html! { <pages::self_assessment::SelfAssessmentPage /> },
        Route::Certificate { code } => html! { <pages::certificate::CertificatePage {code} /> },
        Route::Team => html! { <pages::team::view::TeamPage /> },
        Route::TeamPerson { id } => html! { <pages::team::person::TeamPersonPage {id} /> },
        Route::Library => html! { <pages::library::sessions::LibraryPage /> },
        Route::LibrarySession { id } => html! { <pages::library::live::LivePage {id} /> },
        Route::LibraryStatistics => html! { <pages::library::statistics::StatisticsPage /> },
        Route::Admin => html! {
            <AdminLayout title="admin-organisation-title" without_municipality=true
                footer={html! { <admin::organisation::NewMunicipality /> }}>
                <admin::organisation::Organisation />
            </AdminLayout>
        },
        Route::AdminRoles => html! {
            <AdminLayout title="admin-roles-title"><admin::roles::Roles /></AdminLayout>
        },
        Route::AdminPeople => html! {
            <AdminLayout title="admin-people-title"><admin::people::People /></AdminLayout>
        },
        Route::AdminNewPerson => html! {
            <AdminLayout title="person-new-title"><admin::person::PersonLoader /></AdminLayout>
        },
        Route::AdminPerson { id } => html! {
            <AdminLayout title="person-edit-title"><admin::person::PersonLoader {id} /></AdminLayout>
        },
        Route::AdminImport => html! {
            <AdminLayout title="admin-import-title"><admin::import::Import /></AdminLayout>
        },
        Route::AdminReport => html! {
            <AdminLayout title="admin-report-title"><admin::report::Report /></AdminLayout>
        },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    }
}
