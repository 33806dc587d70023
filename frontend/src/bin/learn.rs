//! The `learn` bundle of the web app (see `common::Bundle`).

fn main() {
    frontend::start(
        frontend::bundles::learn::switch,
        frontend::bundles::for_citizens,
    );
}
