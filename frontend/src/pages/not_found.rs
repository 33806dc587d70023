use crate::i18n::{set_title, use_i18n};
use crate::route::Route;
use crate::router::prelude::*;
use yew::prelude::*;

#[component]
pub fn NotFound() -> Html {
    let i18n = use_i18n();
    set_title(&i18n.t("not-found-title"));
    html! {
        <section class="page narrow">
            <h1>{ i18n.t("not-found-title") }</h1>
            <p>{ i18n.t("not-found-text") }</p>
            <p><Link<Route> to={Route::Catalogue}>{ i18n.t("back-to-catalogue") }</Link<Route>></p>
        </section>
    }
}
