//! UI strings in the chosen language, and the chosen language.
//!
//! The Fluent files in `frontend/i18n/` are checked and compiled by `cargo xtask build`
//! (xtask/src/i18n.rs) into one small JSON file per language; the page names each file in a
//! `<meta name="i18n-{lang}">` tag, and only the chosen language is fetched. Keeping the
//! Fluent parser and all three languages out of the WASM saves about 45 KB (brotli) on
//! every page's first load.

use common::Lang;
use std::borrow::Cow;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Intl, Object, Reflect, JSON};
use yew::prelude::*;

const STORAGE_KEY: &str = "digikomp.lang";

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

/// The translations of one language: the file's JSON as the browser parsed it, read through
/// `Reflect`, so that no deserializing code for it is in the WASM. Its shape (xtask/src/i18n.rs):
/// `{"text": {id: text}, "patterns": {id: [part]}}`, a part being a text, `{"v": name}` or
/// `{"s": {"var": name, "variants": [[key, [part]]], "default": index}}`. A number chooses
/// a variant by its exact value, then by its plural category in the language (the browser's
/// `Intl.PluralRules`); text chooses by itself; else the default variant.
pub struct Translator {
    pub lang: Lang,
    text: JsValue,
    patterns: JsValue,
    plurals: Intl::PluralRules,
}

impl PartialEq for Translator {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// `object[key]`, `undefined` if there is none.
fn field(object: &JsValue, key: &str) -> JsValue {
    if !object.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

impl Translator {
    fn new(lang: Lang, messages: JsValue) -> Self {
        let locales = Array::of1(&lang.code().into());
        Translator {
            lang,
            text: field(&messages, "text"),
            patterns: field(&messages, "patterns"),
            plurals: Intl::PluralRules::new(&locales, &Object::new()),
        }
    }

    /// The message `id`; the id itself if it is missing, so a gap is visible, not blank.
    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// The message `id` with its `{ $name }` variables filled in.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        if let Some(text) = field(&self.text, id).as_string() {
            return text;
        }
        let parts = field(&self.patterns, id);
        if !Array::is_array(&parts) {
            return id.to_owned();
        }
        let mut out = String::new();
        self.write(&parts, args, &mut out);
        out
    }

    fn write(&self, parts: &JsValue, args: &[(&str, Arg<'_>)], out: &mut String) {
        for part in parts.unchecked_ref::<Array>().iter() {
            if let Some(text) = part.as_string() {
                out.push_str(&text);
            } else if let Some(name) = field(&part, "v").as_string() {
                match arg(args, &name) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Number(number)) => out.push_str(&number.to_string()),
                    None => {
                        out.push_str("{$");
                        out.push_str(&name);
                        out.push('}');
                    }
                }
            } else {
                let select = field(&part, "s");
                let variants = field(&select, "variants");
                if !Array::is_array(&variants) {
                    continue;
                }
                let variants: &Array = variants.unchecked_ref();
                let name = field(&select, "var").as_string().unwrap_or_default();
                let chosen = self
                    .choose(variants, arg(args, &name))
                    .or_else(|| field(&select, "default").as_f64().map(|i| i as u32))
                    .unwrap_or(0);
                self.write(
                    &Reflect::get_u32(&variants.get(chosen), 1).unwrap_or_default(),
                    args,
                    out,
                );
            }
        }
    }

    fn choose(&self, variants: &Array, value: Option<&Arg<'_>>) -> Option<u32> {
        let find = |key: &str| {
            (0..variants.length()).find(|&i| {
                Reflect::get_u32(&variants.get(i), 0)
                    .ok()
                    .and_then(|k| k.as_string())
                    .is_some_and(|k| k == key)
            })
        };
        match value? {
            Arg::Number(number) => find(&number.to_string()).or_else(|| {
                let category = self.plurals.select(*number as f64);
                find(&String::from(category))
            }),
            Arg::Text(text) => find(text),
        }
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
    let text = match path {
        Some(path) => crate::api::get_text(&path).await.ok(),
        None => None,
    };
    let messages = text
        .and_then(|text| JSON::parse(&text).ok())
        .unwrap_or(JsValue::UNDEFINED);
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

/// The language saved earlier, else the browser's, else Swedish (chosen the same way by the
/// script in each page that preloads its strings, `xtask/src/i18n.rs` `preload_script`).
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
