//! "My page": who the signed-in person is, where they work and what they may do.

use crate::i18n::{set_title, use_i18n, I18n};
use crate::session::use_session;
use common::{GrantKind, Me};
use yew::prelude::*;

#[component]
pub fn MyPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    set_title(&i18n.t("my-page-title"));
    let me = match session.signed_in(&i18n) {
        Ok(me) => me,
        Err(view) => return view,
    };
    let none = || html! { <span class="muted">{ i18n.t("none") }</span> };
    let named = |item: &Option<common::NamedRef>| match item {
        Some(item) => html! { { &item.name } },
        None => none(),
    };
    html! {
        <section class="page narrow">
            <h1>{ i18n.t("my-page-title") }</h1>
            <dl class="facts card">
                <dt>{ i18n.t("person-name") }</dt>
                <dd>{ &me.name }</dd>
                <dt>{ i18n.t("person-email") }</dt>
                <dd>{ &me.email }</dd>
                <dt>{ i18n.t("person-municipality") }</dt>
                <dd>{ named(&me.municipality) }</dd>
                <dt>{ i18n.t("person-unit") }</dt>
                <dd>{ named(&me.unit) }</dd>
                <dt>{ i18n.t("person-job-roles") }</dt>
                <dd>
                    if me.job_roles.is_empty() {
                        { none() }
                    } else {
                        <ul class="plain">
                            { for me.job_roles.iter().map(|role| html! { <li>{ &role.name }</li> }) }
                        </ul>
                    }
                </dd>
            </dl>
            <h2>{ i18n.t("my-permissions") }</h2>
            { permissions(&i18n, &me) }
        </section>
    }
}

fn permissions(i18n: &I18n, me: &Me) -> Html {
    if me.grants.is_empty() && !me.superadmin {
        return html! { <p>{ i18n.t("my-permissions-none") }</p> };
    }
    html! {
        <ul>
            if me.superadmin {
                <li>{ i18n.t("grant-superadmin") }</li>
            }
            { for me.grants.iter().map(|grant| html! { <li>{ grant_text(i18n, grant.kind, &grant.unit.name) }</li> }) }
        </ul>
    }
}

/// "Manager of Hemtjänst Norra" and the like.
pub fn grant_text(i18n: &I18n, kind: GrantKind, unit: &str) -> String {
    let unit = [("unit", unit.to_owned().into())];
    match kind {
        GrantKind::Manager => i18n.t_with("grant-manager-of", &unit),
        GrantKind::Admin => i18n.t_with("grant-admin-of", &unit),
        GrantKind::Guide => i18n.t_with("grant-guide-at", &unit),
    }
}
