//! What managers and administrators see of the people under them: the team view
//! (`GET /api/units/{id}/gaps`), a person's page, assignments and the organisation report.

use crate::{AssignmentStatus, CourseRef, Lang, MyCompetence, NamedRef};
use serde::{Deserialize, Serialize};

/// One cell of the heatmap: a competence a person's job requires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GapCell {
    pub competence: String,
    pub required: u8,
    pub achieved: u8,
    /// `required - achieved`, never below 0.
    pub gap: u8,
    /// Met now, but the evidence runs out within 60 days.
    pub expiring_soon: bool,
    /// When the evidence that meets the requirement runs out (Unix seconds).
    pub valid_until: Option<i64>,
}

/// One row of the heatmap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamMember {
    pub id: String,
    pub name: String,
    pub unit: NamedRef,
    /// The ids of their job roles (named in `TeamGaps::roles`).
    pub roles: Vec<String>,
    /// Only the competences their roles (and the baseline) require, in framework order.
    pub cells: Vec<GapCell>,
    /// How many required competences are below the minimum.
    pub gap_count: u32,
    /// The sum of the gaps in levels: the "biggest gap" to sort by.
    pub gap_levels: u32,
}

/// How many people are below the minimum of one competence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompetenceCount {
    pub competence: String,
    /// People whose job requires it.
    pub required_of: u32,
    /// Of those, people below the minimum.
    pub below: u32,
}

/// Evidence that keeps a requirement met but runs out within 60 days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExpiringEvidence {
    pub person: NamedRef,
    pub competence: String,
    /// Unix seconds.
    pub valid_until: i64,
}

/// The numbers above the heatmap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamSummary {
    pub people: u32,
    /// People with no gap at all.
    pub meeting_all: u32,
    /// The competences with people below the minimum, most people first.
    pub most_below: Vec<CompetenceCount>,
    /// Soonest first.
    pub expiring: Vec<ExpiringEvidence>,
}

/// `GET /api/units/{id}/gaps`: everyone in a unit and the units under it, measured against
/// what their jobs require.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamGaps {
    pub unit: NamedRef,
    pub framework: String,
    /// The heatmap's columns: every competence required of anyone shown, in framework order.
    pub competences: Vec<String>,
    /// The unit and every unit under it, in tree order, for the unit filter.
    pub units: Vec<NamedRef>,
    /// The job roles of the people in the subtree, by name, for the role filter.
    pub roles: Vec<NamedRef>,
    /// By name.
    pub people: Vec<TeamMember>,
    pub summary: TeamSummary,
}

/// Filters of the team view and its CSV export.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
pub struct TeamFilter {
    /// Only people with this job role (an id).
    pub role: Option<String>,
    /// Only people below the minimum of this competence.
    pub competence: Option<String>,
    /// Only people with at least one gap.
    pub gaps_only: Option<bool>,
    /// The language of the export's headers.
    pub lang: Option<Lang>,
}

/// `GET /api/people/{id}/competence?lang=`: a person's page as their manager sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonCompetence {
    pub id: String,
    pub name: String,
    pub unit: Option<NamedRef>,
    pub job_roles: Vec<NamedRef>,
    pub competence: MyCompetence,
}

/// `POST /api/assignments`: assign a course to chosen people, or to everyone in a unit and the
/// units under it. Someone who already has the course assigned gets the new due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateAssignments {
    pub course_slug: String,
    /// `YYYY-MM-DD`, today or later.
    pub due_on: String,
    #[serde(default)]
    pub person_ids: Vec<String>,
    pub unit_id: Option<String>,
}

/// The answer to `POST /api/assignments`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssignmentsCreated {
    /// How many people have the course assigned now.
    pub assigned: u32,
}

/// One assignment as the manager follows it up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamAssignment {
    pub person: NamedRef,
    pub course: CourseRef,
    /// `YYYY-MM-DD`.
    pub due: String,
    pub status: AssignmentStatus,
}

/// `GET /api/units/{id}/assignments?lang=`: every assignment of the people in the subtree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamAssignments {
    /// Soonest due first.
    pub assignments: Vec<TeamAssignment>,
    /// How many of each status: not started, in progress, done, overdue.
    pub not_started: u32,
    pub in_progress: u32,
    pub done: u32,
    pub overdue: u32,
}

/// How many people meet a minimum, out of how many it applies to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Share {
    pub people: u32,
    pub meeting: u32,
}

impl Share {
    /// The share in whole per cent, rounded down; 100 when it applies to nobody.
    pub fn percent(self) -> u32 {
        (self.meeting * 100).checked_div(self.people).unwrap_or(100)
    }
}

/// One unit of the report: everyone in it and the units under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportUnit {
    pub id: String,
    pub name: String,
    pub depth: u32,
    /// People meeting every minimum of their job.
    pub all: Share,
}

/// One competence of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportCompetence {
    pub competence: String,
    /// People whose job requires it, and of those, people at or above the minimum.
    pub share: Share,
}

/// One month of the trend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportMonth {
    /// `YYYY-MM`.
    pub month: String,
    pub all: Share,
}

/// `GET /api/municipalities/{id}/report`: the share of staff meeting the minimum levels over
/// the part of the organisation the administrator administers, now and month by month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrgReport {
    pub framework: String,
    /// `YYYY-MM-DD`: the numbers are as of this day.
    pub as_of: String,
    /// Everyone in scope.
    pub all: Share,
    /// In tree order.
    pub units: Vec<ReportUnit>,
    /// In framework order.
    pub competences: Vec<ReportCompetence>,
    /// Oldest first; the last month is the current one, as of today.
    pub trend: Vec<ReportMonth>,
}
