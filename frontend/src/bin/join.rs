//! The `join` bundle of the web app (see `common::Bundle`).

fn main() {
    frontend::start(
        frontend::bundles::join::switch,
        frontend::bundles::for_citizens,
    );
}
