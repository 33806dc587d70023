//! The `assess` bundle of the web app (see `common::Bundle`).

fn main() {
    frontend::start(frontend::bundles::assess::switch, frontend::bundles::plain);
}
