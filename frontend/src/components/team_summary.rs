//! The numbers above the heatmap: how many meet every minimum, where most fall short, and
//! which evidence runs out soon.

use crate::components::competence_chart::competence_label;
use crate::components::dates;
use crate::i18n::I18n;
use crate::route::Route;
use crate::router::prelude::*;
use common::{ExpiringEvidence, Framework, TeamSummary};
use yew::prelude::*;

/// How many of the competences with people below the minimum are listed.
const MOST_BELOW_SHOWN: usize = 5;
/// How many people with expiring evidence are listed; the heatmap marks the rest.
const EXPIRING_SHOWN: usize = 8;

pub fn team_summary(i18n: &I18n, framework: Option<&Framework>, summary: &TeamSummary) -> Html {
    let meeting = [
        ("meeting", summary.meeting_all.into()),
        ("people", summary.people.into()),
    ];
    let most_below = summary.most_below.iter().take(MOST_BELOW_SHOWN).map(|count| {
        let below = [("below", count.below.into()), ("people", count.required_of.into())];
        html! {
            <li data-competence={count.competence.clone()} data-below={count.below.to_string()}>
                { competence_label(i18n, framework, &count.competence) }
                <span class="meta-inline">{ i18n.t_with("team-summary-below-count", &below) }</span>
            </li>
        }
    });
    let expiring = expiring_groups(&summary.expiring);
    let more = expiring.len().saturating_sub(EXPIRING_SHOWN);
    let expiring_items = expiring.iter().take(EXPIRING_SHOWN).map(|(item, competences)| {
        let date = dates::from_unix(i18n.lang(), item.valid_until);
        let labels = competences.iter().enumerate().map(|(index, id)| html! {
            <>{ if index > 0 { ", " } else { "" } }{ competence_label(i18n, framework, id) }</>
        });
        html! {
            <li data-person={item.person.id.clone()}>
                <Link<Route> to={Route::TeamPerson { id: item.person.id.clone() }}>{ &item.person.name }</Link<Route>>
                { ": " }{ for labels }
                <span class="meta-inline">{ i18n.t_with("team-summary-expires-on", &[("date", date.into())]) }</span>
            </li>
        }
    });
    html! {
        <section class="team-summary" aria-labelledby="team-summary-heading">
            <h2 id="team-summary-heading">{ i18n.t("team-summary-title") }</h2>
            <div class="summary-grid">
                <div class="card">
                    <h3>{ i18n.t("team-summary-meeting-title") }</h3>
                    <p class="summary-figure" id="team-meeting" data-meeting={summary.meeting_all.to_string()}
                        data-people={summary.people.to_string()}>
                        { i18n.t_with("team-summary-meeting", &meeting) }
                    </p>
                </div>
                <div class="card">
                    <h3>{ i18n.t("team-summary-most-below-title") }</h3>
                    if summary.most_below.is_empty() {
                        <p>{ i18n.t("team-summary-most-below-none") }</p>
                    } else {
                        <ol id="team-most-below" class="summary-list">{ for most_below }</ol>
                    }
                </div>
                <div class="card">
                    <h3>{ i18n.t("team-summary-expiring-title") }</h3>
                    if summary.expiring.is_empty() {
                        <p>{ i18n.t("team-summary-expiring-none") }</p>
                    } else {
                        <ul id="team-expiring" class="summary-list">{ for expiring_items }</ul>
                        if more > 0 {
                            <p class="hint">{ i18n.t_with("team-summary-expiring-more", &[("count", more.into())]) }</p>
                        }
                    }
                </div>
            </div>
        </section>
    }
}

/// The expiring evidence of one person on one day together, soonest first as the server
/// sends it: "Anna: 2.6, 4.1 expires 22 December".
fn expiring_groups(expiring: &[ExpiringEvidence]) -> Vec<(&ExpiringEvidence, Vec<&str>)> {
    let mut groups: Vec<(&ExpiringEvidence, Vec<&str>)> = Vec::new();
    for item in expiring {
        let same = |(first, _): &&mut (&ExpiringEvidence, Vec<&str>)| {
            first.person.id == item.person.id
                && first.valid_until / 86_400 == item.valid_until / 86_400
        };
        match groups.iter_mut().find(same) {
            Some((_, competences)) => competences.push(&item.competence),
            None => groups.push((item, vec![&item.competence])),
        }
    }
    groups
}
