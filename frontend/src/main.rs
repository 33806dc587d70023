//! The Digikomp web app: Yew function components compiled to WebAssembly by trunk.

mod api;
mod app;
mod components;
mod i18n;
mod learner;
mod pages;
mod participation;
mod progress;
mod route;
mod session;

fn main() {
    progress::service_worker::register();
    components::large_text::apply_saved();
    yew::Renderer::<app::App>::new().render();
}
