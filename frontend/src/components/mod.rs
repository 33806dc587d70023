pub mod content_link;
pub mod fetch;
pub mod language_switcher;
pub mod question;
pub mod shell;
pub mod status;
