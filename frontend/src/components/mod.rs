pub mod admin_layout;
pub mod assign_form;
pub mod assignment_list;
pub mod competence_chart;
pub mod content_link;
pub mod course_lists;
pub mod dates;
pub mod fetch;
pub mod form;
pub mod gap_heatmap;
pub mod gap_list;
pub mod language_switcher;
pub mod large_text;
pub mod participation_bar;
pub mod progress_status;
pub mod question;
pub mod read_aloud;
pub mod resume_code;
pub mod session_participants;
pub mod share_bar;
pub mod shell;
pub mod status;
pub mod team_filters;
pub mod team_summary;
pub mod trend_chart;
pub mod unit_select;

/// Whether two optional shared values are the same allocation (or both absent).
pub fn same_rc<T>(a: &Option<std::rc::Rc<T>>, b: &Option<std::rc::Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => std::rc::Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}
