//! The frame of every page: skip link, header with navigation and languages, main, footer.

use super::language_switcher::LanguageSwitcher;
use super::large_text::LargeTextToggle;
use crate::api;
use crate::i18n::use_i18n;
use crate::learner::new_learner_id;
use crate::progress::{sign_out_pending, Progress};
use crate::route::Route;
use crate::router::prelude::*;
use crate::session::use_session;
use common::GrantKind;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub children: Html,
}

#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let navigator = use_navigator();
    let route = use_route::<Route>();
    // Only the bundles whose pages record progress have the outbox (and its status line).
    let progress = use_context::<Progress>();
    let status_line = progress.as_ref().map(|p| p.status_line());
    // Move focus to the new page's content after navigating, as a full page load would.
    {
        use_effect_with(route, |_| {
            if let Some(main) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("main"))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                if main.get_attribute("data-navigated").is_some() {
                    let _ = main.focus();
                }
                let _ = main.set_attribute("data-navigated", "");
            }
        });
    }
    let me = session.me();
    let sign_out = {
        let set = session.set.clone();
        Callback::from(move |_| {
            let (set, navigator, progress) = (set.clone(), navigator.clone(), progress.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // Send what waits while the session still ties it to this person.
                if let Some(progress) = progress {
                    progress.settle().await;
                }
                // Signed out locally even if the server is unreachable: the cookie expires
                // anyway, and the outbox ends the session before it sends anything more.
                sign_out_pending(api::auth::logout().await.is_err());
                // The next person at a shared computer starts as a new learner.
                new_learner_id();
                set.emit(None);
                if let Some(navigator) = navigator {
                    navigator.push(&Route::Catalogue);
                }
            });
        })
    };
    let account = match &me {
        Some(me) => html! {
            <div class="account">
                <span class="account-name">{ &me.name }</span>
                <button type="button" class="secondary" onclick={sign_out}>{ i18n.t("sign-out") }</button>
            </div>
        },
        None => html! {
            <div class="account">
                <Link<Route> to={Route::Login}>{ i18n.t("sign-in") }</Link<Route>>
            </div>
        },
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ i18n.t("skip-to-content") }</a>
            <header class="site-header">
                <div class="bar">
                    <Link<Route> to={Route::Catalogue} classes="brand">{ "Digikomp" }</Link<Route>>
                    <nav aria-label={i18n.t("nav-main")}>
                        <ul>
                            <li><Link<Route> to={Route::Catalogue}>{ i18n.t("nav-courses") }</Link<Route>></li>
                            if me.is_some() {
                                <li><Link<Route> to={Route::MyPage}>{ i18n.t("nav-my-page") }</Link<Route>></li>
                            }
                            if me.as_ref().is_some_and(|me| me.is_manager() || me.is_admin()) {
                                <li><Link<Route> to={Route::Team}>{ i18n.t("nav-team") }</Link<Route>></li>
                            }
                            if me.as_ref().is_some_and(|me| me.has(GrantKind::Guide)) {
                                <li><Link<Route> to={Route::Library}>{ i18n.t("library-nav") }</Link<Route>></li>
                            }
                            if me.as_ref().is_some_and(|me| me.is_admin()) {
                                <li><Link<Route> to={Route::Admin}>{ i18n.t("nav-admin") }</Link<Route>></li>
                            }
                        </ul>
                    </nav>
                    { account }
                    <LanguageSwitcher />
                    <LargeTextToggle />
                </div>
                { status_line }
            </header>
            <main id="main" tabindex="-1">{ props.children.clone() }</main>
            <footer class="site-footer">
                <p>{ i18n.t("footer-text") }</p>
            </footer>
        </>
    }
}
