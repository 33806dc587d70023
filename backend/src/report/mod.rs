//! The organisation report: the share of staff meeting their minimum levels by unit and by
//! competence, and the trend month by month from stored snapshots.

pub mod cache;
pub mod snapshots;

use crate::db::report::{UnitCount, ALL};
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use cache::ReportCache;
use common::{OrgReport, ReportCompetence, ReportMonth, ReportUnit, Share, Unit};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// The report over `units` (the subtrees in scope, in tree order) from the database's counts
/// and the stored months; `month` (`YYYY-MM`) is the current one, taken from `counts` rather
/// than from its snapshot.
pub fn assemble(
    framework: String,
    order: &[String],
    units: &[Unit],
    counts: &[UnitCount],
    stored: Vec<(String, i64, i64)>,
    as_of: String,
    month: &str,
) -> OrgReport {
    let share = |people: i64, meeting: i64| Share {
        people: u32::try_from(people).unwrap_or(0),
        meeting: u32::try_from(meeting).unwrap_or(0),
    };
    let add = |a: Share, b: Share| Share {
        people: a.people + b.people,
        meeting: a.meeting + b.meeting,
    };
    // Each unit's own people, then each unit with everything under it.
    let mut totals: HashMap<&str, Share> = HashMap::new();
    let mut by_competence: BTreeMap<&str, Share> = BTreeMap::new();
    for count in counts {
        let own = share(count.people, count.meeting);
        if count.competence == ALL {
            totals.insert(&count.unit_id, own);
        } else {
            let entry = by_competence.entry(&count.competence).or_default();
            *entry = add(*entry, own);
        }
    }
    let mut deepest_first: Vec<&Unit> = units.iter().collect();
    deepest_first.sort_by_key(|u| std::cmp::Reverse(u.depth));
    let in_scope: HashMap<&str, &Unit> = units.iter().map(|u| (u.id.as_str(), u)).collect();
    let mut all = Share::default();
    for unit in deepest_first {
        let total = totals.get(unit.id.as_str()).copied().unwrap_or_default();
        match unit
            .parent_id
            .as_deref()
            .filter(|p| in_scope.contains_key(p))
        {
            Some(parent) => {
                let entry = totals.entry(parent).or_default();
                *entry = add(*entry, total);
            }
            None => all = add(all, total),
        }
    }
    let mut trend: Vec<ReportMonth> = stored
        .into_iter()
        .filter(|(m, _, _)| m.as_str() < month)
        .map(|(month, people, meeting)| ReportMonth {
            month,
            all: share(people, meeting),
        })
        .collect();
    trend.push(ReportMonth {
        month: month.to_owned(),
        all,
    });
    OrgReport {
        framework,
        as_of,
        all,
        units: units
            .iter()
            .map(|u| ReportUnit {
                id: u.id.clone(),
                name: u.name.clone(),
                depth: u.depth,
                all: totals.get(u.id.as_str()).copied().unwrap_or_default(),
            })
            .collect(),
        competences: order
            .iter()
            .filter_map(|id| {
                Some(ReportCompetence {
                    competence: id.clone(),
                    share: *by_competence.get(id.as_str())?,
                })
            })
            .collect(),
        trend,
    }
}

/// Middleware: a successful write through the API may change what the report counts.
/// Progress events only record lessons read, which the report does not count.
pub async fn invalidate_on_write(
    State(cache): State<Arc<ReportCache>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    // Writes that cannot change anyone's evidence: lesson progress, library sessions, resume
    // codes. Citizens in a session write often; they should not empty the cache each time.
    let without_evidence = path == "/api/progress-events"
        || path.starts_with("/api/library-sessions")
        || path.starts_with("/api/resume-codes");
    let writes = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) && !without_evidence;
    let response = next.run(request).await;
    if writes && response.status().is_success() {
        cache.invalidate();
    }
    response
}
