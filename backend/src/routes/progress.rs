//! Progress events from the browser (perhaps queued offline), stored exactly once, and the
//! progress they add up to.

use crate::auth::CurrentUser;
use crate::db::progress_events::{Owner, StoredEvent};
use crate::db::{progress_events, quiz_attempts};
use crate::error::AppError;
use crate::extract::{Json, Query};
use crate::progress::Outcome;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use common::{
    CourseProgress, ErrorBody, ProgressBatch, ProgressConflict, ProgressEvent, ProgressReceipt,
};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use utoipa_axum::{router::OpenApiRouter, routes};

/// The most events one request may carry.
pub const MAX_BATCH: usize = 500;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(progress_events_create))
        .routes(routes!(progress_show))
}

/// Stores a batch of progress events under their browser-made ids: an id seen before with
/// the same event is a no-op; with a different event the whole batch is refused (409) and
/// nothing is stored. Signed in, the events are the person's; otherwise the learner's.
/// Checked here, written by the group commit ([`crate::progress::ProgressWriter`]), answered
/// once on disk.
#[utoipa::path(post, path = "/api/progress-events", tag = "progress", request_body = ProgressBatch,
    responses((status = 200, body = ProgressReceipt), (status = 409, body = ProgressConflict),
        (status = 422, body = ErrorBody), (status = 400, body = ErrorBody)))]
async fn progress_events_create(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Json(batch): Json<ProgressBatch>,
) -> Result<Response, AppError> {
    if batch.events.is_empty() || batch.events.len() > MAX_BATCH {
        return Err(AppError::Unprocessable(format!(
            "Send between 1 and {MAX_BATCH} events at a time."
        )));
    }
    let person_id = user.map(|u| u.person_id);
    let mut wanted: Vec<StoredEvent> = Vec::with_capacity(batch.events.len());
    let mut conflicting = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for event in &batch.events {
        let event = check(&state, event, person_id.as_deref())?;
        match by_id.get(&event.id) {
            Some(&index) if wanted[index] != event => conflicting.push(event.id),
            Some(_) => {}
            None => {
                by_id.insert(event.id.clone(), wanted.len());
                wanted.push(event);
            }
        }
    }
    if !conflicting.is_empty() {
        return Ok(conflict(conflicting));
    }

    match state.progress.store(wanted).await? {
        Outcome::Stored { new } => Ok(Json(ProgressReceipt {
            stored: new as u32,
            duplicates: (batch.events.len() - new) as u32,
        })
        .into_response()),
        Outcome::Conflict(ids) => Ok(conflict(ids)),
    }
}

fn conflict(ids: Vec<String>) -> Response {
    (
        StatusCode::CONFLICT,
        Json(ProgressConflict {
            error: "These event ids were already used for different events.".to_owned(),
            conflicting_ids: ids,
        }),
    )
        .into_response()
}

/// Checks one event against the catalogue and normalises its ids.
fn check(
    state: &AppState,
    event: &ProgressEvent,
    person_id: Option<&str>,
) -> Result<StoredEvent, AppError> {
    let id = uuid_of(&event.id, "id")?;
    let learner_id = uuid_of(&event.learner_id, "learner_id")?;
    let lessons = state
        .catalog
        .lesson_count(&event.course_slug)
        .ok_or_else(|| {
            AppError::Unprocessable(format!("There is no course '{}'.", event.course_slug))
        })?;
    if event.lesson == 0 || event.lesson as usize > lessons {
        return Err(AppError::Unprocessable(format!(
            "Course '{}' has lessons 1 to {lessons}, not {}.",
            event.course_slug, event.lesson
        )));
    }
    Ok(StoredEvent {
        id,
        learner_id,
        person_id: person_id.map(str::to_owned),
        kind: event.kind.code().to_owned(),
        course_slug: event.course_slug.clone(),
        lesson: i64::from(event.lesson),
        occurred_at: event.occurred_at,
    })
}

/// Ids made by the browser are UUIDs; anything else is refused.
pub fn uuid_of(raw: &str, field: &str) -> Result<String, AppError> {
    uuid::Uuid::parse_str(raw)
        .map(|id| id.hyphenated().to_string())
        .map_err(|_| AppError::Unprocessable(format!("{field} must be a UUID.")))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ProgressParams {
    /// The browser's anonymous learner id; needed only when nobody is signed in.
    learner_id: Option<String>,
}

/// Completed lessons and passes per course: the signed-in person's, or else the anonymous
/// learner's (never progress that belongs to a person).
#[utoipa::path(get, path = "/api/progress", tag = "progress", params(ProgressParams),
    responses((status = 200, body = Vec<CourseProgress>), (status = 422, body = ErrorBody)))]
async fn progress_show(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Query(params): Query<ProgressParams>,
) -> Result<axum::Json<Vec<CourseProgress>>, AppError> {
    let learner_id;
    let owner = match &user {
        Some(user) => Owner::Person(&user.person_id),
        None => {
            let raw = params.learner_id.as_deref().ok_or_else(|| {
                AppError::Unprocessable("Sign in or give a learner_id.".to_owned())
            })?;
            learner_id = uuid_of(raw, "learner_id")?;
            Owner::Learner(&learner_id)
        }
    };
    let mut courses: BTreeMap<String, CourseProgress> = BTreeMap::new();
    let blank = |slug: &str| CourseProgress {
        course_slug: slug.to_owned(),
        lessons_done: Vec::new(),
        passed_at: None,
    };
    for (slug, lesson) in progress_events::lessons_done(&state.db.pool, owner).await? {
        let course = courses.entry(slug.clone()).or_insert_with(|| blank(&slug));
        course.lessons_done.push(lesson as u32);
    }
    for (slug, passed_at) in quiz_attempts::outcomes(&state.db.pool, owner).await? {
        let course = courses.entry(slug.clone()).or_insert_with(|| blank(&slug));
        course.passed_at = passed_at;
    }
    Ok(axum::Json(courses.into_values().collect()))
}
