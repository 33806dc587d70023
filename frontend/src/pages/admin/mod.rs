//! The admin pages: organisation, job roles and their minimum levels, people, HR import.

mod grants;
pub mod import;
mod import_report;
pub mod organisation;
pub mod people;
pub mod person;
pub mod requirements;
pub mod roles;
mod units;
