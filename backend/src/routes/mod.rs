//! The API: each feature owns its router; they are merged here, in one place.

pub mod assignments;
pub mod auth;
pub mod certificates;
pub mod competence;
pub mod course_media;
pub mod courses;
pub mod framework;
pub mod handouts;
pub mod health;
pub mod job_roles;
pub mod library_participation;
pub mod library_sessions;
pub mod library_statistics;
pub mod municipalities;
pub mod people;
pub mod people_import;
pub mod progress;
pub mod quiz_attempts;
pub mod reports;
pub mod resume_codes;
pub mod team;
pub mod units;

use crate::error::AppError;
use crate::state::AppState;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Digikomp API",
        description = "Digital-skills learning platform for Nordic municipalities."
    ),
    components(schemas(common::ErrorBody))
)]
struct ApiDoc;

/// Every `/api` route together with the OpenAPI document that describes them.
pub fn api() -> (axum::Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(health::router())
        .merge(framework::router())
        .merge(courses::router())
        .merge(course_media::router())
        .merge(quiz_attempts::router())
        .merge(progress::router())
        .merge(auth::router())
        .merge(competence::router())
        .merge(certificates::router())
        .merge(municipalities::router())
        .merge(units::router())
        .merge(job_roles::router())
        .merge(people::router())
        .merge(people_import::router())
        .merge(team::router())
        .merge(assignments::router())
        .merge(reports::router())
        .merge(handouts::router())
        .merge(library_sessions::router())
        .merge(library_participation::router())
        .merge(library_statistics::router())
        .merge(resume_codes::router())
        .split_for_parts()
}

/// Unknown `/api/…` paths get a JSON 404 rather than the web app.
pub async fn not_found() -> AppError {
    AppError::NotFound("There is no such API endpoint.".to_owned())
}
