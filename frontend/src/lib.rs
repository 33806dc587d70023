//! The Digikomp web app: Yew function components compiled to WebAssembly by trunk.
//!
//! The app is built as one bundle per area (`common::Bundle`): each bin in `src/bin/` starts
//! [`start`] with its bundle's pages from `bundles/`, and the linker keeps only the code
//! those pages use.

mod api;
mod app;
pub mod bundles;
mod components;
mod i18n;
mod learner;
mod pages;
mod participation;
mod progress;
mod route;
mod router;
mod session;

pub use route::Route;

/// Starts the app of one bundle: `switch` renders the bundle's own pages and `around` adds
/// what they need besides what every page has (see `bundles/`).
pub fn start(switch: fn(Route) -> yew::Html, around: fn(yew::Html) -> yew::Html) {
    route::note_load_path();
    progress::service_worker::register();
    components::large_text::apply_saved();
    let props = app::AppProps {
        switch: yew::Callback::from(switch),
        around: yew::Callback::from(around),
    };
    yew::Renderer::<app::App>::with_props(props).render();
}
