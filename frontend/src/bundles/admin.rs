//! The administration pages.

use crate::components::admin_layout::AdminLayout;
use crate::pages::admin;
use crate::route::{elsewhere, Route};
use common::Bundle;
use yew::prelude::*;

pub fn switch(route: Route) -> Html {
    match route {
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
        _ => elsewhere(Bundle::Admin),
    }
}
