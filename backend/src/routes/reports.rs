//! The organisation report for administrators, and its CSV export.

use crate::auth::CurrentUser;
use crate::competence;
use crate::db::{self, units};
use crate::error::AppError;
use crate::export;
use crate::extract::Json;
use crate::report::{self, snapshots};
use crate::routes::courses::ShowParams;
use crate::routes::team::{competence_name, competence_order, slug_of};
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use common::{ErrorBody, GrantKind, OrgReport};
use std::sync::Arc;
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(report_show))
        .routes(routes!(report_csv))
}

/// The share of staff meeting their minimum levels over the parts of a municipality the
/// person administers: by unit (each with the units under it), by competence, and by month.
#[utoipa::path(get, path = "/api/municipalities/{id}/report", tag = "report",
    params(("id" = String, Path)),
    responses((status = 200, body = OrgReport), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn report_show(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<OrgReport>, AppError> {
    Ok(Json(build(&state, &user, &id).await?.1))
}

/// The report as a CSV file (UTF-8 with BOM, semicolons) for Excel.
#[utoipa::path(get, path = "/api/municipalities/{id}/report.csv", tag = "report",
    params(("id" = String, Path), ShowParams),
    responses((status = 200, content_type = "text/csv", body = String),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn report_csv(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(params): Query<ShowParams>,
) -> Result<Response, AppError> {
    let (municipality, report) = build(&state, &user, &id).await?;
    let lang = params.lang.unwrap_or_default();
    let name = |id: &str| competence_name(&state, id, lang);
    let rows = export::report_rows(&report, &name, lang);
    let filename = format!("report-{}-{}.csv", slug_of(&municipality), report.as_of);
    Ok(export::download(&filename, export::csv(rows)?))
}

async fn build(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> Result<(String, OrgReport), AppError> {
    user.require(GrantKind::Admin)?;
    let pool = &state.db.pool;
    let municipality = user.in_municipality(GrantKind::Admin, units::get(pool, id).await?)?;
    let scopes = user.scopes(GrantKind::Admin, &municipality);
    let framework = state.catalog.framework.key();
    let now = db::now();
    let subtrees = units::subtrees(pool, &scopes).await?;
    let counts = match state.reports.get(&scopes) {
        Some(counts) => counts,
        None => {
            let generation = state.reports.generation();
            let counts = Arc::new(db::report::counts(pool, &scopes, &framework, now).await?);
            state
                .reports
                .put(scopes.clone(), generation, counts.clone());
            counts
        }
    };
    let stored = db::report::trend(pool, &scopes, &framework).await?;
    let report = report::assemble(
        framework,
        &competence_order(state),
        &subtrees,
        &counts,
        stored,
        competence::date_of(now),
        &snapshots::month_of(now),
    );
    Ok((municipality.name, report))
}
