//! Every interface string comes from the Fluent files, and the three languages match.

use crate::helpers::root;
use std::collections::BTreeSet;

fn message_ids(lang: &str) -> BTreeSet<String> {
    let path = root().join(format!("frontend/i18n/{lang}.ftl"));
    let text = std::fs::read_to_string(&path).expect("Fluent file");
    text.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// Message ids the web app's code asks for with `t("…")` or `t_with("…", …)`.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut stack = vec![root().join("frontend/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let code = std::fs::read_to_string(&path).expect("source");
            for (marker, prefix) in [
                (".t(\"", ""),
                (".t_with(\"", ""),
                ("(\"audience-", "audience-"),
            ] {
                for (start, _) in code.match_indices(marker) {
                    let id: String = code[start + marker.len()..]
                        .chars()
                        .take_while(|c| *c != '"')
                        .collect();
                    used.insert(format!("{prefix}{id}"));
                }
            }
        }
    }
    used
}

#[test]
fn every_language_has_the_same_messages() {
    let en = message_ids("en");
    assert!(
        en.len() > 40,
        "en.ftl looks incomplete: {} messages",
        en.len()
    );
    for lang in ["sv", "nb"] {
        let other = message_ids(lang);
        assert_eq!(
            other.difference(&en).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "only in {lang}.ftl"
        );
        assert_eq!(
            en.difference(&other).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "missing from {lang}.ftl"
        );
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let known = message_ids("en");
    let used = ids_used_in_code();
    assert!(
        used.len() > 30,
        "found only {} message ids in the code",
        used.len()
    );
    let missing: Vec<&String> = used.iter().filter(|id| !known.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "messages used in frontend/src but not in the Fluent files: {missing:?}"
    );
    for code in ["sv", "nb", "en"] {
        assert!(known.contains(&format!("language-{code}")));
    }
}
