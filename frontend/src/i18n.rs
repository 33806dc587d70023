//! UI strings from the Fluent files in `frontend/i18n/`, and the chosen language.

use common::Lang;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::rc::Rc;
use yew::prelude::*;

const STORAGE_KEY: &str = "digikomp.lang";

fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => include_str!("../i18n/sv.ftl"),
        Lang::Nb => include_str!("../i18n/nb.ftl"),
        Lang::En => include_str!("../i18n/en.ftl"),
    }
}

/// The translations of one language.
pub struct Translator {
    pub lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl PartialEq for Translator {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl Translator {
    pub fn new(lang: Lang) -> Self {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // Isolation marks would end up as stray characters in attributes and titles.
        bundle.set_use_isolating(false);
        let resource =
            FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        Translator { lang, bundle }
    }

    /// The message `id`; the id itself if it is missing, so a gap is visible, not blank.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its `{ $name }` variables filled in.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
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

    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
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

#[component]
pub fn I18nProvider(props: &ProviderProps) -> Html {
    let lang = use_state(initial_lang);
    {
        let lang = *lang;
        use_effect_with(lang, move |_| apply_lang(lang));
    }
    let translator = use_memo(*lang, |lang| Translator::new(*lang));
    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |new: Lang| lang.set(new))
    };
    let context = I18n {
        translator,
        set_lang,
    };
    html! {
        <ContextProvider<I18n> {context}>{ props.children.clone() }</ContextProvider<I18n>>
    }
}
