//! The `courses` bundle of the web app (see `common::Bundle`).

fn main() {
    frontend::start(
        frontend::bundles::courses::switch,
        frontend::bundles::with_progress,
    );
}
