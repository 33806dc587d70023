use crate::components::shell::Shell;
use crate::i18n::I18nProvider;
use crate::route::Route;
use crate::router::prelude::*;
use crate::session::SessionProvider;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The bundle's pages by route.
    pub switch: Callback<Route, Html>,
    /// What the bundle puts around its pages besides what every bundle has (see `bundles`).
    pub around: Callback<Html, Html>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        // The session is asked for while the strings load; neither waits for the other.
        <SessionProvider>
            <I18nProvider>
                <BrowserRouter>
                    { props.around.emit(html! {
                        <Shell>
                            <Switch<Route> render={props.switch.clone()} />
                        </Shell>
                    }) }
                </BrowserRouter>
            </I18nProvider>
        </SessionProvider>
    }
}
