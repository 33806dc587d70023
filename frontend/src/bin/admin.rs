//! The `admin` bundle of the web app (see `common::Bundle`).

fn main() {
    frontend::start(frontend::bundles::admin::switch, frontend::bundles::plain);
}
