//! Municipalities: the roots of the organisation tree, set up by a superadmin.

use crate::auth::CurrentUser;
use crate::db::{self, units};
use crate::domain::{Code, Name};
use crate::error::AppError;
use crate::extract::Json;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use common::{CreateMunicipality, ErrorBody, GrantKind, JobRole, Municipality};
use utoipa_axum::{router::OpenApiRouter, routes};

/// The stored name of the baseline role; the web app shows its own translated label.
const BASELINE_NAME: &str = "Alla medarbetare";
const BASELINE_CODE: &str = "ALLA";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(municipalities_list, municipalities_create))
}

/// The municipalities the person administers (a superadmin: all of them).
#[utoipa::path(get, path = "/api/municipalities", tag = "organisation",
    responses((status = 200, body = Vec<Municipality>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
async fn municipalities_list(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<Municipality>>, AppError> {
    user.require(GrantKind::Admin)?;
    let ids: Option<Vec<String>> = (!user.superadmin).then(|| {
        let mut ids: Vec<String> = user
            .grants
            .iter()
            .filter(|g| g.kind == GrantKind::Admin)
            .map(|g| g.municipality_id.clone())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    });
    Ok(Json(
        units::municipalities(&state.db.pool, ids.as_deref()).await?,
    ))
}

/// Sets up a new municipality with its baseline role (superadmin only).
#[utoipa::path(post, path = "/api/municipalities", tag = "organisation", request_body = CreateMunicipality,
    responses((status = 201, body = Municipality), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn municipalities_create(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<CreateMunicipality>,
) -> Result<(StatusCode, Json<Municipality>), AppError> {
    if !user.superadmin {
        return Err(AppError::Forbidden(
            "Only a superadmin may set up municipalities.".to_owned(),
        ));
    }
    let code = Code::parse(&body.code).map_err(AppError::Unprocessable)?;
    let name = Name::parse(&body.name).map_err(AppError::Unprocessable)?;
    let existing = units::municipalities(&state.db.pool, None).await?;
    if existing
        .iter()
        .any(|m| m.code.eq_ignore_ascii_case(code.as_str()))
    {
        return Err(AppError::Conflict(format!(
            "There is already a municipality with the code '{}'.",
            code.as_str()
        )));
    }
    let mut tx = state.db.pool.begin().await?;
    let (root, _) = create(&mut tx, code.as_str(), name.as_str()).await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(Municipality {
            id: root.id,
            code: root.code,
            name: root.name,
        }),
    ))
}

/// Creates a municipality (a root unit) with its baseline role, returning both; also used
/// by demo seeding. The caller holds the transaction.
pub async fn create(
    conn: &mut sqlx::AnyConnection,
    code: &str,
    name: &str,
) -> Result<(units::UnitRow, JobRole), sqlx::Error> {
    let id = uuid::Uuid::new_v4().to_string();
    let now = db::now();
    let root = units::insert(
        &mut *conn,
        &units::NewUnit {
            id: &id,
            parent: None,
            code,
            name,
            now,
        },
    )
    .await?;
    let baseline = JobRole {
        id: uuid::Uuid::new_v4().to_string(),
        municipality_id: root.id.clone(),
        code: BASELINE_CODE.to_owned(),
        name: BASELINE_NAME.to_owned(),
        baseline: true,
    };
    db::job_roles::insert(conn, &baseline, now).await?;
    Ok((root, baseline))
}
