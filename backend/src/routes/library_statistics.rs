//! Library statistics per library and month, on a page and as CSV: for guides of those
//! libraries and administrators of the units above them.

use crate::auth::CurrentUser;
use crate::db::{self, library_sessions, units};
use crate::error::AppError;
use crate::export;
use crate::extract::{Json, Query};
use crate::library::statistics;
use crate::routes::library_sessions::course_named;
use crate::routes::team::slug_of;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use common::{ErrorBody, GrantKind, LibraryStatistics, NamedRef, StatisticsParams};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Who may read a library's numbers.
const READERS: [GrantKind; 2] = [GrantKind::Guide, GrantKind::Admin];

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(library_statistics_show))
        .routes(routes!(library_statistics_csv))
}

/// The ended sessions of every library in the unit's subtree, added up per library and month.
#[utoipa::path(get, path = "/api/units/{id}/library-statistics", tag = "library",
    params(("id" = String, Path), StatisticsParams),
    responses((status = 200, body = LibraryStatistics), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn library_statistics_show(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(params): Query<StatisticsParams>,
) -> Result<Json<LibraryStatistics>, AppError> {
    Ok(Json(gather(&state, &user, &id, &params).await?))
}

/// The same numbers as a CSV file (UTF-8 with BOM, semicolons) for Excel.
#[utoipa::path(get, path = "/api/units/{id}/library-statistics.csv", tag = "library",
    params(("id" = String, Path), StatisticsParams),
    responses((status = 200, content_type = "text/csv", body = String),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
async fn library_statistics_csv(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(params): Query<StatisticsParams>,
) -> Result<Response, AppError> {
    let gathered = gather(&state, &user, &id, &params).await?;
    let rows = statistics::csv_rows(&gathered.months, params.lang.unwrap_or_default());
    let filename = format!(
        "library-statistics-{}-{}.csv",
        slug_of(&gathered.unit.name),
        crate::competence::date_of(db::now())
    );
    Ok(export::download(&filename, export::csv(rows)?))
}

async fn gather(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    params: &StatisticsParams,
) -> Result<LibraryStatistics, AppError> {
    user.require_any(&READERS).map_err(|_| {
        AppError::Forbidden("Only library guides and administrators may do this.".to_owned())
    })?;
    let pool = &state.db.pool;
    let unit = user.within_any(&READERS, units::get(pool, id).await?)?;
    let sessions = library_sessions::ended_under(pool, &unit.path).await?;
    let courses = library_sessions::course_totals_under(pool, &unit.path).await?;
    let lang = params.lang.unwrap_or_default();
    let title = |slug: &str| course_named(state, slug, lang).name;
    Ok(LibraryStatistics {
        unit: NamedRef {
            id: unit.id,
            name: unit.name,
        },
        months: statistics::months(&sessions, &courses, &title),
    })
}
