//! Each bundle's pages: the `switch` that its bin in `src/bin/` hands to [`crate::start`].
//!
//! To add a page: give it a variant in `route::Route`, an arm in the `switch` of the bundle
//! that `common::Bundle::for_path` picks for its address, and nothing else; every other
//! bundle reaches it through `route::elsewhere`, which loads it from the server. To add a
//! bundle: a variant in `common::Bundle`, a module here, a bin in `src/bin/`.

use crate::components::participation_bar::ParticipationBar;
use crate::participation::ParticipationProvider;
use crate::progress::ProgressProvider;
use yew::prelude::*;

pub mod admin;
pub mod assess;
pub mod certificate;
pub mod courses;
pub mod join;
pub mod learn;
pub mod lesson;
pub mod library;
pub mod me;
pub mod person;
pub mod team;

/// Around the pages of a bundle that records progress: the outbox that sends it, with the
/// status line. It is about a sixth of a bundle (18 KB brotli), so only `courses` and `lesson` have it;
/// elsewhere what waits is sent when a course page is opened again. Courses are where
/// citizens in a library session go, so it also has what [`for_citizens`] adds.
pub fn with_progress(pages: Html) -> Html {
    html! { <ProgressProvider>{ for_citizens(pages) }</ProgressProvider> }
}

/// Around the pages a citizen in a library session may open (the catalogue, joining, a
/// course): what they report to the guide's live view. Each page of such a bundle starts
/// with [`help_bar`].
pub fn for_citizens(pages: Html) -> Html {
    html! { <ParticipationProvider>{ pages }</ParticipationProvider> }
}

/// The "I need help" button of a library session, at the top of a page of a bundle that has
/// [`for_citizens`]; nothing when the browser is in no session.
pub fn help_bar(page: Html) -> Html {
    html! { <><ParticipationBar />{ page }</> }
}

/// Around the pages of every other bundle (signed-in staff): nothing more.
pub fn plain(pages: Html) -> Html {
    pages
}
