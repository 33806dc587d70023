use crate::{Lang, PracticeQuestion, QuizQuestion};
use serde::{Deserialize, Serialize};

/// Who a course is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Staff,
    Citizen,
    Both,
}

impl Audience {
    /// Whether a course for `self` belongs in a catalogue filtered by `wanted`.
    pub fn serves(self, wanted: Audience) -> bool {
        self == Audience::Both || wanted == Audience::Both || self == wanted
    }
}

/// A competence level that passing a course's quiz gives evidence of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CompetenceAward {
    /// A competence id of the framework, such as `4.2`.
    pub id: String,
    /// Proficiency level 1–8.
    pub level: u8,
}

/// A course in the catalogue, in one language: `GET /api/courses`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CourseSummary {
    pub slug: String,
    pub lang: Lang,
    /// Every language the course is available in.
    pub languages: Vec<Lang>,
    pub audience: Audience,
    pub minutes: u32,
    pub version: u32,
    pub title: String,
    /// The introduction as sanitized HTML.
    pub intro_html: String,
    pub competences: Vec<CompetenceAward>,
    /// Passing expires after this many months, for topics that must be refreshed.
    pub validity_months: Option<u32>,
    pub lesson_count: usize,
    pub quiz_question_count: usize,
}

/// One lesson, its Markdown already rendered to sanitized HTML on the server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Lesson {
    pub title: String,
    pub html: String,
}

/// A whole course in one language: `GET /api/courses/{slug}?lang=`.
///
/// The assessed quiz is sent without its answer key; practice questions carry theirs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Course {
    pub summary: CourseSummary,
    pub lessons: Vec<Lesson>,
    pub practice: Vec<PracticeQuestion>,
    /// Percent of the quiz's points needed to pass.
    pub pass_mark: u8,
    pub quiz: Vec<QuizQuestion>,
}
