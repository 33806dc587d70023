//! Storing progress events durably at thousands of requests a second. A disk does a few
//! thousand synchronous writes a second, so one commit per request cannot keep up: the
//! [`ProgressWriter`] commits every batch queued meanwhile in one transaction (a group
//! commit) and answers each request only once that commit is on disk.

mod group;
mod writer;

pub use group::Outcome;
pub use writer::ProgressWriter;
