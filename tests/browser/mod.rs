mod admin;
mod driver;
mod quiz;
mod sign_in;
