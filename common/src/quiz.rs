use crate::Lang;
use serde::{Deserialize, Serialize};

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Exactly one option is right.
    Single,
    /// One or more options are right; all of them must be chosen.
    Multiple,
    /// A statement; option 0 means "true" and option 1 "false".
    TrueFalse,
}

/// A question as the learner sees it: no answer key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuizQuestion {
    pub kind: QuestionKind,
    pub prompt: String,
    /// The options' texts; empty for true/false, whose options are the words true and false.
    pub options: Vec<String>,
}

impl QuizQuestion {
    /// How many options the learner can choose between.
    pub fn option_count(&self) -> usize {
        match self.kind {
            QuestionKind::TrueFalse => 2,
            _ => self.options.len(),
        }
    }
}

/// The chosen options of one question, by index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Answer {
    pub selected: Vec<usize>,
}

/// A practice question: not graded, so its key and explanation travel with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PracticeQuestion {
    pub question: QuizQuestion,
    pub correct: Answer,
    pub explanation_html: String,
}

/// `POST /api/courses/{slug}/quiz-attempts`: one answer per quiz question, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct QuizSubmission {
    /// A UUID the browser made for this attempt, so sending it again (say, from the offline
    /// queue) grades it once: the same attempt again returns the stored result.
    pub id: String,
    /// The anonymous learner id the browser generated (a UUID).
    pub learner_id: String,
    pub lang: Lang,
    pub answers: Vec<Answer>,
}

/// The graded attempt, with the key and an explanation per question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuizResult {
    pub attempt_id: String,
    pub score: u32,
    pub max_score: u32,
    pub percent: u8,
    pub pass_mark: u8,
    pub passed: bool,
    pub questions: Vec<QuestionResult>,
    /// The certificate's code when a signed-in person passed.
    pub certificate: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionResult {
    pub correct: bool,
    pub selected: Vec<usize>,
    pub correct_options: Vec<usize>,
    pub explanation_html: String,
}
