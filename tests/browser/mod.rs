mod admin;
mod driver;
mod quiz;
