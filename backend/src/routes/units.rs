//! The units of a municipality, as its administrators see and edit them.

use crate::auth::CurrentUser;
use crate::db::{self, units};
use crate::domain::{Code, Name};
use crate::error::AppError;
use crate::extract::Json;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use common::{CreateUnit, ErrorBody, GrantKind, Unit, UpdateUnit};
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(units_list))
        .routes(routes!(units_create))
        .routes(routes!(units_update))
}

/// The units the person administers in a municipality, in tree order.
#[utoipa::path(get, path = "/api/municipalities/{id}/units", tag = "organisation",
    params(("id" = String, Path)),
    responses((status = 200, body = Vec<Unit>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn units_list(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<Vec<Unit>>, AppError> {
    user.require(GrantKind::Admin)?;
    let municipality =
        user.in_municipality(GrantKind::Admin, units::get(&state.db.pool, &id).await?)?;
    let scopes = user.scopes(GrantKind::Admin, &municipality);
    Ok(Json(units::subtrees(&state.db.pool, &scopes).await?))
}

/// Adds a unit under one the person administers.
#[utoipa::path(post, path = "/api/units", tag = "organisation", request_body = CreateUnit,
    responses((status = 201, body = Unit), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn units_create(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<CreateUnit>,
) -> Result<(StatusCode, Json<Unit>), AppError> {
    user.require(GrantKind::Admin)?;
    let parent = user.within(
        GrantKind::Admin,
        units::get(&state.db.pool, &body.parent_id).await?,
    )?;
    let code = Code::parse(&body.code).map_err(AppError::Unprocessable)?;
    let name = Name::parse(&body.name).map_err(AppError::Unprocessable)?;
    let id = uuid::Uuid::new_v4().to_string();
    let mut conn = state.db.pool.acquire().await?;
    let unit = units::insert(
        &mut conn,
        &units::NewUnit {
            id: &id,
            parent: Some(&parent),
            code: code.as_str(),
            name: name.as_str(),
            now: db::now(),
        },
    )
    .await
    .map_err(|err| duplicate_code(err, code.as_str()))?;
    Ok((StatusCode::CREATED, Json(unit.into_unit(0))))
}

/// Renames or recodes a unit, or moves it (with everything under it) to another parent.
#[utoipa::path(put, path = "/api/units/{id}", tag = "organisation", params(("id" = String, Path)),
    request_body = UpdateUnit,
    responses((status = 200, body = Unit), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn units_update(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(body): Json<UpdateUnit>,
) -> Result<Json<Unit>, AppError> {
    user.require(GrantKind::Admin)?;
    let unit = user.within(GrantKind::Admin, units::get(&state.db.pool, &id).await?)?;
    let code = Code::parse(&body.code).map_err(AppError::Unprocessable)?;
    let name = Name::parse(&body.name).map_err(AppError::Unprocessable)?;
    let new_parent = match (&unit.parent_id, body.parent_id) {
        (Some(current), Some(wanted)) if *current != wanted => {
            let parent =
                user.within(GrantKind::Admin, units::get(&state.db.pool, &wanted).await?)?;
            if parent.municipality_id != unit.municipality_id || parent.path.starts_with(&unit.path)
            {
                return Err(AppError::Unprocessable(
                    "A unit can only move under another unit of the same municipality that is not inside it.".to_owned(),
                ));
            }
            Some(parent)
        }
        _ => None,
    };
    let mut tx = state.db.pool.begin().await?;
    units::update(
        &mut tx,
        &unit,
        code.as_str(),
        name.as_str(),
        new_parent.as_ref(),
    )
    .await
    .map_err(|err| duplicate_code(err, code.as_str()))?;
    tx.commit().await?;
    let updated = units::get(&state.db.pool, &id)
        .await?
        .ok_or_else(|| AppError::internal("updated unit vanished"))?;
    let people = units::count_people(&state.db.pool, &id).await?;
    Ok(Json(updated.into_unit(people)))
}

fn duplicate_code(err: sqlx::Error, code: &str) -> AppError {
    AppError::unless_duplicate(err, || {
        format!("Another unit of this municipality already has the code '{code}'.")
    })
}
