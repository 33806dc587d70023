//! The participants of a running library session, as the guide's live view lists them: who,
//! on which course and lesson, how long since they did something, and who waits for help.

use crate::i18n::I18n;
use common::LiveParticipant;
use yew::prelude::*;

/// One participant with the name to show: their nickname, or "Participant 3".
#[derive(Clone, PartialEq)]
pub struct Row {
    pub participant: LiveParticipant,
    pub name: String,
}

/// The table; `on_answer` gets the participant's id and name when the guide has helped them.
pub fn participants_table(
    i18n: &I18n,
    rows: &[Row],
    on_answer: &Callback<(String, String)>,
) -> Html {
    if rows.is_empty() {
        return html! { <p id="library-participants-none">{ i18n.t("library-participants-none") }</p> };
    }
    let caption = i18n.t("library-participants-caption");
    html! {
        <div class="table-scroll" role="region" aria-label={caption.clone()} tabindex="0">
            <table class="list session-participants" id="library-participants">
                <caption class="visually-hidden">{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ i18n.t("library-col-participant") }</th>
                    <th scope="col">{ i18n.t("library-col-course") }</th>
                    <th scope="col">{ i18n.t("library-col-active") }</th>
                    <th scope="col">{ i18n.t("library-col-help") }</th>
                </tr></thead>
                <tbody>{ for rows.iter().map(|row| participant_row(i18n, row, on_answer)) }</tbody>
            </table>
        </div>
    }
}

fn participant_row(i18n: &I18n, row: &Row, on_answer: &Callback<(String, String)>) -> Html {
    let p = &row.participant;
    let course = match (&p.course, p.lesson) {
        (Some(course), Some(lesson)) => i18n.t_with(
            "library-course-lesson",
            &[
                ("course", course.name.clone().into()),
                ("lesson", lesson.into()),
            ],
        ),
        (Some(course), None) => course.name.clone(),
        (None, _) => i18n.t("library-no-course"),
    };
    let help = match p.help_waiting_seconds {
        Some(seconds) => {
            let onclick = on_answer.reform({
                let (id, name) = (p.id.clone(), row.name.clone());
                move |_: MouseEvent| (id.clone(), name.clone())
            });
            html! {
                <div class="session-help">
                    <span class="session-help-waiting">
                        { i18n.t_with("library-help-waiting", &[("minutes", (seconds / 60).into())]) }
                    </span>
                    <button type="button" class="secondary session-answer" {onclick}>
                        { i18n.t("library-answered") }
                        <span class="visually-hidden">{ format!(" – {}", row.name) }</span>
                    </button>
                </div>
            }
        }
        None => html! {},
    };
    html! {
        <tr data-participant={p.id.clone()} class={p.help_waiting_seconds.map(|_| "is-waiting")}>
            <th scope="row" class="session-name">{ &row.name }</th>
            <td>{ course }</td>
            <td>{ i18n.t_with("library-active", &[("minutes", (p.idle_seconds / 60).into())]) }</td>
            <td>{ help }</td>
        </tr>
    }
}
