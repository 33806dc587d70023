mod admin;
mod competence;
mod driver;
mod import;
mod quiz;
mod sign_in;
