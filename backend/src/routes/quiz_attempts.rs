use crate::auth::CurrentUser;
use crate::competence;
use crate::courses::grade::grade;
use crate::db::{self, certificates, learners, quiz_attempts};
use crate::error::AppError;
use crate::extract::Json;
use crate::routes::progress::uuid_of;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use common::{ErrorBody, QuizResult, QuizSubmission};
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(quiz_attempts_create))
}

/// Grades an assessed quiz and stores the attempt under the id the browser gave it, for the
/// signed-in person (who is then awarded the course's levels and a certificate on passing)
/// or the anonymous learner. The same attempt sent again gets the stored result (200); the
/// same id with other answers is refused (409).
#[utoipa::path(post, path = "/api/courses/{slug}/quiz-attempts", tag = "courses",
    params(("slug" = String, Path)), request_body = QuizSubmission,
    responses((status = 201, body = QuizResult), (status = 200, body = QuizResult),
        (status = 404, body = ErrorBody), (status = 400, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn quiz_attempts_create(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Path(slug): Path<String>,
    Json(submission): Json<QuizSubmission>,
) -> Result<(StatusCode, Json<QuizResult>), AppError> {
    let attempt_id = uuid_of(&submission.id, "id")?;
    let learner_id = uuid_of(&submission.learner_id, "learner_id")?;
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
    let person_id = user.map(|u| u.person_id);

    let answers_json = serde_json::to_string(&submission.answers).map_err(AppError::internal)?;
    let now = db::now();
    let mut tx = state.db.pool.begin().await?;
    learners::touch(&mut tx, &learner_id, now).await?;
    let attempt = quiz_attempts::NewAttempt {
        id: &attempt_id,
        learner_id: &learner_id,
        person_id: person_id.as_deref(),
        course_slug: &slug,
        course_version: version,
        lang: submission.lang.code(),
        score: graded.score,
        max_score: graded.max_score,
        passed: graded.passed,
        answers_json: &answers_json,
        created_at: now,
    };
    let (status, certificate) = if quiz_attempts::insert_new(&mut tx, &attempt).await? {
        let certificate = match (&person_id, graded.passed) {
            (Some(person_id), true) => {
                competence::award(
                    &mut tx,
                    &state.catalog,
                    person_id,
                    Some(&attempt_id),
                    &slug,
                    submission.lang,
                    now,
                )
                .await?
            }
            _ => None,
        };
        (StatusCode::CREATED, certificate)
    } else {
        let stored = quiz_attempts::get(&mut tx, &attempt_id).await?;
        let repeat = stored.is_some_and(|stored| {
            stored.learner_id == learner_id
                && stored.person_id == person_id
                && stored.course_slug == slug
                && stored.lang == submission.lang.code()
                && stored.answers_json == answers_json
        });
        if !repeat {
            return Err(AppError::Conflict(
                "This attempt id was already used for other answers.".to_owned(),
            ));
        }
        let certificate = certificates::code_for_attempt(&mut tx, &attempt_id).await?;
        (StatusCode::OK, certificate)
    };
    tx.commit().await?;

    Ok((
        status,
        Json(QuizResult {
            attempt_id,
            score: graded.score,
            max_score: graded.max_score,
            percent: graded.percent,
            pass_mark,
            passed: graded.passed,
            questions: graded.questions,
            certificate,
        }),
    ))
}
