//! The people of a municipality, and the HR import and export as CSV.

use super::{get, post, post_text, put, ApiError};
use common::{ImportReport, PeoplePage, Person, SavePerson};

/// What the people list is filtered by, and where its page starts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PeopleQuery {
    pub q: String,
    pub unit_id: String,
    pub inactive: bool,
    pub offset: u32,
}

pub async fn list(municipality: &str, query: &PeopleQuery) -> Result<PeoplePage, ApiError> {
    let mut url = format!(
        "/api/municipalities/{municipality}/people?offset={}",
        query.offset
    );
    if !query.q.trim().is_empty() {
        url += &format!("&q={}", encode(query.q.trim()));
    }
    if !query.unit_id.is_empty() {
        url += &format!("&unit_id={}", encode(&query.unit_id));
    }
    if query.inactive {
        url += "&inactive=true";
    }
    get(&url).await
}

pub async fn show(id: &str) -> Result<Person, ApiError> {
    get(&format!("/api/people/{id}")).await
}

pub async fn create(municipality: &str, body: &SavePerson) -> Result<Person, ApiError> {
    post(&format!("/api/municipalities/{municipality}/people"), body).await
}

pub async fn update(id: &str, body: &SavePerson) -> Result<Person, ApiError> {
    put(&format!("/api/people/{id}"), body).await
}

/// Checks (`apply` false) or applies an HR file; a file with bad rows is never applied.
pub async fn import(municipality: &str, csv: &str, apply: bool) -> Result<ImportReport, ApiError> {
    let url = format!("/api/municipalities/{municipality}/people-import?apply={apply}");
    post_text(&url, "text/csv", csv).await
}

/// Where the browser downloads every person as CSV.
pub fn export_url(municipality: &str) -> String {
    format!("/api/municipalities/{municipality}/people-export")
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// Percent-encodes a query value with the browser's own encoder.
    #[wasm_bindgen(js_name = encodeURIComponent)]
    fn encode(value: &str) -> String;
}
