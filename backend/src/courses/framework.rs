//! Loading and checking a competence framework file from `courses/frameworks/`.

use super::diagnostic::{self, Diagnostic};
use common::Framework;
use std::collections::HashSet;
use std::path::Path;

/// Reads a framework file; returns every problem found if it is not usable.
pub fn load(file: &Path) -> Result<Framework, Vec<Diagnostic>> {
    let text = std::fs::read_to_string(file).map_err(|err| {
        vec![Diagnostic::new(
            file,
            0,
            format!("cannot read the framework: {err}"),
        )]
    })?;
    let framework: Framework =
        toml::from_str(&text).map_err(|err| vec![diagnostic::from_toml(file, &text, &err)])?;
    let problems = check(&framework);
    if problems.is_empty() {
        Ok(framework)
    } else {
        Err(problems
            .into_iter()
            .map(|message| Diagnostic::new(file, 0, message))
            .collect())
    }
}

fn check(framework: &Framework) -> Vec<String> {
    let mut problems = Vec::new();
    let mut levels: Vec<u8> = framework
        .groups
        .iter()
        .flat_map(|g| g.levels.iter().copied())
        .collect();
    levels.sort_unstable();
    if levels != (1..=8).collect::<Vec<u8>>() {
        problems
            .push("the level groups must hold each of the levels 1 to 8 exactly once".to_owned());
    }
    let areas: HashSet<&str> = framework.areas.iter().map(|a| a.id.as_str()).collect();
    if areas.len() != framework.areas.len() {
        problems.push("two areas have the same id".to_owned());
    }
    let mut seen = HashSet::new();
    for competence in &framework.competences {
        if !seen.insert(competence.id.as_str()) {
            problems.push(format!("competence {} appears twice", competence.id));
        }
        if !areas.contains(competence.area.as_str()) {
            problems.push(format!(
                "competence {} names an unknown area '{}'",
                competence.id, competence.area
            ));
        }
        for text in [&competence.name, &competence.description] {
            if common::Lang::ALL
                .iter()
                .any(|&lang| text.get(lang).trim().is_empty())
            {
                problems.push(format!(
                    "competence {} has an empty name or description",
                    competence.id
                ));
            }
        }
    }
    if framework.competences.is_empty() {
        problems.push("the framework has no competences".to_owned());
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_digcomp_framework_is_complete() {
        let dir =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses/frameworks/digcomp-2.2.toml");
        let framework = load(&dir).expect("valid framework");
        assert_eq!(framework.areas.len(), 5);
        assert_eq!(framework.competences.len(), 21);
        assert_eq!(framework.groups.len(), 4);
        assert_eq!(
            framework.group_of(4).map(|g| g.id.as_str()),
            Some("intermediate")
        );
        let protecting = framework.competence("4.2").expect("4.2 exists");
        assert_eq!(protecting.name.en, "Protecting personal data and privacy");
    }

    #[test]
    fn reports_a_level_missing_from_the_groups() {
        let mut framework = load(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses/frameworks/digcomp-2.2.toml"),
        )
        .expect("valid framework");
        framework.groups[0].levels = vec![1];
        assert_eq!(
            check(&framework),
            vec!["the level groups must hold each of the levels 1 to 8 exactly once"]
        );
    }
}
