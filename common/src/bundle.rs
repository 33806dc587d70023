//! The web app is built as several bundles (WASM files), one per area, so that the first load
//! of every page stays small: a page loads only its own area's code. This is the one place
//! that says which bundle serves an address: the server picks the bundle's HTML page by it,
//! the service worker gets it from the server, and each bundle's router reloads the page from
//! the server when a link leads into another bundle.
//!
//! A new page goes in the bundle whose address prefix it has below; a new area gets a variant
//! here, a `frontend/src/bin/<name>.rs` and a `frontend/src/bundles/<name>.rs` (see
//! `frontend/src/bundles/mod.rs`).

/// One bundle of the web app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// The catalogue and signing in: what learners and citizens open first.
    Learn,
    /// A course: its page, practice, quiz and handout, and the progress outbox that records
    /// them; kept by the service worker so that a started course can be finished offline.
    Courses,
    /// A course's lessons, with the outbox: the page learners and citizens spend their time
    /// on, and an entry page of its own (a link in an e-mail, a bookmark), so without the
    /// quiz and the course page. Kept by the service worker like `Courses`.
    Lesson,
    /// My competence.
    Me,
    /// The self-assessment: a bundle of its own, as it is as large as the rest of "my
    /// competence" and `/me` is an entry page.
    Assess,
    /// A certificate, which anyone with its link may open and print.
    Certificate,
    /// The manager's team view.
    Team,
    /// One person of the manager's team: their competence, and assigning them courses.
    Person,
    /// The administration pages.
    Admin,
    /// Joining a library's digital-help session, and the citizen courses of a session: what
    /// a citizen opens first on a library PC or phone.
    Join,
    /// The guide's pages: sessions, the live view on the projector, statistics.
    Library,
}

impl Bundle {
    pub const ALL: [Bundle; 11] = [
        Bundle::Learn,
        Bundle::Courses,
        Bundle::Lesson,
        Bundle::Me,
        Bundle::Assess,
        Bundle::Certificate,
        Bundle::Team,
        Bundle::Person,
        Bundle::Admin,
        Bundle::Join,
        Bundle::Library,
    ];

    /// The name of the bundle's cargo bin target in `frontend`.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Learn => "learn",
            Bundle::Courses => "courses",
            Bundle::Lesson => "lesson",
            Bundle::Me => "me",
            Bundle::Assess => "assess",
            Bundle::Certificate => "certificate",
            Bundle::Team => "team",
            Bundle::Person => "person",
            Bundle::Admin => "admin",
            Bundle::Join => "join",
            Bundle::Library => "library",
        }
    }

    /// The bundle's page in `dist/`.
    pub fn html(self) -> &'static str {
        match self {
            Bundle::Learn => "index.html",
            Bundle::Courses => "courses.html",
            Bundle::Lesson => "lesson.html",
            Bundle::Me => "me.html",
            Bundle::Assess => "assess.html",
            Bundle::Certificate => "certificate.html",
            Bundle::Team => "team.html",
            Bundle::Person => "person.html",
            Bundle::Admin => "admin.html",
            Bundle::Join => "join.html",
            Bundle::Library => "library.html",
        }
    }

    /// The address prefixes (whole path segments, without the leading `/`) this bundle
    /// serves; none for the bundle that serves everything else. A `*` segment stands for any
    /// one segment (a course's slug). The longest match wins.
    pub fn prefixes(self) -> &'static [&'static str] {
        match self {
            Bundle::Learn => &[],
            Bundle::Courses => &["courses"],
            Bundle::Lesson => &["courses/*/lessons"],
            Bundle::Me => &["me"],
            Bundle::Assess => &["me/self-assessment"],
            Bundle::Certificate => &["certificates"],
            Bundle::Team => &["team"],
            Bundle::Person => &["team/people"],
            Bundle::Admin => &["admin"],
            Bundle::Join => &["join"],
            Bundle::Library => &["library"],
        }
    }

    /// Every `(prefix, bundle)`, longest prefix first, so that the first that matches an
    /// address is the one that serves it (the service worker goes through them so).
    pub fn by_prefix() -> Vec<(&'static str, Bundle)> {
        let mut all: Vec<(&'static str, Bundle)> = Bundle::ALL
            .into_iter()
            .flat_map(|bundle| bundle.prefixes().iter().map(move |p| (*p, bundle)))
            .collect();
        all.sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.len()));
        all
    }

    /// The bundle that serves the page at `path` (an address's path, without query).
    pub fn for_path(path: &str) -> Bundle {
        let path = path.trim_start_matches('/');
        // Segment by segment, `*` matching any; the path may go on below the prefix.
        let under = |prefix: &str| {
            let mut segments = path.split('/');
            prefix
                .split('/')
                .all(|want| segments.next().is_some_and(|s| want == "*" || s == want))
        };
        // No sorting here: this runs in every bundle, and sorting code is not small.
        let mut best: Option<(&str, Bundle)> = None;
        for bundle in Bundle::ALL {
            for prefix in bundle.prefixes() {
                if under(prefix) && best.is_none_or(|(b, _)| prefix.len() > b.len()) {
                    best = Some((prefix, bundle));
                }
            }
        }
        best.map_or(Bundle::Learn, |(_, bundle)| bundle)
    }
}

#[cfg(test)]
mod tests {
    use super::Bundle;

    #[test]
    fn addresses_go_to_their_area() {
        assert_eq!(Bundle::for_path("/"), Bundle::Learn);
        assert_eq!(Bundle::for_path("/courses/x/lessons/2"), Bundle::Lesson);
        assert_eq!(Bundle::for_path("/courses/x/lessons"), Bundle::Lesson);
        assert_eq!(Bundle::for_path("/courses/x/quiz"), Bundle::Courses);
        assert_eq!(Bundle::for_path("/courses/lessons"), Bundle::Courses);
        assert_eq!(Bundle::for_path("/courses"), Bundle::Courses);
        assert_eq!(Bundle::for_path("/courses/x"), Bundle::Courses);
        assert_eq!(Bundle::for_path("/login"), Bundle::Learn);
        assert_eq!(Bundle::for_path("/certificates/abc"), Bundle::Certificate);
        assert_eq!(Bundle::for_path("/me"), Bundle::Me);
        assert_eq!(Bundle::for_path("/me/"), Bundle::Me);
        assert_eq!(Bundle::for_path("/me/self-assessment"), Bundle::Assess);
        assert_eq!(Bundle::for_path("/me/self-assessments"), Bundle::Me);
        assert_eq!(Bundle::for_path("/team"), Bundle::Team);
        assert_eq!(Bundle::for_path("/team/people/7"), Bundle::Person);
        assert_eq!(Bundle::for_path("/team/peoples"), Bundle::Team);
        assert_eq!(Bundle::for_path("/admin/people"), Bundle::Admin);
        assert_eq!(Bundle::for_path("/teams"), Bundle::Learn);
        assert_eq!(Bundle::for_path("/join"), Bundle::Join);
        assert_eq!(Bundle::for_path("/join/courses"), Bundle::Join);
        assert_eq!(Bundle::for_path("/library/sessions/3"), Bundle::Library);
        assert_eq!(Bundle::for_path("/courses/x/handout"), Bundle::Courses);
        assert_eq!(Bundle::for_path("/media"), Bundle::Learn);
    }
}
