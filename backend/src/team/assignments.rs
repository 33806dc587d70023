//! The manager's follow-up of assignments: each one's status by the rules, and the counts.

use crate::competence::{date_of, rules};
use crate::courses::Catalog;
use crate::db::assignments::SubtreeAssignment;
use common::{AssignmentStatus, Lang, NamedRef, TeamAssignment, TeamAssignments};
use std::collections::{HashMap, HashSet};

/// The assignments with their status at time `now`, soonest due first; courses no longer
/// served are left out.
pub fn follow_up(
    catalog: &Catalog,
    assignments: Vec<SubtreeAssignment>,
    passes: &[(String, String, i64, Option<i64>)],
    started: &[(String, String)],
    lang: Lang,
    now: i64,
) -> TeamAssignments {
    let today = date_of(now);
    // (issued at, valid until) of each person's passes of each course.
    type Passes = Vec<(i64, Option<i64>)>;
    let mut passes_of: HashMap<(&str, &str), Passes> = HashMap::new();
    for (person, slug, issued_at, valid_until) in passes {
        passes_of
            .entry((person, slug))
            .or_default()
            .push((*issued_at, *valid_until));
    }
    let started: HashSet<(&str, &str)> = started
        .iter()
        .map(|(p, s)| (p.as_str(), s.as_str()))
        .collect();
    let mut list: Vec<TeamAssignment> = assignments
        .into_iter()
        .filter_map(|a| {
            let course = catalog.course_ref(&a.course_slug, lang, None)?;
            let key = (a.person_id.as_str(), a.course_slug.as_str());
            let status = rules::assignment_status(
                passes_of.get(&key).into_iter().flatten().copied(),
                a.assigned_at,
                &a.due_on,
                started.contains(&key),
                &today,
                now,
            );
            Some(TeamAssignment {
                person: NamedRef {
                    id: a.person_id,
                    name: a.person_name,
                },
                course,
                due: a.due_on,
                status,
            })
        })
        .collect();
    list.sort_by(|a, b| {
        (&a.due, a.person.name.to_lowercase(), &a.course.slug).cmp(&(
            &b.due,
            b.person.name.to_lowercase(),
            &b.course.slug,
        ))
    });
    let count = |status| list.iter().filter(|a| a.status == status).count() as u32;
    TeamAssignments {
        not_started: count(AssignmentStatus::NotStarted),
        in_progress: count(AssignmentStatus::InProgress),
        done: count(AssignmentStatus::Done),
        overdue: count(AssignmentStatus::Overdue),
        assignments: list,
    }
}
