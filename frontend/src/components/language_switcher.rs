use crate::i18n::use_i18n;
use common::Lang;
use yew::prelude::*;

/// Buttons for sv, nb and en, each named in its own language.
#[component]
pub fn LanguageSwitcher() -> Html {
    let i18n = use_i18n();
    let current = i18n.lang();
    html! {
        <nav class="languages" aria-label={i18n.t("language-switcher")}>
            <ul>
            { for Lang::ALL.iter().map(|&lang| {
                let set_lang = i18n.set_lang.clone();
                let onclick = Callback::from(move |_| set_lang.emit(lang));
                let (label, name) = match lang {
                    Lang::Sv => ("SV", "Svenska"),
                    Lang::Nb => ("NB", "Norsk bokmål"),
                    Lang::En => ("EN", "English"),
                };
                html! {
                    <li>
                        <button type="button" lang={lang.code()} aria-pressed={(lang == current).to_string()} {onclick}>
                            { label }<span class="visually-hidden">{ format!(" – {name}") }</span>
                        </button>
                    </li>
                }
            }) }
            </ul>
        </nav>
    }
}
