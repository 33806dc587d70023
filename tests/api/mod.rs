mod access;
mod auth;
mod courses;
mod health;
mod quiz_attempts;
mod scoping;
mod spa;
