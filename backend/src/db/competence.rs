//! A person's standing against their job, read in one round trip: everything
//! [`crate::competence::assess`] needs, from seven tables, as one row of JSON arrays (see
//! [`super::json`]: "my competence" is the most read signed-in page, and its rows, not its
//! indexed lookups, were its cost).

use super::json::{array_of, parse, rows_of};
use super::{Db, DbKind};
use crate::competence::rules::Award;
use crate::competence::{Inputs, Pass};
use std::sync::LazyLock;

static SQLITE: LazyLock<String> = LazyLock::new(|| sql(DbKind::Sqlite));
static POSTGRES: LazyLock<String> = LazyLock::new(|| sql(DbKind::Postgres));

/// One row of six arrays: requirements (competence, level) of the person's job roles and
/// their municipality's baseline; evidence (competence, level, expires); self-assessment
/// (competence, level, saved); assignments (course, due, assigned); passes (code, course,
/// title, language, issued, valid until); courses begun (a lesson done or a quiz tried).
/// `$1` is the person, `$2` the framework.
fn sql(kind: DbKind) -> String {
    let levels = rows_of(kind, "q.competence, q.level");
    let evidence = rows_of(kind, "competence, level, expires_at");
    let self_assessed = rows_of(kind, "competence, level, saved_at");
    let assignments = rows_of(kind, "course_slug, due_on, assigned_at");
    let passes = rows_of(
        kind,
        "code, course_slug, course_title, lang, issued_at, valid_until",
    );
    let started = array_of(kind, "course_slug");
    format!(
        "SELECT \
         (SELECT {levels} FROM role_requirements q JOIN job_roles r ON r.id = q.role_id \
          JOIN people p ON p.id = $1 \
          WHERE q.framework = $2 AND ((r.baseline = 1 AND r.municipality_id = p.municipality_id) \
           OR r.id IN (SELECT role_id FROM person_roles WHERE person_id = $1))), \
         (SELECT {evidence} FROM evidence WHERE person_id = $1 AND framework = $2), \
         (SELECT {self_assessed} FROM self_assessments WHERE person_id = $1 AND framework = $2), \
         (SELECT {assignments} FROM assignments WHERE person_id = $1), \
         (SELECT {passes} FROM certificates WHERE person_id = $1), \
         (SELECT {started} FROM (SELECT course_slug FROM progress_events \
           WHERE person_id = $1 AND kind = 'lesson-completed' \
           UNION SELECT course_slug FROM quiz_attempts WHERE person_id = $1) begun)"
    )
}

type Parts = (String, String, String, String, String, String);

/// The person's requirements, evidence, self-assessment, assignments (soonest due first),
/// passes (newest first) and courses begun, in `framework` where that applies.
pub async fn inputs(db: &Db, person_id: &str, framework: &str) -> Result<Inputs, sqlx::Error> {
    let sql: &str = match db.kind {
        DbKind::Sqlite => &SQLITE,
        DbKind::Postgres => &POSTGRES,
    };
    let (levels, evidence, self_assessed, assignments, passes, started): Parts =
        sqlx::query_as(sql)
            .bind(person_id)
            .bind(framework)
            .fetch_one(&db.pool)
            .await?;
    let level = |level: i64| level.clamp(0, 8) as u8;
    let mut inputs = Inputs {
        levels: parse::<(String, i64)>(&levels)?
            .into_iter()
            .map(|(competence, l)| (competence, level(l)))
            .collect(),
        evidence: parse::<(String, i64, Option<i64>)>(&evidence)?
            .into_iter()
            .map(|(competence, l, expires_at)| Award {
                competence,
                level: level(l),
                expires_at,
            })
            .collect(),
        assignments: parse(&assignments)?,
        certificates: parse::<(String, String, String, String, i64, Option<i64>)>(&passes)?
            .into_iter()
            .map(
                |(code, course_slug, course_title, lang, issued_at, valid_until)| Pass {
                    code,
                    course_slug,
                    course_title,
                    lang: lang.parse().unwrap_or_default(),
                    issued_at,
                    valid_until,
                },
            )
            .collect(),
        started: parse(&started)?.into_iter().collect(),
        ..Inputs::default()
    };
    for (competence, l, saved_at) in parse::<(String, i64, i64)>(&self_assessed)? {
        inputs.self_assessed.insert(competence, level(l));
        inputs.self_assessed_at = inputs.self_assessed_at.max(Some(saved_at));
    }
    inputs
        .assignments
        .sort_by(|a, b| (&a.1, &a.0).cmp(&(&b.1, &b.0)));
    inputs
        .certificates
        .sort_by(|a, b| (b.issued_at, &a.code).cmp(&(a.issued_at, &b.code)));
    Ok(inputs)
}
