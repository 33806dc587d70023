//! One question as a fieldset of radio buttons or checkboxes, with feedback once answered.

use crate::i18n::use_i18n;
use common::{QuestionKind, QuizQuestion};
use yew::prelude::*;

/// What the learner is told after answering.
#[derive(Debug, Clone, PartialEq)]
pub struct Feedback {
    pub correct: bool,
    pub correct_options: Vec<usize>,
    pub explanation_html: String,
}

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// Distinguishes the input names of different question lists on one page.
    pub id_prefix: AttrValue,
    pub index: usize,
    pub count: usize,
    pub question: QuizQuestion,
    pub selected: Vec<usize>,
    pub on_change: Callback<Vec<usize>>,
    #[prop_or_default]
    pub feedback: Option<Feedback>,
    /// The language of the course text (the prompt, options and explanation).
    pub lang: common::Lang,
}

#[component]
pub fn Question(props: &QuestionProps) -> Html {
    let i18n = use_i18n();
    let question = &props.question;
    let multiple = question.kind == QuestionKind::Multiple;
    let name = format!("{}-{}", props.id_prefix, props.index);
    let labels: Vec<String> = match question.kind {
        QuestionKind::TrueFalse => vec![i18n.t("answer-true"), i18n.t("answer-false")],
        _ => question.options.clone(),
    };
    let hint = if multiple {
        i18n.t("hint-multiple")
    } else {
        i18n.t("hint-single")
    };
    let number = i18n.t_with(
        "question-number",
        &[
            ("number", (props.index + 1).into()),
            ("count", props.count.into()),
        ],
    );
    let locked = props.feedback.is_some();
    // True/false labels are interface words; everything else is course text.
    let content_lang = (question.kind != QuestionKind::TrueFalse).then_some(props.lang.code());
    let hint_id = format!("{name}-hint");

    let options = labels.iter().enumerate().map(|(option, label)| {
        let checked = props.selected.contains(&option);
        let onchange = {
            let selected = props.selected.clone();
            let on_change = props.on_change.clone();
            Callback::from(move |_: Event| {
                let mut next = if multiple { selected.clone() } else { Vec::new() };
                if multiple && checked {
                    next.retain(|&o| o != option);
                } else {
                    next.push(option);
                    next.sort_unstable();
                }
                on_change.emit(next);
            })
        };
        let key_mark = props.feedback.as_ref().filter(|f| f.correct_options.contains(&option)).map(|_| {
            html! { <span class="key-mark">{ format!(" – {}", i18n.t("correct-answer")) }</span> }
        });
        let id = format!("{name}-{option}");
        html! {
            <li class={classes!("option", key_mark.is_some().then_some("is-key"))}>
                <input type={if multiple { "checkbox" } else { "radio" }} id={id.clone()} name={name.clone()}
                    value={option.to_string()} {checked} disabled={locked} {onchange} />
                <label for={id}><span lang={content_lang}>{ label }</span>{ key_mark }</label>
            </li>
        }
    });

    let feedback = props.feedback.as_ref().map(|f| {
        let (class, verdict) =
            if f.correct { ("feedback is-correct", i18n.t("feedback-correct")) } else { ("feedback is-wrong", i18n.t("feedback-wrong")) };
        html! {
            <div class={class}>
                <p><strong>{ verdict }</strong></p>
                <div lang={props.lang.code()}>{ Html::from_html_unchecked(AttrValue::from(f.explanation_html.clone())) }</div>
            </div>
        }
    });

    html! {
        <fieldset class="question" aria-describedby={hint_id.clone()}>
            <legend>
                <span class="question-number">{ number }</span>
                <span class="question-prompt" lang={props.lang.code()}>{ &question.prompt }</span>
            </legend>
            <p class="hint" id={hint_id}>{ hint }</p>
            <ul class="options">{ for options }</ul>
            <div aria-live="polite">{ feedback }</div>
        </fieldset>
    }
}

/// A callback that stores `choice` as the answer to question `index` of `count` in `answers`.
pub fn on_answer(
    answers: &UseStateHandle<Vec<Vec<usize>>>,
    count: usize,
    index: usize,
) -> Callback<Vec<usize>> {
    let answers = answers.clone();
    Callback::from(move |choice: Vec<usize>| {
        let mut next = (*answers).clone();
        next.resize(count, Vec::new());
        next[index] = choice;
        answers.set(next);
    })
}
