//! The HR system's CSV file in (dry run, then all-or-nothing), and the same format out.

use crate::auth::CurrentUser;
use crate::db::{self, job_roles, people_import, units};
use crate::error::AppError;
use crate::extract::Query;
use crate::hr_import;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use common::{ErrorBody, GrantKind, ImportReport};
use serde::Deserialize;
use std::collections::HashMap;
use utoipa_axum::{router::OpenApiRouter, routes};

/// A file of 20,000 people is about 2 MB; leave room for long names and extra columns.
const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(people_import))
        .layer(DefaultBodyLimit::max(MAX_FILE_BYTES))
        .routes(routes!(people_export))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ImportParams {
    /// `false` (the default) only reports what would change.
    #[serde(default)]
    apply: bool,
}

/// Compares a CSV file from the HR system (columns `employee_number, name, email,
/// unit_code, job_role_codes, manager`) with the people stored, and with `apply=true` makes
/// the changes in one transaction. People with an employee number who are missing from the
/// file are deactivated. A file with any bad row changes nothing (422).
#[utoipa::path(post, path = "/api/municipalities/{id}/people-import", tag = "people",
    params(("id" = String, Path), ImportParams),
    request_body(content = String, content_type = "text/csv"),
    responses((status = 200, body = ImportReport), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn people_import(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(params): Query<ImportParams>,
    body: Bytes,
) -> Result<Json<ImportReport>, AppError> {
    user.require(GrantKind::Admin)?;
    let municipality = user.whole_municipality(units::get(&state.db.pool, &id).await?)?;
    let text = std::str::from_utf8(&body).map_err(|_| {
        AppError::Unprocessable(
            "The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8\".".to_owned(),
        )
    })?;
    let started = std::time::Instant::now();
    let (rows, errors) = hr_import::parse(text);
    let pool = &state.db.pool;
    let unit_codes: HashMap<String, String> = units::of_municipality(pool, &municipality.id)
        .await?
        .into_iter()
        .map(|unit| (unit.code, unit.id))
        .collect();
    let role_codes: HashMap<String, String> = job_roles::of_municipality(pool, &municipality.id)
        .await?
        .into_iter()
        .filter(|role| !role.baseline)
        .map(|role| (role.code, role.id))
        .collect();
    let emails: Vec<&str> = rows
        .iter()
        .filter_map(|row| row.email.as_ref().map(|e| e.as_str()))
        .collect();
    let email_owners = people_import::email_owners(pool, &emails).await?;
    let existing = people_import::existing(pool, &municipality.id).await?;
    let plan = hr_import::plan(
        rows,
        errors,
        existing,
        &hr_import::Lookup {
            units: &unit_codes,
            roles: &role_codes,
            email_owners: &email_owners,
            importer_id: &user.person_id,
        },
    );
    if !params.apply {
        return Ok(Json(plan.report(false)));
    }
    if !plan.errors.is_empty() {
        return Err(AppError::Unprocessable(format!(
            "The file has {} bad row(s), so nothing was changed. Check the file first to see them.",
            plan.errors.len()
        )));
    }
    if plan.changes_anything() {
        let mut tx = pool.begin().await?;
        people_import::apply(&mut tx, &municipality.id, &plan, db::now()).await?;
        tx.commit().await?;
    }
    tracing::info!(
        rows = plan.rows,
        created = plan.create.len(),
        updated = plan.update.len(),
        deactivated = plan.deactivate.len(),
        ms = started.elapsed().as_millis() as u64,
        "people imported"
    );
    Ok(Json(plan.report(true)))
}

/// The municipality's active people as a CSV file in the import's format (UTF-8 with a
/// byte-order mark, so Excel opens it correctly in Nordic locales).
#[utoipa::path(get, path = "/api/municipalities/{id}/people-export", tag = "people",
    params(("id" = String, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
async fn people_export(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    user.require(GrantKind::Admin)?;
    let municipality = user.whole_municipality(units::get(&state.db.pool, &id).await?)?;
    let rows = people_import::export(&state.db.pool, &municipality.id).await?;
    let mut writer = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    writer
        .write_record(hr_import::COLUMNS)
        .map_err(AppError::internal)?;
    for row in &rows {
        writer.write_record(row).map_err(AppError::internal)?;
    }
    let bytes = writer.into_inner().map_err(AppError::internal)?;
    let filename = format!("people-{}.csv", municipality.code);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        bytes,
    ))
}
