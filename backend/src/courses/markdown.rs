//! Markdown to sanitized HTML, done once on the server so no Markdown parser ships in the WASM.
//! Links between a course's own pages and its images are checked and turned into app addresses.

use super::diagnostic::{line_of, Diagnostic};
use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};
use std::path::Path;

/// Image types a course may ship in its `media/` folder (no SVG: it can carry scripts).
pub const IMAGE_EXTENSIONS: [&str; 5] = ["png", "jpg", "jpeg", "webp", "gif"];

/// What a page's links may point to.
pub struct Links<'a> {
    pub slug: &'a str,
    /// The course folder, where `media/` lives.
    pub course_dir: &'a Path,
    /// The lesson file names of this language, in order.
    pub lesson_files: &'a [String],
    /// Every course folder name, for links to other courses.
    pub course_slugs: &'a [String],
}

/// Renders authored Markdown and removes anything unsafe (scripts, event handlers, styles).
pub fn to_safe_html(markdown: &str) -> String {
    sanitize(&render(Parser::new_ext(markdown, options())))
}

/// Renders a course page, reporting links and images that do not resolve. `first_line` is
/// the line of `markdown`'s first line in `file`.
pub fn render_page(
    markdown: &str,
    links: &Links<'_>,
    file: &Path,
    first_line: usize,
    problems: &mut Vec<Diagnostic>,
) -> String {
    let mut report = |offset: usize, message: String| {
        problems.push(Diagnostic::new(
            file,
            first_line + line_of(markdown, offset) - 1,
            message,
        ))
    };
    let mut image_alt: Option<(usize, String)> = None;
    let mut events = Vec::new();
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        let event = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = resolve_link(&dest_url, links).unwrap_or_else(|message| {
                    report(range.start, message);
                    dest_url
                });
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                image_alt = Some((range.start, String::new()));
                let dest_url = resolve_image(&dest_url, links).unwrap_or_else(|message| {
                    report(range.start, message);
                    dest_url
                });
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Text(text) => {
                if let Some((_, alt)) = image_alt.as_mut() {
                    alt.push_str(&text);
                }
                Event::Text(text)
            }
            Event::End(TagEnd::Image) => {
                if let Some((start, alt)) = image_alt.take() {
                    if alt.trim().is_empty() {
                        report(start, "the image has no alt text: write it between the brackets, ![like this](media/photo.png)".to_owned());
                    }
                }
                Event::End(TagEnd::Image)
            }
            other => other,
        };
        events.push(event);
    }
    sanitize(&render(events.into_iter()))
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

fn render<'a>(events: impl Iterator<Item = Event<'a>>) -> String {
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, events);
    unsafe_html
}

fn sanitize(unsafe_html: &str) -> String {
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .clean(unsafe_html)
        .to_string()
}

/// Web and mail links stay; `02-next.md`, `quiz.md` and `/courses/slug` become app addresses.
fn resolve_link<'a>(dest: &str, links: &Links<'_>) -> Result<CowStr<'a>, String> {
    let lower = dest.to_ascii_lowercase();
    if ["http://", "https://", "mailto:", "tel:", "#"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return Ok(CowStr::from(dest.to_owned()));
    }
    let (path, anchor) = match dest.split_once('#') {
        Some((path, anchor)) => (path, format!("#{anchor}")),
        None => (dest, String::new()),
    };
    let slug = links.slug;
    let target = if let Some(other) = path.strip_prefix("/courses/") {
        let other = other.trim_end_matches('/');
        links
            .course_slugs
            .iter()
            .any(|s| s == other)
            .then(|| format!("/courses/{other}"))
    } else {
        match path {
            "index.md" => Some(format!("/courses/{slug}")),
            "practice.md" => Some(format!("/courses/{slug}/practice")),
            "quiz.md" => Some(format!("/courses/{slug}/quiz")),
            lesson => links
                .lesson_files
                .iter()
                .position(|f| f == lesson)
                .map(|index| format!("/courses/{slug}/lessons/{}", index + 1)),
        }
    };
    target
        .map(|url| CowStr::from(format!("{url}{anchor}")))
        .ok_or_else(|| format!("the link '{dest}' leads nowhere: link to a lesson file of this language, index.md, practice.md, quiz.md, /courses/<slug> or a full https:// address"))
}

/// `media/photo.png` in the course folder becomes `/course-media/<slug>/photo.png`.
fn resolve_image<'a>(dest: &str, links: &Links<'_>) -> Result<CowStr<'a>, String> {
    let file = dest.strip_prefix("media/").filter(|f| is_media_file_name(f)).ok_or_else(|| {
        format!("the image '{dest}' must be in the course's media/ folder, as media/name.png (png, jpg, webp or gif)")
    })?;
    if !links.course_dir.join("media").join(file).is_file() {
        return Err(format!(
            "the image file {} does not exist",
            links.course_dir.join("media").join(file).display()
        ));
    }
    Ok(CowStr::from(format!("/course-media/{}/{file}", links.slug)))
}

/// A plain file name with an image extension: no folders, nothing hidden.
pub fn is_media_file_name(name: &str) -> bool {
    let valid_chars = name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
    let extension = name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase());
    valid_chars
        && !name.starts_with('.')
        && !name.contains("..")
        && extension.is_some_and(|ext| IMAGE_EXTENSIONS.contains(&ext.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        assert_eq!(
            to_safe_html("Hello **you**"),
            "<p>Hello <strong>you</strong></p>\n"
        );
    }

    #[test]
    fn removes_scripts_and_handlers() {
        let html =
            to_safe_html("<script>alert(1)</script>\n\n<a href=\"x\" onclick=\"evil()\">x</a>");
        assert!(!html.contains("script"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
    }

    #[test]
    fn removes_javascript_links() {
        let html = to_safe_html("[click](javascript:alert(1))");
        assert!(!html.contains("javascript:"), "{html}");
    }

    fn page(markdown: &str, dir: &Path) -> (String, Vec<String>) {
        let lessons = vec!["01-first.md".to_owned(), "02-second.md".to_owned()];
        let slugs = vec!["demo".to_owned(), "other-course".to_owned()];
        let links = Links {
            slug: "demo",
            course_dir: dir,
            lesson_files: &lessons,
            course_slugs: &slugs,
        };
        let mut problems = Vec::new();
        let html = render_page(
            markdown,
            &links,
            Path::new("sv/01-first.md"),
            2,
            &mut problems,
        );
        (html, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn course_links_become_app_addresses() {
        let dir = tempfile::tempdir().unwrap();
        let (html, problems) = page(
            "See [next](02-second.md#top), [the quiz](quiz.md), [another](/courses/other-course) and [web](https://example.org).",
            dir.path(),
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert!(
            html.contains("href=\"/courses/demo/lessons/2#top\""),
            "{html}"
        );
        assert!(html.contains("href=\"/courses/demo/quiz\""), "{html}");
        assert!(html.contains("href=\"/courses/other-course\""), "{html}");
        assert!(html.contains("href=\"https://example.org\""), "{html}");
    }

    #[test]
    fn broken_links_are_reported_with_their_line() {
        let dir = tempfile::tempdir().unwrap();
        let (_, problems) = page(
            "Intro.\n\nSee [this](03-missing.md).\n\nAnd [that](/courses/nope).",
            dir.path(),
        );
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].starts_with("sv/01-first.md:4: the link '03-missing.md' leads nowhere"),
            "{}",
            problems[0]
        );
        assert!(
            problems[1].starts_with("sv/01-first.md:6: the link '/courses/nope'"),
            "{}",
            problems[1]
        );
    }

    #[test]
    fn images_need_the_file_and_alt_text() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("media")).unwrap();
        std::fs::write(dir.path().join("media/phone.png"), b"png").unwrap();
        let (html, problems) = page("![A phone with a lock icon](media/phone.png)", dir.path());
        assert!(problems.is_empty(), "{problems:?}");
        assert!(
            html.contains("src=\"/course-media/demo/phone.png\""),
            "{html}"
        );
        assert!(html.contains("alt=\"A phone with a lock icon\""), "{html}");

        let (_, problems) = page(
            "![](media/phone.png)\n\n![x](media/gone.png)\n\n![x](../secret.png)",
            dir.path(),
        );
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(
            problems[0].contains(":2: the image has no alt text"),
            "{}",
            problems[0]
        );
        assert!(
            problems[1].contains(":4: the image file"),
            "{}",
            problems[1]
        );
        assert!(
            problems[2]
                .contains(":6: the image '../secret.png' must be in the course's media/ folder"),
            "{}",
            problems[2]
        );
    }

    #[test]
    fn media_file_names() {
        assert!(is_media_file_name("phone-1.png"));
        assert!(is_media_file_name("Photo_2.JPG"));
        for bad in [
            "../x.png",
            "a/b.png",
            ".hidden.png",
            "x.svg",
            "x",
            "x.png.exe",
        ] {
            assert!(!is_media_file_name(bad), "{bad}");
        }
    }
}
