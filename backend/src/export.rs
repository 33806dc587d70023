//! CSV downloads that open correctly in Excel in the Nordic countries: UTF-8 with a byte-order
//! mark (or Excel guesses a legacy encoding and garbles å, ä, ö, æ, ø) and semicolons between
//! fields (the list separator of Nordic locales, where the comma is the decimal sign).

use crate::error::AppError;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use common::{Lang, OrgReport, TeamGaps};

const BOM: &str = "\u{feff}";

/// The column headings and words of the exports, in the person's language.
pub struct Labels {
    pub name: &'static str,
    pub unit: &'static str,
    pub job_roles: &'static str,
    pub gaps: &'static str,
    pub required: &'static str,
    pub achieved: &'static str,
    pub part: &'static str,
    pub competence: &'static str,
    pub month: &'static str,
    pub people: &'static str,
    pub meeting: &'static str,
    pub share: &'static str,
    pub everyone: &'static str,
}

pub fn labels(lang: Lang) -> Labels {
    match lang {
        Lang::Sv => Labels {
            name: "Namn",
            unit: "Enhet",
            job_roles: "Yrkesroller",
            gaps: "Kompetenser under miniminivån",
            required: "krav",
            achieved: "uppnått",
            part: "Del",
            competence: "Kompetens",
            month: "Månad",
            people: "Personer",
            meeting: "Når miniminivåerna",
            share: "Andel (%)",
            everyone: "Alla",
        },
        Lang::Nb => Labels {
            name: "Navn",
            unit: "Enhet",
            job_roles: "Stillingsroller",
            gaps: "Kompetanser under minimumsnivået",
            required: "krav",
            achieved: "oppnådd",
            part: "Del",
            competence: "Kompetanse",
            month: "Måned",
            people: "Personer",
            meeting: "Når minimumsnivåene",
            share: "Andel (%)",
            everyone: "Alle",
        },
        Lang::En => Labels {
            name: "Name",
            unit: "Unit",
            job_roles: "Job roles",
            gaps: "Competences below the minimum",
            required: "required",
            achieved: "achieved",
            part: "Part",
            competence: "Competence",
            month: "Month",
            people: "People",
            meeting: "Meeting the minimum levels",
            share: "Share (%)",
            everyone: "Everyone",
        },
    }
}

/// Writes rows as semicolon-separated CSV with a byte-order mark.
pub fn csv(rows: impl IntoIterator<Item = Vec<String>>) -> Result<Vec<u8>, AppError> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_writer(BOM.as_bytes().to_vec());
    for row in rows {
        writer
            .write_record(row.iter().map(|field| defused(field).into_owned()))
            .map_err(|err| AppError::internal(format!("CSV: {err}")))?;
    }
    writer
        .into_inner()
        .map_err(|err| AppError::internal(format!("CSV: {err}")))
}

/// A field that a spreadsheet would run as a formula (a name such as `=HYPERLINK(…)` typed
/// into the HR system) is kept as text by a leading apostrophe.
fn defused(field: &str) -> std::borrow::Cow<'_, str> {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}").into()
    } else {
        field.into()
    }
}

/// A CSV download named `filename`.
pub fn download(filename: &str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_has_a_bom_semicolons_and_no_formulas() {
        let bytes = super::csv([
            vec!["Åsa".to_owned(), "a;b".to_owned()],
            vec!["=1+1".to_owned(), "2".to_owned()],
        ])
        .expect("csv");
        let text = String::from_utf8(bytes).expect("utf-8");
        assert_eq!(text, "\u{feff}Åsa;\"a;b\"\n'=1+1;2\n");
    }
}

/// The team view as rows: one per person, two columns (required, achieved) per competence.
pub fn team_rows(
    view: &TeamGaps,
    role_names: &dyn Fn(&str) -> String,
    competence_name: &dyn Fn(&str) -> String,
    lang: Lang,
) -> Vec<Vec<String>> {
    let l = labels(lang);
    let mut header = vec![
        l.name.to_owned(),
        l.unit.to_owned(),
        l.job_roles.to_owned(),
        l.gaps.to_owned(),
    ];
    for id in &view.competences {
        let name = competence_name(id);
        header.push(format!("{id} {name} ({})", l.required));
        header.push(format!("{id} {name} ({})", l.achieved));
    }
    let mut rows = vec![header];
    for member in &view.people {
        let mut roles: Vec<String> = member.roles.iter().map(|r| role_names(r)).collect();
        roles.sort();
        let mut row = vec![
            member.name.clone(),
            member.unit.name.clone(),
            roles.join(", "),
            member.gap_count.to_string(),
        ];
        for id in &view.competences {
            match member.cells.iter().find(|c| &c.competence == id) {
                Some(cell) => {
                    row.push(cell.required.to_string());
                    row.push(cell.achieved.to_string());
                }
                None => row.extend([String::new(), String::new()]),
            }
        }
        rows.push(row);
    }
    rows
}

/// The report as rows: everyone, each unit (indented by depth), each competence, each month.
pub fn report_rows(
    report: &OrgReport,
    competence_name: &dyn Fn(&str) -> String,
    lang: Lang,
) -> Vec<Vec<String>> {
    let l = labels(lang);
    let row = |part: &str, name: String, share: common::Share| {
        vec![
            part.to_owned(),
            name,
            share.people.to_string(),
            share.meeting.to_string(),
            share.percent().to_string(),
        ]
    };
    let mut rows = vec![vec![
        l.part.to_owned(),
        l.name.to_owned(),
        l.people.to_owned(),
        l.meeting.to_owned(),
        l.share.to_owned(),
    ]];
    rows.push(row(l.everyone, report.as_of.clone(), report.all));
    for unit in &report.units {
        let indent = "  ".repeat(unit.depth as usize);
        rows.push(row(l.unit, format!("{indent}{}", unit.name), unit.all));
    }
    for c in &report.competences {
        let name = format!("{} {}", c.competence, competence_name(&c.competence));
        rows.push(row(l.competence, name, c.share));
    }
    for month in &report.trend {
        rows.push(row(l.month, month.month.clone(), month.all));
    }
    rows
}
