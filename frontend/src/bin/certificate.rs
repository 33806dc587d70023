//! The `certificate` bundle of the web app (see `common::Bundle`).

fn main() {
    frontend::start(
        frontend::bundles::certificate::switch,
        frontend::bundles::plain,
    );
}
