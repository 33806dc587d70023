//! Certificate verification: anyone with the link can confirm a certificate.

use crate::db;
use crate::error::AppError;
use crate::extract::Json;
use crate::state::AppState;
use axum::extract::{Path, State};
use common::{Certificate, ErrorBody};
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(certificates_show))
}

/// A certificate by its code: who passed which course, when, and what it showed. Public, so
/// an employer or the person themselves can check it; the code is the secret.
#[utoipa::path(get, path = "/api/certificates/{code}", tag = "competence",
    params(("code" = String, Path)),
    responses((status = 200, body = Certificate), (status = 404, body = ErrorBody)))]
async fn certificates_show(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Certificate>, AppError> {
    let not_found = || AppError::NotFound("There is no certificate with this code.".to_owned());
    if code.len() != 32 || !code.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(not_found());
    }
    db::certificates::get(&state.db.pool, &code.to_ascii_lowercase())
        .await?
        .map(Json)
        .ok_or_else(not_found)
}
