//! People, their job roles and their permissions: the reads here, the writes in `write`.

mod write;

pub use write::*;

use common::{Grant, GrantKind, GrantView, Me, NamedRef, PeoplePage, Person, PersonSummary};
use sqlx::AnyPool;

/// Page size of people searches.
pub const PAGE: u32 = 50;

/// What a person is found by in a search, in lower case.
pub fn search_text(name: &str, email: Option<&str>, employee_number: Option<&str>) -> String {
    format!(
        "{} {} {}",
        name,
        email.unwrap_or_default(),
        employee_number.unwrap_or_default()
    )
    .to_lowercase()
}

/// The id and password hash of the active person who signs in with `email`.
pub async fn find_for_login(
    pool: &AnyPool,
    email: &str,
) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
    sqlx::query_as("SELECT id, password_hash FROM people WHERE email = $1 AND active = 1")
        .bind(email)
        .fetch_optional(pool)
        .await
}

/// Name, e-mail, superadmin, municipality (id, name), unit (id, name).
type MeRow = (
    String,
    Option<String>,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// `GET /api/me`: the person with the names of their unit, roles and permissions.
pub async fn me(pool: &AnyPool, id: &str) -> Result<Option<Me>, sqlx::Error> {
    let person: Option<MeRow> = sqlx::query_as(
        "SELECT p.name, p.email, p.superadmin, m.id, m.name, u.id, u.name FROM people p \
             LEFT JOIN units m ON m.id = p.municipality_id LEFT JOIN units u ON u.id = p.unit_id \
             WHERE p.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let Some((name, email, superadmin, m_id, m_name, u_id, u_name)) = person else {
        return Ok(None);
    };
    let roles: Vec<(String, String)> = sqlx::query_as(
        "SELECT r.id, r.name FROM person_roles pr JOIN job_roles r ON r.id = pr.role_id \
         WHERE pr.person_id = $1 ORDER BY r.name",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    let grants: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT g.kind, u.id, u.name, u.municipality_id FROM grants g JOIN units u ON u.id = g.unit_id \
         WHERE g.person_id = $1 ORDER BY g.kind, u.name",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    let named = |id: Option<String>, name: Option<String>| {
        Some(NamedRef {
            id: id?,
            name: name?,
        })
    };
    Ok(Some(Me {
        id: id.to_owned(),
        name,
        email: email.unwrap_or_default(),
        superadmin: superadmin != 0,
        municipality: named(m_id, m_name),
        unit: named(u_id, u_name),
        job_roles: roles
            .into_iter()
            .map(|(id, name)| NamedRef { id, name })
            .collect(),
        grants: grants
            .into_iter()
            .filter_map(|(kind, id, name, municipality_id)| {
                Some(GrantView {
                    kind: GrantKind::parse(&kind)?,
                    unit: NamedRef { id, name },
                    municipality_id,
                })
            })
            .collect(),
    }))
}

/// A person as an administrator edits them, with the path of their unit for access checks.
pub async fn get(pool: &AnyPool, id: &str) -> Result<Option<(Person, String)>, sqlx::Error> {
    type Row = (
        String,
        String,
        Option<String>,
        Option<String>,
        String,
        i64,
        Option<String>,
        String,
    );
    let row: Option<Row> = sqlx::query_as(
        "SELECT p.municipality_id, p.name, p.email, p.employee_number, p.unit_id, p.active, \
         p.password_hash, u.path FROM people p JOIN units u ON u.id = p.unit_id WHERE p.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let Some((municipality_id, name, email, employee_number, unit_id, active, hash, path)) = row
    else {
        return Ok(None);
    };
    let role_ids: Vec<(String,)> =
        sqlx::query_as("SELECT role_id FROM person_roles WHERE person_id = $1 ORDER BY role_id")
            .bind(id)
            .fetch_all(pool)
            .await?;
    let grants: Vec<(String, String)> = sqlx::query_as(
        "SELECT kind, unit_id FROM grants WHERE person_id = $1 ORDER BY kind, unit_id",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    let person = Person {
        id: id.to_owned(),
        municipality_id,
        name,
        email,
        employee_number,
        unit_id,
        role_ids: role_ids.into_iter().map(|(id,)| id).collect(),
        grants: grants
            .into_iter()
            .filter_map(|(kind, unit_id)| {
                Some(Grant {
                    kind: GrantKind::parse(&kind)?,
                    unit_id,
                })
            })
            .collect(),
        active: active != 0,
        has_password: hash.is_some(),
    };
    Ok(Some((person, path)))
}

/// A search among the people of one municipality.
pub struct Search<'a> {
    pub municipality_id: &'a str,
    /// Only people in units under these paths.
    pub scopes: &'a [String],
    pub text: Option<&'a str>,
    pub include_inactive: bool,
    pub offset: u32,
}

pub async fn search(pool: &AnyPool, search: &Search<'_>) -> Result<PeoplePage, sqlx::Error> {
    if search.scopes.is_empty() {
        return Ok(PeoplePage {
            people: Vec::new(),
            total: 0,
            offset: search.offset,
        });
    }
    let mut binds: Vec<String> = vec![search.municipality_id.to_owned()];
    let scopes: Vec<String> = search
        .scopes
        .iter()
        .map(|path| {
            binds.push(format!("{path}%"));
            format!("u.path LIKE ${}", binds.len())
        })
        .collect();
    let mut condition = format!("p.municipality_id = $1 AND ({})", scopes.join(" OR "));
    if !search.include_inactive {
        condition.push_str(" AND p.active = 1");
    }
    if let Some(text) = search.text.map(str::trim).filter(|t| !t.is_empty()) {
        let escaped = text
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        binds.push(format!("%{escaped}%"));
        condition.push_str(&format!(
            " AND p.search_text LIKE ${} ESCAPE '\\'",
            binds.len()
        ));
    }
    let from = format!("FROM people p JOIN units u ON u.id = p.unit_id WHERE {condition}");
    let count_sql = format!("SELECT COUNT(*) {from}");
    let mut count = sqlx::query_as::<_, (i64,)>(&count_sql);
    for bind in &binds {
        count = count.bind(bind);
    }
    let (total,) = count.fetch_one(pool).await?;
    let page_sql = format!(
        "SELECT p.id, p.name, p.email, p.employee_number, p.unit_id, u.name, p.active {from} \
         ORDER BY p.name, p.id LIMIT {PAGE} OFFSET {}",
        search.offset
    );
    type Row = (
        String,
        String,
        Option<String>,
        Option<String>,
        String,
        String,
        i64,
    );
    let mut page = sqlx::query_as::<_, Row>(&page_sql);
    for bind in &binds {
        page = page.bind(bind);
    }
    let people = page
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(
            |(id, name, email, employee_number, unit_id, unit_name, active)| PersonSummary {
                id,
                name,
                email,
                employee_number,
                unit_id,
                unit_name,
                active: active != 0,
            },
        )
        .collect();
    Ok(PeoplePage {
        people,
        total: u32::try_from(total).unwrap_or(u32::MAX),
        offset: search.offset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_text_is_lower_case_including_nordic_letters() {
        assert_eq!(
            search_text("Åsa Öberg", Some("ASA@x.se"), Some("12")),
            "åsa öberg asa@x.se 12"
        );
    }
}
