pub mod admin;
pub mod catalogue;
pub mod certificate;
pub mod course;
pub mod handout;
pub mod join;
pub mod lesson;
pub mod library;
pub mod login;
pub mod my_page;
pub mod not_found;
pub mod practice;
pub mod quiz;
pub mod self_assessment;
pub mod team;

/// The props of every page about one course: its slug from the address.
#[derive(yew::Properties, PartialEq)]
pub struct CourseProps {
    pub slug: yew::AttrValue,
}
