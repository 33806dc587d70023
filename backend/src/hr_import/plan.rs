//! What an import changes: the file's rows compared with the people already stored.

use super::parse::Row;
use common::{ImportChange, ImportError, ImportReport};
use std::collections::{BTreeSet, HashMap, HashSet};

/// A person of the municipality with an employee number, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Existing {
    pub id: String,
    pub employee_number: String,
    pub name: String,
    pub email: Option<String>,
    pub unit_id: String,
    pub role_ids: BTreeSet<String>,
    /// Units the person is manager of.
    pub manager_units: BTreeSet<String>,
    pub active: bool,
}

/// A person as the file says they should be.
#[derive(Debug, Clone, PartialEq)]
pub struct Wanted {
    /// A new id for a new person, the stored one otherwise.
    pub id: String,
    pub line: u32,
    pub employee_number: String,
    pub name: String,
    pub email: Option<String>,
    pub unit_id: String,
    pub role_ids: BTreeSet<String>,
    pub manager: bool,
    /// For a stored person: their unit before the import.
    pub old_unit_id: Option<String>,
    /// Which fields change (for the report).
    pub fields: Vec<&'static str>,
}

#[derive(Debug, Default)]
pub struct Plan {
    pub rows: u32,
    pub create: Vec<Wanted>,
    pub update: Vec<Wanted>,
    pub deactivate: Vec<Existing>,
    pub unchanged: u32,
    pub errors: Vec<ImportError>,
}

/// What the municipality holds that rows refer to.
pub struct Lookup<'a> {
    /// Unit code → unit id.
    pub units: &'a HashMap<String, String>,
    /// Job role code → role id (the baseline is not among them).
    pub roles: &'a HashMap<String, String>,
    /// E-mail address → id of the person (of any municipality) who has it.
    pub email_owners: &'a HashMap<String, String>,
    /// The person importing, who is never deactivated: an import cannot lock its own
    /// administrator out.
    pub importer_id: &'a str,
}

pub fn plan(
    rows: Vec<Row>,
    mut errors: Vec<ImportError>,
    existing: Vec<Existing>,
    lookup: &Lookup<'_>,
) -> Plan {
    let mut plan = Plan {
        rows: u32::try_from(rows.len() + errors.len()).unwrap_or(u32::MAX),
        ..Plan::default()
    };
    let mut stored: HashMap<String, Existing> = existing
        .into_iter()
        .map(|person| (person.employee_number.clone(), person))
        .collect();
    let mut numbers_seen = HashSet::new();
    let mut emails_seen = HashSet::new();
    for row in rows {
        let fail = |message: String| ImportError {
            line: row.line,
            message,
        };
        if !numbers_seen.insert(row.employee_number.clone()) {
            errors.push(fail(format!(
                "The employee number {} is in the file twice.",
                row.employee_number
            )));
            continue;
        }
        let email = row.email.as_ref().map(|e| e.as_str().to_owned());
        if let Some(email) = &email {
            if !emails_seen.insert(email.clone()) {
                errors.push(fail(format!(
                    "The e-mail address {email} is in the file twice."
                )));
                continue;
            }
        }
        let Some(unit_id) = lookup.units.get(&row.unit_code) else {
            errors.push(fail(format!(
                "There is no unit with the code '{}'.",
                row.unit_code
            )));
            continue;
        };
        let mut role_ids = BTreeSet::new();
        let mut unknown = Vec::new();
        for code in &row.role_codes {
            match lookup.roles.get(code) {
                Some(id) => {
                    role_ids.insert(id.clone());
                }
                None => unknown.push(code.as_str()),
            }
        }
        if !unknown.is_empty() {
            errors.push(fail(format!(
                "There is no job role with the code(s) {}.",
                unknown.join(", ")
            )));
            continue;
        }
        let current = stored.remove(&row.employee_number);
        if let Some(owner) = email.as_ref().and_then(|e| lookup.email_owners.get(e)) {
            if current.as_ref().is_none_or(|person| person.id != *owner) {
                errors.push(fail(format!(
                    "The e-mail address {} belongs to someone else.",
                    email.as_deref().unwrap_or_default()
                )));
                continue;
            }
        }
        let mut wanted = Wanted {
            id: String::new(),
            line: row.line,
            employee_number: row.employee_number.clone(),
            name: row.name.as_str().to_owned(),
            email,
            unit_id: unit_id.clone(),
            role_ids,
            manager: row.manager,
            old_unit_id: None,
            fields: Vec::new(),
        };
        match current {
            None => {
                wanted.id = uuid::Uuid::new_v4().to_string();
                plan.create.push(wanted);
            }
            Some(person) => {
                wanted.fields = changed_fields(&person, &wanted);
                wanted.id = person.id;
                wanted.old_unit_id = Some(person.unit_id);
                if wanted.fields.is_empty() {
                    plan.unchanged += 1;
                } else {
                    plan.update.push(wanted);
                }
            }
        }
    }
    // Whoever is left was not in the file: deactivated, never deleted.
    let mut missing: Vec<Existing> = stored
        .into_values()
        .filter(|p| p.active && p.id != lookup.importer_id)
        .collect();
    missing.sort_by(|a, b| a.employee_number.cmp(&b.employee_number));
    plan.deactivate = missing;
    errors.sort_by_key(|e| e.line);
    plan.errors = errors;
    plan
}

fn changed_fields(person: &Existing, wanted: &Wanted) -> Vec<&'static str> {
    let mut fields = Vec::new();
    if person.name != wanted.name {
        fields.push("name");
    }
    if person.email != wanted.email {
        fields.push("email");
    }
    if person.unit_id != wanted.unit_id {
        fields.push("unit");
    }
    if person.role_ids != wanted.role_ids {
        fields.push("roles");
    }
    // The import owns one permission: "manager of their own unit".
    let manager_now = person.manager_units.contains(&person.unit_id);
    let manager_changes = if person.unit_id == wanted.unit_id {
        manager_now != wanted.manager
    } else {
        manager_now || wanted.manager
    };
    if manager_changes {
        fields.push("manager");
    }
    if !person.active {
        fields.push("active");
    }
    fields
}

impl Plan {
    /// The report the client sees.
    pub fn report(&self, applied: bool) -> ImportReport {
        let change = |w: &Wanted| ImportChange {
            line: w.line,
            employee_number: w.employee_number.clone(),
            name: w.name.clone(),
            fields: w.fields.iter().map(|f| (*f).to_owned()).collect(),
        };
        ImportReport {
            applied,
            rows: self.rows,
            created: self.create.iter().map(change).collect(),
            updated: self.update.iter().map(change).collect(),
            deactivated: self
                .deactivate
                .iter()
                .map(|p| ImportChange {
                    line: 0,
                    employee_number: p.employee_number.clone(),
                    name: p.name.clone(),
                    fields: vec!["active".to_owned()],
                })
                .collect(),
            unchanged: self.unchanged,
            errors: self.errors.clone(),
        }
    }

    pub fn changes_anything(&self) -> bool {
        !(self.create.is_empty() && self.update.is_empty() && self.deactivate.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse;
    use super::*;

    fn lookup_maps() -> (
        HashMap<String, String>,
        HashMap<String, String>,
        HashMap<String, String>,
    ) {
        let units = [("A", "u-a"), ("B", "u-b")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into();
        let roles = [("R", "r-r"), ("S", "r-s")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into();
        let owners = [("taken@x.se", "someone")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into();
        (units, roles, owners)
    }

    fn stored(number: &str, unit: &str, manager: bool) -> Existing {
        Existing {
            id: format!("id-{number}"),
            employee_number: number.into(),
            name: format!("Person {number}"),
            email: None,
            unit_id: unit.into(),
            role_ids: ["r-r".to_owned()].into(),
            manager_units: if manager {
                [unit.to_owned()].into()
            } else {
                BTreeSet::new()
            },
            active: true,
        }
    }

    fn run(text: &str, existing: Vec<Existing>) -> Plan {
        let (units, roles, email_owners) = lookup_maps();
        let (rows, errors) = parse(text);
        plan(
            rows,
            errors,
            existing,
            &Lookup {
                units: &units,
                roles: &roles,
                email_owners: &email_owners,
                importer_id: "importer",
            },
        )
    }

    const HEADER: &str = "employee_number,name,email,unit_code,job_role_codes,manager\n";

    #[test]
    fn creates_updates_keeps_and_deactivates() {
        let text = format!("{HEADER}1,Person 1,,A,R,\n2,Person 2,,B,R,ja\n3,New Person,,A,R|S,\n");
        let plan = run(
            &text,
            vec![
                stored("1", "u-a", false),
                stored("2", "u-a", false),
                stored("9", "u-a", false),
            ],
        );
        assert!(plan.errors.is_empty(), "{:?}", plan.errors);
        assert_eq!(plan.unchanged, 1);
        assert_eq!(plan.update.len(), 1);
        assert_eq!(plan.update[0].fields, vec!["unit", "manager"]);
        assert_eq!(plan.create.len(), 1);
        assert_eq!(plan.create[0].role_ids.len(), 2);
        assert_eq!(plan.deactivate.len(), 1);
        assert_eq!(plan.deactivate[0].employee_number, "9");
    }

    #[test]
    fn the_same_data_again_changes_nothing() {
        let text = format!("{HEADER}1,Person 1,,A,R,ja\n");
        let plan = run(&text, vec![stored("1", "u-a", true)]);
        assert!(!plan.changes_anything());
        assert_eq!(plan.unchanged, 1);
    }

    #[test]
    fn reports_unknown_codes_duplicates_and_taken_addresses_by_line() {
        let text = format!("{HEADER}1,A,,Z,R,\n2,B,,A,Q,\n3,C,c@x.se,A,R,\n3,D,,A,R,\n4,E,c@x.se,A,R,\n5,F,taken@x.se,A,R,\n");
        let plan = run(&text, Vec::new());
        let lines: Vec<u32> = plan.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 3, 5, 6, 7]);
        assert_eq!(plan.rows, 6);
    }

    #[test]
    fn the_importer_is_never_deactivated() {
        let mut importer = stored("7", "u-a", false);
        importer.id = "importer".into();
        let plan = run(
            &format!("{HEADER}1,Person 1,,A,R,\n"),
            vec![stored("1", "u-a", false), importer],
        );
        assert!(plan.deactivate.is_empty());
    }

    #[test]
    fn a_deactivated_person_in_the_file_comes_back() {
        let mut person = stored("1", "u-a", false);
        person.active = false;
        let plan = run(&format!("{HEADER}1,Person 1,,A,R,\n"), vec![person]);
        assert_eq!(plan.update[0].fields, vec!["active"]);
        assert!(plan.deactivate.is_empty());
    }
}
