//! The manager's endpoints: team view, a person's competence, assignments.

use super::{get, post, ApiError};
use common::{
    AssignmentsCreated, CreateAssignments, Lang, PersonCompetence, TeamAssignments, TeamFilter,
    TeamGaps,
};

/// Everyone in the unit and the units under it, measured against their jobs.
pub async fn gaps(unit: &str, filter: &TeamFilter) -> Result<TeamGaps, ApiError> {
    get(&format!(
        "/api/units/{}/gaps{}",
        encode(unit),
        query(filter)
    ))
    .await
}

/// Where the browser downloads the same view as CSV, with headers in `filter.lang`.
pub fn gaps_csv_url(unit: &str, filter: &TeamFilter) -> String {
    format!("/api/units/{}/gaps.csv{}", encode(unit), query(filter))
}

/// Every assignment of the people in the unit's subtree, course titles in `lang`.
pub async fn assignments(unit: &str, lang: Lang) -> Result<TeamAssignments, ApiError> {
    get(&format!(
        "/api/units/{}/assignments?lang={lang}",
        encode(unit)
    ))
    .await
}

pub async fn assign(body: &CreateAssignments) -> Result<AssignmentsCreated, ApiError> {
    post("/api/assignments", body).await
}

/// One person's competence as their manager sees it, course titles in `lang`.
pub async fn person(id: &str, lang: Lang) -> Result<PersonCompetence, ApiError> {
    get(&format!(
        "/api/people/{}/competence?lang={lang}",
        encode(id)
    ))
    .await
}

/// `?role=…&competence=…&gaps_only=true&lang=…` with only the filters that are set.
fn query(filter: &TeamFilter) -> String {
    let mut pairs = Vec::new();
    if let Some(role) = &filter.role {
        pairs.push(format!("role={}", encode(role)));
    }
    if let Some(competence) = &filter.competence {
        pairs.push(format!("competence={}", encode(competence)));
    }
    if filter.gaps_only == Some(true) {
        pairs.push("gaps_only=true".to_owned());
    }
    if let Some(lang) = filter.lang {
        pairs.push(format!("lang={lang}"));
    }
    match pairs.is_empty() {
        true => String::new(),
        false => format!("?{}", pairs.join("&")),
    }
}

fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}
