//! The HR import: dry run, all-or-nothing apply, re-import as a no-op, deactivation.

use crate::helpers::{on_both_databases, TestApp};
use common::{ImportReport, PeoplePage};

on_both_databases!(
    a_dry_run_reports_and_changes_nothing,
    a_file_with_one_bad_row_changes_nothing_and_names_the_row,
    applying_then_reimporting_the_same_file_is_a_no_op,
    people_missing_from_the_file_are_deactivated_not_deleted,
    exporting_and_reimporting_changes_nothing,
    twenty_thousand_rows_import_in_one_go,
);

const HEADER: &str = "employee_number;name;email;unit_code;job_role_codes;manager\n";

/// The demo people as exported, plus `extra` lines.
async fn demo_file(app: &TestApp, admin: &reqwest::Client, extra: &str) -> String {
    let municipality = app.exempelby().await;
    let export = admin
        .get(format!(
            "{}/api/municipalities/{municipality}/people-export",
            app.address
        ))
        .send()
        .await
        .expect("sent");
    assert_eq!(export.status(), 200);
    assert!(export.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let text = export.text().await.expect("csv");
    assert!(text.starts_with('\u{feff}'), "a byte-order mark for Excel");
    format!("{text}{extra}")
}

async fn import(
    app: &TestApp,
    admin: &reqwest::Client,
    file: &str,
    apply: bool,
) -> reqwest::Response {
    let municipality = app.exempelby().await;
    admin
        .post(format!(
            "{}/api/municipalities/{municipality}/people-import?apply={apply}",
            app.address
        ))
        .header("content-type", "text/csv")
        .body(file.to_owned())
        .send()
        .await
        .expect("sent")
}

async fn report(response: reqwest::Response) -> ImportReport {
    assert_eq!(response.status(), 200);
    response.json().await.expect("report JSON")
}

async fn snapshot(app: &TestApp) -> Vec<(String, String, Option<String>, String, i64, i64)> {
    sqlx::query_as("SELECT id, name, email, unit_id, active, updated_at FROM people ORDER BY id")
        .fetch_all(&app.db.pool)
        .await
        .expect("people")
}

async fn a_dry_run_reports_and_changes_nothing(app: TestApp) {
    app.seed_demo().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let file = demo_file(
        &app,
        &admin,
        "900001,Nils Nyberg,nils.nyberg@exempelby.se,HTN,USK,\n",
    )
    .await;
    let before = snapshot(&app).await;

    let dry = report(import(&app, &admin, &file, false).await).await;

    assert!(!dry.applied);
    assert_eq!(dry.created.len(), 1);
    assert_eq!(dry.created[0].name, "Nils Nyberg");
    assert!(dry.updated.is_empty() && dry.deactivated.is_empty() && dry.errors.is_empty());
    assert_eq!(snapshot(&app).await, before);
}

async fn a_file_with_one_bad_row_changes_nothing_and_names_the_row(app: TestApp) {
    app.seed_demo().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let good = demo_file(
        &app,
        &admin,
        "900001,Nils Nyberg,nils.nyberg@exempelby.se,HTN,USK,\n",
    )
    .await;
    let bad_line = good.lines().count() + 1;
    let file = format!("{good}900002,Olle Okänd,olle@exempelby.se,NO-SUCH-UNIT,USK,\n");
    let before = snapshot(&app).await;

    let dry = report(import(&app, &admin, &file, false).await).await;
    let applied = import(&app, &admin, &file, true).await;

    assert_eq!(dry.errors.len(), 1);
    assert_eq!(dry.errors[0].line as usize, bad_line);
    assert!(
        dry.errors[0].message.contains("NO-SUCH-UNIT"),
        "{}",
        dry.errors[0].message
    );
    assert_eq!(applied.status(), 422);
    assert_eq!(
        snapshot(&app).await,
        before,
        "not even the good new row is added"
    );
}

async fn applying_then_reimporting_the_same_file_is_a_no_op(app: TestApp) {
    app.seed_demo().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let file = demo_file(
        &app,
        &admin,
        "900001,Nils Nyberg,nils.nyberg@exempelby.se,HTN,USK|SSK,ja\n900002,Åsa Öhman,,HTS,,\n",
    )
    .await;

    let first = report(import(&app, &admin, &file, true).await).await;
    let after_first = snapshot(&app).await;
    let second = report(import(&app, &admin, &file, true).await).await;

    assert!(first.applied);
    assert_eq!(first.created.len(), 2);
    assert!(second.applied);
    assert!(
        second.created.is_empty() && second.updated.is_empty() && second.deactivated.is_empty()
    );
    assert_eq!(second.unchanged, second.rows);
    assert_eq!(snapshot(&app).await, after_first, "nothing was written");
    let nils = app.id_of("people", "employee_number", "900001").await;
    let (roles,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM person_roles WHERE person_id = $1")
        .bind(&nils)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let (manages,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM grants g JOIN units u ON u.id = g.unit_id \
         WHERE g.person_id = $1 AND g.kind = 'manager' AND u.code = 'HTN'",
    )
    .bind(&nils)
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!((roles, manages), (2, 1));
}

async fn people_missing_from_the_file_are_deactivated_not_deleted(app: TestApp) {
    app.seed_demo().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let full = demo_file(&app, &admin, "").await;
    let without_employee: String = full
        .lines()
        .filter(|line| !line.contains("anstalld@exempelby.se"))
        .map(|line| format!("{line}\n"))
        .collect();
    let employee = app.demo_user("anstalld@exempelby.se").await;
    let people_before = app.count_rows("people").await;

    let result = report(import(&app, &admin, &without_employee, true).await).await;

    assert_eq!(result.deactivated.len(), 1);
    assert_eq!(
        app.count_rows("people").await,
        people_before,
        "nobody is deleted"
    );
    let me = employee
        .get(format!("{}/api/me", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 401, "the deactivated person is signed out");
    let municipality = app.exempelby().await;
    let active: PeoplePage = admin
        .get(format!(
            "{}/api/municipalities/{municipality}/people?q=Lindqvist",
            app.address
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let all: PeoplePage = admin
        .get(format!(
            "{}/api/municipalities/{municipality}/people?q=Lindqvist&inactive=true",
            app.address
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(active
        .people
        .iter()
        .all(|p| p.email.as_deref() != Some("anstalld@exempelby.se")));
    assert!(all
        .people
        .iter()
        .any(|p| p.email.as_deref() == Some("anstalld@exempelby.se") && !p.active));

    // Back in the next file: active again.
    let back = report(import(&app, &admin, &full, true).await).await;
    assert_eq!(back.updated.len(), 1);
    assert_eq!(back.updated[0].fields, vec!["active".to_owned()]);
}

async fn exporting_and_reimporting_changes_nothing(app: TestApp) {
    app.seed_demo().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let file = demo_file(&app, &admin, "").await;

    let result = report(import(&app, &admin, &file, false).await).await;

    assert!(result.errors.is_empty(), "{:?}", result.errors);
    assert_eq!(result.unchanged, result.rows);
    assert!(result.rows >= 50);
}

async fn twenty_thousand_rows_import_in_one_go(app: TestApp) {
    app.seed_demo().await;
    let admin = app.demo_user("admin@exempelby.se").await;
    let units = ["HTN", "HTS", "ITA", "HRA", "KOE"];
    let mut file = String::from(HEADER);
    for i in 0..20_000 {
        file.push_str(&format!(
            "{};Person {i};person.{i}@exempelby.se;{};USK|SSK;{}\n",
            500_000 + i,
            units[i % units.len()],
            if i % 25 == 0 { "ja" } else { "" }
        ));
    }

    let started = std::time::Instant::now();
    let dry = report(import(&app, &admin, &file, false).await).await;
    let dry_time = started.elapsed();
    let applied = report(import(&app, &admin, &file, true).await).await;
    let total = started.elapsed();
    let again = report(import(&app, &admin, &file, false).await).await;

    assert!(
        dry.errors.is_empty(),
        "{:?}",
        &dry.errors[..dry.errors.len().min(3)]
    );
    assert_eq!(applied.created.len(), 20_000);
    assert!(
        applied.deactivated.len() >= 50,
        "the demo people are not in this file"
    );
    assert_eq!(again.unchanged, 20_000);
    assert!(again.created.is_empty() && again.updated.is_empty());
    println!(
        "import of 20,000 rows ({:?}): dry run {dry_time:?}, dry run + apply {total:?} (debug build)",
        app.db.kind
    );
}
