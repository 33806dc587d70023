//! The Digikomp web app: Yew function components compiled to WebAssembly by trunk.

mod api;
mod app;
mod components;
mod i18n;
mod learner;
mod pages;
mod route;
mod session;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
