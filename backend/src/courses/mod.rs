//! The course pipeline: Markdown course folders in, checked and rendered courses out.
//!
//! Courses are read once at start-up; the catalogue then answers from memory.

mod check;
pub mod course;
pub mod diagnostic;
pub mod framework;
pub mod grade;
pub mod markdown;
pub mod questions;
pub mod readability;
pub mod self_assessment;

use common::{Audience, Course, CourseRef, CourseSummary, Framework, Lang, PracticeQuestion};
use course::LoadedCourse;
pub use diagnostic::Diagnostic;
use questions::KeyedQuestion;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The framework file used for competences, relative to `courses/frameworks/`.
pub const FRAMEWORK_FILE: &str = "digcomp-2.2.toml";
/// Its self-assessment questionnaire, beside it.
pub const SELF_ASSESSMENT_FILE: &str = "digcomp-2.2.self-assessment.toml";

/// Every valid course, and the framework they refer to.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub framework: Framework,
    pub self_assessment: self_assessment::Questionnaire,
    /// The courses folder, where each course's `media/` is served from.
    pub dir: PathBuf,
    courses: BTreeMap<String, LoadedCourse>,
}

impl Catalog {
    /// Reads a courses folder. Invalid courses are left out and their problems returned;
    /// an unusable framework is an error, since no course can be checked without it.
    pub fn load(dir: &Path) -> Result<(Catalog, Vec<Diagnostic>), Vec<Diagnostic>> {
        let framework = framework::load(&dir.join("frameworks").join(FRAMEWORK_FILE))?;
        let self_assessment = self_assessment::load(
            &dir.join("frameworks").join(SELF_ASSESSMENT_FILE),
            &framework,
        )?;
        let mut problems = Vec::new();
        let mut courses = BTreeMap::new();
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .map_err(|err| {
                vec![Diagnostic::new(
                    dir,
                    0,
                    format!("cannot read the courses folder: {err}"),
                )]
            })?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.is_dir() && !path.ends_with("frameworks"))
            .collect();
        entries.sort();
        let slugs: Vec<String> = entries
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        for course_dir in entries {
            let before = problems.len();
            let Some(course) = course::read(&course_dir, &slugs, &mut problems) else {
                continue;
            };
            problems.extend(check::check(&course, &framework, &course_dir));
            if problems.len() == before {
                courses.insert(course.slug.clone(), course);
            }
        }
        Ok((
            Catalog {
                framework,
                self_assessment,
                dir: dir.to_path_buf(),
                courses,
            },
            problems,
        ))
    }

    /// The courses for an audience in one language, in slug order.
    pub fn summaries(&self, lang: Lang, audience: Option<Audience>) -> Vec<CourseSummary> {
        self.courses
            .values()
            .filter(|c| audience.is_none_or(|wanted| c.meta.audience.serves(wanted)))
            .filter_map(|c| summary(c, lang))
            .collect()
    }

    /// A whole course in one language, without the quiz's answer key.
    pub fn course(&self, slug: &str, lang: Lang) -> Option<Course> {
        let course = self.courses.get(slug)?;
        let text = course.texts.get(&lang)?;
        Some(Course {
            summary: summary(course, lang)?,
            lessons: text
                .lessons
                .iter()
                .map(|file| file.lesson.clone())
                .collect(),
            practice: text
                .practice
                .iter()
                .map(|q| PracticeQuestion {
                    question: q.question.clone(),
                    correct: q.correct.clone(),
                    explanation_html: q.explanation_html.clone(),
                })
                .collect(),
            pass_mark: course.meta.pass_mark,
            quiz: text.quiz.iter().map(|q| q.question.clone()).collect(),
        })
    }

    /// A citizen course's printable key steps in `lang`.
    pub fn handout(&self, slug: &str, lang: Lang) -> Option<common::Handout> {
        let course = self.courses.get(slug)?;
        let text = course.texts.get(&lang)?;
        let (heading, html) = text.handout.clone()?;
        Some(common::Handout {
            slug: course.slug.clone(),
            lang,
            title: text.title.clone(),
            heading,
            html,
        })
    }

    /// The assessed quiz with its key, its pass mark and the course version, for grading.
    pub fn quiz_key(&self, slug: &str, lang: Lang) -> Option<(&[KeyedQuestion], u8, u32)> {
        let course = self.courses.get(slug)?;
        let text = course.texts.get(&lang)?;
        Some((&text.quiz, course.meta.pass_mark, course.meta.version))
    }

    /// A course's metadata: audience, version, the levels it awards and for how long.
    pub fn meta(&self, slug: &str) -> Option<&course::CourseMeta> {
        self.courses.get(slug).map(|course| &course.meta)
    }

    /// How many lessons the course has (the most of any language), if it is served.
    pub fn lesson_count(&self, slug: &str) -> Option<usize> {
        let course = self.courses.get(slug)?;
        course.texts.values().map(|t| t.lessons.len()).max()
    }

    /// The course named in `lang`, or in the first language it has; `level` is what it awards
    /// for `competence` (0 if nothing).
    pub fn course_ref(
        &self,
        slug: &str,
        lang: Lang,
        competence: Option<&str>,
    ) -> Option<CourseRef> {
        let course = self.courses.get(slug)?;
        let (lang, text) = course
            .texts
            .get_key_value(&lang)
            .or_else(|| course.texts.iter().next())?;
        let level = competence
            .and_then(|id| course.meta.competences.iter().find(|a| a.id == id))
            .map_or(0, |award| award.level);
        Some(CourseRef {
            slug: course.slug.clone(),
            title: text.title.clone(),
            lang: *lang,
            minutes: course.meta.minutes,
            level,
        })
    }

    /// The courses that award at least `level` of `competence`, shortest first.
    pub fn closing(&self, competence: &str, level: u8, lang: Lang) -> Vec<CourseRef> {
        let mut found: Vec<CourseRef> = self
            .courses
            .values()
            .filter(|c| {
                c.meta
                    .competences
                    .iter()
                    .any(|a| a.id == competence && a.level >= level)
            })
            .filter_map(|c| self.course_ref(&c.slug, lang, Some(competence)))
            .collect();
        found.sort_by(|a, b| {
            a.minutes
                .cmp(&b.minutes)
                .then_with(|| a.title.cmp(&b.title))
        });
        found
    }

    /// The image `file` of course `slug`, if the course is served and the name is a media file.
    pub fn media_path(&self, slug: &str, file: &str) -> Option<PathBuf> {
        let course = self.courses.get(slug)?;
        markdown::is_media_file_name(file)
            .then(|| self.dir.join(&course.slug).join("media").join(file))
    }

    /// The LIX of every Swedish and Norwegian lesson: (slug, language, lesson file, LIX).
    pub fn readability(&self) -> Vec<(String, Lang, String, f64)> {
        let mut rows = Vec::new();
        for course in self.courses.values() {
            for lang in [Lang::Sv, Lang::Nb] {
                for lesson in course
                    .texts
                    .get(&lang)
                    .map(|t| t.lessons.as_slice())
                    .unwrap_or_default()
                {
                    rows.push((
                        course.slug.clone(),
                        lang,
                        lesson.name.clone(),
                        readability::lix(&lesson.source),
                    ));
                }
            }
        }
        rows
    }

    pub fn len(&self) -> usize {
        self.courses.len()
    }

    pub fn is_empty(&self) -> bool {
        self.courses.is_empty()
    }
}

fn summary(course: &LoadedCourse, lang: Lang) -> Option<CourseSummary> {
    let text = course.texts.get(&lang)?;
    Some(CourseSummary {
        slug: course.slug.clone(),
        lang,
        languages: course.texts.keys().copied().collect(),
        audience: course.meta.audience,
        minutes: course.meta.minutes,
        version: course.meta.version,
        title: text.title.clone(),
        intro_html: text.intro_html.clone(),
        competences: course.meta.competences.clone(),
        validity_months: course.meta.validity_months,
        lesson_count: text.lessons.len(),
        quiz_question_count: text.quiz.len(),
    })
}
