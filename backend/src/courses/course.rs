//! Reading one course folder: `course.toml` plus a folder of Markdown files per language.

use super::diagnostic::{self, Diagnostic};
use super::markdown::{render_page, Links};
use super::questions::{self, KeyedQuestion};
use common::{Audience, CompetenceAward, Lang, Lesson};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The printable key steps of a citizen course, in each language folder.
pub const HANDOUT: &str = "handout.md";

/// The facts in `course.toml`, shared by every language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseMeta {
    pub audience: Audience,
    pub minutes: u32,
    pub version: u32,
    pub pass_mark: u8,
    pub validity_months: Option<u32>,
    pub competences: Vec<CompetenceAward>,
}

/// A lesson as read from its file.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonFile {
    /// Such as `01-first-steps.md`.
    pub name: String,
    pub path: PathBuf,
    /// The Markdown source, for readability checks.
    pub source: String,
    pub lesson: Lesson,
}

/// A course's text in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseText {
    pub title: String,
    pub intro_html: String,
    /// The lessons in order.
    pub lessons: Vec<LessonFile>,
    pub practice: Vec<KeyedQuestion>,
    pub quiz: Vec<KeyedQuestion>,
    /// `handout.md`: the key steps to print, as (heading, HTML). Citizen courses need one.
    pub handout: Option<(String, String)>,
    pub dir: PathBuf,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoadedCourse {
    pub slug: String,
    pub meta: CourseMeta,
    pub texts: BTreeMap<Lang, CourseText>,
}

/// Whether a folder name is a valid slug: `a-z`, `0-9` and single inner hyphens.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 64
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// Reads a course folder. Cross-file rules (framework, languages alike) are in `check`.
/// `course_slugs` are all course folder names, which pages may link to.
pub fn read(
    dir: &Path,
    course_slugs: &[String],
    problems: &mut Vec<Diagnostic>,
) -> Option<LoadedCourse> {
    let slug = dir.file_name()?.to_string_lossy().into_owned();
    if !is_valid_slug(&slug) {
        problems.push(Diagnostic::new(
            dir,
            0,
            "a course folder name may hold only a-z, 0-9 and hyphens",
        ));
        return None;
    }
    let meta_file = dir.join("course.toml");
    let meta = match std::fs::read_to_string(&meta_file) {
        Ok(text) => match toml::from_str::<CourseMeta>(&text) {
            Ok(meta) => Some(meta),
            Err(err) => {
                problems.push(diagnostic::from_toml(&meta_file, &text, &err));
                None
            }
        },
        Err(err) => {
            problems.push(Diagnostic::new(
                &meta_file,
                0,
                format!("cannot read course.toml: {err}"),
            ));
            None
        }
    };
    let mut texts = BTreeMap::new();
    for entry in sorted_entries(dir, problems) {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !entry.is_dir() {
            if name != "course.toml" {
                problems.push(Diagnostic::new(
                    &entry,
                    0,
                    "unexpected file; put it in a language folder",
                ));
            }
            continue;
        }
        if name == "media" {
            continue; // images, checked where lessons use them
        }
        match name.parse::<Lang>() {
            Ok(lang) => {
                if let Some(text) = read_text(&entry, &slug, course_slugs, problems) {
                    texts.insert(lang, text);
                }
            }
            Err(_) => problems.push(Diagnostic::new(
                &entry,
                0,
                "a language folder must be named sv, nb or en",
            )),
        }
    }
    let meta = meta?;
    if meta.audience.serves(Audience::Citizen) {
        for text in texts.values().filter(|t| t.handout.is_none()) {
            problems.push(Diagnostic::new(
                text.dir.join(HANDOUT),
                0,
                "a course for citizens needs a handout.md with the key steps to print",
            ));
        }
    }
    Some(LoadedCourse { slug, meta, texts })
}

fn read_text(
    dir: &Path,
    slug: &str,
    course_slugs: &[String],
    problems: &mut Vec<Diagnostic>,
) -> Option<CourseText> {
    let before = problems.len();
    let lesson_paths: Vec<PathBuf> = sorted_entries(dir, problems)
        .into_iter()
        .filter(|file| {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            name.ends_with(".md")
                && !["index.md", "practice.md", "quiz.md", HANDOUT].contains(&name.as_str())
        })
        .collect();
    let lesson_files: Vec<String> = lesson_paths
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    let course_dir = dir.parent().unwrap_or(dir);
    let links = Links {
        slug,
        course_dir,
        lesson_files: &lesson_files,
        course_slugs,
    };

    let (title, _, intro_html) = read_page(&dir.join("index.md"), &links, problems)?;
    let mut lessons = Vec::new();
    for (path, name) in lesson_paths.into_iter().zip(lesson_files.iter()) {
        if let Some((title, source, html)) = read_page(&path, &links, problems) {
            lessons.push(LessonFile {
                name: name.clone(),
                path,
                source,
                lesson: Lesson { title, html },
            });
        }
    }
    if lessons.is_empty() {
        problems.push(Diagnostic::new(
            dir,
            0,
            "the course has no lessons (files such as 01-first-steps.md)",
        ));
    }
    let practice = read_questions(&dir.join("practice.md"), false, problems);
    let quiz = read_questions(&dir.join("quiz.md"), true, problems);
    let handout_path = dir.join(HANDOUT);
    let handout = if handout_path.exists() {
        read_page(&handout_path, &links, problems).map(|(heading, _, html)| (heading, html))
    } else {
        None
    };
    (problems.len() == before).then(|| CourseText {
        title,
        intro_html,
        lessons,
        practice,
        quiz,
        handout,
        dir: dir.to_path_buf(),
    })
}

/// A Markdown page that starts with `# Title`: its title, its whole source and its body as HTML.
fn read_page(
    file: &Path,
    links: &Links<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Option<(String, String, String)> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(err) => {
            problems.push(Diagnostic::new(
                file,
                0,
                format!("cannot read the file: {err}"),
            ));
            return None;
        }
    };
    let mut lines = text
        .lines()
        .enumerate()
        .skip_while(|(_, l)| l.trim().is_empty());
    match lines.next() {
        Some((index, first)) if first.starts_with("# ") && !first[2..].trim().is_empty() => {
            let body: Vec<&str> = lines.map(|(_, l)| l).collect();
            let html = render_page(&body.join("\n"), links, file, index + 2, problems);
            Some((first[2..].trim().to_owned(), text.clone(), html))
        }
        Some((index, _)) => {
            problems.push(Diagnostic::new(
                file,
                index + 1,
                "the page must start with a title line '# Title'",
            ));
            None
        }
        None => {
            problems.push(Diagnostic::new(
                file,
                1,
                "the page is empty; start it with a title line '# Title'",
            ));
            None
        }
    }
}

fn read_questions(
    file: &Path,
    required: bool,
    problems: &mut Vec<Diagnostic>,
) -> Vec<KeyedQuestion> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(_) if !required && !file.exists() => return Vec::new(),
        Err(err) => {
            problems.push(Diagnostic::new(
                file,
                0,
                format!("cannot read the file: {err}"),
            ));
            return Vec::new();
        }
    };
    let (questions, found) = questions::parse(file, &text);
    problems.extend(found);
    if required && questions.is_empty() {
        problems.push(Diagnostic::new(file, 1, "the quiz has no questions"));
    }
    questions
}

fn sorted_entries(dir: &Path, problems: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            let mut paths: Vec<PathBuf> =
                entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            paths
        }
        Err(err) => {
            problems.push(Diagnostic::new(
                dir,
                0,
                format!("cannot read the folder: {err}"),
            ));
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_valid_slug("phishing-at-work"));
        assert!(is_valid_slug("e-id-2"));
        for bad in ["", "Phishing", "a b", "-a", "a-", "a--b", "å", "../etc"] {
            assert!(!is_valid_slug(bad), "{bad}");
        }
    }
}
