//! A person's competence measured against their job: `GET /api/me/competence`, certificates
//! and the self-assessment.

use crate::{CompetenceAward, Lang};
use serde::{Deserialize, Serialize};

/// One required competence: what the job requires, what the person has shown, and what closes
/// the gap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompetenceStatus {
    /// A competence id of the framework, such as `2.6`.
    pub competence: String,
    /// The highest level over the person's job roles and the baseline.
    pub required: u8,
    /// The highest level of valid evidence; 0 without any.
    pub achieved: u8,
    /// `required - achieved`, never below 0.
    pub gap: u8,
    /// When the evidence that gives `achieved` runs out (Unix seconds); `None` if it never
    /// does or there is none.
    pub valid_until: Option<i64>,
    /// The evidence that keeps this requirement met runs out within 60 days.
    pub expiring_soon: bool,
    /// The person's own assessment; shown beside the evidence, never counted.
    pub self_assessed: Option<u8>,
    /// Courses that award at least the required level, shortest first; empty without a gap
    /// (unless the evidence is expiring soon, when they are the refresher).
    pub closing_courses: Vec<CourseRef>,
}

/// A course named in the learner's language (or the nearest one it has).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CourseRef {
    pub slug: String,
    pub title: String,
    pub lang: Lang,
    pub minutes: u32,
    /// The level the course awards for the competence in question.
    pub level: u8,
}

/// Where an assignment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AssignmentStatus {
    NotStarted,
    InProgress,
    Done,
    Overdue,
}

/// A course a manager asked the person to take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssignmentView {
    pub course: CourseRef,
    /// The due date, `YYYY-MM-DD`.
    pub due: String,
    pub status: AssignmentStatus,
}

/// A course the person passed, with its certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Completion {
    pub course: CourseRef,
    /// Unix seconds.
    pub passed_at: i64,
    pub valid_until: Option<i64>,
    /// The certificate's code, for `/certificates/{code}`.
    pub certificate: String,
}

/// `GET /api/me/competence?lang=`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyCompetence {
    /// The framework key every level refers to, such as `digcomp-2.2`.
    pub framework: String,
    /// Every required competence, in framework order.
    pub required: Vec<CompetenceStatus>,
    /// How many required competences have a gap.
    pub gap_count: usize,
    pub assignments: Vec<AssignmentView>,
    /// Newest first.
    pub completed: Vec<Completion>,
    /// When the self-assessment was last saved (Unix seconds).
    pub self_assessed_at: Option<i64>,
}

impl MyCompetence {
    /// Every requirement is met: the demo's "meets all minimums".
    pub fn meets_all(&self) -> bool {
        self.gap_count == 0
    }
}

/// `GET /api/certificates/{code}`: anyone with the link can confirm a certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Certificate {
    pub code: String,
    pub person_name: String,
    pub municipality: String,
    pub course_slug: String,
    /// The course title in the language it was taken in.
    pub course_title: String,
    pub lang: Lang,
    pub course_version: u32,
    pub framework: String,
    pub competences: Vec<CompetenceAward>,
    /// Unix seconds.
    pub issued_at: i64,
    pub valid_until: Option<i64>,
}

/// One "I can…" statement of the self-assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Statement {
    /// The level a person who can do this has at least.
    pub level: u8,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatementGroup {
    pub competence: String,
    /// Easiest first.
    pub statements: Vec<Statement>,
}

/// `GET /api/self-assessment?lang=`: the questionnaire in one language, and the person's
/// saved levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SelfAssessment {
    pub framework: String,
    pub lang: Lang,
    /// In framework order.
    pub competences: Vec<StatementGroup>,
    /// The saved level per competence id.
    pub levels: std::collections::BTreeMap<String, u8>,
    pub saved_at: Option<i64>,
}

/// `PUT /api/me/self-assessment`: per competence, the level of the hardest statement the
/// person agreed with (0 for none). Competences left out keep their saved level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SaveSelfAssessment {
    pub levels: std::collections::BTreeMap<String, u8>,
}
