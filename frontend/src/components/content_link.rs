//! Course content can be read in another language than the interface (a Swedish-speaking
//! guide showing a Norwegian course, say); the choice travels in the address as `?lang=`.

use crate::i18n::use_i18n;
use crate::route::Route;
use crate::router::prelude::*;
use common::Lang;
use yew::prelude::*;

/// The language to show course content in: `?lang=` if given, else the interface's.
#[hook]
pub fn use_content_lang() -> Lang {
    let i18n = use_i18n();
    let location = use_location();
    location
        .and_then(|l| l.param("lang"))
        .and_then(|lang| lang.parse().ok())
        .unwrap_or(i18n.lang())
}

#[derive(Properties, PartialEq)]
pub struct ContentLinkProps {
    pub to: Route,
    pub lang: Lang,
    #[prop_or_default]
    pub classes: Classes,
    pub children: Html,
}

/// A link to a course page that keeps the content language.
#[component]
pub fn ContentLink(props: &ContentLinkProps) -> Html {
    let i18n = use_i18n();
    let query = (props.lang != i18n.lang()).then(|| AttrValue::from(lang_query(props.lang)));
    html! {
        <Link<Route> to={props.to.clone()} {query} classes={props.classes.clone()}>
            { props.children.clone() }
        </Link<Route>>
    }
}

/// `lang=…`: the query that carries the content language.
pub fn lang_query(lang: Lang) -> String {
    format!("lang={lang}")
}
