//! The question format of `practice.md` and `quiz.md` (see `courses/README.md`).

use super::diagnostic::Diagnostic;
use super::markdown::to_safe_html;
use common::{Answer, QuestionKind, QuizQuestion};
use std::path::Path;

/// A question with its answer key, as held on the server.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyedQuestion {
    pub question: QuizQuestion,
    pub correct: Answer,
    pub explanation_html: String,
    /// Where the question starts, for messages about it.
    pub line: usize,
}

#[derive(Default)]
struct Draft {
    line: usize,
    prompt: String,
    kind: Option<QuestionKind>,
    options: Vec<String>,
    correct: Vec<usize>,
    explanation: Vec<String>,
}

/// Parses a question file, returning the questions and every problem found.
pub fn parse(file: &Path, text: &str) -> (Vec<KeyedQuestion>, Vec<Diagnostic>) {
    let mut questions = Vec::new();
    let mut problems = Vec::new();
    let mut draft: Option<Draft> = None;
    let mut seen_title = false;

    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        let mut report = |message: String| problems.push(Diagnostic::new(file, line_no, message));

        if let Some(prompt) = line.strip_prefix("## ") {
            if let Some(done) = draft.take() {
                finish(file, done, &mut questions, &mut problems);
            }
            draft = Some(Draft {
                line: line_no,
                prompt: prompt.trim().to_owned(),
                ..Draft::default()
            });
            continue;
        }
        if line.starts_with("# ") && draft.is_none() && !seen_title {
            seen_title = true;
            continue;
        }
        let Some(current) = draft.as_mut() else {
            report("expected a question starting with '## ' here".to_owned());
            continue;
        };
        if let Some((kind, is_correct, text)) = option_line(line) {
            if !current.explanation.is_empty() {
                report("an option must come before the explanation ('>' lines)".to_owned());
            }
            match current.kind {
                None => current.kind = Some(kind),
                Some(QuestionKind::TrueFalse) => {
                    report("a true/false question ('= true' or '= false') cannot also have options".to_owned());
                }
                Some(existing) if existing != kind => report(
                    "do not mix '( )' single-choice and '[ ]' multiple-choice options in one question".to_owned(),
                ),
                Some(_) => {}
            }
            if text.is_empty() {
                report("this option has no text".to_owned());
            }
            if is_correct {
                current.correct.push(current.options.len());
            }
            current.options.push(text.to_owned());
        } else if let Some(value) = line.strip_prefix('=') {
            let truth = match value.trim() {
                "true" => 0,
                "false" => 1,
                other => {
                    report(format!("write '= true' or '= false', not '= {other}'"));
                    continue;
                }
            };
            if current.kind.is_some() {
                report("a question has either options or '= true'/'= false', not both".to_owned());
                continue;
            }
            current.kind = Some(QuestionKind::TrueFalse);
            current.correct.push(truth);
        } else if let Some(explanation) = line.strip_prefix('>') {
            current
                .explanation
                .push(explanation.trim_start().to_owned());
        } else if line.trim_start().starts_with('-') {
            report(
                "an option is written '- ( ) text', '- (x) text', '- [ ] text' or '- [x] text'"
                    .to_owned(),
            );
        } else if current.kind.is_none() && current.explanation.is_empty() {
            // More words of the question before its options.
            current.prompt.push(' ');
            current.prompt.push_str(line.trim());
        } else {
            report("unexpected text: explanation lines start with '>'".to_owned());
        }
    }
    if let Some(done) = draft.take() {
        finish(file, done, &mut questions, &mut problems);
    }
    (questions, problems)
}

/// Recognises `- ( ) text`, `- (x) text`, `- [ ] text` and `- [x] text`.
fn option_line(line: &str) -> Option<(QuestionKind, bool, &str)> {
    let rest = line.trim_start().strip_prefix("- ")?;
    let (kind, correct) = match rest.get(..3)? {
        "( )" => (QuestionKind::Single, false),
        "(x)" | "(X)" => (QuestionKind::Single, true),
        "[ ]" => (QuestionKind::Multiple, false),
        "[x]" | "[X]" => (QuestionKind::Multiple, true),
        _ => return None,
    };
    Some((kind, correct, rest[3..].trim()))
}

fn finish(
    file: &Path,
    draft: Draft,
    questions: &mut Vec<KeyedQuestion>,
    problems: &mut Vec<Diagnostic>,
) {
    let mut report = |message: &str| problems.push(Diagnostic::new(file, draft.line, message));
    if draft.prompt.is_empty() {
        report("the question has no text after '## '");
    }
    let Some(kind) = draft.kind else {
        report("the question has no options and no '= true' or '= false' answer");
        return;
    };
    if kind != QuestionKind::TrueFalse && draft.options.len() < 2 {
        report("a choice question needs at least two options");
    }
    match kind {
        QuestionKind::Single if draft.correct.len() != 1 => {
            report("a single-choice question needs exactly one '(x)' option")
        }
        QuestionKind::Multiple if draft.correct.is_empty() => {
            report("a multiple-choice question needs at least one '[x]' option")
        }
        _ => {}
    }
    if draft.explanation.iter().all(|l| l.trim().is_empty()) {
        report("the question has no explanation: add a line starting with '>' after the answers");
    }
    questions.push(KeyedQuestion {
        question: QuizQuestion {
            kind,
            prompt: draft.prompt,
            options: draft.options,
        },
        correct: Answer {
            selected: draft.correct,
        },
        explanation_html: to_safe_html(&draft.explanation.join("\n")),
        line: draft.line,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Vec<KeyedQuestion> {
        let (questions, problems) = parse(Path::new("quiz.md"), text);
        assert!(problems.is_empty(), "{problems:?}");
        questions
    }

    fn problems(text: &str) -> Vec<String> {
        parse(Path::new("quiz.md"), text)
            .1
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn parses_all_three_kinds() {
        let questions = parse_ok(
            "# Quiz\n\n## Pick one\n\n- ( ) a\n- (x) b\n\n> Because b.\n\n\
             ## Pick some\n- [x] a\n- [ ] b\n- [X] c\n> Both.\n\n## Sky is green\n\n= false\n\n> It is blue.\n",
        );
        assert_eq!(questions.len(), 3);
        assert_eq!(questions[0].question.kind, QuestionKind::Single);
        assert_eq!(questions[0].correct.selected, vec![1]);
        assert_eq!(questions[0].line, 3);
        assert_eq!(questions[1].question.kind, QuestionKind::Multiple);
        assert_eq!(questions[1].correct.selected, vec![0, 2]);
        assert_eq!(questions[2].question.kind, QuestionKind::TrueFalse);
        assert_eq!(questions[2].correct.selected, vec![1]);
        assert_eq!(questions[2].explanation_html, "<p>It is blue.</p>\n");
    }

    #[test]
    fn prompt_may_continue_on_following_lines() {
        let questions = parse_ok(
            "## What do you do\nwhen the phone rings?\n- (x) Answer\n- ( ) Run\n> Answer it.\n",
        );
        assert_eq!(
            questions[0].question.prompt,
            "What do you do when the phone rings?"
        );
    }

    #[test]
    fn reports_missing_explanation_with_line() {
        assert_eq!(
            problems("\n## Q\n- (x) a\n- ( ) b\n"),
            vec!["quiz.md:2: the question has no explanation: add a line starting with '>' after the answers"]
        );
    }

    #[test]
    fn reports_single_choice_with_two_correct() {
        let found = problems("## Q\n- (x) a\n- (x) b\n> e\n");
        assert_eq!(
            found,
            vec!["quiz.md:1: a single-choice question needs exactly one '(x)' option"]
        );
    }

    #[test]
    fn reports_mixed_brackets_on_their_line() {
        let found = problems("## Q\n- (x) a\n- [ ] b\n> e\n");
        assert_eq!(
            found,
            vec!["quiz.md:3: do not mix '( )' single-choice and '[ ]' multiple-choice options in one question"]
        );
    }

    #[test]
    fn reports_bad_truth_value_and_stray_text() {
        let found = problems("stray\n## Q\n= maybe\n> e\n");
        assert_eq!(
            found[0],
            "quiz.md:1: expected a question starting with '## ' here"
        );
        assert_eq!(
            found[1],
            "quiz.md:3: write '= true' or '= false', not '= maybe'"
        );
    }

    #[test]
    fn reports_malformed_option() {
        let found = problems("## Q\n- (x) a\n- ( ) b\n- (y) c\n> e\n");
        assert_eq!(
            found,
            vec!["quiz.md:4: an option is written '- ( ) text', '- (x) text', '- [ ] text' or '- [x] text'"]
        );
    }
}
