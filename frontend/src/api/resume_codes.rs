//! Resume codes: an anonymous learner continues their progress on another device.

use super::{post, ApiError};
use common::{CreateResumeCode, ResumeCode, Resumed};

/// `POST /api/resume-codes`: a new code for this browser's learner (422 for a signed-in
/// person's learner, who continues by signing in).
pub async fn create(learner_id: &str) -> Result<ResumeCode, ApiError> {
    let body = CreateResumeCode {
        learner_id: learner_id.to_owned(),
    };
    post("/api/resume-codes", &body).await
}

/// `POST /api/resume-codes/redeem`: the learner the code continues; 404 for an unknown code.
pub async fn redeem(code: &str) -> Result<Resumed, ApiError> {
    let body = ResumeCode {
        code: code.to_owned(),
    };
    post("/api/resume-codes/redeem", &body).await
}
