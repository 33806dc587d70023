//! UI strings in the chosen language, and the chosen language.
//!
//! The Fluent files in `frontend/i18n/` are checked and compiled by `cargo xtask build`
//! (xtask/src/i18n.rs) into one small JSON file per language; the page names each file in a
//! `<meta name="i18n-{lang}">` tag, and only the chosen language is fetched. Keeping the
//! Fluent parser and all three languages out of the WASM saves about 45 KB (brotli) on
//! every page's first load.

use common::Lang;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

const STORAGE_KEY: &str = "digikomp.lang";

/// One language's messages as xtask writes them: plain texts, and patterns with variables.
#[derive(Deserialize, Default)]
struct Messages {
    text: HashMap<String, String>,
    patterns: HashMap<String, Vec<Part>>,
}

#[derive(Deserialize)]
enum Part {
    #[serde(rename = "t")]
    Text(String),
    #[serde(rename = "v")]
    Var(String),
    #[serde(rename = "s")]
    Select(Select),
}

/// `{ $var -> [key] … *[other] … }`: a number chooses by its exact value, then by its plural
/// category in the language; text chooses by itself; else the default variant.
#[derive(Deserialize)]
struct Select {
    var: String,
    variants: Vec<(String, Vec<Part>)>,
    default: usize,
}

/// A value for a `{ $name }` in a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(i64),
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(number: $t) -> Self {
                Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64);

/// The translations of one language.
pub struct Translator {
    pub lang: Lang,
    messages: Messages,
    plurals: web_sys::js_sys::Intl::PluralRules,
}

impl PartialEq for Translator {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Translator {
    fn new(lang: Lang, messages: Messages) -> Self {
        use web_sys::js_sys::{Array, Intl, Object};
        let locales = Array::of1(&lang.code().into());
        let plurals = Intl::PluralRules::new(&locales, &Object::new());
        Translator {
            lang,
            messages,
            plurals,
        }
    }

    /// The message `id`; the id itself if it is missing, so a gap is visible, not blank.
    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// The message `id` with its `{ $name }` variables filled in.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        if let Some(text) = self.messages.text.get(id) {
            return text.clone();
        }
        let Some(parts) = self.messages.patterns.get(id) else {
            return id.to_owned();
        };
        let mut out = String::new();
        self.write(parts, args, &mut out);
        out
    }

    fn write(&self, parts: &[Part], args: &[(&str, Arg<'_>)], out: &mut String) {
        for part in parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Var(name) => match arg(args, name) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Number(number)) => out.push_str(&number.to_string()),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select(select) => {
                    let chosen = self.choose(select, arg(args, &select.var));
                    if let Some((_, parts)) = select.variants.get(chosen) {
                        self.write(parts, args, out);
                    }
                }
            }
        }
    }

    fn choose(&self, select: &Select, value: Option<&Arg<'_>>) -> usize {
        let find = |key: &str| select.variants.iter().position(|(k, _)| k == key);
        let found = match value {
            Some(Arg::Number(number)) => find(&number.to_string())
                .or_else(|| find(&String::from(self.plurals.select(*number as f64)))),
            Some(Arg::Text(text)) => find(text),
            None => None,
        };
        found.unwrap_or(select.default)
    }
}

fn arg<'a, 'b>(args: &'a [(&str, Arg<'b>)], name: &str) -> Option<&'a Arg<'b>> {
    args.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value)
}

/// The strings of `lang`, from the file the page names; none (so ids show) if it fails.
async fn load(lang: Lang) -> Translator {
    let path = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            let selector = format!("meta[name=\"i18n-{}\"]", lang.code());
            d.query_selector(&selector).ok().flatten()
        })
        .and_then(|meta| meta.get_attribute("content"));
    let messages = match path {
        Some(path) => crate::api::get::<Messages>(&path).await.unwrap_or_default(),
        None => Messages::default(),
    };
    Translator::new(lang, messages)
}

/// The current language and a way to change it, shared through context.
#[derive(Clone, PartialEq)]
pub struct I18n {
    pub translator: Rc<Translator>,
    pub set_lang: Callback<Lang>,
}

impl I18n {
    pub fn lang(&self) -> Lang {
        self.translator.lang
    }

    pub fn t(&self, id: &str) -> String {
        self.translator.t(id)
    }

    pub fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.translator.t_with(id, args)
    }
}

#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("I18nProvider wraps the app")
}

/// The language saved earlier, else the browser's, else Swedish.
pub fn initial_lang() -> Lang {
    let window = web_sys::window();
    let saved = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|code| code.parse().ok());
    saved.unwrap_or_else(|| {
        let browser = window
            .and_then(|w| w.navigator().language())
            .unwrap_or_default()
            .to_ascii_lowercase();
        match browser.get(..2) {
            Some("nb" | "no" | "nn") => Lang::Nb,
            Some("en") => Lang::En,
            _ => Lang::Sv,
        }
    })
}

/// Remembers the choice and tells assistive technology the page's language.
pub fn apply_lang(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Sets the browser tab's title to "`page` – Digikomp".
pub fn set_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{page} – Digikomp"));
    }
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    pub children: Html,
}

/// Fetches the chosen language's strings and shows the app once they are there. While another
/// language loads, the page stays in the one it has.
#[component]
pub fn I18nProvider(props: &ProviderProps) -> Html {
    let lang = use_state(initial_lang);
    let translator = use_state(|| None::<Rc<Translator>>);
    {
        let translator = translator.clone();
        use_effect_with(*lang, move |lang| {
            let lang = *lang;
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = load(lang).await;
                apply_lang(lang);
                translator.set(Some(Rc::new(loaded)));
            });
        });
    }
    let Some(translator) = (*translator).clone() else {
        return Html::default();
    };
    let set_lang = Callback::from(move |new: Lang| lang.set(new));
    let context = I18n {
        translator,
        set_lang,
    };
    html! {
        <ContextProvider<I18n> {context}>{ props.children.clone() }</ContextProvider<I18n>>
    }
}
