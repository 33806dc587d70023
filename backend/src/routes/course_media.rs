//! Images that courses ship in their `media/` folder. Only files the checker accepts as
//! images are served, so nothing else of a course folder (such as a quiz key) can be read.

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Path, Request, State};
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::ServeFile;
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(course_media_show))
}

/// An image of a course, as linked from its lessons.
#[utoipa::path(get, path = "/course-media/{slug}/{file}", tag = "courses",
    params(("slug" = String, Path), ("file" = String, Path)),
    responses((status = 200, description = "the image"), (status = 404, body = common::ErrorBody)))]
async fn course_media_show(
    State(state): State<AppState>,
    Path((slug, file)): Path<(String, String)>,
    request: Request,
) -> Result<Response, AppError> {
    let path = state
        .catalog
        .media_path(&slug, &file)
        .filter(|path| path.is_file())
        .ok_or_else(|| AppError::NotFound("There is no such image.".to_owned()))?;
    Ok(ServeFile::new(path).oneshot(request).await.into_response())
}
