use crate::error::AppError;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use common::Health;
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(health_show))
}

/// Whether the server and its database answer.
#[utoipa::path(get, path = "/api/health", tag = "health", responses((status = 200, body = Health), (status = 503, body = common::ErrorBody)))]
async fn health_show(State(state): State<AppState>) -> Result<Json<Health>, AppError> {
    sqlx::query("SELECT 1")
        .execute(&state.db.pool)
        .await
        .map_err(|err| {
            tracing::error!(%err, "health check: the database does not answer");
            AppError::Unavailable("The database does not answer.".to_owned())
        })?;
    Ok(Json(Health {
        status: "ok".to_owned(),
        database: state.db.kind.name().to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    }))
}
