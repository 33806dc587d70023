use crate::components::shell::Shell;
use crate::i18n::I18nProvider;
use crate::progress::ProgressProvider;
use crate::route::Route;
use crate::session::SessionProvider;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The bundle's pages by route.
    pub switch: Callback<Route, Html>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        // The session is asked for while the strings load; neither waits for the other.
        <SessionProvider>
            <I18nProvider>
                <ProgressProvider>
                    <BrowserRouter>
                        <Shell>
                            <Switch<Route> render={props.switch.clone()} />
                        </Shell>
                    </BrowserRouter>
                </ProgressProvider>
            </I18nProvider>
        </SessionProvider>
    }
}
