//! Each bundle's pages: the `switch` that its bin in `src/bin/` hands to [`crate::start`].
//!
//! To add a page: give it a variant in `route::Route`, an arm in the `switch` of the bundle
//! that `common::Bundle::for_path` picks for its address, and nothing else; every other
//! bundle reaches it through `route::elsewhere`, which loads it from the server. To add a
//! bundle: a variant in `common::Bundle`, a module here, a bin in `src/bin/`.

use crate::progress::ProgressProvider;
use yew::prelude::*;

pub mod admin;
pub mod assess;
pub mod certificate;
pub mod courses;
pub mod learn;
pub mod me;
pub mod team;

/// Around the pages of a bundle that records progress: the outbox that sends it, with the
/// status line. It is about a sixth of a bundle (18 KB brotli), so only `courses` has it;
/// elsewhere what waits is sent when a course page is opened again.
pub fn with_progress(pages: Html) -> Html {
    html! { <ProgressProvider>{ pages }</ProgressProvider> }
}

/// Around the pages of every other bundle: nothing more.
pub fn plain(pages: Html) -> Html {
    pages
}
