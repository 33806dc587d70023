//! Progress events from the browser (perhaps queued offline), stored exactly once, and the
//! progress they add up to.

use crate::auth::CurrentUser;
use crate::db::progress_events::{Owner, StoredEvent};
use crate::db::{self, learners, progress_events, quiz_attempts};
use crate::error::AppError;
use crate::extract::{Json, Query};
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

    let now = db::now();
    let mut tx = state.db.pool.begin().await?;
    let mut learner_ids: Vec<&str> = wanted.iter().map(|e| e.learner_id.as_str()).collect();
    learner_ids.sort_unstable();
    learner_ids.dedup();
    learners::touch_many(&mut tx, &learner_ids, now).await?;
    let inserted = progress_events::insert_new(&mut tx, &wanted, now).await?;
    if inserted.len() < wanted.len() {
        let again: Vec<&str> = wanted
            .iter()
            .map(|e| e.id.as_str())
            .filter(|id| !inserted.iter().any(|new| new == id))
            .collect();
        for stored in progress_events::with_ids(&mut tx, &again).await? {
            let Some(&index) = by_id.get(&stored.id) else {
                continue;
            };
            if !same_event(&stored, &wanted[index]) {
                conflicting.push(stored.id);
            }
        }
        if !conflicting.is_empty() {
            tx.rollback().await?;
            return Ok(conflict(conflicting));
        }
    }
    tx.commit().await?;
    Ok(Json(ProgressReceipt {
        stored: inserted.len() as u32,
        duplicates: (batch.events.len() - inserted.len()) as u32,
    })
    .into_response())
}

/// The same event sent again. An event stored for one person is never another's; one stored
/// anonymously (or re-sent after the session ended) is the same event.
fn same_event(stored: &StoredEvent, wanted: &StoredEvent) -> bool {
    let people_agree = match (&stored.person_id, &wanted.person_id) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    people_agree
        && stored.learner_id == wanted.learner_id
        && stored.kind == wanted.kind
        && stored.course_slug == wanted.course_slug
        && stored.lesson == wanted.lesson
        && stored.occurred_at == wanted.occurred_at
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
