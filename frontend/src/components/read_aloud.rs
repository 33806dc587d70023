//! Reads a lesson aloud with the browser's own speech synthesis, in the course's language.
//! Nothing leaves the browser. Where the browser cannot speak, there is no button.

use crate::i18n::use_i18n;
use common::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// The language of the text, for the voice.
    pub lang: Lang,
    pub title: AttrValue,
    /// The element whose text is read after the title.
    pub content: NodeRef,
}

#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let i18n = use_i18n();
    let speaking = use_state(|| false);
    // The last piece of the reading under way: its end (or its interruption) ends the reading.
    let last = use_mut_ref(|| None::<SpeechSynthesisUtterance>);
    let on_end = {
        let (setter, last) = (speaking.setter(), last.clone());
        use_memo((), move |_| ended_listener(setter, last))
    };
    {
        // Another lesson, or another page: stop reading.
        let setter = speaking.setter();
        use_effect_with(props.title.clone(), move |_| {
            move || {
                if let Some(synth) = synth() {
                    synth.cancel();
                }
                setter.set(false);
            }
        });
    }
    let Some(synth) = synth() else {
        return html! {};
    };
    let onclick = {
        let (speaking, lang, title, content) = (
            speaking.clone(),
            props.lang,
            props.title.clone(),
            props.content.clone(),
        );
        Callback::from(move |_| {
            synth.cancel();
            if *speaking {
                speaking.set(false);
                return;
            }
            let text = content
                .cast::<web_sys::HtmlElement>()
                .map(|e| e.inner_text())
                .unwrap_or_default();
            let pieces = std::iter::once(title.as_str()).chain(text.lines());
            let mut utterance = None;
            // One utterance per paragraph: some voices stop in the middle of a long one.
            for piece in pieces.map(str::trim).filter(|p| !p.is_empty()) {
                if let Ok(next) = SpeechSynthesisUtterance::new_with_text(piece) {
                    next.set_lang(voice(lang));
                    synth.speak(&next);
                    utterance = Some(next);
                }
            }
            if let Some(utterance) = &utterance {
                utterance.set_onend(Some(on_end.as_ref().as_ref().unchecked_ref()));
                utterance.set_onerror(Some(on_end.as_ref().as_ref().unchecked_ref()));
            }
            speaking.set(utterance.is_some());
            *last.borrow_mut() = utterance;
        })
    };
    let (label, symbol) = if *speaking {
        (i18n.t("read-aloud-stop"), "■")
    } else {
        (i18n.t("read-aloud-start"), "▶")
    };
    html! {
        <p class="read-aloud" lang={i18n.lang().code()}>
            <button type="button" id="read-aloud" class="secondary" {onclick}>
                <span class="read-aloud-symbol" aria-hidden="true">{ symbol }</span>{ label }
            </button>
        </p>
    }
}

/// Marks the reading over when its last utterance ends, and not when an earlier reading's
/// does (stopping fires an error event on it, maybe after a new reading started).
fn ended_listener(
    setter: UseStateSetter<bool>,
    last: Rc<RefCell<Option<SpeechSynthesisUtterance>>>,
) -> Closure<dyn Fn(web_sys::Event)> {
    Closure::new(move |event: web_sys::Event| {
        let target: Option<JsValue> = event.target().map(Into::into);
        let current: Option<JsValue> = last.borrow().as_ref().map(|u| u.clone().into());
        if target.is_some() && target == current {
            setter.set(false);
        }
    })
}

/// The browser's speech synthesis, if it has one.
fn synth() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    let has = |name: &str| js_sys::Reflect::has(&window, &JsValue::from_str(name)) == Ok(true);
    if !has("speechSynthesis") || !has("SpeechSynthesisUtterance") {
        return None;
    }
    window.speech_synthesis().ok()
}

/// The voice's language: the country where the course's language is spoken.
fn voice(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "sv-SE",
        Lang::Nb => "nb-NO",
        Lang::En => "en-GB",
    }
}
