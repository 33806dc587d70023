//! Resume codes: an anonymous citizen writes one down and types it on another device (at home
//! after a library session) to continue where they were. No account, no personal data.

use crate::auth::session;
use crate::db::{self, resume_codes};
use crate::error::AppError;
use crate::extract::{Json, PeerAddress};
use crate::library;
use crate::routes::progress::uuid_of;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use common::{CreateResumeCode, ErrorBody, ResumeCode, Resumed};
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(resume_code_create))
        .routes(routes!(resume_code_redeem))
}

/// A new resume code for the browser's anonymous learner; an earlier code stops working.
#[utoipa::path(post, path = "/api/resume-codes", tag = "progress",
    request_body = CreateResumeCode,
    responses((status = 201, body = ResumeCode), (status = 422, body = ErrorBody)))]
async fn resume_code_create(
    State(state): State<AppState>,
    Json(body): Json<CreateResumeCode>,
) -> Result<(StatusCode, Json<ResumeCode>), AppError> {
    let learner_id = uuid_of(&body.learner_id, "learner_id")?;
    let code = library::resume_code();
    let hash = session::hash(&library::normalize_code(&code));
    if !resume_codes::replace(&state.db.pool, &learner_id, &hash, db::now()).await? {
        return Err(AppError::Unprocessable(
            "This progress belongs to a signed-in person, who continues by signing in.".to_owned(),
        ));
    }
    Ok((StatusCode::CREATED, Json(ResumeCode { code })))
}

/// The anonymous learner a resume code continues. Too many wrong codes (join codes count
/// too) from one address get 429.
#[utoipa::path(post, path = "/api/resume-codes/redeem", tag = "progress",
    request_body = ResumeCode,
    responses((status = 200, body = Resumed), (status = 404, body = ErrorBody),
        (status = 429, body = ErrorBody)))]
async fn resume_code_redeem(
    State(state): State<AppState>,
    PeerAddress(address): PeerAddress,
    Json(body): Json<ResumeCode>,
) -> Result<Json<Resumed>, AppError> {
    if !state.throttle.allows_code(address) {
        return Err(library::too_many_wrong_codes());
    }
    let hash = session::hash(&library::normalize_code(&body.code));
    let Some(learner_id) = resume_codes::redeem(&state.db.pool, &hash, db::now()).await? else {
        state.throttle.record_wrong_code(address);
        return Err(AppError::NotFound(
            "This code is not known. Check that you typed it as it was written.".to_owned(),
        ));
    };
    Ok(Json(Resumed { learner_id }))
}
