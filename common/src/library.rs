//! Library digital-help sessions: a guide starts one, citizens join it with a short code and
//! no account, and afterwards only anonymous counts remain. Also the resume code that lets an
//! anonymous citizen continue on another device, and a citizen course's printable handout.

use crate::{Lang, NamedRef};
use serde::{Deserialize, Serialize};

/// `POST /api/library-sessions`: a guide starts a session at their library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateLibrarySession {
    /// The library (a unit where the guide holds the guide permission).
    pub unit_id: String,
    /// The citizen courses the session is about (their slugs), at least one.
    pub topics: Vec<String>,
}

/// A session as its guide sees it, running or ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LibrarySession {
    pub id: String,
    /// The join code while the session runs; gone once it has ended.
    pub code: Option<String>,
    pub library: NamedRef,
    /// The topics as course slug (`id`) and title (`name`).
    pub topics: Vec<NamedRef>,
    /// Unix seconds.
    pub started_at: i64,
    pub ended_at: Option<i64>,
    /// How many joined.
    pub participants: u32,
    /// How many times someone asked for help.
    pub help_requests: u32,
    /// Course opened by a participant, counted once per participant and course.
    pub courses_opened: u32,
    /// Courses a participant finished during the session.
    pub courses_finished: u32,
}

/// One participant in the live view. Nothing here outlives the session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LiveParticipant {
    /// An id for the guide's actions; not the participant's secret.
    pub id: String,
    /// The first name or nickname they chose to give, if any.
    pub nickname: Option<String>,
    /// The course they are on: slug (`id`) and title (`name`).
    pub course: Option<NamedRef>,
    pub lesson: Option<u32>,
    /// Seconds since they last did something.
    pub idle_seconds: i64,
    /// Seconds since they asked for help, while nobody has answered.
    pub help_waiting_seconds: Option<i64>,
}

/// `GET /api/library-sessions/{id}`: the guide's live view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LiveSession {
    pub session: LibrarySession,
    /// Those asking for help first (longest waiting first), then by when they joined.
    pub participants: Vec<LiveParticipant>,
}

/// `POST /api/library-sessions/join`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JoinLibrarySession {
    pub code: String,
    /// Optional; deleted when the session ends.
    pub nickname: Option<String>,
}

/// What a participant sees of their session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participation {
    pub library: String,
    pub topics: Vec<NamedRef>,
    pub nickname: Option<String>,
    /// False once the guide has ended the session.
    pub running: bool,
    /// They asked for help and the guide has not marked it answered yet.
    pub help_waiting: bool,
}

/// The answer to joining: the participant's secret (sent back in the
/// `Digikomp-Participant` header) and their view of the session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Joined {
    pub token: String,
    pub participation: Participation,
}

/// `PUT /api/library-sessions/participation/activity`: where the participant is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipantActivity {
    pub course_slug: String,
    /// The lesson open now; none on the course's start page or quiz.
    pub lesson: Option<u32>,
    /// They have just finished the course (read every lesson or passed its quiz).
    #[serde(default)]
    pub finished: bool,
}

/// The query of the statistics and their CSV export.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
pub struct StatisticsParams {
    /// The language of course titles and of the export's headers.
    pub lang: Option<Lang>,
}

/// How often one course was a part of the sessions of a month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TopicCount {
    /// Slug (`id`) and title (`name`).
    pub course: NamedRef,
    /// Sessions that had it as a topic.
    pub sessions: u32,
    pub opened: u32,
    pub finished: u32,
}

/// One library's ended sessions of one month, added up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LibraryMonth {
    pub library: NamedRef,
    /// `YYYY-MM`.
    pub month: String,
    pub sessions: u32,
    pub participants: u32,
    pub help_requests: u32,
    /// The sessions' length added up, in minutes.
    pub minutes: u32,
    pub courses_opened: u32,
    pub courses_finished: u32,
    /// Most opened first.
    pub topics: Vec<TopicCount>,
}

/// `GET /api/units/{id}/library-statistics`: every library in the unit's subtree, newest
/// month first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LibraryStatistics {
    pub unit: NamedRef,
    pub months: Vec<LibraryMonth>,
}

/// `POST /api/resume-codes`: a code for the browser's anonymous learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateResumeCode {
    pub learner_id: String,
}

/// A resume code, `XXXXX-XXXXX`. Typed on another device, it continues the same progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResumeCode {
    pub code: String,
}

/// `POST /api/resume-codes/redeem`: the learner to continue as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Resumed {
    pub learner_id: String,
}

/// `GET /api/courses/{slug}/handout?lang=`: a citizen course's key steps, to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Handout {
    pub slug: String,
    pub lang: Lang,
    /// The course's title.
    pub title: String,
    /// The handout's own heading.
    pub heading: String,
    /// The key steps, rendered and sanitized on the server.
    pub html: String,
}
