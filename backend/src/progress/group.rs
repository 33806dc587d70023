//! The rules for a group of batches written in one transaction: each batch is decided as if
//! the batches before it in the group had been committed on their own. Pure, so the rules are
//! tested without a database.

use crate::db::progress_events::StoredEvent;
use std::collections::HashMap;

/// What became of one batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Stored: `new` of its events had not been stored before, the rest were repeats.
    Stored { new: usize },
    /// Refused whole, nothing of it stored: these ids were already used for other events.
    Conflict(Vec<String>),
}

/// What one transaction writes, and what each batch is told once it has committed.
#[derive(Debug)]
pub struct Plan<'a> {
    /// One per batch, in the group's order.
    pub outcomes: Vec<Outcome>,
    /// The events to insert, each id once.
    pub new_events: Vec<&'a StoredEvent>,
    /// The learners of the stored batches, sorted and each once.
    pub learner_ids: Vec<&'a str>,
}

/// Decides a group of batches, in order, against the events already `stored` under their ids.
/// Each batch's ids are expected to be distinct (the handler refuses a batch that reuses an
/// id for two different events).
pub fn plan<'a>(batches: &[&'a [StoredEvent]], stored: &'a [StoredEvent]) -> Plan<'a> {
    let mut known: HashMap<&str, &StoredEvent> = stored
        .iter()
        .map(|event| (event.id.as_str(), event))
        .collect();
    let mut plan = Plan {
        outcomes: Vec::with_capacity(batches.len()),
        new_events: Vec::new(),
        learner_ids: Vec::new(),
    };
    for batch in batches {
        let conflicting: Vec<String> = batch
            .iter()
            .filter(|event| {
                known
                    .get(event.id.as_str())
                    .is_some_and(|earlier| !same_event(earlier, event))
            })
            .map(|event| event.id.clone())
            .collect();
        if !conflicting.is_empty() {
            plan.outcomes.push(Outcome::Conflict(conflicting));
            continue;
        }
        let mut new = 0;
        for event in batch.iter() {
            plan.learner_ids.push(&event.learner_id);
            if !known.contains_key(event.id.as_str()) {
                known.insert(&event.id, event);
                plan.new_events.push(event);
                new += 1;
            }
        }
        plan.outcomes.push(Outcome::Stored { new });
    }
    plan.learner_ids.sort_unstable();
    plan.learner_ids.dedup();
    plan
}

/// The same event sent again. An event stored for one person is never another's; one stored
/// anonymously (or re-sent after the session ended) is the same event.
fn same_event(stored: &StoredEvent, wanted: &StoredEvent) -> bool {
    let people_agree = match (&stored.person_id, &wanted.person_id) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    people_agree
        && stored.learner_id == wanted.learner_id
        && stored.kind == wanted.kind
        && stored.course_slug == wanted.course_slug
        && stored.lesson == wanted.lesson
        && stored.occurred_at == wanted.occurred_at
}

#[cfg(test)]
mod tests {
    use super::{plan, Outcome};
    use crate::db::progress_events::StoredEvent;

    fn event(id: &str, learner: &str, lesson: i64) -> StoredEvent {
        StoredEvent {
            id: id.to_owned(),
            learner_id: learner.to_owned(),
            person_id: None,
            kind: "lesson-completed".to_owned(),
            course_slug: "digital-meetings".to_owned(),
            lesson,
            occurred_at: 1_800_000_000,
        }
    }

    fn ids<'a>(events: &[&'a StoredEvent]) -> Vec<&'a str> {
        events.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn a_conflicting_batch_is_refused_whole_and_the_others_are_stored() {
        let stored = [event("a", "l1", 1)];
        let first = [event("b", "l1", 2), event("c", "l2", 3)];
        let reuses_a = [event("d", "l3", 1), event("a", "l3", 9)];
        let last = [event("e", "l4", 4)];

        let plan = plan(&[&first, &reuses_a, &last], &stored);

        assert_eq!(
            plan.outcomes,
            [
                Outcome::Stored { new: 2 },
                Outcome::Conflict(vec!["a".to_owned()]),
                Outcome::Stored { new: 1 },
            ]
        );
        assert_eq!(ids(&plan.new_events), ["b", "c", "e"]);
        assert_eq!(
            plan.learner_ids,
            ["l1", "l2", "l4"],
            "l3's batch wrote nothing"
        );
    }

    #[test]
    fn a_batch_is_decided_against_the_batches_before_it_in_the_group() {
        let first = [event("a", "l1", 1)];
        let repeat = [event("a", "l1", 1), event("b", "l1", 2)];
        let other = [event("a", "l2", 5)];

        let plan = plan(&[&first, &repeat, &other], &[]);

        assert_eq!(
            plan.outcomes,
            [
                Outcome::Stored { new: 1 },
                Outcome::Stored { new: 1 },
                Outcome::Conflict(vec!["a".to_owned()]),
            ]
        );
        assert_eq!(ids(&plan.new_events), ["a", "b"], "each id inserted once");
    }

    #[test]
    fn a_persons_event_is_never_anothers_but_an_anonymous_one_is_the_same() {
        let mut emmas = event("a", "l1", 1);
        emmas.person_id = Some("emma".to_owned());
        let mut karins = emmas.clone();
        karins.person_id = Some("karin".to_owned());
        let anonymous = event("a", "l1", 1);
        let (karins, anonymous) = ([karins], [anonymous]);

        let plan = plan(&[&karins, &anonymous], std::slice::from_ref(&emmas));

        assert_eq!(
            plan.outcomes,
            [
                Outcome::Conflict(vec!["a".to_owned()]),
                Outcome::Stored { new: 0 },
            ]
        );
        assert!(plan.new_events.is_empty());
    }
}
