//! The library guide's pages: starting a digital-help session, the live view to show on a
//! projector, and the anonymous statistics per library and month.

pub mod live;
mod poll;
pub mod sessions;
pub mod statistics;

use crate::i18n::I18n;
use common::{GrantKind, Me, NamedRef};
use yew::prelude::*;

/// The libraries where the person may run sessions (their guide permissions), each once.
fn guide_units(me: &Me) -> Vec<NamedRef> {
    let mut units: Vec<NamedRef> = Vec::new();
    for grant in me.grants.iter().filter(|g| g.kind == GrantKind::Guide) {
        if !units.iter().any(|u| u.id == grant.unit.id) {
            units.push(grant.unit.clone());
        }
    }
    units
}

/// What a page shows someone who guides at no library.
fn not_a_guide(i18n: &I18n) -> Html {
    html! {
        <section class="page narrow">
            <h1>{ i18n.t("no-access-title") }</h1>
            <p>{ i18n.t("library-no-access") }</p>
        </section>
    }
}

/// Whole minutes in a span of seconds, for "active 2 min ago" and "waiting 3 min".
fn minutes(seconds: i64) -> i64 {
    seconds.max(0) / 60
}
