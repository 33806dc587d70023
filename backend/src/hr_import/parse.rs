//! Reading the HR system's CSV file: every row checked, every problem named by its line.

use crate::domain::{Code, Email, Name};
use common::ImportError;

/// The columns every file must have, in any order; other columns are ignored.
pub const COLUMNS: [&str; 6] = [
    "employee_number",
    "name",
    "email",
    "unit_code",
    "job_role_codes",
    "manager",
];

/// Several job role codes in one cell are separated by this.
pub const ROLE_SEPARATOR: char = '|';

/// One usable row of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: u32,
    pub employee_number: String,
    pub name: Name,
    pub email: Option<Email>,
    pub unit_code: String,
    pub role_codes: Vec<String>,
    pub manager: bool,
}

/// The usable rows and the problems of the others. Comma or semicolon separated (Excel in
/// Nordic locales writes semicolons); a UTF-8 byte-order mark is skipped.
pub fn parse(text: &str) -> (Vec<Row>, Vec<ImportError>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let error = |line: u64, message: String| ImportError {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        message,
    };
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(err) => {
            return (
                Vec::new(),
                vec![error(1, format!("The header cannot be read: {err}"))],
            )
        }
    };
    let missing: Vec<&str> = COLUMNS
        .iter()
        .copied()
        .filter(|column| !header.iter().any(|h| h == column))
        .collect();
    if !missing.is_empty() {
        return (
            Vec::new(),
            vec![error(
                1,
                format!(
                    "The header lacks the column(s): {}. It needs: {}.",
                    missing.join(", "),
                    COLUMNS.join(", ")
                ),
            )],
        );
    }
    let index: Vec<usize> = COLUMNS
        .iter()
        .filter_map(|column| header.iter().position(|h| h == column))
        .collect();
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let line = err.position().map_or(0, |p| p.line());
                errors.push(error(line, format!("This line cannot be read: {err}")));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(str::is_empty) {
            continue;
        }
        if record.len() != header.len() {
            errors.push(error(
                line,
                format!(
                    "The line has {} fields; the header has {}.",
                    record.len(),
                    header.len()
                ),
            ));
            continue;
        }
        let cell = |i: usize| record.get(index[i]).unwrap_or_default();
        match parse_row(cell(0), cell(1), cell(2), cell(3), cell(4), cell(5)) {
            Ok(row) => rows.push(Row {
                line: u32::try_from(line).unwrap_or(u32::MAX),
                ..row
            }),
            Err(message) => errors.push(error(line, message)),
        }
    }
    (rows, errors)
}

fn parse_row(
    employee_number: &str,
    name: &str,
    email: &str,
    unit_code: &str,
    roles: &str,
    manager: &str,
) -> Result<Row, String> {
    if employee_number.is_empty() {
        return Err("The employee number is missing.".to_owned());
    }
    let employee_number = Code::parse(employee_number)
        .map_err(|_| format!("'{employee_number}' is not an employee number."))?;
    let name = Name::parse(name)?;
    let email = if email.is_empty() {
        None
    } else {
        Some(Email::parse(email)?)
    };
    if unit_code.is_empty() {
        return Err("The unit code is missing.".to_owned());
    }
    let role_codes: Vec<String> = roles
        .split(ROLE_SEPARATOR)
        .map(str::trim)
        .filter(|code| !code.is_empty())
        .map(str::to_owned)
        .collect();
    let manager = match manager.to_lowercase().as_str() {
        "" | "0" | "nej" | "no" | "nei" | "false" => false,
        "1" | "ja" | "yes" | "x" | "true" => true,
        other => {
            return Err(format!(
                "The manager column says '{other}'; write ja/yes/1 or leave it empty."
            ))
        }
    };
    Ok(Row {
        line: 0,
        employee_number: employee_number.as_str().to_owned(),
        name,
        email,
        unit_code: unit_code.to_owned(),
        role_codes,
        manager,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_semicolons_a_bom_and_columns_in_any_order() {
        let text = "\u{feff}name;employee_number;email;unit_code;job_role_codes;manager;extra\n\
                    Åsa Öberg;1001;Asa.Oberg@X.se;HTN;USK|SSK;ja;ignored\n";
        let (rows, errors) = parse(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(row.line, 2);
        assert_eq!(row.employee_number, "1001");
        assert_eq!(row.name.as_str(), "Åsa Öberg");
        assert_eq!(row.email.as_ref().unwrap().as_str(), "asa.oberg@x.se");
        assert_eq!(row.role_codes, vec!["USK", "SSK"]);
        assert!(row.manager);
    }

    #[test]
    fn names_every_bad_line() {
        let text = "employee_number,name,email,unit_code,job_role_codes,manager\n\
                    1,Anna,anna@x.se,A,R,\n\
                    ,Bo,bo@x.se,A,R,\n\
                    3,Cia,not-an-address,A,R,\n\
                    4,Dan,dan@x.se,A,R,maybe\n\
                    5,Eva,eva@x.se,A\n";
        let (rows, errors) = parse(text);
        assert_eq!(rows.len(), 1);
        let lines: Vec<u32> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4, 5, 6]);
        assert!(errors[0].message.contains("employee number"));
        assert!(errors[1].message.contains("not-an-address"));
    }

    #[test]
    fn a_missing_column_is_reported_on_line_one() {
        let (rows, errors) = parse("employee_number,name\n1,Anna\n");
        assert!(rows.is_empty());
        assert_eq!(errors[0].line, 1);
        assert!(errors[0].message.contains("unit_code"));
    }
}
