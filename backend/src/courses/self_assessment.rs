//! The self-assessment questionnaire beside a framework file: "I can…" statements per
//! competence, each at a proficiency level. It suggests a level; it is never evidence.

use super::diagnostic::{self, Diagnostic};
use common::{Framework, Lang, Localized, Statement, StatementGroup};
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    competences: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: String,
    statements: Vec<FileStatement>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileStatement {
    level: u8,
    #[serde(flatten)]
    text: Localized,
}

/// The questionnaire in every language, in framework order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Questionnaire {
    competences: Vec<Entry>,
}

impl Questionnaire {
    /// The questionnaire in one language.
    pub fn in_lang(&self, lang: Lang) -> Vec<StatementGroup> {
        self.competences
            .iter()
            .map(|entry| StatementGroup {
                competence: entry.id.clone(),
                statements: entry
                    .statements
                    .iter()
                    .map(|s| Statement {
                        level: s.level,
                        text: s.text.get(lang).to_owned(),
                    })
                    .collect(),
            })
            .collect()
    }

    /// Whether `level` is an answer the questionnaire can give for `competence`: 0 (none of
    /// the statements) or the level of one of them.
    pub fn allows(&self, competence: &str, level: u8) -> bool {
        self.competences
            .iter()
            .find(|entry| entry.id == competence)
            .is_some_and(|entry| level == 0 || entry.statements.iter().any(|s| s.level == level))
    }
}

/// Reads `file` if it exists (a framework may come without a questionnaire).
pub fn load(file: &Path, framework: &Framework) -> Result<Questionnaire, Vec<Diagnostic>> {
    if !file.exists() {
        return Ok(Questionnaire::default());
    }
    let text = std::fs::read_to_string(file).map_err(|err| {
        vec![Diagnostic::new(
            file,
            0,
            format!("cannot read the self-assessment: {err}"),
        )]
    })?;
    let parsed: File =
        toml::from_str(&text).map_err(|err| vec![diagnostic::from_toml(file, &text, &err)])?;
    let problems = check(&parsed, framework);
    if !problems.is_empty() {
        return Err(problems
            .into_iter()
            .map(|message| Diagnostic::new(file, 0, message))
            .collect());
    }
    let mut competences = parsed.competences;
    let order = |id: &str| framework.competences.iter().position(|c| c.id == id);
    competences.sort_by_key(|entry| order(&entry.id));
    Ok(Questionnaire { competences })
}

fn check(file: &File, framework: &Framework) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for entry in &file.competences {
        if framework.competence(&entry.id).is_none() {
            problems.push(format!("unknown competence '{}'", entry.id));
        }
        if !seen.insert(entry.id.as_str()) {
            problems.push(format!("competence {} appears twice", entry.id));
        }
        let levels: Vec<u8> = entry.statements.iter().map(|s| s.level).collect();
        if levels.is_empty()
            || levels.windows(2).any(|w| w[0] >= w[1])
            || levels.iter().any(|l| !(1..=8).contains(l))
        {
            problems.push(format!(
                "competence {}: statements need levels 1–8, easiest first, each once",
                entry.id
            ));
        }
        for statement in &entry.statements {
            if Lang::ALL
                .iter()
                .any(|&lang| statement.text.get(lang).trim().is_empty())
            {
                problems.push(format!(
                    "competence {}: a statement at level {} lacks a language",
                    entry.id, statement.level
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framework() -> Framework {
        super::super::framework::load(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses/frameworks/digcomp-2.2.toml"),
        )
        .expect("framework")
    }

    #[test]
    fn the_shipped_questionnaire_covers_every_competence() {
        let framework = framework();
        let questionnaire = load(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../courses/frameworks/digcomp-2.2.self-assessment.toml"),
            &framework,
        )
        .expect("valid questionnaire");
        let groups = questionnaire.in_lang(Lang::Sv);
        let ids: Vec<&str> = groups.iter().map(|g| g.competence.as_str()).collect();
        let expected: Vec<&str> = framework
            .competences
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, expected);
        assert!(groups
            .iter()
            .all(|g| g.statements.iter().all(|s| s.text.starts_with("Jag kan"))));
        assert!(questionnaire.allows("1.1", 0));
        assert!(questionnaire.allows("1.1", 4));
        assert!(!questionnaire.allows("1.1", 3));
        assert!(!questionnaire.allows("9.9", 2));
    }

    #[test]
    fn refuses_unordered_levels_and_unknown_competences() {
        let file: File = toml::from_str(
            r#"
            [[competences]]
            id = "9.9"
            statements = [
              { level = 4, sv = "Jag kan", nb = "Jeg kan", en = "I can" },
              { level = 2, sv = "Jag kan", nb = "Jeg kan", en = "" },
            ]
            "#,
        )
        .expect("parses");
        let problems = check(&file, &framework());
        assert_eq!(problems.len(), 3, "{problems:?}");
    }
}
