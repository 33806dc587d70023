//! Moving between pages without loading them: the address bar's path picks the page
//! (`route::Route`), links change it through the History API, and the back button is heard.
//!
//! Written here rather than taken from yew-router: the app needs a tenth of what that crate
//! does (no nested routers, no history state, queries of one or two plain values), and the
//! crate with its history and query libraries was some 8 KB brotli of every bundle's first
//! load (see issue 8 and `README.md`).

use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A set of pages by address.
pub trait Routable: Clone + PartialEq + 'static {
    /// The page at `path`; the "not found" page for an address that is none of them.
    fn recognize(path: &str) -> Self;
    /// The address of the page.
    fn to_path(&self) -> String;
}

/// Where the browser is: the path and the query, as in the address bar.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Location {
    path: String,
    /// With its `?`, or empty.
    search: String,
}

impl Location {
    fn current() -> Location {
        let location = web_sys::window().map(|w| w.location());
        let read = |get: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
            location
                .as_ref()
                .and_then(|l| get(l).ok())
                .unwrap_or_default()
        };
        Location {
            path: read(web_sys::Location::pathname),
            search: read(web_sys::Location::search),
        }
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// The query with its leading `?`, or an empty string.
    pub fn query_str(&self) -> &str {
        &self.search
    }

    /// The decoded value of the query parameter `name`, the first if it is given twice.
    pub fn param(&self, name: &str) -> Option<String> {
        self.search
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| decode(value))
    }
}

/// A query value as the browser encodes it (`+` for a space, `%XX` for the rest).
fn decode(value: &str) -> String {
    let value = value.replace('+', " ");
    js_sys::decode_uri_component(&value)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or(value)
}

/// A query value for an address.
pub fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}

/// Changes the page: a new entry in the browser's history, or in place of the current one.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    moved: Callback<()>,
}

impl Navigator {
    pub fn push<R: Routable>(&self, route: &R) {
        self.go(&route.to_path(), false);
    }

    /// `query` is already encoded, without the `?` (see [`encode`]).
    pub fn push_with_query<R: Routable>(&self, route: &R, query: &str) {
        self.go(&format!("{}?{query}", route.to_path()), false);
    }

    /// `query` is already encoded, without the `?`; an empty one drops the query.
    pub fn replace_with_query<R: Routable>(&self, route: &R, query: &str) {
        let path = route.to_path();
        let url = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        self.go(&url, true);
    }

    fn go(&self, url: &str, replace: bool) {
        let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
            return;
        };
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if replace {
            history.replace_state_with_url(&null, "", Some(url))
        } else {
            history.push_state_with_url(&null, "", Some(url))
        };
        self.moved.emit(());
    }
}

#[derive(Clone, PartialEq)]
struct RouterContext {
    location: Rc<Location>,
    navigator: Navigator,
}

#[derive(Properties, PartialEq)]
pub struct BrowserRouterProps {
    pub children: Html,
}

/// Follows the address bar for everything inside it.
#[component]
pub fn BrowserRouter(props: &BrowserRouterProps) -> Html {
    let location = use_state(|| Rc::new(Location::current()));
    let moved = {
        let location = location.clone();
        Callback::from(move |()| location.set(Rc::new(Location::current())))
    };
    {
        // Back and forward.
        let moved = moved.clone();
        use_effect_with((), move |()| {
            let listener = Closure::<dyn Fn()>::new(move || moved.emit(()));
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback(
                    "popstate",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(window) = window {
                    let _ = window.remove_event_listener_with_callback(
                        "popstate",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let context = RouterContext {
        location: (*location).clone(),
        navigator: Navigator { moved },
    };
    html! {
        <ContextProvider<RouterContext> {context}>{ props.children.clone() }</ContextProvider<RouterContext>>
    }
}

#[hook]
pub fn use_location() -> Option<Rc<Location>> {
    use_context::<RouterContext>().map(|c| c.location)
}

#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<RouterContext>().map(|c| c.navigator)
}

#[hook]
pub fn use_route<R: Routable>() -> Option<R> {
    use_location().map(|l| R::recognize(l.path()))
}

#[derive(Properties, PartialEq)]
pub struct SwitchProps<R: Routable> {
    pub render: Callback<R, Html>,
}

/// The page of the current address.
#[component]
pub fn Switch<R: Routable>(props: &SwitchProps<R>) -> Html {
    match use_route::<R>() {
        Some(route) => props.render.emit(route),
        None => Html::default(),
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkProps<R: Routable> {
    pub to: R,
    /// Encoded, without the `?` (see [`encode`]).
    #[prop_or_default]
    pub query: Option<AttrValue>,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A link to a page of the app, followed without loading the page; with a modifier key or
/// another mouse button it does what any link does (a new tab or window).
#[component]
pub fn Link<R: Routable>(props: &LinkProps<R>) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let (to, query) = (props.to.clone(), props.query.clone());
        Callback::from(move |event: MouseEvent| {
            if let Some(navigator) = navigator.as_ref().filter(|_| plain_click(&event)) {
                event.prevent_default();
                match &query {
                    Some(query) => navigator.push_with_query(&to, query),
                    None => navigator.push(&to),
                }
            }
        })
    };
    let href = match &props.query {
        Some(query) => format!("{}?{query}", props.to.to_path()),
        None => props.to.to_path(),
    };
    html! {
        <a {href} class={props.classes.clone()} {onclick}>{ props.children.clone() }</a>
    }
}

/// A click that the router should follow: the main button without a modifier key.
pub fn plain_click(event: &MouseEvent) -> bool {
    event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}

/// What the pages need: `use crate::router::prelude::*`.
pub mod prelude {
    pub use super::{
        use_location, use_navigator, use_route, BrowserRouter, Link, Navigator, Routable, Switch,
    };
}
