//! What an HR file changes: counts, every bad row, and the people created, updated or
//! deactivated.

use crate::i18n::I18n;
use common::{ImportChange, ImportReport};
use yew::prelude::*;

/// Long lists are cut here: the counts above them stay exact.
const SHOWN: usize = 500;

pub fn report_view(i18n: &I18n, report: &ImportReport) -> Html {
    let counts = [
        (i18n.t("import-rows"), report.rows as usize),
        (i18n.t("import-created"), report.created.len()),
        (i18n.t("import-updated"), report.updated.len()),
        (i18n.t("import-deactivated"), report.deactivated.len()),
        (i18n.t("import-unchanged"), report.unchanged as usize),
        (i18n.t("import-errors"), report.errors.len()),
    ];
    let changes: Vec<(&ImportChange, String)> = [
        (&report.created, i18n.t("import-change-create")),
        (&report.updated, i18n.t("import-change-update")),
        (&report.deactivated, i18n.t("import-change-deactivate")),
    ]
    .into_iter()
    .flat_map(|(list, kind)| list.iter().map(move |change| (change, kind.clone())))
    .collect();
    html! {
        <section class="import-report" aria-labelledby="import-report-heading">
            <h2 id="import-report-heading">
                { if report.applied { i18n.t("import-report-applied") } else { i18n.t("import-report-checked") } }
            </h2>
            <dl class="counts">
                { for counts.into_iter().map(|(label, count)| html! {
                    <div><dt>{ label }</dt><dd>{ count }</dd></div>
                }) }
            </dl>
            if !report.errors.is_empty() {
                <div class="table-scroll">
                    <table class="list">
                        <caption>{ i18n.t("import-errors-title") }</caption>
                        <thead><tr>
                            <th scope="col">{ i18n.t("import-line") }</th>
                            <th scope="col">{ i18n.t("import-problem") }</th>
                        </tr></thead>
                        <tbody>
                            { for report.errors.iter().take(SHOWN).map(|error| html! {
                                <tr><td>{ error.line }</td><td>{ &error.message }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                { cut_note(i18n, report.errors.len()) }
            }
            if !changes.is_empty() {
                <div class="table-scroll">
                    <table class="list">
                        <caption>{ i18n.t("import-changes-title") }</caption>
                        <thead><tr>
                            <th scope="col">{ i18n.t("import-line") }</th>
                            <th scope="col">{ i18n.t("person-employee-number") }</th>
                            <th scope="col">{ i18n.t("person-name") }</th>
                            <th scope="col">{ i18n.t("import-change") }</th>
                            <th scope="col">{ i18n.t("import-fields") }</th>
                        </tr></thead>
                        <tbody>
                            { for changes.iter().take(SHOWN).map(|(change, kind)| html! {
                                <tr>
                                    <td>{ if change.line > 0 { change.line.to_string() } else { "–".to_owned() } }</td>
                                    <td>{ &change.employee_number }</td>
                                    <td>{ &change.name }</td>
                                    <td>{ kind }</td>
                                    <td>{ fields(i18n, &change.fields) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                { cut_note(i18n, changes.len()) }
            }
        </section>
    }
}

fn cut_note(i18n: &I18n, count: usize) -> Html {
    if count <= SHOWN {
        return Html::default();
    }
    let args = [("shown", SHOWN.into()), ("count", count.into())];
    html! { <p class="hint">{ i18n.t_with("import-cut", &args) }</p> }
}

/// The changed fields, named in the interface language.
fn fields(i18n: &I18n, fields: &[String]) -> String {
    let names: Vec<String> = fields
        .iter()
        .map(|field| match field.as_str() {
            "name" => i18n.t("person-name"),
            "email" => i18n.t("person-email"),
            "unit" => i18n.t("person-unit"),
            "roles" => i18n.t("person-job-roles"),
            "manager" => i18n.t("grant-kind-manager"),
            "active" => i18n.t("person-active"),
            other => other.to_owned(),
        })
        .collect();
    names.join(", ")
}
