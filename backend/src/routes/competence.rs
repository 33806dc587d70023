//! The signed-in person's competence against their job, and their self-assessment.

use crate::auth::CurrentUser;
use crate::competence;
use crate::db;
use crate::error::AppError;
use crate::extract::{Json, Query};
use crate::routes::courses::ShowParams;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use common::{ErrorBody, MyCompetence, SaveSelfAssessment, SelfAssessment};
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_competence_show))
        .routes(routes!(self_assessment_show))
        .routes(routes!(self_assessment_save))
}

/// Required, achieved and gap per required competence, the courses that close each gap
/// (shortest first, named in `lang`), assignments and completed courses.
#[utoipa::path(get, path = "/api/me/competence", tag = "competence", params(ShowParams),
    responses((status = 200, body = MyCompetence), (status = 401, body = ErrorBody)))]
async fn my_competence_show(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(params): Query<ShowParams>,
) -> Result<Json<MyCompetence>, AppError> {
    // One database round trip (and none for the session, usually: see `CurrentUser`).
    let inputs = competence::inputs(&state.db, &state.catalog, &user.person_id).await?;
    let lang = params.lang.unwrap_or_default();
    Ok(Json(competence::assess(
        &state.catalog,
        &inputs,
        lang,
        db::now(),
    )))
}

/// The self-assessment questionnaire in `lang`, with the person's saved levels.
#[utoipa::path(get, path = "/api/self-assessment", tag = "competence", params(ShowParams),
    responses((status = 200, body = SelfAssessment), (status = 401, body = ErrorBody)))]
async fn self_assessment_show(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(params): Query<ShowParams>,
) -> Result<Json<SelfAssessment>, AppError> {
    let lang = params.lang.unwrap_or_default();
    let framework = state.catalog.framework.key();
    let (levels, saved_at) =
        db::self_assessments::of_person(&state.db.pool, &user.person_id, &framework).await?;
    Ok(Json(SelfAssessment {
        framework,
        lang,
        competences: state.catalog.self_assessment.in_lang(lang),
        levels,
        saved_at,
    }))
}

/// Saves the levels the questionnaire suggested. They are shown beside the evidence and
/// never count towards a requirement.
#[utoipa::path(put, path = "/api/me/self-assessment", tag = "competence",
    request_body = SaveSelfAssessment,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn self_assessment_save(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<SaveSelfAssessment>,
) -> Result<StatusCode, AppError> {
    for (competence, &level) in &body.levels {
        if !state.catalog.self_assessment.allows(competence, level) {
            return Err(AppError::Unprocessable(format!(
                "Level {level} is not an answer to the statements about competence '{competence}'."
            )));
        }
    }
    let mut conn = state.db.pool.acquire().await?;
    db::self_assessments::save(
        &mut conn,
        &user.person_id,
        &state.catalog.framework.key(),
        &body.levels,
        db::now(),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
