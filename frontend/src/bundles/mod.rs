//! Each bundle's pages: the `switch` that its bin in `src/bin/` hands to [`crate::start`].
//!
//! To add a page: give it a variant in `route::Route`, an arm in the `switch` of the bundle
//! that `common::Bundle::for_path` picks for its address, and nothing else; every other
//! bundle reaches it through `route::elsewhere`, which loads it from the server. To add a
//! bundle: a variant in `common::Bundle`, a module here, a bin in `src/bin/`.

pub mod admin;
pub mod learn;
pub mod me;
pub mod team;
