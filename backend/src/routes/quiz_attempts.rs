use crate::courses::grade::grade;
use crate::db::{self, learners, quiz_attempts};
use crate::error::AppError;
use crate::extract::Json;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use common::{ErrorBody, QuizResult, QuizSubmission};
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(quiz_attempts_create))
}

/// Grades an assessed quiz and stores the attempt under the anonymous learner id.
#[utoipa::path(post, path = "/api/courses/{slug}/quiz-attempts", tag = "courses",
    params(("slug" = String, Path)), request_body = QuizSubmission,
    responses((status = 201, body = QuizResult), (status = 404, body = ErrorBody),
        (status = 400, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn quiz_attempts_create(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Json(submission): Json<QuizSubmission>,
) -> Result<(StatusCode, Json<QuizResult>), AppError> {
    let learner_id = parse_learner_id(&submission.learner_id)?;
    let (quiz, pass_mark, version) =
        state
            .catalog
            .quiz_key(&slug, submission.lang)
            .ok_or_else(|| {
                AppError::NotFound(format!(
                    "There is no course '{slug}' in language '{}'.",
                    submission.lang
                ))
            })?;
    let graded = grade(quiz, &submission.answers, pass_mark)?;

    let attempt_id = uuid::Uuid::new_v4().to_string();
    let answers_json = serde_json::to_string(&submission.answers).map_err(AppError::internal)?;
    let now = db::now();
    let mut tx = state.db.pool.begin().await?;
    learners::touch(&mut tx, &learner_id, now).await?;
    quiz_attempts::insert(
        &mut tx,
        &quiz_attempts::NewAttempt {
            id: &attempt_id,
            learner_id: &learner_id,
            course_slug: &slug,
            course_version: version,
            lang: submission.lang.code(),
            score: graded.score,
            max_score: graded.max_score,
            passed: graded.passed,
            answers_json: &answers_json,
            created_at: now,
        },
    )
    .await?;
    tx.commit().await?;

    Ok((
        StatusCode::CREATED,
        Json(QuizResult {
            attempt_id,
            score: graded.score,
            max_score: graded.max_score,
            percent: graded.percent,
            pass_mark,
            passed: graded.passed,
            questions: graded.questions,
        }),
    ))
}

/// Learner ids are UUIDs made by the browser; anything else is refused.
fn parse_learner_id(raw: &str) -> Result<String, AppError> {
    uuid::Uuid::parse_str(raw)
        .map(|id| id.hyphenated().to_string())
        .map_err(|_| AppError::Unprocessable("learner_id must be a UUID.".to_owned()))
}
