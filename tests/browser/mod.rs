mod driver;
mod quiz;
