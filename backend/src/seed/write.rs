//! Writes a [`Plan`] in one transaction: the organisation first, then the people and what they
//! did, a batch of employees at a time, many rows per statement.

use super::activity::Courses;
use super::{roles, Plan, SeedError, SeedOptions, SeedSummary, MUNICIPALITY_CODE, PASSWORD};
use crate::auth::password;
use crate::competence::{date_of, PassedCourse};
use crate::db::{self, assignments, certificates, evidence, people, Db, DbKind};
use crate::routes::municipalities;
use common::{GrantKind, Lang, ProgressKind};
use sqlx::AnyConnection;
use std::collections::HashMap;
use std::ops::Range;

/// Employees written between two reports of progress.
const BATCH: usize = 1_000;

/// What the batches share: ids of roles, the courses, the login password.
struct Context<'a> {
    plan: &'a Plan,
    municipality_id: String,
    role_ids: HashMap<&'static str, String>,
    /// The manager of each unit, as an index into the people.
    managers: HashMap<usize, usize>,
    courses: Vec<PassedCourse<'a>>,
    slugs: Vec<&'a str>,
    password_hash: String,
    now: i64,
    /// Rows per statement, per value in a row.
    statement_values: usize,
}

impl Context<'_> {
    /// `rows` cut into statements of at most `statement_values` values.
    fn statements<'r, T>(&self, rows: &'r [T], columns: usize) -> std::slice::Chunks<'r, T> {
        rows.chunks((self.statement_values / columns).max(1))
    }
}

/// Writes the plan, telling `progress` how many employees are written so far.
pub async fn write(
    db: &Db,
    catalog: &crate::courses::Catalog,
    plan: &Plan,
    courses: &Courses,
    options: &SeedOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<SeedSummary, SeedError> {
    let password_hash =
        password::hash(PASSWORD).map_err(|err| SeedError::Password(err.to_string()))?;
    let passed = courses
        .list
        .iter()
        .map(|c| PassedCourse::find(catalog, &c.slug, Lang::Sv))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| SeedError::Data("a staff course has no text".to_owned()))?;
    let mut tx = db.pool.begin().await?;
    let (root, baseline) =
        municipalities::create(&mut tx, MUNICIPALITY_CODE, super::MUNICIPALITY_NAME).await?;
    super::org::insert(&mut tx, &root, &plan.units, &plan.unit_ids, options.now).await?;
    let context = Context {
        plan,
        role_ids: roles::insert(&mut tx, catalog, &root.id, baseline, options.now).await?,
        municipality_id: root.id,
        managers: plan
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.manager)
            .map(|(i, p)| (p.unit, i))
            .collect(),
        courses: passed,
        slugs: courses.list.iter().map(|c| c.slug.as_str()).collect(),
        password_hash,
        now: options.now,
        statement_values: statement_values(db.kind),
    };
    let mut summary = counts(plan, &context.municipality_id);
    let total = plan.people.len();
    for start in (0..total).step_by(BATCH) {
        let batch = start..(start + BATCH).min(total);
        write_people(&mut tx, &context, batch.clone()).await?;
        write_activity(&mut tx, &context, batch.clone(), &mut summary).await?;
        progress(batch.end as u64);
    }
    tx.commit().await?;
    Ok(summary)
}

/// How many values to bind in one statement.
fn statement_values(kind: DbKind) -> usize {
    match kind {
        // sqlx looks up every SQLite parameter by name, in time that grows with their number:
        // small statements are several times faster there.
        DbKind::Sqlite => 500,
        // Whole batches: the db functions cut them below PostgreSQL's parameter limit.
        DbKind::Postgres => usize::MAX,
    }
}

/// The summary's counts known from the plan; the activity's are added as it is written.
fn counts(plan: &Plan, municipality_id: &str) -> SeedSummary {
    SeedSummary {
        municipality_id: municipality_id.to_owned(),
        units: plan.units.len() + 1,
        people: plan.people.len(),
        team_size: plan
            .people
            .iter()
            .filter(|p| plan.units[p.unit].code == super::TEAM_CODE)
            .count(),
        job_roles: roles::ROLES.len() + 1,
        passes: 0,
        evidence: 0,
        lesson_events: 0,
        assignments: 0,
    }
}

/// People of the batch, the two logins with the password; then their roles and grants.
async fn write_people(
    conn: &mut AnyConnection,
    context: &Context<'_>,
    batch: Range<usize>,
) -> Result<(), sqlx::Error> {
    let plan = context.plan;
    let fields = |i: usize| people::PersonFields {
        id: &plan.people[i].id,
        municipality_id: Some(&context.municipality_id),
        unit_id: Some(&plan.unit_ids[plan.people[i].unit]),
        name: &plan.people[i].name,
        email: Some(&plan.people[i].email),
        employee_number: Some(&plan.people[i].employee_number),
        active: true,
        superadmin: false,
    };
    let is_login = |i: &usize| {
        [super::ADMIN_EMAIL, super::MANAGER_EMAIL].contains(&plan.people[*i].email.as_str())
    };
    let (logins, others): (Vec<usize>, Vec<usize>) = batch.clone().partition(is_login);
    let others: Vec<people::PersonFields> = others.into_iter().map(fields).collect();
    for statement in context.statements(&others, 12) {
        people::insert_many(conn, statement, context.now).await?;
    }
    for i in logins {
        people::insert(conn, &fields(i), Some(&context.password_hash), context.now).await?;
    }
    write_roles_and_grants(conn, context, batch).await
}

/// Everyone's job roles; each unit's manager manages it; the administrator administers all.
async fn write_roles_and_grants(
    conn: &mut AnyConnection,
    context: &Context<'_>,
    batch: Range<usize>,
) -> Result<(), sqlx::Error> {
    let plan = context.plan;
    let mut pairs = Vec::new();
    let mut grants = Vec::new();
    for i in batch {
        let person = &plan.people[i];
        for code in &person.roles {
            if let Some(role) = context.role_ids.get(code) {
                pairs.push((person.id.as_str(), role.as_str()));
            }
        }
        let id = person.id.as_str();
        if person.manager {
            let unit = plan.unit_ids[person.unit].as_str();
            grants.push((id, unit, GrantKind::Manager));
        }
        if i == plan.admin {
            grants.push((id, context.municipality_id.as_str(), GrantKind::Admin));
        }
    }
    for statement in context.statements(&pairs, 2) {
        people::insert_roles(conn, statement).await?;
    }
    people::insert_grants(conn, &grants).await
}

/// The batch's passes, lessons under way and assignments.
async fn write_activity(
    conn: &mut AnyConnection,
    context: &Context<'_>,
    batch: Range<usize>,
    summary: &mut SeedSummary,
) -> Result<(), sqlx::Error> {
    let (passes, evidence) = write_passes(conn, context, &batch).await?;
    summary.passes += passes;
    summary.evidence += evidence;
    summary.lesson_events += write_lessons(conn, context, &batch).await?;
    let plan = context.plan;
    let assigned = plan.activity.assignments.iter();
    for assignment in assigned.filter(|a| batch.contains(&a.person)) {
        let person = &plan.people[assignment.person];
        let manager = context.managers.get(&person.unit);
        let manager = manager.map(|&m| plan.people[m].id.as_str());
        assignments::upsert(
            conn,
            &assignments::NewAssignment {
                person_id: &person.id,
                course_slug: context.slugs[assignment.course],
                due_on: &date_of(context.now + assignment.due_in_days * 86_400),
                assigned_by: manager.filter(|id| *id != person.id),
                assigned_at: assignment.assigned_at,
            },
        )
        .await?;
        summary.assignments += 1;
    }
    Ok(())
}

/// Evidence and certificates, exactly as a passed quiz awards them; returns how many passes
/// and evidence rows.
async fn write_passes(
    conn: &mut AnyConnection,
    context: &Context<'_>,
    batch: &Range<usize>,
) -> Result<(usize, usize), sqlx::Error> {
    let plan = context.plan;
    let passes = plan.activity.passes.iter();
    let passes: Vec<_> = passes.filter(|p| batch.contains(&p.person)).collect();
    // Certificate codes stay unguessable: they are the secret of the verification link.
    let codes: Vec<String> = passes.iter().map(|_| certificates::new_code()).collect();
    let mut evidence_rows = Vec::new();
    let mut certificate_rows = Vec::new();
    for (pass, code) in passes.iter().zip(&codes) {
        let person_id = &plan.people[pass.person].id;
        let rows = context.courses[pass.course].rows(person_id, None, code, pass.at);
        evidence_rows.extend(rows.evidence);
        certificate_rows.push(rows.certificate);
    }
    for statement in context.statements(&evidence_rows, 9) {
        evidence::insert_many(conn, statement).await?;
    }
    for statement in context.statements(&certificate_rows, 11) {
        certificates::insert_many(conn, statement).await?;
    }
    Ok((passes.len(), evidence_rows.len()))
}

/// Completed lessons of courses under way, sent from a browser of each person's own.
async fn write_lessons(
    conn: &mut AnyConnection,
    context: &Context<'_>,
    batch: &Range<usize>,
) -> Result<usize, sqlx::Error> {
    let plan = context.plan;
    let mut learners = Vec::new();
    let mut events = Vec::new();
    let under_way = plan.activity.lessons.iter();
    for lessons in under_way.filter(|l| batch.contains(&l.person)) {
        let learner_id = uuid::Uuid::new_v4().to_string();
        for lesson in 1..=lessons.done {
            events.push(db::progress_events::StoredEvent {
                id: uuid::Uuid::new_v4().to_string(),
                learner_id: learner_id.clone(),
                person_id: Some(plan.people[lessons.person].id.clone()),
                kind: ProgressKind::LessonCompleted.code().to_owned(),
                course_slug: context.slugs[lessons.course].to_owned(),
                lesson: i64::from(lesson),
                occurred_at: lessons.from + i64::from(lesson - 1) * 86_400,
            });
        }
        learners.push(learner_id);
    }
    let learner_refs: Vec<&str> = learners.iter().map(String::as_str).collect();
    for statement in context.statements(&learner_refs, 3) {
        db::learners::touch_many(conn, statement, context.now).await?;
    }
    for statement in context.statements(&events, 8) {
        db::progress_events::insert_new(conn, statement, context.now).await?;
    }
    Ok(events.len())
}
