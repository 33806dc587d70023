//! The `person` bundle of the web app (see `common::Bundle`).

fn main() {
    frontend::start(frontend::bundles::person::switch, frontend::bundles::plain);
}
