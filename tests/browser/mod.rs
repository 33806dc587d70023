mod admin;
mod competence;
mod driver;
mod import;
mod quiz;
mod report;
mod sign_in;
mod team;
