//! The organisation tree: municipalities (roots) and their units.

use common::{Municipality, Unit};
use sqlx::{AnyConnection, AnyPool};

/// A unit as the access checks need it: its place in the tree.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitRow {
    pub id: String,
    pub parent_id: Option<String>,
    pub municipality_id: String,
    pub code: String,
    pub name: String,
    /// `/root/…/id/`: every unit under this one has a path starting with it.
    pub path: String,
    pub depth: i64,
}

impl UnitRow {
    /// The unit as the API shows it, with its count of active people.
    pub fn into_unit(self, people: u32) -> Unit {
        Unit {
            id: self.id,
            parent_id: self.parent_id,
            municipality_id: self.municipality_id,
            code: self.code,
            name: self.name,
            depth: u32::try_from(self.depth).unwrap_or(0),
            people,
        }
    }
}

type UnitTuple = (String, Option<String>, String, String, String, String, i64);

fn from_tuple(t: UnitTuple) -> UnitRow {
    UnitRow {
        id: t.0,
        parent_id: t.1,
        municipality_id: t.2,
        code: t.3,
        name: t.4,
        path: t.5,
        depth: t.6,
    }
}

const COLUMNS: &str = "id, parent_id, municipality_id, code, name, path, depth";

pub async fn get(pool: &AnyPool, id: &str) -> Result<Option<UnitRow>, sqlx::Error> {
    let row: Option<UnitTuple> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM units WHERE id = $1"))
            .bind(id)
            .fetch_optional(pool)
            .await?;
    Ok(row.map(from_tuple))
}

/// Every unit of a municipality, for resolving codes during an import.
pub async fn of_municipality(
    pool: &AnyPool,
    municipality_id: &str,
) -> Result<Vec<UnitRow>, sqlx::Error> {
    let rows: Vec<UnitTuple> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM units WHERE municipality_id = $1"
    ))
    .bind(municipality_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(from_tuple).collect())
}

/// The units under any of `paths` (each included), with their count of active people,
/// in tree order: depth first, siblings by name.
pub async fn subtrees(pool: &AnyPool, paths: &[String]) -> Result<Vec<Unit>, sqlx::Error> {
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    let conditions: Vec<String> = (1..=paths.len())
        .map(|i| format!("u.path LIKE ${i}"))
        .collect();
    let sql = format!(
        "SELECT u.id, u.parent_id, u.municipality_id, u.code, u.name, u.path, u.depth, \
         (SELECT COUNT(*) FROM people p WHERE p.unit_id = u.id AND p.active = 1) \
         FROM units u WHERE {}",
        conditions.join(" OR ")
    );
    let mut query = sqlx::query_as::<
        _,
        (
            String,
            Option<String>,
            String,
            String,
            String,
            String,
            i64,
            i64,
        ),
    >(&sql);
    for path in paths {
        query = query.bind(format!("{path}%"));
    }
    let rows = query.fetch_all(pool).await?;
    let mut units: Vec<(UnitRow, i64)> = rows
        .into_iter()
        .map(|r| (from_tuple((r.0, r.1, r.2, r.3, r.4, r.5, r.6)), r.7))
        .collect();
    sort_as_tree(&mut units);
    Ok(units
        .into_iter()
        .map(|(unit, people)| unit.into_unit(u32::try_from(people).unwrap_or(0)))
        .collect())
}

/// Orders units depth first with siblings by name, whatever order the database gave.
fn sort_as_tree(units: &mut [(UnitRow, i64)]) {
    use std::collections::HashMap;
    let names: HashMap<String, String> = units
        .iter()
        .map(|(u, _)| (u.id.clone(), u.name.to_lowercase()))
        .collect();
    // The sort key is the chain of names from the root, so children follow their parent.
    let key = |unit: &UnitRow| -> Vec<String> {
        unit.path
            .split('/')
            .filter(|id| !id.is_empty())
            .map(|id| {
                let name = names.get(id).cloned().unwrap_or_default();
                format!("{name}\u{0}{id}")
            })
            .collect()
    };
    units.sort_by_cached_key(|(unit, _)| key(unit));
}

/// Active people directly in a unit.
pub async fn count_people(pool: &AnyPool, id: &str) -> Result<u32, sqlx::Error> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM people WHERE unit_id = $1 AND active = 1")
            .bind(id)
            .fetch_one(pool)
            .await?;
    Ok(u32::try_from(count).unwrap_or(0))
}

pub struct NewUnit<'a> {
    pub id: &'a str,
    pub parent: Option<&'a UnitRow>,
    pub code: &'a str,
    pub name: &'a str,
    pub now: i64,
}

/// Adds a unit under `parent`, or a new municipality when there is no parent.
pub async fn insert(conn: &mut AnyConnection, unit: &NewUnit<'_>) -> Result<UnitRow, sqlx::Error> {
    let (municipality_id, path, depth) = match unit.parent {
        Some(parent) => (
            parent.municipality_id.clone(),
            format!("{}{}/", parent.path, unit.id),
            parent.depth + 1,
        ),
        None => (unit.id.to_owned(), format!("/{}/", unit.id), 0),
    };
    sqlx::query(
        "INSERT INTO units (id, parent_id, municipality_id, code, name, path, depth, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(unit.id)
    .bind(unit.parent.map(|p| p.id.clone()))
    .bind(&municipality_id)
    .bind(unit.code)
    .bind(unit.name)
    .bind(&path)
    .bind(depth)
    .bind(unit.now)
    .execute(conn)
    .await?;
    Ok(UnitRow {
        id: unit.id.to_owned(),
        parent_id: unit.parent.map(|p| p.id.clone()),
        municipality_id,
        code: unit.code.to_owned(),
        name: unit.name.to_owned(),
        path,
        depth,
    })
}

/// Renames a unit and, when `new_parent` is given, moves it with everything under it.
pub async fn update(
    conn: &mut AnyConnection,
    unit: &UnitRow,
    code: &str,
    name: &str,
    new_parent: Option<&UnitRow>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE units SET code = $1, name = $2 WHERE id = $3")
        .bind(code)
        .bind(name)
        .bind(&unit.id)
        .execute(&mut *conn)
        .await?;
    let Some(parent) = new_parent else {
        return Ok(());
    };
    let new_path = format!("{}{}/", parent.path, unit.id);
    let depth_change = parent.depth + 1 - unit.depth;
    sqlx::query("UPDATE units SET parent_id = $1 WHERE id = $2")
        .bind(&parent.id)
        .bind(&unit.id)
        .execute(&mut *conn)
        .await?;
    // Every path in the subtree starts with the old path: swap that prefix for the new one.
    sqlx::query(
        "UPDATE units SET path = $1 || SUBSTR(path, CAST($2 AS INTEGER)), depth = depth + $3 WHERE path LIKE $4",
    )
    .bind(&new_path)
    .bind(i64::try_from(unit.path.len()).unwrap_or(0) + 1)
    .bind(depth_change)
    .bind(format!("{}%", unit.path))
    .execute(conn)
    .await?;
    // Permissions on the moved units now cover other paths.
    super::sessions::everyone_changed();
    Ok(())
}

/// The municipalities with these ids (all of them when `ids` is `None`), by name.
pub async fn municipalities(
    pool: &AnyPool,
    ids: Option<&[String]>,
) -> Result<Vec<Municipality>, sqlx::Error> {
    let rows: Vec<(String, String, String)> = match ids {
        None => {
            sqlx::query_as("SELECT id, code, name FROM units WHERE parent_id IS NULL ORDER BY name")
                .fetch_all(pool)
                .await?
        }
        Some([]) => Vec::new(),
        Some(ids) => {
            let placeholders: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT id, code, name FROM units WHERE parent_id IS NULL AND id IN ({}) ORDER BY name",
                placeholders.join(", ")
            );
            let mut query = sqlx::query_as(&sql);
            for id in ids {
                query = query.bind(id);
            }
            query.fetch_all(pool).await?
        }
    };
    Ok(rows
        .into_iter()
        .map(|(id, code, name)| Municipality { id, code, name })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(id: &str, name: &str, path: &str) -> (UnitRow, i64) {
        let row = UnitRow {
            id: id.into(),
            parent_id: None,
            municipality_id: "r".into(),
            code: id.into(),
            name: name.into(),
            path: path.into(),
            depth: 0,
        };
        (row, 0)
    }

    #[test]
    fn children_follow_their_parent_and_siblings_go_by_name() {
        let mut units = vec![
            unit("b1", "Alfa", "/r/b/b1/"),
            unit("a", "Öst", "/r/a/"),
            unit("r", "Kommun", "/r/"),
            unit("b", "Bergby", "/r/b/"),
        ];
        sort_as_tree(&mut units);
        let order: Vec<&str> = units.iter().map(|(u, _)| u.id.as_str()).collect();
        assert_eq!(order, vec!["r", "b", "b1", "a"]);
    }
}
