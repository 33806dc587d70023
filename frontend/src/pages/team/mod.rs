//! The manager's pages: the team's competence gaps, one person, and assignments.

pub mod person;
pub mod view;
