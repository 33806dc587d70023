pub mod catalogue;
pub mod course;
pub mod lesson;
pub mod not_found;
pub mod practice;
pub mod quiz;
