//! The frame of every admin page: the access check, the admin menu, the heading and the
//! choice of municipality, which the page inside reads with [`use_admin`].

use crate::api;
use crate::components::fetch::use_reloadable;
use crate::i18n::{set_title, use_i18n, I18n};
use crate::route::Route;
use crate::router::prelude::*;
use crate::session::use_session;
use common::{Me, Municipality};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const STORAGE_KEY: &str = "digikomp.municipality";

/// What an admin page works on.
#[derive(Clone, PartialEq)]
pub struct Admin {
    pub me: Rc<Me>,
    /// The chosen municipality; `None` only when there is none yet.
    pub municipality: Option<Municipality>,
    /// Loads the municipalities again and chooses the one with this id.
    pub reload: Callback<String>,
}

#[hook]
pub fn use_admin() -> Admin {
    use_context::<Admin>().expect("inside an AdminLayout")
}

#[derive(Properties, PartialEq)]
pub struct AdminLayoutProps {
    /// The message id of the page's heading and title.
    pub title: AttrValue,
    /// Whether the page can do without a municipality (creating the first one).
    #[prop_or_default]
    pub without_municipality: bool,
    pub children: Html,
    /// Shown after the page, and kept (not started afresh) when the municipality changes.
    #[prop_or_default]
    pub footer: Html,
}

#[component]
pub fn AdminLayout(props: &AdminLayoutProps) -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let route = use_route::<Route>();
    let navigator = use_navigator();
    let chosen = use_state(|| storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()));
    let is_admin = session.me().is_some_and(|me| me.is_admin());
    let (list, reload_list) = use_reloadable(is_admin, |is_admin| async move {
        match is_admin {
            true => api::organisation::municipalities().await,
            false => Ok(Vec::new()),
        }
    });
    let choose = {
        let chosen = chosen.clone();
        Callback::from(move |id: String| {
            if let Some(storage) = storage() {
                let _ = storage.set_item(STORAGE_KEY, &id);
            }
            chosen.set(Some(id));
        })
    };
    set_title(&i18n.t(&props.title));
    let me = match session.admin(&i18n) {
        Ok(me) => me,
        Err(view) => return view,
    };
    let list = match list.ready() {
        Ok(list) => list,
        Err(view) => return view,
    };
    let municipality = chosen
        .as_ref()
        .and_then(|id| list.iter().find(|m| &m.id == id))
        .or(list.first())
        .cloned();
    let reload = {
        let choose = choose.clone();
        Callback::from(move |id: String| {
            choose.emit(id);
            reload_list.emit(());
        })
    };
    let onchange = Callback::from(move |event: Event| {
        choose.emit(event.target_unchecked_into::<HtmlSelectElement>().value())
    });
    let current = municipality.as_ref().map(|m| m.id.clone());
    let body = match (&municipality, props.without_municipality) {
        (None, false) => html! { <p>{ i18n.t("admin-no-municipality") }</p> },
        _ => props.children.clone(),
    };
    let context = Admin {
        me,
        municipality,
        reload,
    };
    html! {
        <section class="page admin">
            { admin_menu(&i18n, route, navigator) }
            <h1>{ i18n.t(&props.title) }</h1>
            if list.len() > 1 {
                <div class="field municipality-picker">
                    <label for="municipality">{ i18n.t("admin-municipality") }</label>
                    <select id="municipality" {onchange}>
                        { for list.iter().map(|m| html! {
                            <option value={m.id.clone()} selected={Some(&m.id) == current.as_ref()}>{ &m.name }</option>
                        }) }
                    </select>
                </div>
            } else if let Some(m) = &context.municipality {
                <p class="lead">{ &m.name }</p>
            }
            // Keyed, so a page's forms start afresh when another municipality is chosen.
            <ContextProvider<Admin> {context}>
                <div key={current.clone().unwrap_or_default()}>{ body }</div>
                { props.footer.clone() }
            </ContextProvider<Admin>>
        </section>
    }
}

/// The admin pages, with the current one marked for assistive technology.
fn admin_menu(i18n: &I18n, route: Option<Route>, navigator: Option<Navigator>) -> Html {
    let items = [
        (Route::Admin, "admin-organisation-title"),
        (Route::AdminRoles, "admin-roles-title"),
        (Route::AdminPeople, "admin-people-title"),
        (Route::AdminImport, "admin-import-title"),
        (Route::AdminReport, "admin-report-title"),
        // In the library bundle: following it loads that page (see `route::elsewhere`).
        (Route::LibraryStatistics, "library-statistics-title"),
    ];
    html! {
        <nav class="admin-menu" aria-label={i18n.t("admin-menu")}>
            <ul>
                { for items.into_iter().map(|(to, label)| {
                    let current = match (&route, &to) {
                        (Some(now), to) if now == to => Some("page"),
                        (Some(Route::AdminPerson { .. } | Route::AdminNewPerson), Route::AdminPeople) => Some("true"),
                        _ => None,
                    };
                    let href = to.to_path();
                    let navigator = navigator.clone();
                    // A plain link that the router follows, so it can carry aria-current;
                    // a click with a modifier key still opens a new tab or window.
                    let onclick = Callback::from(move |event: MouseEvent| {
                        if !(event.ctrl_key() || event.meta_key() || event.shift_key()) {
                            event.prevent_default();
                            if let Some(navigator) = &navigator {
                                navigator.push(&to);
                            }
                        }
                    });
                    html! { <li><a {href} aria-current={current} {onclick}>{ i18n.t(label) }</a></li> }
                }) }
            </ul>
        </nav>
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
