//! The manager's team view, its CSV export and a person's page, over the units a manager (or
//! administrator) holds and everything under them.

use crate::auth::{CurrentUser, FOLLOW_UP};
use crate::competence;
use crate::db::{self, units};
use crate::error::AppError;
use crate::export;
use crate::extract::Json;
use crate::routes::courses::ShowParams;
use crate::state::AppState;
use crate::team;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use common::{ErrorBody, NamedRef, PersonCompetence, TeamFilter, TeamGaps};
use utoipa_axum::{router::OpenApiRouter, routes};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(team_gaps))
        .routes(routes!(team_gaps_csv))
        .routes(routes!(person_competence))
}

/// The team view: everyone in the unit and the units under it, each required competence with
/// the level achieved, and the summary; filtered by job role and gap.
#[utoipa::path(get, path = "/api/units/{id}/gaps", tag = "team",
    params(("id" = String, Path), TeamFilter),
    responses((status = 200, body = TeamGaps), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn team_gaps(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(filter): Query<TeamFilter>,
) -> Result<Json<TeamGaps>, AppError> {
    Ok(Json(view(&state, &user, &id, &filter).await?))
}

/// The team view as a CSV file (UTF-8 with BOM, semicolons) for Excel.
#[utoipa::path(get, path = "/api/units/{id}/gaps.csv", tag = "team",
    params(("id" = String, Path), TeamFilter),
    responses((status = 200, content_type = "text/csv", body = String),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn team_gaps_csv(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(filter): Query<TeamFilter>,
) -> Result<Response, AppError> {
    let view = view(&state, &user, &id, &filter).await?;
    let lang = filter.lang.unwrap_or_default();
    let role_name = |role: &str| {
        view.roles
            .iter()
            .find(|r| r.id == role)
            .map(|r| r.name.clone())
            .unwrap_or_default()
    };
    let competence_name = |id: &str| competence_name(&state, id, lang);
    let rows = export::team_rows(&view, &role_name, &competence_name, lang);
    let filename = format!(
        "team-{}-{}.csv",
        slug_of(&view.unit.name),
        competence::date_of(db::now())
    );
    Ok(export::download(&filename, export::csv(rows)?))
}

/// Three database round trips, however large the team: the unit, the units under it, and
/// everyone's rows (see `db::team`).
async fn view(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    filter: &TeamFilter,
) -> Result<TeamGaps, AppError> {
    user.require_any(&FOLLOW_UP)?;
    let pool = &state.db.pool;
    let unit = user.within_any(&FOLLOW_UP, units::get(pool, id).await?)?;
    let framework = state.catalog.framework.key();
    let now = db::now();
    let subtree = units::subtrees(pool, std::slice::from_ref(&unit.path)).await?;
    let rows = db::team::rows(
        &state.db,
        &unit.municipality_id,
        &unit.path,
        &framework,
        now,
    )
    .await?;
    let order = competence_order(state);
    let scope = team::Scope {
        unit: NamedRef {
            id: unit.id,
            name: unit.name,
        },
        units: subtree
            .into_iter()
            .map(|u| NamedRef {
                id: u.id,
                name: u.name,
            })
            .collect(),
        framework,
        order: &order,
    };
    Ok(team::view(scope, &rows, filter, now))
}

/// One person's competence as their manager sees it: the same view as their own page.
#[utoipa::path(get, path = "/api/people/{id}/competence", tag = "team",
    params(("id" = String, Path), ShowParams),
    responses((status = 200, body = PersonCompetence), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn person_competence(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(params): Query<ShowParams>,
) -> Result<Json<PersonCompetence>, AppError> {
    user.require_any(&FOLLOW_UP)?;
    let pool = &state.db.pool;
    let followed = db::assignments::paths_of(pool, std::slice::from_ref(&id))
        .await?
        .into_iter()
        .any(|(_, path)| FOLLOW_UP.iter().any(|kind| user.holds_at(*kind, &path)));
    let person = if followed {
        db::people::me(pool, &id).await?
    } else {
        None
    }
    .ok_or_else(|| AppError::NotFound("There is no such person.".to_owned()))?;
    let inputs = competence::inputs(&state.db, &state.catalog, &id).await?;
    let lang = params.lang.unwrap_or_default();
    Ok(Json(PersonCompetence {
        id: person.id,
        name: person.name,
        unit: person.unit,
        job_roles: person.job_roles,
        competence: competence::assess(&state.catalog, &inputs, lang, db::now()),
    }))
}

/// The framework's competence ids in its order.
pub fn competence_order(state: &AppState) -> Vec<String> {
    state
        .catalog
        .framework
        .competences
        .iter()
        .map(|c| c.id.clone())
        .collect()
}

/// A competence's name in `lang`, for export headings.
pub fn competence_name(state: &AppState, id: &str, lang: common::Lang) -> String {
    state
        .catalog
        .framework
        .competence(id)
        .map(|c| c.name.get(lang).to_owned())
        .unwrap_or_default()
}

/// A file-name-safe version of a unit's name: letters and digits, the rest as dashes.
pub fn slug_of(name: &str) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        match c {
            'å' | 'ä' | 'æ' => slug.push('a'),
            'ö' | 'ø' => slug.push('o'),
            c if c.is_ascii_alphanumeric() => slug.push(c),
            _ if !slug.ends_with('-') => slug.push('-'),
            _ => {}
        }
    }
    slug.trim_matches('-').to_owned()
}
