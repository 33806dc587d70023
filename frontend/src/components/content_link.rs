//! Course content can be read in another language than the interface (a Swedish-speaking
//! guide showing a Norwegian course, say); the choice travels in the address as `?lang=`.

use crate::i18n::use_i18n;
use crate::route::Route;
use common::Lang;
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LangQuery {
    pub lang: Lang,
}

/// The language to show course content in: `?lang=` if given, else the interface's.
#[hook]
pub fn use_content_lang() -> Lang {
    let i18n = use_i18n();
    let location = use_location();
    location
        .and_then(|l| l.query::<LangQuery>().ok())
        .map(|q| q.lang)
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
    let query = (props.lang != i18n.lang()).then_some(LangQuery { lang: props.lang });
    html! {
        <Link<Route, LangQuery> to={props.to.clone()} {query} classes={props.classes.clone()}>
            { props.children.clone() }
        </Link<Route, LangQuery>>
    }
}
