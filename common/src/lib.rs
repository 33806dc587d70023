//! API types shared by the Digikomp backend, frontend and tests.
//!
//! Every JSON body the server sends or accepts is defined once, here. With the `openapi`
//! feature the types also describe themselves for the OpenAPI document.

pub mod auth;
pub mod bundle;
pub mod competence;
pub mod course;
pub mod framework;
pub mod lang;
pub mod library;
pub mod organisation;
pub mod people;
pub mod progress;
pub mod quiz;
pub mod team;

pub use auth::{GrantKind, GrantView, LoginRequest, Me, NamedRef};
pub use bundle::Bundle;
pub use competence::{
    AssignmentStatus, AssignmentView, Certificate, CompetenceStatus, Completion, CourseRef,
    MyCompetence, SaveSelfAssessment, SelfAssessment, Statement, StatementGroup,
};
pub use course::{Audience, CompetenceAward, Course, CourseSummary, Lesson};
pub use framework::{Area, Competence, Framework, LevelGroup, Localized};
pub use lang::Lang;
pub use library::{
    CreateLibrarySession, CreateResumeCode, Handout, JoinLibrarySession, Joined, LibraryMonth,
    LibrarySession, LibraryStatistics, LiveParticipant, LiveSession, ParticipantActivity,
    Participation, ResumeCode, Resumed, StatisticsParams, TopicCount,
};
pub use organisation::{
    CreateMunicipality, CreateUnit, JobRole, Municipality, RequirementMatrix, RoleRequirements,
    SaveJobRole, Unit, UpdateUnit,
};
pub use people::{
    Grant, ImportChange, ImportError, ImportReport, PeoplePage, Person, PersonSummary, SavePerson,
};
pub use progress::{
    CourseProgress, ProgressBatch, ProgressConflict, ProgressEvent, ProgressKind, ProgressReceipt,
};
pub use quiz::{
    Answer, PracticeQuestion, QuestionKind, QuestionResult, QuizQuestion, QuizResult,
    QuizSubmission,
};
pub use team::{
    AssignmentsCreated, CompetenceCount, CreateAssignments, ExpiringEvidence, GapCell, OrgReport,
    PersonCompetence, ReportCompetence, ReportMonth, ReportUnit, Share, TeamAssignment,
    TeamAssignments, TeamFilter, TeamGaps, TeamMember, TeamSummary,
};

use serde::{Deserialize, Serialize};

/// `GET /api/health`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// Always `ok` when the server answers.
    pub status: String,
    /// `sqlite` or `postgres`.
    pub database: String,
    pub version: String,
}

/// The body of every error response: a message meant for the person using the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: String,
}
