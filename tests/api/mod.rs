mod access;
mod auth;
mod courses;
mod health;
mod people_import;
mod quiz_attempts;
mod scoping;
mod spa;
