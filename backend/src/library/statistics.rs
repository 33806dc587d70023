//! The anonymous numbers a municipality follows up and reports to grant givers: per library
//! and month, the ended sessions' participants, help requests, length and topics.

use crate::db::library_sessions::SessionRow;
use crate::report::snapshots::month_of;
use common::{Lang, LibraryMonth, NamedRef, TopicCount};
use std::collections::{BTreeMap, HashMap};

/// Adds ended sessions up by library and month, newest month first, libraries by name.
/// `courses` is (session id, slug, opened, finished); `title` names a course.
pub fn months(
    sessions: &[SessionRow],
    courses: &[(String, String, i64, i64)],
    title: &dyn Fn(&str) -> String,
) -> Vec<LibraryMonth> {
    let mut by_session: HashMap<&str, Vec<(&str, i64, i64)>> = HashMap::new();
    for (session, slug, opened, finished) in courses {
        by_session
            .entry(session.as_str())
            .or_default()
            .push((slug.as_str(), *opened, *finished));
    }
    // Keyed so that iterating gives the wanted order after reversing the month.
    let mut months: BTreeMap<(String, String, String), LibraryMonth> = BTreeMap::new();
    let mut topics: HashMap<(String, String, String), BTreeMap<String, TopicCount>> =
        HashMap::new();
    for session in sessions {
        let Some(ended_at) = session.ended_at else {
            continue;
        };
        let month = month_of(session.started_at);
        let key = (
            month.clone(),
            session.unit_name.clone(),
            session.unit_id.clone(),
        );
        let entry = months.entry(key.clone()).or_insert_with(|| LibraryMonth {
            library: NamedRef {
                id: session.unit_id.clone(),
                name: session.unit_name.clone(),
            },
            month,
            sessions: 0,
            participants: 0,
            help_requests: 0,
            minutes: 0,
            courses_opened: 0,
            courses_finished: 0,
            topics: Vec::new(),
        });
        entry.sessions += 1;
        entry.participants += count(session.participants);
        entry.help_requests += count(session.help_requests);
        entry.minutes += count((ended_at - session.started_at).max(0) / 60);
        let topic_counts = topics.entry(key).or_default();
        for slug in session.topic_slugs() {
            topic(topic_counts, &slug, title).sessions += 1;
        }
        for (slug, opened, finished) in by_session.get(session.id.as_str()).into_iter().flatten() {
            let counted = topic(topic_counts, slug, title);
            counted.opened += count(*opened);
            counted.finished += count(*finished);
            entry.courses_opened += count(*opened);
            entry.courses_finished += count(*finished);
        }
    }
    let mut result: Vec<LibraryMonth> = months
        .into_iter()
        .map(|(key, mut month)| {
            let mut counted: Vec<TopicCount> = topics
                .remove(&key)
                .unwrap_or_default()
                .into_values()
                .collect();
            counted.sort_by(|a, b| {
                (b.opened, b.sessions)
                    .cmp(&(a.opened, a.sessions))
                    .then_with(|| a.course.name.cmp(&b.course.name))
            });
            month.topics = counted;
            month
        })
        .collect();
    // Newest month first; within a month, libraries by name (stable sort keeps that order).
    result.sort_by(|a, b| b.month.cmp(&a.month));
    result
}

fn topic<'a>(
    counts: &'a mut BTreeMap<String, TopicCount>,
    slug: &str,
    title: &dyn Fn(&str) -> String,
) -> &'a mut TopicCount {
    counts.entry(slug.to_owned()).or_insert_with(|| TopicCount {
        course: NamedRef {
            id: slug.to_owned(),
            name: title(slug),
        },
        sessions: 0,
        opened: 0,
        finished: 0,
    })
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

/// The statistics as CSV rows, headings in `lang`.
pub fn csv_rows(months: &[LibraryMonth], lang: Lang) -> Vec<Vec<String>> {
    let headings: [&str; 9] = match lang {
        Lang::Sv => [
            "Bibliotek",
            "Månad",
            "Träffar",
            "Deltagare",
            "Hjälpfrågor",
            "Minuter",
            "Kurser öppnade",
            "Kurser klara",
            "Ämnen (öppnade/klara)",
        ],
        Lang::Nb => [
            "Bibliotek",
            "Måned",
            "Økter",
            "Deltakere",
            "Hjelpeforespørsler",
            "Minutter",
            "Kurs åpnet",
            "Kurs fullført",
            "Emner (åpnet/fullført)",
        ],
        Lang::En => [
            "Library",
            "Month",
            "Sessions",
            "Participants",
            "Help requests",
            "Minutes",
            "Courses opened",
            "Courses finished",
            "Topics (opened/finished)",
        ],
    };
    let mut rows = vec![headings.iter().map(|h| (*h).to_owned()).collect()];
    for month in months {
        let topics: Vec<String> = month
            .topics
            .iter()
            .map(|t| format!("{} ({}/{})", t.course.name, t.opened, t.finished))
            .collect();
        rows.push(vec![
            month.library.name.clone(),
            month.month.clone(),
            month.sessions.to_string(),
            month.participants.to_string(),
            month.help_requests.to_string(),
            month.minutes.to_string(),
            month.courses_opened.to_string(),
            month.courses_finished.to_string(),
            topics.join(", "),
        ]);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(id: &str, unit: &str, started_at: i64, minutes: i64, topics: &str) -> SessionRow {
        SessionRow {
            id: id.to_owned(),
            unit_id: unit.to_owned(),
            unit_name: format!("Bibliotek {unit}"),
            unit_path: format!("/m/{unit}/"),
            code: None,
            topics: topics.to_owned(),
            started_at,
            ended_at: Some(started_at + minutes * 60),
            participants: 3,
            help_requests: 1,
        }
    }

    #[test]
    fn sessions_add_up_by_library_and_month_newest_first() {
        // 2026-10-05, 2026-11-02 and 2026-11-20, all 10:00 UTC.
        let (oct, nov1, nov2) = (1_791_194_400, 1_793_613_600, 1_795_168_800);
        let sessions = vec![
            session("a", "A", oct, 90, r#"["spot-scams"]"#),
            session("b", "A", nov1, 60, r#"["spot-scams","video-calls"]"#),
            session("c", "A", nov2, 30, r#"["video-calls"]"#),
            session("d", "B", nov2, 45, r#"["spot-scams"]"#),
        ];
        let courses = vec![
            ("b".to_owned(), "spot-scams".to_owned(), 2, 1),
            ("c".to_owned(), "spot-scams".to_owned(), 1, 0),
            ("c".to_owned(), "video-calls".to_owned(), 3, 2),
        ];
        let months = months(&sessions, &courses, &|slug| slug.to_uppercase());
        let keys: Vec<(&str, &str)> = months
            .iter()
            .map(|m| (m.month.as_str(), m.library.id.as_str()))
            .collect();
        assert_eq!(keys, [("2026-11", "A"), ("2026-11", "B"), ("2026-10", "A")]);
        let a = &months[0];
        assert_eq!((a.sessions, a.participants, a.help_requests), (2, 6, 2));
        assert_eq!(
            (a.minutes, a.courses_opened, a.courses_finished),
            (90, 6, 3)
        );
        let topics: Vec<(&str, u32, u32, u32)> = a
            .topics
            .iter()
            .map(|t| (t.course.id.as_str(), t.sessions, t.opened, t.finished))
            .collect();
        assert_eq!(topics, [("video-calls", 2, 3, 2), ("spot-scams", 1, 3, 1)]);
        assert_eq!(a.topics[0].course.name, "VIDEO-CALLS");
        let rows = csv_rows(&months, Lang::Sv);
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0][2], "Träffar");
        assert_eq!(rows[1][8], "VIDEO-CALLS (3/2), SPOT-SCAMS (3/1)");
    }
}
