//! The citizen's side of a library session: join with the code (no account), say where one
//! is, ask for help. A participant proves who they are with the secret they got on joining,
//! in the `Digikomp-Participant` header; nothing about them is kept once the session ends.

use crate::auth::session;
use crate::db::{self, library_participants, library_sessions};
use crate::error::AppError;
use crate::extract::{Json, PeerAddress, Query};
use crate::library;
use crate::routes::courses::ShowParams;
use crate::routes::library_sessions::course_named;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use common::{ErrorBody, JoinLibrarySession, Joined, ParticipantActivity, Participation};
use utoipa_axum::{router::OpenApiRouter, routes};

/// The header that carries a participant's secret.
pub const PARTICIPANT_HEADER: &str = "digikomp-participant";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(library_session_join))
        .routes(routes!(participation_show))
        .routes(routes!(participation_activity))
        .routes(routes!(participation_help))
}

/// The one answer to a code that does not open a running session, whether it never existed,
/// has ended or is too old: it reveals nothing about other sessions.
fn no_such_code() -> AppError {
    AppError::NotFound(
        "No session is running with this code. Check the code with your guide.".to_owned(),
    )
}

/// Joins a running session with its code and an optional nickname. No name, e-mail, address
/// or browser details are stored. Too many wrong codes from one address get 429.
#[utoipa::path(post, path = "/api/library-sessions/join", tag = "library",
    params(ShowParams), request_body = JoinLibrarySession,
    responses((status = 201, body = Joined), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
async fn library_session_join(
    State(state): State<AppState>,
    PeerAddress(address): PeerAddress,
    Query(params): Query<ShowParams>,
    Json(body): Json<JoinLibrarySession>,
) -> Result<(StatusCode, Json<Joined>), AppError> {
    let nickname = library::nickname(body.nickname.as_deref()).map_err(AppError::Unprocessable)?;
    let code = library::normalize_code(&body.code);
    if code.is_empty() {
        return Err(AppError::Unprocessable(
            "Type the code your guide shows.".to_owned(),
        ));
    }
    if !state.throttle.allows_code(address) {
        return Err(library::too_many_wrong_codes());
    }
    let now = db::now();
    let started_after = now - library::MAX_SESSION_HOURS * 3600;
    let pool = &state.db.pool;
    let Some(row) = library_sessions::by_code(pool, &code, started_after).await? else {
        state.throttle.record_wrong_code(address);
        return Err(no_such_code());
    };
    let token = session::new_secret();
    let new = library_participants::NewParticipant {
        id: &uuid::Uuid::new_v4().to_string(),
        session_id: &row.id,
        token_hash: &session::hash(&token),
        nickname: nickname.as_deref(),
        now,
    };
    let mut tx = pool.begin().await?;
    if !library_participants::join(&mut tx, &new).await? {
        return Err(no_such_code());
    }
    tx.commit().await?;
    let lang = params.lang.unwrap_or_default();
    Ok((
        StatusCode::CREATED,
        Json(Joined {
            token,
            participation: Participation {
                library: row.unit_name.clone(),
                topics: topics(&state, &row, lang),
                nickname,
                running: true,
                help_waiting: false,
            },
        }),
    ))
}

/// The participant's view of their session; `running` is false once it has ended.
#[utoipa::path(get, path = "/api/library-sessions/participation", tag = "library",
    params(ShowParams, ("Digikomp-Participant" = String, Header)),
    responses((status = 200, body = Participation), (status = 401, body = ErrorBody)))]
async fn participation_show(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<ShowParams>,
) -> Result<axum::Json<Participation>, AppError> {
    let Some(participant) = participant(&state, &headers).await? else {
        return Ok(axum::Json(ended()));
    };
    let row = library_sessions::get(&state.db.pool, &participant.session_id)
        .await?
        .ok_or_else(|| AppError::internal("a participant's session is gone"))?;
    let lang = params.lang.unwrap_or_default();
    Ok(axum::Json(Participation {
        library: row.unit_name.clone(),
        topics: topics(&state, &row, lang),
        nickname: participant.nickname,
        running: true,
        help_waiting: participant.help_since.is_some(),
    }))
}

/// Where the participant is now, for the guide's live view and the session's counts.
#[utoipa::path(put, path = "/api/library-sessions/participation/activity", tag = "library",
    params(("Digikomp-Participant" = String, Header)), request_body = ParticipantActivity,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 410, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
async fn participation_activity(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(body): Json<ParticipantActivity>,
) -> Result<StatusCode, AppError> {
    let participant = participant(&state, &headers)
        .await?
        .ok_or_else(session_ended)?;
    let lessons = state
        .catalog
        .lesson_count(&body.course_slug)
        .ok_or_else(|| {
            AppError::Unprocessable(format!("There is no course '{}'.", body.course_slug))
        })?;
    if body.lesson.is_some_and(|l| l == 0 || l as usize > lessons) {
        return Err(AppError::Unprocessable(format!(
            "Course '{}' has lessons 1 to {lessons}.",
            body.course_slug
        )));
    }
    let mut tx = state.db.pool.begin().await?;
    library_participants::record_activity(
        &mut tx,
        &participant.id,
        &body.course_slug,
        body.lesson.map(i64::from),
        body.finished,
        db::now(),
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// "I need help": the guide sees it in the live view until they mark it answered.
#[utoipa::path(post, path = "/api/library-sessions/participation/help", tag = "library",
    params(("Digikomp-Participant" = String, Header)),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 410, body = ErrorBody)))]
async fn participation_help(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<StatusCode, AppError> {
    let participant = participant(&state, &headers)
        .await?
        .ok_or_else(session_ended)?;
    let mut tx = state.db.pool.begin().await?;
    library_participants::ask_for_help(&mut tx, &participant, db::now()).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The participant the request's secret belongs to; none if the secret is unknown, which is
/// also the case once their session has ended. No secret at all is a 401.
async fn participant(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<library_participants::ParticipantRow>, AppError> {
    let secret = headers
        .get(PARTICIPANT_HEADER)
        .and_then(|v| v.to_str().ok())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| AppError::Unauthorized("Join a session with its code first.".to_owned()))?;
    Ok(library_participants::by_token(&state.db.pool, &session::hash(secret)).await?)
}

fn session_ended() -> AppError {
    AppError::Gone("The session has ended.".to_owned())
}

fn ended() -> Participation {
    Participation {
        library: String::new(),
        topics: Vec::new(),
        nickname: None,
        running: false,
        help_waiting: false,
    }
}

fn topics(
    state: &AppState,
    row: &library_sessions::SessionRow,
    lang: common::Lang,
) -> Vec<common::NamedRef> {
    row.topic_slugs()
        .iter()
        .map(|slug| course_named(state, slug, lang))
        .collect()
}
