//! People of a municipality, as its administrators search and edit them.

use crate::auth::{password, CurrentUser};
use crate::db::{self, job_roles, people, units};
use crate::domain::{Email, Name};
use crate::error::AppError;
use crate::extract::{Json, Query};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use common::{ErrorBody, Grant, GrantKind, PeoplePage, Person, SavePerson};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(people_list, people_create))
        .routes(routes!(people_show, people_update))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    /// Part of a name, e-mail address or employee number.
    q: Option<String>,
    /// Only people in this unit and the units under it.
    unit_id: Option<String>,
    /// Also deactivated people.
    #[serde(default)]
    inactive: bool,
    #[serde(default)]
    offset: u32,
}

/// Searches the people the person administers in a municipality, 50 at a time.
#[utoipa::path(get, path = "/api/municipalities/{id}/people", tag = "people",
    params(("id" = String, Path), ListParams),
    responses((status = 200, body = PeoplePage), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn people_list(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(params): Query<ListParams>,
) -> Result<Json<PeoplePage>, AppError> {
    user.require(GrantKind::Admin)?;
    let municipality =
        user.in_municipality(GrantKind::Admin, units::get(&state.db.pool, &id).await?)?;
    let scopes = match &params.unit_id {
        Some(unit_id) => {
            let unit = user.within(GrantKind::Admin, units::get(&state.db.pool, unit_id).await?)?;
            if unit.municipality_id != municipality.id {
                return Err(AppError::NotFound("There is no such unit.".to_owned()));
            }
            vec![unit.path]
        }
        None => user.scopes(GrantKind::Admin, &municipality),
    };
    let page = people::search(
        &state.db.pool,
        &people::Search {
            municipality_id: &municipality.id,
            scopes: &scopes,
            text: params.q.as_deref(),
            include_inactive: params.inactive,
            offset: params.offset,
        },
    )
    .await?;
    Ok(Json(page))
}

/// Adds a person by hand (most come from the HR import).
#[utoipa::path(post, path = "/api/municipalities/{id}/people", tag = "people",
    params(("id" = String, Path)), request_body = SavePerson,
    responses((status = 201, body = Person), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn people_create(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(body): Json<SavePerson>,
) -> Result<(StatusCode, Json<Person>), AppError> {
    user.require(GrantKind::Admin)?;
    let municipality =
        user.in_municipality(GrantKind::Admin, units::get(&state.db.pool, &id).await?)?;
    let checked = check(&state, &user, &municipality.id, &body, &[]).await?;
    let person_id = uuid::Uuid::new_v4().to_string();
    let mut tx = state.db.pool.begin().await?;
    people::insert(
        &mut tx,
        &checked.fields(&person_id, &municipality.id),
        checked.password_hash.as_deref(),
        db::now(),
    )
    .await
    .map_err(duplicate)?;
    people::replace_roles_and_grants(&mut tx, &person_id, &body.role_ids, &checked.grants).await?;
    tx.commit().await?;
    let (person, _) = people::get(&state.db.pool, &person_id)
        .await?
        .ok_or_else(|| AppError::internal("new person vanished"))?;
    Ok((StatusCode::CREATED, Json(person)))
}

/// One person, if they are in a unit the asker administers.
#[utoipa::path(get, path = "/api/people/{id}", tag = "people", params(("id" = String, Path)),
    responses((status = 200, body = Person), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn people_show(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<Person>, AppError> {
    user.require(GrantKind::Admin)?;
    Ok(Json(administered(&state, &user, &id).await?))
}

/// Saves an administrator's edit of a person: unit, job roles, permissions, active.
/// Deactivating ends the person's sessions at once.
#[utoipa::path(put, path = "/api/people/{id}", tag = "people", params(("id" = String, Path)),
    request_body = SavePerson,
    responses((status = 200, body = Person), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn people_update(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(body): Json<SavePerson>,
) -> Result<Json<Person>, AppError> {
    user.require(GrantKind::Admin)?;
    let current = administered(&state, &user, &id).await?;
    let checked = check(
        &state,
        &user,
        &current.municipality_id,
        &body,
        &current.grants,
    )
    .await?;
    let mut tx = state.db.pool.begin().await?;
    people::update(
        &mut tx,
        &checked.fields(&id, &current.municipality_id),
        checked.password_hash.as_deref(),
        db::now(),
    )
    .await
    .map_err(duplicate)?;
    people::replace_roles_and_grants(&mut tx, &id, &body.role_ids, &checked.grants).await?;
    if !body.active || checked.password_hash.is_some() {
        db::sessions::delete_for_person(&mut tx, &id).await?;
    }
    tx.commit().await?;
    Ok(Json(administered(&state, &user, &id).await?))
}

/// The person `id` if the asker administers their unit; otherwise "not found".
async fn administered(state: &AppState, user: &CurrentUser, id: &str) -> Result<Person, AppError> {
    let not_found = || AppError::NotFound("There is no such person.".to_owned());
    let (person, path) = people::get(&state.db.pool, id)
        .await?
        .ok_or_else(not_found)?;
    if user.holds_at(GrantKind::Admin, &path) {
        Ok(person)
    } else {
        Err(not_found())
    }
}

/// A `SavePerson` that has passed every check.
struct Checked {
    name: Name,
    email: Option<Email>,
    employee_number: Option<String>,
    unit_id: String,
    active: bool,
    grants: Vec<Grant>,
    password_hash: Option<String>,
}

impl Checked {
    fn fields<'a>(&'a self, id: &'a str, municipality_id: &'a str) -> people::PersonFields<'a> {
        people::PersonFields {
            id,
            municipality_id: Some(municipality_id),
            unit_id: Some(&self.unit_id),
            name: self.name.as_str(),
            email: self.email.as_ref().map(Email::as_str),
            employee_number: self.employee_number.as_deref(),
            active: self.active,
            superadmin: false,
        }
    }
}

/// Unit, roles and permission units must belong to the municipality, and the unit and every
/// permission the asker adds or removes must be within what the asker administers.
/// Permissions outside the asker's reach (`current`) are kept as they are.
async fn check(
    state: &AppState,
    user: &CurrentUser,
    municipality_id: &str,
    body: &SavePerson,
    current: &[Grant],
) -> Result<Checked, AppError> {
    let invalid = |message: String| AppError::Unprocessable(message);
    let name = Name::parse(&body.name).map_err(invalid)?;
    let email = match body.email.as_deref().map(str::trim) {
        Some(email) if !email.is_empty() => Some(Email::parse(email).map_err(invalid)?),
        _ => None,
    };
    let employee_number = body
        .employee_number
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    let all_units: HashMap<String, units::UnitRow> =
        units::of_municipality(&state.db.pool, municipality_id)
            .await?
            .into_iter()
            .map(|unit| (unit.id.clone(), unit))
            .collect();
    let administered = |unit_id: &str| {
        all_units
            .get(unit_id)
            .is_some_and(|unit| user.holds(GrantKind::Admin, unit))
    };
    if !administered(&body.unit_id) {
        return Err(invalid("The unit is not one you administer.".to_owned()));
    }
    let roles: HashSet<String> = job_roles::of_municipality(&state.db.pool, municipality_id)
        .await?
        .into_iter()
        .filter(|role| !role.baseline)
        .map(|role| role.id)
        .collect();
    if let Some(unknown) = body.role_ids.iter().find(|id| !roles.contains(*id)) {
        return Err(invalid(format!(
            "'{unknown}' is not a job role of this municipality."
        )));
    }
    let mut grants: Vec<Grant> = current
        .iter()
        .filter(|grant| !administered(&grant.unit_id))
        .cloned()
        .collect();
    for grant in &body.grants {
        if !administered(&grant.unit_id) {
            return Err(invalid(
                "A permission can only be given on a unit you administer.".to_owned(),
            ));
        }
        grants.push(grant.clone());
    }
    grants.sort();
    grants.dedup();
    let password_hash = match &body.password {
        Some(new) if new.chars().count() < password::MIN_LENGTH => {
            return Err(invalid(format!(
                "A password must be at least {} characters long.",
                password::MIN_LENGTH
            )));
        }
        Some(new) => {
            let new = new.clone();
            Some(
                tokio::task::spawn_blocking(move || password::hash(&new))
                    .await
                    .map_err(AppError::internal)?
                    .map_err(AppError::internal)?,
            )
        }
        None => None,
    };
    Ok(Checked {
        name,
        email,
        employee_number,
        unit_id: body.unit_id.clone(),
        active: body.active,
        grants,
        password_hash,
    })
}

fn duplicate(err: sqlx::Error) -> AppError {
    AppError::unless_duplicate(err, || {
        "Someone else already has this e-mail address or employee number.".to_owned()
    })
}
