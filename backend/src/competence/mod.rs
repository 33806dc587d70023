//! A person measured against their job: requirements, evidence, gaps and the courses that
//! close them; and awarding evidence when a course is passed.

pub mod rules;

use crate::courses::Catalog;
use crate::db::{self, certificates::NewCertificate, evidence::NewEvidence, Db};
use common::{AssignmentView, CompetenceStatus, Completion, Lang, MyCompetence};
use rules::Award;
use sqlx::{AnyConnection, AnyPool};
use std::collections::{BTreeMap, BTreeSet};

/// Awards a passed course to a person: its levels as evidence (valid for the course's validity
/// period) and a certificate. Returns the certificate's code, or `None` for a course that is
/// no longer served.
pub async fn award(
    conn: &mut AnyConnection,
    catalog: &Catalog,
    person_id: &str,
    attempt_id: Option<&str>,
    slug: &str,
    lang: Lang,
    at: i64,
) -> Result<Option<String>, sqlx::Error> {
    let Some(course) = PassedCourse::find(catalog, slug, lang) else {
        return Ok(None);
    };
    let code = db::certificates::new_code();
    let rows = course.rows(person_id, attempt_id, &code, at);
    db::evidence::insert_many(conn, &rows.evidence).await?;
    db::certificates::insert(conn, &rows.certificate).await?;
    Ok(Some(code))
}

/// A course as a pass of it is recorded: what it awards, for how long, and its title in the
/// learner's language. The one definition of what a pass stores, used by [`award`] and by
/// the bulk inserts of `digikomp seed`.
pub struct PassedCourse<'c> {
    pub slug: String,
    meta: &'c crate::courses::course::CourseMeta,
    title: String,
    lang: Lang,
    framework: String,
}

/// The rows one pass stores: evidence at each of the course's levels, and its certificate.
pub struct PassRows<'a> {
    pub evidence: Vec<NewEvidence<'a>>,
    pub certificate: NewCertificate<'a>,
}

impl<'c> PassedCourse<'c> {
    /// The course `slug` as passed in `lang` (or its first language), if it is served.
    pub fn find(catalog: &'c Catalog, slug: &str, lang: Lang) -> Option<PassedCourse<'c>> {
        let meta = catalog.meta(slug)?;
        let course = catalog.course_ref(slug, lang, None)?;
        Some(PassedCourse {
            slug: course.slug,
            meta,
            title: course.title,
            lang: course.lang,
            framework: catalog.framework.key(),
        })
    }

    /// The rows a pass at time `at` stores, under certificate `code`.
    pub fn rows<'a>(
        &'a self,
        person_id: &'a str,
        attempt_id: Option<&'a str>,
        code: &'a str,
        at: i64,
    ) -> PassRows<'a> {
        let valid_until = self
            .meta
            .validity_months
            .map(|months| at + i64::from(months) * db::evidence::MONTH_SECS);
        let evidence = self
            .meta
            .competences
            .iter()
            .map(|award| NewEvidence {
                person_id,
                course_slug: &self.slug,
                course_version: self.meta.version,
                framework: &self.framework,
                competence: &award.id,
                level: award.level,
                awarded_at: at,
                expires_at: valid_until,
            })
            .collect();
        let certificate = NewCertificate {
            code,
            person_id,
            attempt_id,
            course_slug: &self.slug,
            course_title: &self.title,
            lang: self.lang,
            course_version: self.meta.version,
            framework: &self.framework,
            competences: &self.meta.competences,
            issued_at: at,
            valid_until,
        };
        PassRows {
            evidence,
            certificate,
        }
    }
}

/// Carries anonymous progress over to the person who signed in: the browser's learner becomes
/// theirs unless someone else has it, and the anonymous lesson events and quiz attempts of
/// every learner of theirs (including those sent after a session of theirs ended) become
/// theirs, earlier passes awarded with their original dates.
pub async fn carry_over(
    pool: &AnyPool,
    catalog: &Catalog,
    learner_id: Option<&str>,
    person_id: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    if let Some(learner_id) = learner_id {
        db::learners::claim(&mut tx, learner_id, person_id, db::now()).await?;
    }
    db::progress_events::claim(&mut tx, person_id).await?;
    for pass in db::quiz_attempts::claim(&mut tx, person_id).await? {
        let lang = pass.lang.parse().unwrap_or_default();
        award(
            &mut tx,
            catalog,
            person_id,
            Some(&pass.id),
            &pass.course_slug,
            lang,
            pass.created_at,
        )
        .await?;
    }
    tx.commit().await
}

/// Everything `GET /api/me/competence` is made of, as read from the database.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// (competence, level) from every job role and the baseline.
    pub levels: Vec<(String, u8)>,
    pub evidence: Vec<Award>,
    pub self_assessed: BTreeMap<String, u8>,
    pub self_assessed_at: Option<i64>,
    /// (course, due date, assigned at), soonest due first.
    pub assignments: Vec<(String, String, i64)>,
    /// Newest first.
    pub certificates: Vec<Pass>,
    /// Courses with a completed lesson or a quiz attempt.
    pub started: BTreeSet<String>,
}

/// A passed course as the competence view shows it: the certificate's code, and the title
/// and language it was taken in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pass {
    pub code: String,
    pub course_slug: String,
    pub course_title: String,
    pub lang: Lang,
    pub issued_at: i64,
    pub valid_until: Option<i64>,
}

/// Reads a person's inputs in one database round trip, however much they have done.
pub async fn inputs(db: &Db, catalog: &Catalog, person_id: &str) -> Result<Inputs, sqlx::Error> {
    db::competence::inputs(db, person_id, &catalog.framework.key()).await
}

/// The "my competence" view at time `now`, courses named in `lang`.
pub fn assess(catalog: &Catalog, inputs: &Inputs, lang: Lang, now: i64) -> MyCompetence {
    let required = rules::required(inputs.levels.iter().map(|(c, l)| (c.as_str(), *l)));
    let order = |id: &str| {
        catalog
            .framework
            .competences
            .iter()
            .position(|c| c.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut statuses: Vec<CompetenceStatus> = required
        .iter()
        .map(|(competence, &level)| {
            let standing = rules::standing(&inputs.evidence, competence, level, now);
            let closing_courses = if standing.gap > 0 || standing.expiring_soon {
                catalog.closing(competence, level, lang)
            } else {
                Vec::new()
            };
            CompetenceStatus {
                competence: competence.clone(),
                required: standing.required,
                achieved: standing.achieved,
                gap: standing.gap,
                valid_until: standing.valid_until,
                expiring_soon: standing.expiring_soon,
                self_assessed: inputs.self_assessed.get(competence).copied(),
                closing_courses,
            }
        })
        .collect();
    statuses.sort_by_key(|s| order(&s.competence));
    let gap_count = statuses.iter().filter(|s| s.gap > 0).count();

    let mut completed = Vec::new();
    let mut seen = BTreeSet::new();
    for certificate in &inputs.certificates {
        // The newest certificate of each course.
        if !seen.insert(certificate.course_slug.as_str()) {
            continue;
        }
        let course = catalog
            .course_ref(&certificate.course_slug, lang, None)
            .unwrap_or_else(|| common::CourseRef {
                slug: certificate.course_slug.clone(),
                title: certificate.course_title.clone(),
                lang: certificate.lang,
                minutes: 0,
                level: 0,
            });
        completed.push(Completion {
            course,
            passed_at: certificate.issued_at,
            valid_until: certificate.valid_until,
            certificate: certificate.code.clone(),
        });
    }

    let today = date_of(now);
    let assignments = inputs
        .assignments
        .iter()
        .filter_map(|(slug, due, assigned_at)| {
            let course = catalog.course_ref(slug, lang, None)?;
            let passes = inputs
                .certificates
                .iter()
                .filter(|c| c.course_slug == *slug)
                .map(|c| (c.issued_at, c.valid_until));
            let started = inputs.started.contains(slug);
            let status = rules::assignment_status(passes, *assigned_at, due, started, &today, now);
            Some(AssignmentView {
                course,
                due: due.clone(),
                status,
            })
        })
        .collect();

    MyCompetence {
        framework: catalog.framework.key(),
        required: statuses,
        gap_count,
        assignments,
        completed,
        self_assessed_at: inputs.self_assessed_at,
    }
}

/// The UTC calendar date of a Unix time, `YYYY-MM-DD`.
pub fn date_of(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| t.date().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use common::AssignmentStatus;
    use std::path::Path;

    const NOW: i64 = 1_800_000_000;

    fn catalog() -> Catalog {
        Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses"))
            .expect("courses")
            .0
    }

    fn inputs() -> Inputs {
        Inputs {
            levels: vec![
                ("2.6".into(), 3),
                ("1.1".into(), 2),
                ("2.6".into(), 2),
                ("4.2".into(), 3),
            ],
            evidence: vec![Award {
                competence: "4.2".into(),
                level: 4,
                expires_at: None,
            }],
            ..Inputs::default()
        }
    }

    #[test]
    fn gaps_follow_the_rules_and_list_the_shortest_closing_course_first() {
        let view = assess(&catalog(), &inputs(), Lang::Sv, NOW);
        let rows: Vec<(&str, u8, u8, u8)> = view
            .required
            .iter()
            .map(|s| (s.competence.as_str(), s.required, s.achieved, s.gap))
            .collect();
        assert_eq!(rows, [("1.1", 2, 0, 2), ("2.6", 3, 0, 3), ("4.2", 3, 4, 0)]);
        assert_eq!(view.gap_count, 2);
        let closing = &view.required[0].closing_courses;
        assert!(closing.len() >= 2, "{closing:?}");
        assert!(closing.windows(2).all(|w| w[0].minutes <= w[1].minutes));
        assert!(closing.iter().all(|c| c.level >= 2 && c.lang == Lang::Sv));
        assert!(view.required[2].closing_courses.is_empty());
    }

    #[test]
    fn self_assessment_never_closes_a_gap() {
        let catalog = catalog();
        let mut with_self = inputs();
        with_self.self_assessed = [("1.1".to_owned(), 6), ("2.6".to_owned(), 6)].into();
        let plain = assess(&catalog, &inputs(), Lang::En, NOW);
        let assessed = assess(&catalog, &with_self, Lang::En, NOW);
        assert_eq!(assessed.gap_count, plain.gap_count);
        assert_eq!(assessed.required[0].self_assessed, Some(6));
        assert_eq!(assessed.required[0].gap, 2);
    }

    #[test]
    fn assignments_are_overdue_after_their_date_unless_done() {
        let catalog = catalog();
        let mut inputs = inputs();
        inputs.assignments = vec![
            (
                "digital-meetings".into(),
                date_of(NOW - 86_400),
                NOW - 864_000,
            ),
            (
                "phishing-at-work".into(),
                date_of(NOW + 86_400),
                NOW - 864_000,
            ),
        ];
        inputs.started.insert("phishing-at-work".into());
        let statuses: Vec<AssignmentStatus> = assess(&catalog, &inputs, Lang::Sv, NOW)
            .assignments
            .iter()
            .map(|a| a.status)
            .collect();
        assert_eq!(
            statuses,
            [AssignmentStatus::Overdue, AssignmentStatus::InProgress]
        );
    }
}
