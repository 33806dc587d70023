//! The small pieces every form is built from: labelled fields, and what came of saving.

use crate::api::ApiError;
use crate::i18n::I18n;
use std::future::Future;
use std::pin::Pin;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A callback that writes a field's new text into the form's state with `update`.
pub fn edit<T: Clone + 'static>(
    state: &UseStateHandle<T>,
    update: fn(&mut T, String),
) -> Callback<String> {
    let state = state.clone();
    Callback::from(move |value: String| {
        let mut next = (*state).clone();
        update(&mut next, value);
        state.set(next);
    })
}

/// Blank text as `None`, for optional fields.
pub fn optional(text: String) -> Option<String> {
    Some(text).filter(|text| !text.trim().is_empty())
}

/// A checkbox's callback that writes whether it is ticked into the form's state.
pub fn toggle<T: Clone + 'static>(
    state: &UseStateHandle<T>,
    update: fn(&mut T, bool),
) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |event: Event| {
        let mut next = (*state).clone();
        update(
            &mut next,
            event.target_unchecked_into::<HtmlInputElement>().checked(),
        );
        state.set(next);
    })
}

/// A text input with its label (and hint) above it. A plain struct rather than a component:
/// it keeps no state, and every component type costs the WASM bundle its own machinery.
pub struct Field {
    pub id: &'static str,
    pub label: String,
    pub value: String,
    pub on_change: Callback<String>,
    /// The input type: `text`, `email`, `password`, `search`…
    pub kind: &'static str,
    pub autocomplete: &'static str,
    pub required: bool,
    /// A line of help under the label, read out with the field.
    pub hint: Option<String>,
}

impl Field {
    pub fn new(id: &'static str, label: String, value: &str, on_change: Callback<String>) -> Field {
        Field {
            id,
            label,
            value: value.to_owned(),
            on_change,
            kind: "text",
            autocomplete: "off",
            required: false,
            hint: None,
        }
    }

    pub fn view(self) -> Html {
        let on_change = self.on_change;
        let oninput = Callback::from(move |event: InputEvent| {
            on_change.emit(event.target_unchecked_into::<HtmlInputElement>().value())
        });
        let hint_id = self.hint.as_ref().map(|_| format!("{}-hint", self.id));
        html! {
            <div class="field">
                <label for={self.id}>{ self.label }</label>
                if let Some(hint) = self.hint {
                    <span class="hint" id={hint_id.clone()}>{ hint }</span>
                }
                <input id={self.id} type={self.kind} value={self.value} autocomplete={self.autocomplete}
                    required={self.required} aria-describedby={hint_id} {oninput} />
            </div>
        }
    }
}

/// A ref that gets focus when its component appears, if `enabled`: a form opened by a
/// button takes the focus along, so keyboard and screen reader users land in it.
#[hook]
pub fn use_focus_on_mount(enabled: bool) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(element) = node.cast::<web_sys::HtmlElement>().filter(|_| enabled) {
                let _ = element.focus();
            }
        });
    }
    node
}

/// What came of the last save: shown in a live region so screen readers hear it.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Outcome {
    #[default]
    Idle,
    Busy,
    Done(String),
    Failed(String),
}

impl Outcome {
    pub fn busy(&self) -> bool {
        *self == Outcome::Busy
    }
}

/// The text for a failed request: offline, or the server's own message.
pub fn error_text(i18n: &I18n, error: &ApiError) -> String {
    match error.status {
        0 => i18n.t("error-offline"),
        _ => i18n.t_with("error-server", &[("message", error.message.clone().into())]),
    }
}

/// Sends `request`, showing "busy" meanwhile, then the text `on_ok` makes of the answer,
/// or the error.
pub fn submit<T: 'static>(
    outcome: &UseStateHandle<Outcome>,
    i18n: &I18n,
    request: impl Future<Output = Result<T, ApiError>> + 'static,
    on_ok: impl FnOnce(T) -> String + 'static,
) {
    let request = async move { request.await.map(on_ok) };
    submit_boxed(outcome, i18n, Box::pin(request));
}

/// The part of [`submit`] that is the same for every form, kept out of its generic code.
fn submit_boxed(
    outcome: &UseStateHandle<Outcome>,
    i18n: &I18n,
    request: Pin<Box<dyn Future<Output = Result<String, ApiError>>>>,
) {
    if outcome.busy() {
        return;
    }
    let (outcome, i18n) = (outcome.clone(), i18n.clone());
    outcome.set(Outcome::Busy);
    wasm_bindgen_futures::spawn_local(async move {
        outcome.set(match request.await {
            Ok(done) => Outcome::Done(done),
            Err(error) => Outcome::Failed(error_text(&i18n, &error)),
        });
    });
}

/// The live regions for a form's outcome; they stay in the page so changes are announced.
pub fn outcome_message(i18n: &I18n, outcome: &Outcome) -> Html {
    let (status, alert) = match outcome {
        Outcome::Idle => (String::new(), String::new()),
        Outcome::Busy => (i18n.t("saving"), String::new()),
        Outcome::Done(text) => (text.clone(), String::new()),
        Outcome::Failed(text) => (String::new(), text.clone()),
    };
    html! {
        <>
            <p class="form-status" role="status">{ status }</p>
            <p class="form-error notice-error" role="alert">{ alert }</p>
        </>
    }
}
