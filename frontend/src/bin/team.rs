//! The `team` bundle of the web app (see `common::Bundle`).

fn main() {
    frontend::start(frontend::bundles::team::switch, frontend::bundles::plain);
}
