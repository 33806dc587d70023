//! Job roles and the minimum level each requires per competence.

use crate::auth::CurrentUser;
use crate::db::{job_roles, units};
use crate::domain::{requirement_level, Code, Name};
use crate::error::AppError;
use crate::extract::Json;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use common::{ErrorBody, GrantKind, JobRole, RequirementMatrix, RoleRequirements, SaveJobRole};
use std::collections::HashSet;
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(job_roles_list, job_roles_create))
        .routes(routes!(job_roles_update))
        .routes(routes!(requirements_show, requirements_update))
}

/// The job roles of a municipality, its baseline first.
#[utoipa::path(get, path = "/api/municipalities/{id}/job-roles", tag = "organisation",
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<JobRole>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn job_roles_list(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<Vec<JobRole>>, AppError> {
    user.require(GrantKind::Admin)?;
    let municipality =
        user.in_municipality(GrantKind::Admin, units::get(&state.db.pool, &id).await?)?;
    Ok(Json(
        job_roles::of_municipality(&state.db.pool, &municipality.id).await?,
    ))
}

/// Adds a job role (administrators of the whole municipality).
#[utoipa::path(post, path = "/api/municipalities/{id}/job-roles", tag = "organisation",
    params(("id" = String, Path)), request_body = SaveJobRole,
    responses((status = 201, body = JobRole), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn job_roles_create(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(body): Json<SaveJobRole>,
) -> Result<(StatusCode, Json<JobRole>), AppError> {
    user.require(GrantKind::Admin)?;
    let municipality = user.whole_municipality(units::get(&state.db.pool, &id).await?)?;
    let code = Code::parse(&body.code).map_err(AppError::Unprocessable)?;
    let name = Name::parse(&body.name).map_err(AppError::Unprocessable)?;
    let role = JobRole {
        id: uuid::Uuid::new_v4().to_string(),
        municipality_id: municipality.id,
        code: code.as_str().to_owned(),
        name: name.as_str().to_owned(),
        baseline: false,
    };
    let mut conn = state.db.pool.acquire().await?;
    job_roles::insert(&mut conn, &role, crate::db::now())
        .await
        .map_err(|err| duplicate_code(err, &role.code))?;
    Ok((StatusCode::CREATED, Json(role)))
}

/// Renames or recodes a job role.
#[utoipa::path(put, path = "/api/job-roles/{id}", tag = "organisation",
    params(("id" = String, Path)), request_body = SaveJobRole,
    responses((status = 200, body = JobRole), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn job_roles_update(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(body): Json<SaveJobRole>,
) -> Result<Json<JobRole>, AppError> {
    user.require(GrantKind::Admin)?;
    let no_such_role = || AppError::NotFound("There is no such job role.".to_owned());
    let role = job_roles::get(&state.db.pool, &id)
        .await?
        .ok_or_else(no_such_role)?;
    user.whole_municipality(units::get(&state.db.pool, &role.municipality_id).await?)
        .map_err(|err| match err {
            AppError::NotFound(_) => no_such_role(),
            other => other,
        })?;
    let code = Code::parse(&body.code).map_err(AppError::Unprocessable)?;
    let name = Name::parse(&body.name).map_err(AppError::Unprocessable)?;
    job_roles::rename(&state.db.pool, &id, code.as_str(), name.as_str())
        .await
        .map_err(|err| duplicate_code(err, code.as_str()))?;
    Ok(Json(JobRole {
        code: code.as_str().to_owned(),
        name: name.as_str().to_owned(),
        ..role
    }))
}

/// The requirement matrix: every job role × the competences it requires, with levels.
#[utoipa::path(get, path = "/api/municipalities/{id}/requirements", tag = "organisation",
    params(("id" = String, Path)),
    responses((status = 200, body = RequirementMatrix), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn requirements_show(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<RequirementMatrix>, AppError> {
    user.require(GrantKind::Admin)?;
    let municipality =
        user.in_municipality(GrantKind::Admin, units::get(&state.db.pool, &id).await?)?;
    let framework = state.catalog.framework.key();
    let roles = job_roles::requirements(&state.db.pool, &municipality.id, &framework).await?;
    Ok(Json(RequirementMatrix { framework, roles }))
}

/// Replaces the minimum levels of the roles in the body (administrators of the whole
/// municipality). Level 0 removes a requirement.
#[utoipa::path(put, path = "/api/municipalities/{id}/requirements", tag = "organisation",
    params(("id" = String, Path)), request_body = RequirementMatrix,
    responses((status = 200, body = RequirementMatrix), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn requirements_update(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(body): Json<RequirementMatrix>,
) -> Result<Json<RequirementMatrix>, AppError> {
    user.require(GrantKind::Admin)?;
    let municipality = user.whole_municipality(units::get(&state.db.pool, &id).await?)?;
    let framework = state.catalog.framework.key();
    if body.framework != framework {
        return Err(AppError::Unprocessable(format!(
            "The requirements must use the framework '{framework}', not '{}'.",
            body.framework
        )));
    }
    let known: HashSet<String> = job_roles::of_municipality(&state.db.pool, &municipality.id)
        .await?
        .into_iter()
        .map(|role| role.id)
        .collect();
    let roles = check_matrix(&state, &known, body.roles)?;
    let mut tx = state.db.pool.begin().await?;
    job_roles::replace_requirements(&mut tx, &framework, &roles).await?;
    tx.commit().await?;
    let roles = job_roles::requirements(&state.db.pool, &municipality.id, &framework).await?;
    Ok(Json(RequirementMatrix { framework, roles }))
}

/// Every role must be the municipality's (once), every competence the framework's and every
/// level 0–8; level-0 cells are dropped.
fn check_matrix(
    state: &AppState,
    known: &HashSet<String>,
    roles: Vec<RoleRequirements>,
) -> Result<Vec<RoleRequirements>, AppError> {
    let mut seen = HashSet::new();
    roles
        .into_iter()
        .map(|mut role| {
            if !known.contains(&role.role_id) || !seen.insert(role.role_id.clone()) {
                return Err(AppError::Unprocessable(format!(
                    "The job role '{}' is not one of this municipality's, or is listed twice.",
                    role.role_id
                )));
            }
            for (competence, level) in &role.levels {
                if state.catalog.framework.competence(competence).is_none() {
                    return Err(AppError::Unprocessable(format!(
                        "There is no competence '{competence}' in the framework."
                    )));
                }
                requirement_level(*level).map_err(AppError::Unprocessable)?;
            }
            role.levels.retain(|_, level| *level > 0);
            Ok(role)
        })
        .collect()
}

fn duplicate_code(err: sqlx::Error, code: &str) -> AppError {
    AppError::unless_duplicate(err, || {
        format!("Another job role of this municipality already has the code '{code}'.")
    })
}
