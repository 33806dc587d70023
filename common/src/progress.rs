//! Learning progress that is never lost: events with ids made in the browser, so a retry or a
//! queue flushed after being offline stores each of them exactly once.

use serde::{Deserialize, Serialize};

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ProgressKind {
    /// The learner read a lesson to its end and went on.
    LessonCompleted,
}

impl ProgressKind {
    pub fn code(self) -> &'static str {
        match self {
            ProgressKind::LessonCompleted => "lesson-completed",
        }
    }

    pub fn parse(code: &str) -> Option<ProgressKind> {
        (code == "lesson-completed").then_some(ProgressKind::LessonCompleted)
    }
}

/// One thing a learner did, recorded in the browser (perhaps offline) and sent later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ProgressEvent {
    /// A UUID made by the browser when the event happened. The server stores each id once:
    /// the same event again is a no-op, a different event under the same id is refused.
    pub id: String,
    /// The browser's anonymous learner id (a UUID).
    pub learner_id: String,
    pub kind: ProgressKind,
    pub course_slug: String,
    /// The lesson, counted from 1.
    pub lesson: u32,
    /// When it happened, in Unix seconds by the browser's clock.
    pub occurred_at: i64,
}

/// `POST /api/progress-events`: up to 500 events, as queued in the browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ProgressBatch {
    pub events: Vec<ProgressEvent>,
}

/// The answer to a batch: how many events were new and how many had been stored before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgressReceipt {
    pub stored: u32,
    pub duplicates: u32,
}

/// The body of a 409 for a batch: the ids already used for a different event. Nothing in the
/// batch was stored; the browser drops these ids and sends the rest again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgressConflict {
    pub error: String,
    pub conflicting_ids: Vec<String>,
}

/// How far a learner has come in one course: `GET /api/progress`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CourseProgress {
    pub course_slug: String,
    /// Completed lessons, counted from 1, in order.
    pub lessons_done: Vec<u32>,
    /// When the assessed quiz was first passed, in Unix seconds.
    pub passed_at: Option<i64>,
}
