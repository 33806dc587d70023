//! The web app is built as several bundles (WASM files), one per area, so that the first load
//! of every page stays small: a page loads only its own area's code. This is the one place
//! that says which bundle serves an address: the server picks the bundle's HTML page by it,
//! the service worker gets it from the server, and each bundle's router reloads the page from
//! the server when a link leads into another bundle.
//!
//! A new page goes in the bundle of its first path segment below; a new area gets a variant
//! here, a `frontend/src/bin/<name>.rs` and a `frontend/src/bundles/<name>.rs` (see
//! `frontend/src/bundles/mod.rs`).

/// One bundle of the web app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// The catalogue and signing in: what learners and citizens open first.
    Learn,
    /// A course: its page, lessons, practice and quiz, and the progress outbox that records
    /// them; kept by the service worker so that a started course can be finished offline.
    Courses,
    /// My competence, the self-assessment and certificates.
    Me,
    /// The manager's team view and person pages.
    Team,
    /// The administration pages.
    Admin,
}

impl Bundle {
    pub const ALL: [Bundle; 5] = [
        Bundle::Learn,
        Bundle::Courses,
        Bundle::Me,
        Bundle::Team,
        Bundle::Admin,
    ];

    /// The name of the bundle's cargo bin target in `frontend`.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Learn => "learn",
            Bundle::Courses => "courses",
            Bundle::Me => "me",
            Bundle::Team => "team",
            Bundle::Admin => "admin",
        }
    }

    /// The bundle's page in `dist/`.
    pub fn html(self) -> &'static str {
        match self {
            Bundle::Learn => "index.html",
            Bundle::Courses => "courses.html",
            Bundle::Me => "me.html",
            Bundle::Team => "team.html",
            Bundle::Admin => "admin.html",
        }
    }

    /// The first path segments of the addresses this bundle serves; none for the bundle that
    /// serves everything else.
    pub fn prefixes(self) -> &'static [&'static str] {
        match self {
            Bundle::Learn => &[],
            Bundle::Courses => &["courses"],
            Bundle::Me => &["me", "certificates"],
            Bundle::Team => &["team"],
            Bundle::Admin => &["admin"],
        }
    }

    /// The bundle that serves the page at `path` (an address's path, without query).
    pub fn for_path(path: &str) -> Bundle {
        let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
        Bundle::ALL
            .into_iter()
            .find(|bundle| bundle.prefixes().contains(&first))
            .unwrap_or(Bundle::Learn)
    }
}

#[cfg(test)]
mod tests {
    use super::Bundle;

    #[test]
    fn addresses_go_to_their_area() {
        assert_eq!(Bundle::for_path("/"), Bundle::Learn);
        assert_eq!(Bundle::for_path("/courses/x/lessons/2"), Bundle::Courses);
        assert_eq!(Bundle::for_path("/courses/x"), Bundle::Courses);
        assert_eq!(Bundle::for_path("/login"), Bundle::Learn);
        assert_eq!(Bundle::for_path("/certificates/abc"), Bundle::Me);
        assert_eq!(Bundle::for_path("/me"), Bundle::Me);
        assert_eq!(Bundle::for_path("/me/self-assessment"), Bundle::Me);
        assert_eq!(Bundle::for_path("/team"), Bundle::Team);
        assert_eq!(Bundle::for_path("/team/people/7"), Bundle::Team);
        assert_eq!(Bundle::for_path("/admin/people"), Bundle::Admin);
        assert_eq!(Bundle::for_path("/teams"), Bundle::Learn);
        assert_eq!(Bundle::for_path("/media"), Bundle::Learn);
    }
}
