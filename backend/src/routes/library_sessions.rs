//! The guide's side of a library digital-help session: start it, follow it live, answer help
//! requests, end it. Only guides, and only at their own libraries.

use crate::auth::CurrentUser;
use crate::db::{self, library_participants, library_sessions, units};
use crate::error::AppError;
use crate::extract::{Json, Query};
use crate::library::{self, qr};
use crate::routes::courses::ShowParams;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use common::{
    Audience, CreateLibrarySession, ErrorBody, GrantKind, Lang, LibrarySession, LiveParticipant,
    LiveSession, NamedRef,
};
use std::collections::HashMap;
use utoipa_axum::{router::OpenApiRouter, routes};

/// The sessions listed on the guide's page.
const LISTED: i64 = 30;
/// Tries at a join code nobody else is using before giving up.
const CODE_TRIES: usize = 5;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(library_sessions_create, library_sessions_list))
        .routes(routes!(library_session_show))
        .routes(routes!(library_session_end))
        .routes(routes!(help_request_answer))
        .routes(routes!(library_session_qr))
}

/// Starts a session at a library where the guide guides, on chosen citizen courses. The
/// answer has the join code to show the room.
#[utoipa::path(post, path = "/api/library-sessions", tag = "library",
    request_body = CreateLibrarySession,
    responses((status = 201, body = LibrarySession), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
async fn library_sessions_create(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(params): Query<ShowParams>,
    Json(body): Json<CreateLibrarySession>,
) -> Result<(StatusCode, Json<LibrarySession>), AppError> {
    user.require(GrantKind::Guide)?;
    let pool = &state.db.pool;
    let unit = user.within(GrantKind::Guide, units::get(pool, &body.unit_id).await?)?;
    let mut topics: Vec<String> = Vec::new();
    for slug in &body.topics {
        let citizen = state
            .catalog
            .meta(slug)
            .is_some_and(|meta| meta.audience.serves(Audience::Citizen));
        if !citizen {
            return Err(AppError::Unprocessable(format!(
                "There is no course for citizens called '{slug}'."
            )));
        }
        if !topics.contains(slug) {
            topics.push(slug.clone());
        }
    }
    if topics.is_empty() {
        return Err(AppError::Unprocessable(
            "Choose at least one course as the session's topic.".to_owned(),
        ));
    }
    let id = uuid::Uuid::new_v4().to_string();
    let now = db::now();
    let mut created = false;
    for _ in 0..CODE_TRIES {
        let code = library::random_code(library::JOIN_CODE_LENGTH);
        let new = library_sessions::NewSession {
            id: &id,
            unit_id: &unit.id,
            started_by: &user.person_id,
            code: &code,
            topics: &topics,
            now,
        };
        match library_sessions::create(pool, &new).await {
            Ok(()) => {
                created = true;
                break;
            }
            Err(sqlx::Error::Database(err)) if err.is_unique_violation() => continue,
            Err(err) => return Err(err.into()),
        }
    }
    if !created {
        return Err(AppError::internal("no free join code after several tries"));
    }
    let row = library_sessions::get(pool, &id)
        .await?
        .ok_or_else(|| AppError::internal("the new session is gone"))?;
    let lang = params.lang.unwrap_or_default();
    let mut views = views(&state, vec![row], lang).await?;
    Ok((StatusCode::CREATED, Json(views.remove(0))))
}

/// The newest sessions at the guide's libraries, running ones first.
#[utoipa::path(get, path = "/api/library-sessions", tag = "library", params(ShowParams),
    responses((status = 200, body = Vec<LibrarySession>), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody)))]
async fn library_sessions_list(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(params): Query<ShowParams>,
) -> Result<Json<Vec<LibrarySession>>, AppError> {
    user.require(GrantKind::Guide)?;
    let paths = guide_scopes(&user);
    let rows = library_sessions::of_subtrees(&state.db.pool, &paths, LISTED).await?;
    Ok(Json(
        views(&state, rows, params.lang.unwrap_or_default()).await?,
    ))
}

/// The live view: who is in the session, where they are, who waits for help.
#[utoipa::path(get, path = "/api/library-sessions/{id}", tag = "library",
    params(("id" = String, Path), ShowParams),
    responses((status = 200, body = LiveSession), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn library_session_show(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(params): Query<ShowParams>,
) -> Result<Response, AppError> {
    let row = guided(&state, &user, &id).await?;
    let lang = params.lang.unwrap_or_default();
    let now = db::now();
    let people = library_participants::of_session(&state.db.pool, &row.id).await?;
    let participants = people
        .into_iter()
        .map(|p| LiveParticipant {
            id: p.id,
            nickname: p.nickname,
            course: p
                .course_slug
                .as_deref()
                .map(|slug| course_named(&state, slug, lang)),
            lesson: p.lesson.and_then(|l| u32::try_from(l).ok()),
            idle_seconds: (now - p.active_at).max(0),
            help_waiting_seconds: p.help_since.map(|since| (now - since).max(0)),
        })
        .collect();
    let session = views(&state, vec![row], lang).await?.remove(0);
    // Polled every few seconds: never from a cache.
    Ok((
        [(CACHE_CONTROL, "no-store")],
        Json(LiveSession {
            session,
            participants,
        }),
    )
        .into_response())
}

/// Ends the session: the join code stops working and every participant's row, nickname
/// included, is deleted; the counts remain.
#[utoipa::path(post, path = "/api/library-sessions/{id}/end", tag = "library",
    params(("id" = String, Path), ShowParams),
    responses((status = 200, body = LibrarySession), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn library_session_end(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(params): Query<ShowParams>,
) -> Result<Json<LibrarySession>, AppError> {
    let row = guided(&state, &user, &id).await?;
    let mut tx = state.db.pool.begin().await?;
    library_sessions::end(&mut tx, &row.id, db::now()).await?;
    tx.commit().await?;
    let row = library_sessions::get(&state.db.pool, &row.id)
        .await?
        .ok_or_else(|| AppError::internal("the ended session is gone"))?;
    let lang = params.lang.unwrap_or_default();
    Ok(Json(views(&state, vec![row], lang).await?.remove(0)))
}

/// The guide has helped someone who asked.
#[utoipa::path(post, path = "/api/library-sessions/{id}/participants/{participant}/answer",
    tag = "library", params(("id" = String, Path), ("participant" = String, Path)),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
async fn help_request_answer(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, participant)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    let row = guided(&state, &user, &id).await?;
    if library_participants::answer(&state.db.pool, &row.id, &participant).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound(
            "There is no such participant in this session.".to_owned(),
        ))
    }
}

/// A QR code of the join link, to show on a screen. Gone once the session has ended.
#[utoipa::path(get, path = "/api/library-sessions/{id}/qr.svg", tag = "library",
    params(("id" = String, Path)),
    responses((status = 200, content_type = "image/svg+xml", body = String),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
async fn library_session_qr(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let row = guided(&state, &user, &id).await?;
    let code = row
        .code
        .filter(|_| row.ended_at.is_none())
        .ok_or_else(|| AppError::NotFound("This session has ended.".to_owned()))?;
    let link = format!("{}/join?code={code}", origin(&headers));
    svg_response(&link)
}

/// An SVG QR code of `link`.
pub fn svg_response(link: &str) -> Result<Response, AppError> {
    let image = qr::svg(link).ok_or_else(|| AppError::internal("link too long for a QR code"))?;
    Ok((
        [
            (CONTENT_TYPE, "image/svg+xml"),
            (CACHE_CONTROL, "private, max-age=3600"),
        ],
        image,
    )
        .into_response())
}

/// The address people reach this server at, as the request names it.
pub fn origin(headers: &HeaderMap) -> String {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let scheme = text("x-forwarded-proto").unwrap_or("http");
    let host = text("host").unwrap_or("localhost");
    format!("{scheme}://{host}")
}

/// The subtrees where the person guides.
fn guide_scopes(user: &CurrentUser) -> Vec<String> {
    if user.superadmin {
        return vec!["/".to_owned()];
    }
    user.grants
        .iter()
        .filter(|g| g.kind == GrantKind::Guide)
        .map(|g| g.path.clone())
        .collect()
}

/// The session, if it is at one of the guide's libraries; otherwise it does not exist.
async fn guided(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> Result<library_sessions::SessionRow, AppError> {
    user.require(GrantKind::Guide)?;
    library_sessions::get(&state.db.pool, id)
        .await?
        .filter(|row| user.holds_at(GrantKind::Guide, &row.unit_path))
        .ok_or_else(|| AppError::NotFound("There is no such session.".to_owned()))
}

/// Sessions as the API shows them, with their course counts: one query for all of them.
async fn views(
    state: &AppState,
    rows: Vec<library_sessions::SessionRow>,
    lang: Lang,
) -> Result<Vec<LibrarySession>, AppError> {
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let mut counts: HashMap<String, (i64, i64)> = HashMap::new();
    for (session, _, opened, finished) in
        library_sessions::course_counts(&state.db.pool, &ids).await?
    {
        let entry = counts.entry(session).or_default();
        entry.0 += opened;
        entry.1 += finished;
    }
    let started_after = db::now() - library::MAX_SESSION_HOURS * 3600;
    Ok(rows
        .into_iter()
        .map(|row| {
            let (opened, finished) = counts.get(&row.id).copied().unwrap_or_default();
            let running = row.running(started_after);
            LibrarySession {
                topics: row
                    .topic_slugs()
                    .iter()
                    .map(|slug| course_named(state, slug, lang))
                    .collect(),
                code: row.code.filter(|_| running),
                library: NamedRef {
                    id: row.unit_id,
                    name: row.unit_name,
                },
                started_at: row.started_at,
                ended_at: row.ended_at,
                participants: count(row.participants),
                help_requests: count(row.help_requests),
                courses_opened: count(opened),
                courses_finished: count(finished),
                id: row.id,
            }
        })
        .collect())
}

/// A course as slug and title in `lang` (the slug alone if it is no longer served).
pub fn course_named(state: &AppState, slug: &str, lang: Lang) -> NamedRef {
    NamedRef {
        id: slug.to_owned(),
        name: state
            .catalog
            .course_ref(slug, lang, None)
            .map_or_else(|| slug.to_owned(), |c| c.title),
    }
}

pub fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(0)
}
