//! The `me` bundle of the web app (see `common::Bundle`).

fn main() {
    frontend::start(frontend::bundles::me::switch, frontend::bundles::plain);
}
