//! Many rows in one value: a query's rows aggregated into a JSON array in the database and
//! decoded by serde, for reads that return hundreds of small rows per request. Rows cost more
//! than their bytes: each crosses from SQLite's thread to the request's (a wake-up) and is
//! converted value by value by the Any driver. Only the functions' names differ between the
//! databases.

use super::DbKind;
use serde::de::DeserializeOwned;

/// The JSON array of `value` over a subquery's rows; `[]` when there are none.
pub fn array_of(kind: DbKind, value: &str) -> String {
    match kind {
        DbKind::Sqlite => format!("COALESCE(json_group_array({value}), '[]')"),
        // PostgreSQL's JSON is cast to text, which the Any driver can read; its empty
        // aggregate is NULL.
        DbKind::Postgres => format!("COALESCE(CAST(json_agg({value}) AS TEXT), '[]')"),
    }
}

/// A JSON array of these columns: one row as a tuple.
pub fn tuple(kind: DbKind, columns: &str) -> String {
    match kind {
        DbKind::Sqlite => format!("json_array({columns})"),
        DbKind::Postgres => format!("json_build_array({columns})"),
    }
}

/// `array_of(tuple(columns))`.
pub fn rows_of(kind: DbKind, columns: &str) -> String {
    array_of(kind, &tuple(kind, columns))
}

/// Decodes an array made by [`array_of`].
pub fn parse<T: DeserializeOwned>(json: &str) -> Result<Vec<T>, sqlx::Error> {
    serde_json::from_str(json).map_err(|err| sqlx::Error::Decode(Box::new(err)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_databases_differ_only_in_the_functions_names() {
        assert_eq!(
            rows_of(DbKind::Sqlite, "a, b"),
            "COALESCE(json_group_array(json_array(a, b)), '[]')"
        );
        assert_eq!(
            rows_of(DbKind::Postgres, "a, b"),
            "COALESCE(CAST(json_agg(json_build_array(a, b)) AS TEXT), '[]')"
        );
    }

    #[test]
    fn rows_decode_as_tuples() {
        let rows: Vec<(String, i64, Option<i64>)> =
            parse(r#"[["4.1",3,null],["1.1",2,1800000000]]"#).unwrap();
        assert_eq!(rows[1], ("1.1".to_owned(), 2, Some(1_800_000_000)));
        assert!(parse::<(String,)>("not json").is_err());
    }
}
