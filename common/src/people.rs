//! People of a municipality, as administrators see them, and the HR import.

use crate::auth::GrantKind;
use serde::{Deserialize, Serialize};

/// One row of `GET /api/municipalities/{id}/people`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonSummary {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    pub employee_number: Option<String>,
    pub unit_id: String,
    pub unit_name: String,
    pub active: bool,
}

/// `GET /api/municipalities/{id}/people?q=&unit_id=&inactive=&offset=`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PeoplePage {
    pub people: Vec<PersonSummary>,
    /// How many match in all (the page holds at most 50).
    pub total: u32,
    pub offset: u32,
}

/// A permission as it is stored and edited.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Grant {
    pub kind: GrantKind,
    pub unit_id: String,
}

/// `GET /api/people/{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Person {
    pub id: String,
    pub municipality_id: String,
    pub name: String,
    pub email: Option<String>,
    pub employee_number: Option<String>,
    pub unit_id: String,
    pub role_ids: Vec<String>,
    pub grants: Vec<Grant>,
    pub active: bool,
    /// Whether the person can sign in with a password.
    pub has_password: bool,
}

/// `POST /api/municipalities/{id}/people` and `PUT /api/people/{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavePerson {
    pub name: String,
    pub email: Option<String>,
    pub employee_number: Option<String>,
    pub unit_id: String,
    pub role_ids: Vec<String>,
    pub grants: Vec<Grant>,
    pub active: bool,
    /// A new password (at least 10 characters); `None` keeps the current one.
    pub password: Option<String>,
}

impl From<&Person> for SavePerson {
    /// The person as they are, to be changed and saved again; the password is kept.
    fn from(person: &Person) -> Self {
        SavePerson {
            name: person.name.clone(),
            email: person.email.clone(),
            employee_number: person.employee_number.clone(),
            unit_id: person.unit_id.clone(),
            role_ids: person.role_ids.clone(),
            grants: person.grants.clone(),
            active: person.active,
            password: None,
        }
    }
}

/// `POST /api/municipalities/{id}/people-import?apply=`: what a CSV file changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportReport {
    /// Whether the changes were made (`false` for a dry run or a file with errors).
    pub applied: bool,
    /// Data rows in the file.
    pub rows: u32,
    pub created: Vec<ImportChange>,
    pub updated: Vec<ImportChange>,
    /// Active people with an employee number who are missing from the file.
    pub deactivated: Vec<ImportChange>,
    pub unchanged: u32,
    /// Every bad row; a file with any is never applied.
    pub errors: Vec<ImportError>,
}

/// A person the import creates, changes or deactivates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportChange {
    /// The line in the file (0 for people missing from it).
    pub line: u32,
    pub employee_number: String,
    pub name: String,
    /// Which fields change: `name`, `email`, `unit`, `roles`, `manager`, `active`.
    pub fields: Vec<String>,
}

/// A row the import cannot use, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportError {
    pub line: u32,
    pub message: String,
}
