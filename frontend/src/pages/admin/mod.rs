//! The admin pages: organisation, job roles and their minimum levels, people, HR import,
//! the organisation report.

mod grants;
pub mod import;
mod import_report;
pub mod organisation;
pub mod people;
pub mod person;
pub mod report;
pub mod requirements;
pub mod roles;
mod units;
