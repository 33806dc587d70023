//! Assignments: a manager assigns a course to chosen people or a whole unit with a due date,
//! and follows them up.

use crate::auth::{CurrentUser, FOLLOW_UP};
use crate::competence;
use crate::db::{self, units};
use crate::error::AppError;
use crate::extract::Json;
use crate::routes::courses::ShowParams;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use common::{AssignmentsCreated, Audience, CreateAssignments, ErrorBody, TeamAssignments};
use std::collections::BTreeSet;
use utoipa_axum::{router::OpenApiRouter, routes};

/// More people than this in one request is a mistake rather than a team.
const MAX_PEOPLE: usize = 5000;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(assignments_create))
        .routes(routes!(unit_assignments))
}

/// Assigns a staff course to chosen people and/or everyone under a unit, due on a date. All or
/// nothing: one person outside the manager's units and nobody is assigned.
#[utoipa::path(post, path = "/api/assignments", tag = "team", request_body = CreateAssignments,
    responses((status = 201, body = AssignmentsCreated), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
async fn assignments_create(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<CreateAssignments>,
) -> Result<(StatusCode, Json<AssignmentsCreated>), AppError> {
    user.require_any(&FOLLOW_UP)?;
    let staff_course = state
        .catalog
        .meta(&body.course_slug)
        .is_some_and(|meta| meta.audience.serves(Audience::Staff));
    if !staff_course {
        return Err(AppError::Unprocessable(format!(
            "There is no staff course '{}' to assign.",
            body.course_slug
        )));
    }
    let now = db::now();
    let due = parse_date(&body.due_on).ok_or_else(|| {
        AppError::Unprocessable(format!(
            "'{}' is not a date; write it as YYYY-MM-DD.",
            body.due_on
        ))
    })?;
    if due < competence::date_of(now) {
        return Err(AppError::Unprocessable(
            "The due date has already passed.".to_owned(),
        ));
    }
    let pool = &state.db.pool;
    let mut people: BTreeSet<String> = body.person_ids.iter().cloned().collect();
    if people.len() > MAX_PEOPLE {
        return Err(AppError::Unprocessable(format!(
            "Assign to at most {MAX_PEOPLE} people at a time, or to a unit."
        )));
    }
    let found =
        db::assignments::paths_of(pool, &people.iter().cloned().collect::<Vec<_>>()).await?;
    let followed = |path: &str| FOLLOW_UP.iter().any(|kind| user.holds_at(*kind, path));
    if found.len() != people.len() || !found.iter().all(|(_, path)| followed(path)) {
        return Err(AppError::NotFound("There is no such person.".to_owned()));
    }
    if let Some(unit_id) = &body.unit_id {
        let unit = user.within_any(&FOLLOW_UP, units::get(pool, unit_id).await?)?;
        people.extend(db::assignments::people_under(pool, &unit.path).await?);
    }
    if people.is_empty() {
        return Err(AppError::Unprocessable(
            "Choose the people or the unit to assign the course to.".to_owned(),
        ));
    }
    let people: Vec<String> = people.into_iter().collect();
    let mut tx = pool.begin().await?;
    db::assignments::upsert_many(
        &mut tx,
        &people,
        &body.course_slug,
        &due,
        &user.person_id,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(AssignmentsCreated {
            assigned: people.len() as u32,
        }),
    ))
}

/// Every assignment of the people under a unit with its status, soonest due first.
#[utoipa::path(get, path = "/api/units/{id}/assignments", tag = "team",
    params(("id" = String, Path), ShowParams),
    responses((status = 200, body = TeamAssignments), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn unit_assignments(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(params): Query<ShowParams>,
) -> Result<Json<TeamAssignments>, AppError> {
    user.require_any(&FOLLOW_UP)?;
    let pool = &state.db.pool;
    let unit = user.within_any(&FOLLOW_UP, units::get(pool, &id).await?)?;
    let (assignments, passes, started) = db::assignments::of_subtree(pool, &unit.path).await?;
    Ok(Json(crate::team::assignments::follow_up(
        &state.catalog,
        assignments,
        &passes,
        &started,
        params.lang.unwrap_or_default(),
        db::now(),
    )))
}

/// A calendar date written `YYYY-MM-DD`, normalised; `None` if it is not one.
fn parse_date(text: &str) -> Option<String> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    let date =
        time::Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()?;
    (1900..=9999).contains(&year).then(|| {
        format!(
            "{:04}-{:02}-{:02}",
            date.year(),
            u8::from(date.month()),
            date.day()
        )
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_checked_and_normalised() {
        assert_eq!(super::parse_date("2027-2-3").as_deref(), Some("2027-02-03"));
        assert_eq!(super::parse_date("2027-02-30"), None);
        assert_eq!(super::parse_date("next friday"), None);
        assert_eq!(super::parse_date("20270203"), None);
    }
}
