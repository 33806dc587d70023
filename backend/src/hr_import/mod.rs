//! Importing people from the HR system's CSV file, and exporting them in the same format.
//!
//! The file is parsed and compared with what is stored entirely in memory, so a dry run
//! touches nothing and applying is one transaction: all of it or none of it.

pub mod parse;
pub mod plan;

pub use parse::{parse, COLUMNS, ROLE_SEPARATOR};
pub use plan::{plan, Existing, Lookup, Plan, Wanted};
