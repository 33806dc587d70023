//! A printable certificate anyone with its address can open, to confirm that a person passed
//! a course and which competence levels it gave.

use crate::api;
use crate::components::dates;
use crate::components::fetch::{use_fetch, Load};
use crate::i18n::{set_title, use_i18n, I18n};
use common::{Certificate, Framework};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CertificateProps {
    pub code: AttrValue,
}

#[component]
pub fn CertificatePage(props: &CertificateProps) -> Html {
    let i18n = use_i18n();
    let certificate = use_fetch(props.code.to_string(), |code| async move {
        api::competence::certificate(&code).await
    });
    let framework = use_fetch((), |()| api::courses::framework());
    let certificate = match certificate {
        Load::Failed(error) if error.status == 404 => return unknown(&i18n),
        other => match other.ready() {
            Ok(certificate) => certificate,
            Err(view) => return view,
        },
    };
    set_title(&i18n.t_with(
        "certificate-page-title",
        &[("course", certificate.course_title.clone().into())],
    ));
    let framework = match framework {
        Load::Loaded(framework) => Some(framework),
        _ => None,
    };
    let print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <div class="page narrow">
            <article class="certificate" id="certificate" data-code={certificate.code.clone()}>
                <p class="certificate-brand">{ "Digikomp" }</p>
                <h1>{ i18n.t("certificate-title") }</h1>
                <p class="certificate-name" id="certificate-name">{ &certificate.person_name }</p>
                <p>{ i18n.t_with("certificate-statement", &[("municipality", certificate.municipality.clone().into())]) }</p>
                <p class="certificate-course" lang={certificate.lang.code()}>{ &certificate.course_title }</p>
                { details(&i18n, &certificate) }
                { competences(&i18n, &certificate, framework.as_deref()) }
                { verify(&i18n, &certificate.code) }
            </article>
            <p class="actions no-print">
                <button type="button" id="print-certificate" onclick={print}>{ i18n.t("certificate-print") }</button>
            </p>
        </div>
    }
}

/// What a 404 means here: no certificate has this code.
fn unknown(i18n: &I18n) -> Html {
    set_title(&i18n.t("certificate-unknown-title"));
    html! {
        <section class="page narrow" id="certificate-unknown">
            <h1>{ i18n.t("certificate-unknown-title") }</h1>
            <p>{ i18n.t("certificate-unknown-text") }</p>
        </section>
    }
}

fn details(i18n: &I18n, certificate: &Certificate) -> Html {
    let lang = i18n.lang();
    let valid_until = match certificate.valid_until {
        Some(until) if until < dates::now() => html! {
            <span class="is-gap" id="certificate-expired">
                <span aria-hidden="true">{ "⚠ " }</span>
                { i18n.t_with("certificate-expired", &[("date", dates::from_unix(lang, until).into())]) }
            </span>
        },
        Some(until) => html! { { dates::from_unix(lang, until) } },
        None => html! { { i18n.t("competence-valid-always") } },
    };
    html! {
        <dl class="facts certificate-facts">
            <dt>{ i18n.t("certificate-issued") }</dt>
            <dd>{ dates::from_unix(lang, certificate.issued_at) }</dd>
            <dt>{ i18n.t("competence-col-valid-until") }</dt>
            <dd>{ valid_until }</dd>
            <dt>{ i18n.t("certificate-course-version") }</dt>
            <dd>{ certificate.course_version }</dd>
            <dt>{ i18n.t("certificate-code") }</dt>
            <dd><code>{ &certificate.code }</code></dd>
        </dl>
    }
}

/// The levels the course gave, named in the interface language with their group.
fn competences(i18n: &I18n, certificate: &Certificate, framework: Option<&Framework>) -> Html {
    let lang = i18n.lang();
    // Names are only right for the framework the certificate was issued in.
    let framework = framework.filter(|f| f.key() == certificate.framework);
    let framework_name = framework
        .map(|f| f.name.get(lang).to_owned())
        .unwrap_or_else(|| certificate.framework.clone());
    let items = certificate.competences.iter().map(|award| {
        let name = framework
            .and_then(|f| f.competence(&award.id))
            .map(|c| c.name.get(lang).to_owned())
            .unwrap_or_default();
        let group = framework
            .and_then(|f| f.group_of(award.level))
            .map(|g| g.name.get(lang).to_owned())
            .unwrap_or_default();
        let level = [("level", award.level.into()), ("group", group.into())];
        html! {
            <li data-competence={award.id.clone()} data-level={award.level.to_string()}>
                <span class="competence-id">{ &award.id }</span>{ " " }{ name }{ " – " }
                { i18n.t_with("level", &level) }
            </li>
        }
    });
    html! {
        <section aria-labelledby="certificate-competences-heading">
            <h2 id="certificate-competences-heading">{ i18n.t("certificate-competences") }</h2>
            <p>{ i18n.t_with("certificate-framework", &[("framework", framework_name.into())]) }</p>
            <ul class="competences">{ for items }</ul>
        </section>
    }
}

/// The full address, as text for paper and as a link on screen.
fn verify(i18n: &I18n, code: &str) -> Html {
    let window = web_sys::window();
    let origin = window
        .as_ref()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let path = window
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| format!("/certificates/{code}"));
    let url = format!("{origin}{path}");
    html! {
        <section class="certificate-verify" aria-labelledby="verify-heading">
            <h2 id="verify-heading">{ i18n.t("certificate-verify-title") }</h2>
            <p>{ i18n.t("certificate-verify-text") }</p>
            <p><a id="certificate-url" href={url.clone()}>{ url }</a></p>
        </section>
    }
}
