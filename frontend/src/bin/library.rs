//! The `library` bundle of the web app (see `common::Bundle`).

fn main() {
    frontend::start(frontend::bundles::library::switch, frontend::bundles::plain);
}
