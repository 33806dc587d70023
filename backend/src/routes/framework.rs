use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use common::Framework;
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(framework_show))
}

/// The competence framework (DigComp 2.2): areas, competences and level groups in sv, nb and en.
#[utoipa::path(get, path = "/api/framework", tag = "courses", responses((status = 200, body = Framework)))]
async fn framework_show(State(state): State<AppState>) -> Json<Framework> {
    Json(state.catalog.framework.clone())
}
