//! Rules that span files: the framework, the metadata, and languages that must match.

use super::course::LoadedCourse;
use super::diagnostic::Diagnostic;
use super::questions::KeyedQuestion;
use super::readability::{lix, CITIZEN_MAX_LIX};
use common::{Audience, Framework, Lang};
use std::collections::HashSet;

/// Every problem of a course that read without parse errors.
pub fn check(
    course: &LoadedCourse,
    framework: &Framework,
    course_dir: &std::path::Path,
) -> Vec<Diagnostic> {
    let meta_file = course_dir.join("course.toml");
    let mut problems = Vec::new();
    let mut report = |message: String| problems.push(Diagnostic::new(&meta_file, 0, message));
    let meta = &course.meta;
    if meta.minutes == 0 {
        report("minutes must be more than 0".to_owned());
    }
    if !(1..=100).contains(&meta.pass_mark) {
        report(format!(
            "pass_mark must be a percentage from 1 to 100, not {}",
            meta.pass_mark
        ));
    }
    if meta.validity_months == Some(0) {
        report(
            "validity_months must be more than 0; leave it out if passing never expires".to_owned(),
        );
    }
    if meta.competences.is_empty() {
        report(
            "the course must give evidence of at least one competence ([[competences]])".to_owned(),
        );
    }
    let mut seen = HashSet::new();
    for award in &meta.competences {
        if framework.competence(&award.id).is_none() {
            report(format!(
                "competence '{}' is not in the {} {} framework",
                award.id, framework.id, framework.version
            ));
        }
        if !(1..=8).contains(&award.level) {
            report(format!(
                "competence {}: level must be 1 to 8, not {}",
                award.id, award.level
            ));
        }
        if !seen.insert(&award.id) {
            report(format!("competence {} is listed twice", award.id));
        }
    }
    for lang in Lang::ALL {
        if !course_dir.join(lang.code()).is_dir() {
            report(format!(
                "the course has no '{lang}' folder; every course is written in sv, nb and en"
            ));
        }
    }
    problems.extend(check_languages_alike(course));
    if meta.audience != Audience::Staff {
        problems.extend(check_plain_language(course));
    }
    problems
}

/// Citizen lessons in Swedish and Norwegian must be easy to read (LIX at most 40).
fn check_plain_language(course: &LoadedCourse) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for lang in [Lang::Sv, Lang::Nb] {
        let Some(text) = course.texts.get(&lang) else {
            continue;
        };
        for lesson in &text.lessons {
            let score = lix(&lesson.source);
            if score > CITIZEN_MAX_LIX {
                problems.push(Diagnostic::new(
                    &lesson.path,
                    0,
                    format!(
                        "LIX {score:.0} is above {CITIZEN_MAX_LIX:.0} for a course for residents: use shorter sentences and everyday words"
                    ),
                ));
            }
        }
    }
    problems
}

/// Every language has the same lessons and the same questions with the same answers.
fn check_languages_alike(course: &LoadedCourse) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut texts = course.texts.values();
    let Some(reference) = texts.next() else {
        return problems;
    };
    let reference_lessons: Vec<&str> = reference.lessons.iter().map(|l| l.name.as_str()).collect();
    for other in texts {
        let lessons: Vec<&str> = other.lessons.iter().map(|l| l.name.as_str()).collect();
        if lessons != reference_lessons {
            problems.push(Diagnostic::new(
                &other.dir,
                0,
                format!(
                    "the lesson files differ from {}: {} here, {} there",
                    reference.dir.display(),
                    lessons.join(", "),
                    reference_lessons.join(", ")
                ),
            ));
        }
        for (file, mine, theirs) in [
            ("practice.md", &other.practice, &reference.practice),
            ("quiz.md", &other.quiz, &reference.quiz),
        ] {
            compare_questions(
                &other.dir.join(file),
                mine,
                theirs,
                &reference.dir.join(file),
                &mut problems,
            );
        }
    }
    problems
}

fn compare_questions(
    file: &std::path::Path,
    mine: &[KeyedQuestion],
    theirs: &[KeyedQuestion],
    reference: &std::path::Path,
    problems: &mut Vec<Diagnostic>,
) {
    if mine.len() != theirs.len() {
        problems.push(Diagnostic::new(
            file,
            0,
            format!(
                "has {} questions but {} has {}",
                mine.len(),
                reference.display(),
                theirs.len()
            ),
        ));
        return;
    }
    for (index, (a, b)) in mine.iter().zip(theirs).enumerate() {
        let same = a.question.kind == b.question.kind
            && a.question.option_count() == b.question.option_count()
            && a.correct == b.correct;
        if !same {
            problems.push(Diagnostic::new(
                file,
                a.line,
                format!(
                    "question {} differs from {}:{} in kind, number of options or right answers",
                    index + 1,
                    reference.display(),
                    b.line
                ),
            ));
        }
    }
}
