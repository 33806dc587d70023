//! Municipalities, their unit trees, job roles and the minimum levels of each role.

use super::{get, post, put, ApiError};
use common::{
    CreateMunicipality, CreateUnit, JobRole, Municipality, RequirementMatrix, SaveJobRole, Unit,
    UpdateUnit,
};

pub async fn municipalities() -> Result<Vec<Municipality>, ApiError> {
    get("/api/municipalities").await
}

pub async fn create_municipality(body: &CreateMunicipality) -> Result<Municipality, ApiError> {
    post("/api/municipalities", body).await
}

/// The units the signed-in admin administers, depth-first.
pub async fn units(municipality: &str) -> Result<Vec<Unit>, ApiError> {
    get(&format!("/api/municipalities/{municipality}/units")).await
}

pub async fn create_unit(body: &CreateUnit) -> Result<Unit, ApiError> {
    post("/api/units", body).await
}

pub async fn update_unit(id: &str, body: &UpdateUnit) -> Result<Unit, ApiError> {
    put(&format!("/api/units/{id}"), body).await
}

/// The job roles, the baseline ("everyone") first.
pub async fn job_roles(municipality: &str) -> Result<Vec<JobRole>, ApiError> {
    get(&format!("/api/municipalities/{municipality}/job-roles")).await
}

pub async fn create_job_role(municipality: &str, body: &SaveJobRole) -> Result<JobRole, ApiError> {
    post(
        &format!("/api/municipalities/{municipality}/job-roles"),
        body,
    )
    .await
}

pub async fn update_job_role(id: &str, body: &SaveJobRole) -> Result<JobRole, ApiError> {
    put(&format!("/api/job-roles/{id}"), body).await
}

pub async fn requirements(municipality: &str) -> Result<RequirementMatrix, ApiError> {
    get(&format!("/api/municipalities/{municipality}/requirements")).await
}

/// Replaces the levels of the roles listed in `matrix`.
pub async fn save_requirements(
    municipality: &str,
    matrix: &RequirementMatrix,
) -> Result<RequirementMatrix, ApiError> {
    put(
        &format!("/api/municipalities/{municipality}/requirements"),
        matrix,
    )
    .await
}
