//! Grading an assessed quiz on the server, where the answer key stays.

use super::questions::KeyedQuestion;
use crate::error::AppError;
use common::{Answer, QuestionKind, QuestionResult};

/// The graded answers, before they are stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Graded {
    pub score: u32,
    pub max_score: u32,
    pub percent: u8,
    pub passed: bool,
    pub questions: Vec<QuestionResult>,
}

/// One point per question answered exactly right; passed when the percentage reaches `pass_mark`.
pub fn grade(
    quiz: &[KeyedQuestion],
    answers: &[Answer],
    pass_mark: u8,
) -> Result<Graded, AppError> {
    if answers.len() != quiz.len() {
        return Err(AppError::Unprocessable(format!(
            "The quiz has {} questions but {} answers were sent.",
            quiz.len(),
            answers.len()
        )));
    }
    let mut questions = Vec::with_capacity(quiz.len());
    for (number, (question, answer)) in quiz.iter().zip(answers).enumerate() {
        let selected = normalized(question, answer, number + 1)?;
        let mut key = question.correct.selected.clone();
        key.sort_unstable();
        questions.push(QuestionResult {
            correct: selected == key,
            selected,
            correct_options: key,
            explanation_html: question.explanation_html.clone(),
        });
    }
    let max_score = quiz.len() as u32;
    let score = questions.iter().filter(|q| q.correct).count() as u32;
    let percent = if max_score == 0 {
        0
    } else {
        (score * 100 / max_score) as u8
    };
    let passed = max_score > 0 && score * 100 >= u32::from(pass_mark) * max_score;
    Ok(Graded {
        score,
        max_score,
        percent,
        passed,
        questions,
    })
}

/// The chosen options sorted, after checking they exist and fit the kind of question.
fn normalized(
    question: &KeyedQuestion,
    answer: &Answer,
    number: usize,
) -> Result<Vec<usize>, AppError> {
    let mut selected = answer.selected.clone();
    selected.sort_unstable();
    selected.dedup();
    if selected.len() != answer.selected.len() {
        return Err(AppError::Unprocessable(format!(
            "Question {number}: an option was chosen twice."
        )));
    }
    if let Some(&bad) = selected
        .iter()
        .find(|&&i| i >= question.question.option_count())
    {
        return Err(AppError::Unprocessable(format!(
            "Question {number} has no option {bad}."
        )));
    }
    if selected.is_empty() {
        return Err(AppError::Unprocessable(format!(
            "Question {number} has no answer; answer every question."
        )));
    }
    if question.question.kind != QuestionKind::Multiple && selected.len() > 1 {
        return Err(AppError::Unprocessable(format!(
            "Question {number} takes only one answer."
        )));
    }
    Ok(selected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::courses::questions::parse;
    use std::path::Path;

    fn quiz() -> Vec<KeyedQuestion> {
        let text = "## A\n- ( ) no\n- (x) yes\n> e\n## B\n- [x] a\n- [ ] b\n- [x] c\n> e\n## C\n= true\n> e\n## D\n= false\n> e\n";
        let (questions, problems) = parse(Path::new("quiz.md"), text);
        assert!(problems.is_empty());
        questions
    }

    fn answers(selected: &[&[usize]]) -> Vec<Answer> {
        selected
            .iter()
            .map(|s| Answer {
                selected: s.to_vec(),
            })
            .collect()
    }

    #[test]
    fn all_right_passes() {
        let graded = grade(&quiz(), &answers(&[&[1], &[2, 0], &[0], &[1]]), 80).unwrap();
        assert_eq!(
            (
                graded.score,
                graded.max_score,
                graded.percent,
                graded.passed
            ),
            (4, 4, 100, true)
        );
        assert_eq!(graded.questions[1].correct_options, vec![0, 2]);
    }

    #[test]
    fn multiple_choice_needs_exactly_the_right_set() {
        let graded = grade(&quiz(), &answers(&[&[1], &[0], &[0], &[1]]), 75).unwrap();
        assert!(!graded.questions[1].correct);
        assert_eq!((graded.score, graded.percent, graded.passed), (3, 75, true));
    }

    #[test]
    fn below_pass_mark_fails() {
        let graded = grade(&quiz(), &answers(&[&[1], &[1], &[1], &[1]]), 75).unwrap();
        assert_eq!(
            (graded.score, graded.percent, graded.passed),
            (2, 50, false)
        );
    }

    #[test]
    fn an_unanswered_question_is_refused() {
        // Otherwise an empty submission would fetch the answer key for free.
        assert!(matches!(
            grade(&quiz(), &answers(&[&[1], &[], &[0], &[1]]), 75),
            Err(AppError::Unprocessable(_))
        ));
    }

    #[test]
    fn rejects_wrong_number_of_answers() {
        assert!(matches!(
            grade(&quiz(), &answers(&[&[1]]), 80),
            Err(AppError::Unprocessable(_))
        ));
    }

    #[test]
    fn rejects_unknown_or_repeated_or_extra_options() {
        for bad in [
            &[&[5][..], &[0], &[0], &[0]],
            &[&[1, 1][..], &[0], &[0], &[0]],
            &[&[1][..], &[0], &[0, 1], &[0]],
        ] {
            assert!(matches!(
                grade(&quiz(), &answers(bad), 80),
                Err(AppError::Unprocessable(_))
            ));
        }
    }
}
