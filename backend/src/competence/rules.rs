//! The evidence rules of PRODUCT.md, as pure functions:
//! - a person's requirement for a competence is the highest over their job roles and the
//!   baseline;
//! - their achieved level is the highest level of evidence still valid;
//! - the gap is required − achieved, never below zero.
//!
//! Self-assessment is not an input of any of them, so it cannot count.

use common::AssignmentStatus;
use std::collections::BTreeMap;

/// Evidence is flagged as expiring when it runs out within this many seconds (60 days).
pub const EXPIRING_WITHIN_SECS: i64 = 60 * 24 * 60 * 60;

/// One awarded level, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Award {
    pub competence: String,
    pub level: u8,
    /// Unix seconds; `None` never expires.
    pub expires_at: Option<i64>,
}

impl Award {
    fn valid_at(&self, at: i64) -> bool {
        self.expires_at.is_none_or(|end| end > at)
    }
}

/// The highest level per competence over all the levels given (job roles plus baseline).
pub fn required<'a>(levels: impl IntoIterator<Item = (&'a str, u8)>) -> BTreeMap<String, u8> {
    let mut required: BTreeMap<String, u8> = BTreeMap::new();
    for (competence, level) in levels {
        let entry = required.entry(competence.to_owned()).or_default();
        *entry = (*entry).max(level);
    }
    required.retain(|_, level| *level > 0);
    required
}

/// The highest valid level of `competence` at time `at`; 0 without valid evidence.
pub fn achieved(evidence: &[Award], competence: &str, at: i64) -> u8 {
    evidence
        .iter()
        .filter(|a| a.competence == competence && a.valid_at(at))
        .map(|a| a.level)
        .max()
        .unwrap_or(0)
}

/// What the job requires of one competence against what the person has shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub required: u8,
    pub achieved: u8,
    pub gap: u8,
    /// When the level held now (up to the requirement) runs out; `None` if never or if
    /// nothing is held.
    pub valid_until: Option<i64>,
    /// The requirement is met now but will not be in 60 days unless refreshed.
    pub expiring_soon: bool,
}

/// The standing of one required competence at time `now`. Self-assessment is not an input:
/// it cannot count.
pub fn standing(evidence: &[Award], competence: &str, required: u8, now: i64) -> Standing {
    let now_achieved = achieved(evidence, competence, now);
    let gap = required.saturating_sub(now_achieved);
    let held = required.min(now_achieved);
    let supporting: Vec<&Award> = evidence
        .iter()
        .filter(|a| a.competence == competence && a.valid_at(now) && a.level >= held)
        .collect();
    let valid_until = if held == 0 || supporting.iter().any(|a| a.expires_at.is_none()) {
        None
    } else {
        supporting.iter().filter_map(|a| a.expires_at).max()
    };
    let expiring_soon =
        gap == 0 && achieved(evidence, competence, now + EXPIRING_WITHIN_SECS) < required;
    Standing {
        required,
        achieved: now_achieved,
        gap,
        valid_until,
        expiring_soon,
    }
}

/// Where an assignment stands on `today` (`YYYY-MM-DD`, at time `now`). It is done by a pass
/// of the course after it was assigned, or by one still valid; otherwise it is overdue after
/// its due date, and in progress once the person has started the course.
pub fn assignment_status(
    passes: impl IntoIterator<Item = (i64, Option<i64>)>,
    assigned_at: i64,
    due: &str,
    started: bool,
    today: &str,
    now: i64,
) -> AssignmentStatus {
    let done = passes.into_iter().any(|(issued_at, valid_until)| {
        issued_at >= assigned_at || valid_until.is_none_or(|end| end > now)
    });
    if done {
        AssignmentStatus::Done
    } else if today > due {
        AssignmentStatus::Overdue
    } else if started {
        AssignmentStatus::InProgress
    } else {
        AssignmentStatus::NotStarted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;
    const DAY: i64 = 24 * 60 * 60;

    fn award(competence: &str, level: u8, expires_at: Option<i64>) -> Award {
        Award {
            competence: competence.to_owned(),
            level,
            expires_at,
        }
    }

    #[test]
    fn the_highest_valid_level_wins() {
        let evidence = [
            award("4.2", 2, None),
            award("4.2", 4, Some(NOW + 100 * DAY)),
            award("4.2", 3, None),
            award("4.1", 6, None),
        ];
        assert_eq!(achieved(&evidence, "4.2", NOW), 4);
        assert_eq!(achieved(&evidence, "1.1", NOW), 0);
    }

    #[test]
    fn expired_evidence_does_not_count() {
        let evidence = [
            award("2.6", 3, Some(NOW - DAY)),
            award("2.6", 2, Some(NOW)),
            award("2.6", 1, None),
        ];
        // Evidence that ends exactly now has ended.
        assert_eq!(achieved(&evidence, "2.6", NOW), 1);
        let s = standing(&evidence, "2.6", 3, NOW);
        assert_eq!((s.achieved, s.gap), (1, 2));
        assert!(!s.expiring_soon, "a gap is a gap, not an expiry warning");
    }

    #[test]
    fn the_requirement_is_the_highest_over_roles_and_baseline() {
        let role_a = [("2.1", 3), ("4.2", 2)];
        let role_b = [("2.1", 2), ("1.1", 2)];
        let baseline = [("4.2", 3), ("2.6", 2), ("5.4", 0)];
        let required = required(role_a.into_iter().chain(role_b).chain(baseline));
        let expected: BTreeMap<String, u8> = [("1.1", 2), ("2.1", 3), ("2.6", 2), ("4.2", 3)]
            .into_iter()
            .map(|(c, l)| (c.to_owned(), l))
            .collect();
        assert_eq!(required, expected, "a level 0 is no requirement");
    }

    #[test]
    fn the_gap_never_goes_below_zero() {
        let evidence = [award("1.1", 5, None)];
        let s = standing(&evidence, "1.1", 2, NOW);
        assert_eq!((s.required, s.achieved, s.gap), (2, 5, 0));
        assert_eq!(s.valid_until, None);
    }

    #[test]
    fn an_assignment_is_done_by_a_new_or_still_valid_pass_and_overdue_after_its_date() {
        let status = |passes: &[(i64, Option<i64>)], started, today| {
            assignment_status(
                passes.iter().copied(),
                NOW,
                "2027-01-15",
                started,
                today,
                NOW,
            )
        };
        use AssignmentStatus::*;
        assert_eq!(status(&[], false, "2027-01-15"), NotStarted);
        assert_eq!(status(&[], true, "2027-01-15"), InProgress);
        assert_eq!(status(&[], true, "2027-01-16"), Overdue);
        assert_eq!(
            status(&[(NOW + DAY, Some(NOW - DAY))], false, "2027-02-01"),
            Done
        );
        assert_eq!(
            status(&[(NOW - 9 * DAY, Some(NOW + DAY))], false, "2027-02-01"),
            Done
        );
        assert_eq!(
            status(&[(NOW - 400 * DAY, Some(NOW - DAY))], true, "2027-02-01"),
            Overdue,
            "an expired pass from before the assignment does not do it"
        );
    }

    #[test]
    fn expiring_evidence_is_flagged_ahead_of_time() {
        let soon = [award("4.1", 3, Some(NOW + 30 * DAY))];
        let s = standing(&soon, "4.1", 3, NOW);
        assert!(s.expiring_soon);
        assert_eq!(s.valid_until, Some(NOW + 30 * DAY));

        let later = [award("4.1", 3, Some(NOW + 90 * DAY))];
        assert!(!standing(&later, "4.1", 3, NOW).expiring_soon);

        // Lasting evidence at the required level keeps the requirement safe.
        let covered = [award("4.1", 4, Some(NOW + 30 * DAY)), award("4.1", 3, None)];
        let s = standing(&covered, "4.1", 3, NOW);
        assert!(!s.expiring_soon);
        assert_eq!(s.valid_until, None);
    }
}
