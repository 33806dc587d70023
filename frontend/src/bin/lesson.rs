//! The `lesson` bundle of the web app (see `common::Bundle`).

fn main() {
    frontend::start(
        frontend::bundles::lesson::switch,
        frontend::bundles::with_progress,
    );
}
