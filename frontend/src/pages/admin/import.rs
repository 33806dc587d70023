//! `/admin/import`: check an HR file (CSV) against the people already here, then apply it;
//! and export everyone in the same format.

use super::import_report::report_view;
use crate::api;
use crate::components::admin_layout::use_admin;
use crate::components::form::error_text;
use crate::i18n::{use_i18n, I18n};
use common::ImportReport;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{FileReader, HtmlInputElement};
use yew::prelude::*;

/// Where the import stands.
#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    Running { apply: bool },
    Checked(ImportReport),
    Applied(ImportReport),
    Failed(String),
}

/// `/admin/import`, inside the admin frame.
#[component]
pub fn Import() -> Html {
    let i18n = use_i18n();
    let admin = use_admin();
    let municipality = admin.municipality.map(|m| m.id).unwrap_or_default();
    let file = use_state(|| None::<String>);
    let step = use_state(|| Step::Idle);

    let on_file = {
        let (file, step) = (file.clone(), step.clone());
        Callback::from(move |event: Event| {
            step.set(Step::Idle);
            file.set(None);
            let input = event.target_unchecked_into::<HtmlInputElement>();
            if let Some(chosen) = input.files().and_then(|files| files.get(0)) {
                read_text(&chosen, file.clone());
            }
        })
    };
    let run = |apply: bool| {
        let (file, step, i18n, municipality) = (
            file.clone(),
            step.clone(),
            i18n.clone(),
            municipality.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(text) = (*file).clone() else { return };
            let ready = match &*step {
                Step::Running { .. } => false,
                Step::Checked(report) => !apply || report.errors.is_empty(),
                _ => !apply,
            };
            if !ready {
                return;
            }
            step.set(Step::Running { apply });
            let (step, i18n, municipality) = (step.clone(), i18n.clone(), municipality.clone());
            wasm_bindgen_futures::spawn_local(async move {
                step.set(
                    match api::people::import(&municipality, &text, apply).await {
                        Ok(report) if report.applied => Step::Applied(report),
                        Ok(report) => Step::Checked(report),
                        Err(error) => Step::Failed(error_text(&i18n, &error)),
                    },
                );
            });
        })
    };
    let rows = file.as_deref().map_or(0, count_rows);
    let can_apply = matches!(&*step, Step::Checked(report) if report.errors.is_empty());
    let (status, alert, report) = match &*step {
        Step::Idle => (String::new(), String::new(), None),
        Step::Running { apply } => {
            let rows = [("rows", group_digits(rows, &i18n).into())];
            let text = match apply {
                true => i18n.t_with("import-applying", &rows),
                false => i18n.t_with("import-checking", &rows),
            };
            (text, String::new(), None)
        }
        Step::Checked(report) if report.errors.is_empty() => {
            (i18n.t("import-checked-ok"), String::new(), Some(report))
        }
        Step::Checked(report) => (
            String::new(),
            i18n.t_with(
                "import-checked-errors",
                &[("count", report.errors.len().into())],
            ),
            Some(report),
        ),
        Step::Applied(report) => (i18n.t("import-applied"), String::new(), Some(report)),
        Step::Failed(message) => (String::new(), message.clone(), None),
    };
    let running = matches!(*step, Step::Running { .. });
    html! {
        <>
            { help(&i18n) }
            <div class="card stack">
                <div class="field">
                    <label for="import-file">{ i18n.t("import-file") }</label>
                    <input type="file" id="import-file" accept=".csv,text/csv" onchange={on_file} />
                </div>
                if file.is_some() {
                    <p>{ i18n.t_with("import-file-rows", &[("rows", group_digits(rows, &i18n).into())]) }</p>
                }
                // aria-disabled rather than disabled: a button that was just pressed keeps focus.
                <p class="actions">
                    <button type="button" aria-disabled={(file.is_none() || running).then_some("true")}
                        onclick={run(false)}>{ i18n.t("import-check") }</button>
                    <button type="button" id="import-apply" aria-disabled={(!can_apply).then_some("true")}
                        aria-describedby="import-apply-hint" onclick={run(true)}>{ i18n.t("import-apply") }</button>
                </p>
                <p class="hint" id="import-apply-hint">{ i18n.t("import-apply-hint") }</p>
                if running {
                    <progress aria-labelledby="import-status"></progress>
                }
                <p role="status" id="import-status">{ status }</p>
                <p role="alert" class="notice-error">{ alert }</p>
            </div>
            if let Some(report) = report {
                { report_view(&i18n, report) }
            }
            <h2>{ i18n.t("export-title") }</h2>
            <p>{ i18n.t("export-text") }</p>
            <p><a class="button secondary" href={api::people::export_url(&municipality)} download="">{ i18n.t("export-link") }</a></p>
        </>
    }
}

/// What the file must look like.
fn help(i18n: &I18n) -> Html {
    let columns = [
        ("employee_number", "import-col-employee-number"),
        ("name", "import-col-name"),
        ("email", "import-col-email"),
        ("unit_code", "import-col-unit-code"),
        ("job_role_codes", "import-col-job-role-codes"),
        ("manager", "import-col-manager"),
    ];
    html! {
        <details class="help">
            <summary>{ i18n.t("import-help-title") }</summary>
            <p>{ i18n.t("import-help") }</p>
            <dl class="columns-help">
                { for columns.iter().map(|(column, text)| html! {
                    <><dt><code>{ column }</code></dt><dd>{ i18n.t(text) }</dd></>
                }) }
            </dl>
            <p>{ i18n.t("import-help-missing") }</p>
        </details>
    }
}

/// Reads the chosen file as UTF-8 text into `into`, with the browser's FileReader.
fn read_text(file: &web_sys::File, into: UseStateHandle<Option<String>>) {
    let Ok(reader) = FileReader::new() else {
        return;
    };
    let source = reader.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move |_: JsValue| {
        into.set(source.result().ok().and_then(|text| text.as_string()));
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    let _ = reader.read_as_text(file);
}

/// Data rows: the non-empty lines after the header.
fn count_rows(text: &str) -> usize {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .count()
        .saturating_sub(1)
}

/// 20000 as "20 000" (sv, nb) or "20,000" (en).
pub fn group_digits(number: usize, i18n: &I18n) -> String {
    let separator = match i18n.lang() {
        common::Lang::En => ',',
        _ => '\u{a0}',
    };
    let digits = number.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && matches!((digits.len() - index) % 3, 0) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}
