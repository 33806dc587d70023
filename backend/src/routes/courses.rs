use crate::error::AppError;
use crate::extract::Query;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::Json;
use common::{Audience, Course, CourseSummary, ErrorBody, Lang};
use serde::Deserialize;
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(courses_list))
        .routes(routes!(courses_show))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    /// sv, nb or en (default sv).
    lang: Option<Lang>,
    /// staff, citizen or both (default: every course).
    audience: Option<Audience>,
}

/// The course catalogue in one language, optionally for one audience.
#[utoipa::path(get, path = "/api/courses", tag = "courses", params(ListParams),
    responses((status = 200, body = Vec<CourseSummary>), (status = 400, body = ErrorBody)))]
async fn courses_list(
    State(state): State<AppState>,
    Query(params): Query<ListParams>,
) -> Json<Vec<CourseSummary>> {
    Json(
        state
            .catalog
            .summaries(params.lang.unwrap_or_default(), params.audience),
    )
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ShowParams {
    /// sv, nb or en (default sv).
    pub lang: Option<Lang>,
}

/// A whole course: lessons as HTML, practice questions, and the quiz without its answer key.
#[utoipa::path(get, path = "/api/courses/{slug}", tag = "courses", params(("slug" = String, Path), ShowParams),
    responses((status = 200, body = Course), (status = 404, body = ErrorBody)))]
async fn courses_show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(params): Query<ShowParams>,
) -> Result<Json<Course>, AppError> {
    let lang = params.lang.unwrap_or_default();
    state.catalog.course(&slug, lang).map(Json).ok_or_else(|| {
        AppError::NotFound(format!("There is no course '{slug}' in language '{lang}'."))
    })
}
