//! `digikomp seed` makes a realistic municipality: exact sizes, requirements that courses can
//! meet, passes stored as a passed quiz stores them, working logins; and it never seeds twice.

use crate::helpers::{on_both_databases, TestApp};
use backend::db::evidence::MONTH_SECS;
use backend::seed::{self, SeedError, SeedOptions, SeedSummary};
use common::{Audience, GrantKind, Lang, Me, Unit};
use std::collections::HashMap;

on_both_databases!(seeding_makes_storby_once);

const EMPLOYEES: u32 = 450;

async fn seeding_makes_storby_once(app: TestApp) {
    let now = backend::db::now();
    let options = SeedOptions {
        employees: EMPLOYEES,
        rng_seed: 42,
        now,
    };
    let reported = std::sync::Mutex::new(Vec::new());
    let report = |done: u64| reported.lock().expect("lock").push(done);

    let summary = seed::run(&app.db, &app.catalog, &options, &report)
        .await
        .expect("Storby seeds");

    assert_eq!(reported.lock().expect("lock").last(), Some(&450));
    let municipality = assert_organisation(&app, &summary).await;
    assert_passes(&app, &summary, now).await;
    assert_lessons_and_assignments(&app, now).await;
    assert_logins(&app, &municipality).await;
    assert_seeding_again_is_refused(&app, &options).await;
}

/// Exactly the people asked for, the 200-person unit, and requirements that courses meet.
async fn assert_organisation(app: &TestApp, summary: &SeedSummary) -> String {
    let municipality = app.id_of("units", "code", seed::MUNICIPALITY_CODE).await;
    assert_eq!(summary.municipality_id, municipality);
    let (active,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM people WHERE municipality_id = $1 AND active = 1")
            .bind(&municipality)
            .fetch_one(&app.db.pool)
            .await
            .expect("count");
    assert_eq!(active, i64::from(EMPLOYEES));
    let team = app.id_of("units", "code", seed::TEAM_CODE).await;
    let in_team = backend::db::units::count_people(&app.db.pool, &team)
        .await
        .expect("count");
    assert_eq!(in_team, seed::TEAM_SIZE);
    let requirements: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT r.code, q.competence, q.level FROM role_requirements q \
         JOIN job_roles r ON r.id = q.role_id WHERE r.municipality_id = $1",
    )
    .bind(&municipality)
    .fetch_all(&app.db.pool)
    .await
    .expect("requirements");
    assert!(requirements.len() >= 50, "{}", requirements.len());
    let staff = app.catalog.summaries(Lang::Sv, Some(Audience::Staff));
    for (role, competence, level) in &requirements {
        let reachable = staff.iter().any(|course| {
            course
                .competences
                .iter()
                .any(|a| a.id == *competence && i64::from(a.level) >= *level)
        });
        assert!(reachable, "{role} needs {competence} at {level}: no course");
    }
    let (without_role,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM people p WHERE p.municipality_id = $1 \
         AND NOT EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id)",
    )
    .bind(&municipality)
    .fetch_one(&app.db.pool)
    .await
    .expect("count");
    assert_eq!(without_role, 0, "everyone has a job role");
    municipality
}

/// Each pass is a certificate plus evidence at every level of its course, with its validity;
/// some evidence has expired.
async fn assert_passes(app: &TestApp, summary: &SeedSummary, now: i64) {
    let certificates: Vec<(String, String, i64, Option<i64>)> =
        sqlx::query_as("SELECT person_id, course_slug, issued_at, valid_until FROM certificates")
            .fetch_all(&app.db.pool)
            .await
            .expect("certificates");
    let evidence: Vec<(String, String, String, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT person_id, course_slug, competence, level, awarded_at, expires_at FROM evidence",
    )
    .fetch_all(&app.db.pool)
    .await
    .expect("evidence");
    assert_eq!(certificates.len(), summary.passes);
    assert_eq!(evidence.len(), summary.evidence);
    assert!(certificates.len() > usize::try_from(EMPLOYEES).unwrap_or(0));
    // (person, course, when) → (competence, level, expiry) of each evidence row.
    type Awarded<'a> = HashMap<(&'a str, &'a str, i64), Vec<(&'a str, i64, Option<i64>)>>;
    let mut awarded: Awarded = HashMap::new();
    for (person, slug, competence, level, at, expires) in &evidence {
        awarded
            .entry((person, slug, *at))
            .or_default()
            .push((competence, *level, *expires));
    }
    for (person, slug, issued_at, valid_until) in &certificates {
        let meta = app.catalog.meta(slug).expect("a served course");
        let expected_end = meta
            .validity_months
            .map(|months| issued_at + i64::from(months) * MONTH_SECS);
        assert_eq!(*valid_until, expected_end, "{slug}");
        let mut rows = awarded
            .remove(&(person.as_str(), slug.as_str(), *issued_at))
            .unwrap_or_default();
        rows.sort();
        let mut wanted: Vec<(&str, i64, Option<i64>)> = meta
            .competences
            .iter()
            .map(|a| (a.id.as_str(), i64::from(a.level), expected_end))
            .collect();
        wanted.sort();
        assert_eq!(rows, wanted, "evidence of {slug}");
    }
    assert!(awarded.is_empty(), "no evidence without a certificate");
    let expired = evidence
        .iter()
        .filter(|e| e.5.is_some_and(|end| end < now))
        .count();
    let expiring = evidence
        .iter()
        .filter(|e| e.5.is_some_and(|end| end >= now && end < now + 60 * 86_400))
        .count();
    assert!(
        expired > 0 && expiring > 0,
        "{expired} expired, {expiring} expiring"
    );
    assert!(
        expired < evidence.len() / 3,
        "{expired} of {}",
        evidence.len()
    );
}

async fn assert_lessons_and_assignments(app: &TestApp, now: i64) {
    let (events, people, other_kinds): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(DISTINCT person_id), \
         COUNT(*) - SUM(CASE WHEN kind = 'lesson-completed' THEN 1 ELSE 0 END) \
         FROM progress_events WHERE person_id IS NOT NULL",
    )
    .fetch_one(&app.db.pool)
    .await
    .expect("events");
    assert!(
        events > people && people > 10,
        "{events} events of {people}"
    );
    assert_eq!(other_kinds, 0);
    let today = backend::competence::date_of(now);
    let due: Vec<(String,)> = sqlx::query_as("SELECT due_on FROM assignments")
        .fetch_all(&app.db.pool)
        .await
        .expect("assignments");
    assert!(due.iter().any(|(d,)| *d < today), "some overdue");
    assert!(due.iter().any(|(d,)| *d > today), "some due ahead");
}

/// The manager of the 200-person unit and the administrator sign in with the seed password.
async fn assert_logins(app: &TestApp, municipality: &str) {
    let manager = app.login_as(seed::MANAGER_EMAIL, seed::PASSWORD).await;
    let me: Me = manager
        .get(format!("{}/api/me", app.address))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("me");
    let team = app.id_of("units", "code", seed::TEAM_CODE).await;
    assert!(me
        .grants
        .iter()
        .any(|g| g.kind == GrantKind::Manager && g.unit.id == team));
    let mine = app.competence_of(&manager, Lang::Sv).await;
    assert!(!mine.required.is_empty());

    let admin = app.login_as(seed::ADMIN_EMAIL, seed::PASSWORD).await;
    let units: Vec<Unit> = admin
        .get(format!(
            "{}/api/municipalities/{municipality}/units",
            app.address
        ))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("units");
    let team = units
        .iter()
        .find(|u| u.code == seed::TEAM_CODE)
        .expect("HTC");
    assert_eq!(team.people, seed::TEAM_SIZE);
    assert_eq!(team.depth, 3, "under Hemtjänsten under the förvaltning");
    let people: u32 = units.iter().map(|u| u.people).sum();
    assert_eq!(people, EMPLOYEES);
}

async fn assert_seeding_again_is_refused(app: &TestApp, options: &SeedOptions) {
    let tables = [
        "units",
        "people",
        "evidence",
        "certificates",
        "progress_events",
        "assignments",
    ];
    let mut before = Vec::new();
    for table in tables {
        before.push(app.count_rows(table).await);
    }

    let again = seed::run(&app.db, &app.catalog, options, &|_| {}).await;
    let too_few = SeedOptions {
        employees: 10,
        ..options.clone()
    };
    let tiny = seed::run(&app.db, &app.catalog, &too_few, &|_| {}).await;

    assert!(matches!(again, Err(SeedError::Exists)), "{again:?}");
    assert!(matches!(tiny, Err(SeedError::TooFew(10))), "{tiny:?}");
    let mut after = Vec::new();
    for table in tables {
        after.push(app.count_rows(table).await);
    }
    assert_eq!(after, before, "nothing changed");
}

/// `digikomp seed` ends with `db::analyze`: on SQLite it keeps the tables' sizes for the
/// planner but no sampled values, which would make SQLite plan every query again at each
/// execution.
#[tokio::test]
async fn statistics_on_sqlite_keep_sizes_but_no_samples() {
    let app = TestApp::spawn(crate::helpers::Backend::Sqlite).await;
    app.seed_demo().await;

    backend::db::analyze(&app.db.pool).await.expect("analyze");

    let count = |table: &'static str| {
        let pool = app.db.pool.clone();
        async move {
            let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&pool)
                .await
                .expect("count");
            n
        }
    };
    assert!(count("sqlite_stat1").await > 0, "sizes are kept");
    assert_eq!(count("sqlite_stat4").await, 0, "no sampled values");
}
