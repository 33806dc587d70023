//! Signing in and out, and who is signed in.

use crate::auth::{password, session, CurrentUser};
use crate::competence;
use crate::db;
use crate::error::AppError;
use crate::extract::{Json, PeerAddress};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use common::{ErrorBody, LoginRequest, Me};
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(auth_login))
        .routes(routes!(auth_logout))
        .routes(routes!(me_show))
}

/// Signs in with e-mail and password and starts a new session (a new cookie every time).
/// Wrong e-mail and wrong password get the same answer; repeated failures get 429.
#[utoipa::path(post, path = "/api/auth/login", tag = "auth", request_body = LoginRequest,
    responses((status = 200, body = Me), (status = 401, body = ErrorBody), (status = 429, body = ErrorBody)))]
async fn auth_login(
    State(state): State<AppState>,
    PeerAddress(address): PeerAddress,
    headers: HeaderMap,
    Json(login): Json<LoginRequest>,
) -> Result<Response, AppError> {
    let email = login.email.trim().to_lowercase();
    if !state.throttle.allows(&email, address) {
        return Err(AppError::TooManyRequests(
            "Too many failed sign-in attempts. Wait 15 minutes and try again.".to_owned(),
        ));
    }
    let found = db::people::find_for_login(&state.db.pool, &email).await?;
    let (person_id, stored) = match found {
        Some((id, hash)) => (Some(id), hash),
        None => (None, None),
    };
    let password = login.password;
    let verified =
        tokio::task::spawn_blocking(move || password::verify(&password, stored.as_deref()))
            .await
            .map_err(AppError::internal)?;
    let Some(person_id) = person_id.filter(|_| verified) else {
        state.throttle.record_failure(&email, address);
        return Err(AppError::Unauthorized(
            "Wrong e-mail or password.".to_owned(),
        ));
    };
    state.throttle.record_success(&email);

    // A session that existed before signing in is ended, so its id can never be promoted.
    if let Some(old) = session::secret_from(&headers) {
        db::sessions::delete(&state.db.pool, &session::hash(old)).await?;
    }
    let now = db::now();
    db::sessions::delete_expired(
        &state.db.pool,
        now - state.timeouts.idle_secs,
        now - state.timeouts.absolute_secs,
    )
    .await?;
    let secret = session::new_secret();
    db::sessions::insert(&state.db.pool, &session::hash(&secret), &person_id, now).await?;
    // Progress made on this browser before signing in becomes the person's. A malformed
    // learner id cannot hold any progress, so it is ignored rather than failing the sign-in.
    let learner = login
        .learner_id
        .as_deref()
        .and_then(|raw| uuid::Uuid::parse_str(raw).ok())
        .map(|id| id.hyphenated().to_string());
    competence::carry_over(
        &state.db.pool,
        &state.catalog,
        learner.as_deref(),
        &person_id,
    )
    .await?;
    let me = db::people::me(&state.db.pool, &person_id)
        .await?
        .ok_or_else(|| AppError::internal("signed-in person vanished"))?;
    let mut response = Json(me).into_response();
    session::set_cookie(response.headers_mut(), &headers, &secret);
    Ok(response)
}

/// Ends the session on the server and clears the cookie.
#[utoipa::path(post, path = "/api/auth/logout", tag = "auth",
    responses((status = 204), (status = 401, body = ErrorBody)))]
async fn auth_logout(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    db::sessions::delete(&state.db.pool, &user.session_hash).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    session::clear_cookie(response.headers_mut(), &headers);
    Ok(response)
}

/// The signed-in person: unit, job roles and permissions.
#[utoipa::path(get, path = "/api/me", tag = "auth",
    responses((status = 200, body = Me), (status = 401, body = ErrorBody)))]
async fn me_show(State(state): State<AppState>, user: CurrentUser) -> Result<Json<Me>, AppError> {
    db::people::me(&state.db.pool, &user.person_id)
        .await?
        .map(Json)
        .ok_or_else(|| AppError::Unauthorized("Please sign in.".to_owned()))
}
