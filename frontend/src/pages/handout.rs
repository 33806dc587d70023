//! `/courses/:slug/handout`: a citizen course's key steps on one printed page, with a QR code
//! and the address back to the course, to take home from the library.

use crate::api;
use crate::components::content_link::{use_content_lang, ContentLink};
use crate::components::fetch::use_fetch;
use crate::i18n::{set_title, use_i18n};
use crate::pages::CourseProps;
use crate::route::Route;
use yew::prelude::*;

#[component]
pub fn HandoutPage(props: &CourseProps) -> Html {
    let i18n = use_i18n();
    let lang = use_content_lang();
    let handout = use_fetch((props.slug.to_string(), lang), |(slug, lang)| async move {
        api::courses::handout(&slug, lang).await
    });
    let handout = match handout.ready() {
        Ok(handout) => handout,
        Err(view) => return view,
    };
    set_title(&format!("{} – {}", handout.heading, handout.title));
    let slug = handout.slug.clone();
    let address = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .map(|origin| format!("{origin}/courses/{slug}"))
        .unwrap_or_default();
    let print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <article class="page narrow handout" lang={lang.code()}>
            <nav class="breadcrumbs no-print" aria-label={i18n.t("breadcrumbs")} lang={i18n.lang().code()}>
                <ContentLink to={Route::Course { slug: slug.clone() }} {lang}><span lang={lang.code()}>{ &handout.title }</span></ContentLink>
            </nav>
            <p class="handout-course">{ &handout.title }</p>
            <h1>{ &handout.heading }</h1>
            <div class="prose handout-steps">{ Html::from_html_unchecked(AttrValue::from(handout.html.clone())) }</div>
            <div class="handout-link" lang={i18n.lang().code()}>
                <img src={format!("/api/courses/{slug}/qr.svg")} width="144" height="144"
                    alt={i18n.t_with("handout-qr-alt", &[("address", address.clone().into())])} />
                <p>
                    { i18n.t("handout-address") }<br />
                    <strong class="handout-address">{ address }</strong>
                </p>
            </div>
            <p class="actions no-print" lang={i18n.lang().code()}>
                <button type="button" id="handout-print" onclick={print}>{ i18n.t("handout-print") }</button>
            </p>
        </article>
    }
}
