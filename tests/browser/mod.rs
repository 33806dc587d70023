mod admin;
mod competence;
mod driver;
mod quiz;
mod sign_in;
