use crate::components::shell::Shell;
use crate::i18n::I18nProvider;
use crate::participation::ParticipationProvider;
use crate::progress::ProgressProvider;
use crate::route::{switch, Route};
use crate::session::SessionProvider;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn App() -> Html {
    html! {
        <I18nProvider>
            <SessionProvider>
                <ProgressProvider>
                    <BrowserRouter>
                        <ParticipationProvider>
                            <Shell>
                                <Switch<Route> render={switch} />
                            </Shell>
                        </ParticipationProvider>
                    </BrowserRouter>
                </ProgressProvider>
            </SessionProvider>
        </I18nProvider>
    }
}
