//! Demo mode seeds Exempelby kommun as PRODUCT.md describes it.

use crate::helpers::{on_both_databases, TestApp};
use std::collections::HashMap;

on_both_databases!(demo_mode_seeds_exempelby_once);

async fn demo_mode_seeds_exempelby_once(app: TestApp) {
    app.seed_demo().await;
    let people = app.count_rows("people").await;
    let units = app.count_rows("units").await;

    app.seed_demo().await;

    assert_eq!(
        app.count_rows("people").await,
        people,
        "seeding twice adds nothing"
    );
    assert_eq!(app.count_rows("units").await, units);
    assert!((50..=80).contains(&people), "about 60 people: {people}");
    assert!(units >= 10);
    assert!(app.count_rows("job_roles").await >= 8);
    for email in [
        "admin@exempelby.se",
        "chef@exempelby.se",
        "anstalld@exempelby.se",
        "bibliotek@exempelby.se",
    ] {
        app.demo_user(email).await;
    }
    // Varied progress: the demo employee starts with exactly three gaps.
    let gaps = gaps_of(&app, "anstalld@exempelby.se").await;
    assert_eq!(gaps.len(), 3, "{gaps:?}");
    let mut counts = Vec::new();
    let emails: Vec<(String,)> = sqlx::query_as("SELECT email FROM people WHERE email IS NOT NULL")
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    for (email,) in emails {
        counts.push(gaps_of(&app, &email).await.len());
    }
    assert!(counts.iter().any(|c| *c == 0), "some meet every minimum");
    assert!(
        counts.iter().filter(|c| **c >= 3).count() >= 5,
        "several have many gaps"
    );
}

/// Required minus achieved per competence, from the tables directly: requirement = highest
/// over the person's roles and the baseline; achieved = highest unexpired evidence.
async fn gaps_of(app: &TestApp, email: &str) -> HashMap<String, i64> {
    let now = backend::db::now();
    let required: Vec<(String, i64)> = sqlx::query_as(
        "SELECT q.competence, MAX(q.level) FROM role_requirements q JOIN job_roles r ON r.id = q.role_id \
         JOIN people p ON p.municipality_id = r.municipality_id \
         WHERE p.email = $1 AND (r.baseline = 1 OR r.id IN (SELECT role_id FROM person_roles WHERE person_id = p.id)) \
         GROUP BY q.competence",
    )
    .bind(email)
    .fetch_all(&app.db.pool)
    .await
    .unwrap();
    let achieved: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>(
        "SELECT e.competence, MAX(e.level) FROM evidence e JOIN people p ON p.id = e.person_id \
         WHERE p.email = $1 AND (e.expires_at IS NULL OR e.expires_at > $2) GROUP BY e.competence",
    )
    .bind(email)
    .bind(now)
    .fetch_all(&app.db.pool)
    .await
    .unwrap()
    .into_iter()
    .collect();
    required
        .into_iter()
        .filter_map(|(competence, level)| {
            let gap = level - achieved.get(&competence).copied().unwrap_or(0);
            (gap > 0).then_some((competence, gap))
        })
        .collect()
}
