//! A citizen course's printable handout: its key steps, and a QR code back to the course.

use crate::error::AppError;
use crate::extract::{Json, Query};
use crate::routes::courses::ShowParams;
use crate::routes::library_sessions::{origin, svg_response};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use common::{ErrorBody, Handout};
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(course_handout))
        .routes(routes!(course_qr))
}

/// The key steps of a citizen course, to print and take home. Public, like the course.
#[utoipa::path(get, path = "/api/courses/{slug}/handout", tag = "courses",
    params(("slug" = String, Path), ShowParams),
    responses((status = 200, body = Handout), (status = 404, body = ErrorBody)))]
async fn course_handout(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(params): Query<ShowParams>,
) -> Result<Json<Handout>, AppError> {
    state
        .catalog
        .handout(&slug, params.lang.unwrap_or_default())
        .map(Json)
        .ok_or_else(|| AppError::NotFound(format!("Course '{slug}' has no handout.")))
}

/// A QR code of the course's address, for its handout.
#[utoipa::path(get, path = "/api/courses/{slug}/qr.svg", tag = "courses",
    params(("slug" = String, Path)),
    responses((status = 200, content_type = "image/svg+xml", body = String),
        (status = 404, body = ErrorBody)))]
async fn course_qr(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if state.catalog.meta(&slug).is_none() {
        return Err(AppError::NotFound(format!("There is no course '{slug}'.")));
    }
    svg_response(&format!("{}/courses/{slug}", origin(&headers)))
}
