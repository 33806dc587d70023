//! Municipalities, units, job roles and their minimum levels.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A municipality: the root unit of its own tree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Municipality {
    /// The id of its root unit.
    pub id: String,
    pub code: String,
    pub name: String,
}

/// `POST /api/municipalities` (superadmin only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateMunicipality {
    pub code: String,
    pub name: String,
}

/// A unit of the organisation tree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Unit {
    pub id: String,
    /// `None` for a municipality (a root).
    pub parent_id: Option<String>,
    pub municipality_id: String,
    /// The unit's code in the HR system, unique within the municipality.
    pub code: String,
    pub name: String,
    /// 0 for the municipality, 1 for its direct units and so on.
    pub depth: u32,
    /// Active people in this unit (not counting units under it).
    pub people: u32,
}

/// `POST /api/units`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreateUnit {
    pub parent_id: String,
    pub code: String,
    pub name: String,
}

/// `PUT /api/units/{id}`: rename, recode or move a unit (with everything under it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateUnit {
    /// Ignored for a municipality, which has no parent.
    pub parent_id: Option<String>,
    pub code: String,
    pub name: String,
}

/// A job role (yrkesroll, stillingsgruppe).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobRole {
    pub id: String,
    pub municipality_id: String,
    pub code: String,
    pub name: String,
    /// The municipality's baseline: a requirement everyone has, whatever their roles.
    pub baseline: bool,
}

/// `POST /api/municipalities/{id}/job-roles` and `PUT /api/job-roles/{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SaveJobRole {
    pub code: String,
    pub name: String,
}

/// The minimum levels of one job role: competence id → level 1–8 (absent = no requirement).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoleRequirements {
    pub role_id: String,
    pub levels: BTreeMap<String, u8>,
}

/// `GET`/`PUT /api/municipalities/{id}/requirements`: roles × competences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequirementMatrix {
    /// The framework the competence ids belong to, such as `digcomp-2.2`.
    pub framework: String,
    pub roles: Vec<RoleRequirements>,
}
