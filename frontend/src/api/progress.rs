//! Learning progress: queued events sent in batches, and how far the learner has come.

use super::{get, json, parse, ApiError};
use common::{CourseProgress, ProgressBatch, ProgressConflict};
use gloo_net::http::Request;

/// What came of sending a batch that the server answered.
pub enum BatchOutcome {
    Stored,
    /// Nothing was stored: these ids were used before for other events.
    Conflict(Vec<String>),
}

/// `POST /api/progress-events`. Not through the shared helper, which keeps only the message
/// of an error: a 409 carries the ids the queue must drop.
pub async fn send_events(batch: &ProgressBatch) -> Result<BatchOutcome, ApiError> {
    let response = json(Request::post("/api/progress-events"), batch)
        .map_err(ApiError::unsent)?
        .send()
        .await
        .map_err(ApiError::unsent)?;
    let status = response.status();
    match status {
        // The receipt's counts are not needed: every event in the batch is stored now.
        200..=299 => Ok(BatchOutcome::Stored),
        409 => parse::<ProgressConflict>(&response.text().await.unwrap_or_default())
            .map(|c| BatchOutcome::Conflict(c.conflicting_ids)),
        _ => Err(ApiError {
            status,
            message: response.status_text(),
        }),
    }
}

/// `GET /api/progress`: the signed-in person's progress, or else this learner's.
pub async fn list(learner_id: &str) -> Result<Vec<CourseProgress>, ApiError> {
    get(&format!("/api/progress?learner_id={learner_id}")).await
}
