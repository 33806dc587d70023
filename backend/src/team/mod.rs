//! The manager's team view: everyone under a unit measured against their jobs by the evidence
//! rules, filtered, with the summary above the heatmap.

pub mod assignments;

use crate::competence::rules::{self, Award};
use crate::db::team::TeamRows;
use common::{
    CompetenceCount, ExpiringEvidence, GapCell, NamedRef, TeamFilter, TeamGaps, TeamMember,
    TeamSummary,
};
use std::collections::{BTreeMap, HashMap};

/// Where the view is taken from and the names it needs.
pub struct Scope<'a> {
    pub unit: NamedRef,
    /// The unit and the units under it, in tree order.
    pub units: Vec<NamedRef>,
    pub framework: String,
    /// The framework's competence ids, in its order.
    pub order: &'a [String],
}

/// Every person's cells: the competences their job requires, by the evidence rules.
pub fn members(rows: &TeamRows, order: &[String], units: &[NamedRef], now: i64) -> Vec<TeamMember> {
    let position = |id: &str| order.iter().position(|c| c == id).unwrap_or(usize::MAX);
    let mut roles_of: HashMap<&str, Vec<&str>> = HashMap::new();
    for (person, role) in &rows.member_roles {
        roles_of.entry(person).or_default().push(role);
    }
    let mut evidence_of: HashMap<&str, Vec<Award>> = HashMap::new();
    for (person, award) in &rows.evidence {
        evidence_of.entry(person).or_default().push(award.clone());
    }
    let unit_name: HashMap<&str, &NamedRef> = units.iter().map(|u| (u.id.as_str(), u)).collect();
    let no_evidence = Vec::new();
    let mut members: Vec<TeamMember> = rows
        .members
        .iter()
        .map(|member| {
            let role_ids = roles_of.remove(member.id.as_str()).unwrap_or_default();
            let levels = rows
                .roles
                .iter()
                .filter(|r| r.baseline || role_ids.contains(&r.id.as_str()))
                .flat_map(|r| r.levels.iter().map(|(c, l)| (c.as_str(), *l)));
            let evidence = evidence_of.get(member.id.as_str()).unwrap_or(&no_evidence);
            let mut cells: Vec<GapCell> = rules::required(levels)
                .into_iter()
                .map(|(competence, level)| {
                    let s = rules::standing(evidence, &competence, level, now);
                    GapCell {
                        competence,
                        required: s.required,
                        achieved: s.achieved,
                        gap: s.gap,
                        expiring_soon: s.expiring_soon,
                        valid_until: s.valid_until,
                    }
                })
                .collect();
            cells.sort_by_key(|c| position(&c.competence));
            TeamMember {
                id: member.id.clone(),
                name: member.name.clone(),
                unit: unit_name
                    .get(member.unit_id.as_str())
                    .map(|u| (*u).clone())
                    .unwrap_or_else(|| NamedRef {
                        id: member.unit_id.clone(),
                        name: String::new(),
                    }),
                roles: role_ids.into_iter().map(str::to_owned).collect(),
                gap_count: cells.iter().filter(|c| c.gap > 0).count() as u32,
                gap_levels: cells.iter().map(|c| u32::from(c.gap)).sum(),
                cells,
            }
        })
        .collect();
    members.sort_by_cached_key(|m| (m.name.to_lowercase(), m.id.clone()));
    members
}

/// Whether a person is shown under the filter.
pub fn shown(member: &TeamMember, filter: &TeamFilter) -> bool {
    filter
        .role
        .as_ref()
        .is_none_or(|role| member.roles.contains(role))
        && filter.competence.as_ref().is_none_or(|competence| {
            member
                .cells
                .iter()
                .any(|c| &c.competence == competence && c.gap > 0)
        })
        && (filter.gaps_only != Some(true) || member.gap_count > 0)
}

/// The team view of the people shown under `filter`.
pub fn view(scope: Scope<'_>, rows: &TeamRows, filter: &TeamFilter, now: i64) -> TeamGaps {
    let mut roles: Vec<NamedRef> = rows
        .roles
        .iter()
        .filter(|r| !r.baseline && rows.member_roles.iter().any(|(_, id)| *id == r.id))
        .map(|r| NamedRef {
            id: r.id.clone(),
            name: r.name.clone(),
        })
        .collect();
    roles.sort_by_cached_key(|r| r.name.to_lowercase());
    let people: Vec<TeamMember> = members(rows, scope.order, &scope.units, now)
        .into_iter()
        .filter(|m| shown(m, filter))
        .collect();
    let competences: Vec<String> = scope
        .order
        .iter()
        .filter(|id| {
            people
                .iter()
                .any(|m| m.cells.iter().any(|c| &c.competence == *id))
        })
        .cloned()
        .collect();
    let summary = summary(&people, &competences);
    TeamGaps {
        unit: scope.unit,
        framework: scope.framework,
        competences,
        units: scope.units,
        roles,
        people,
        summary,
    }
}

/// The numbers above the heatmap, over the people shown.
pub fn summary(people: &[TeamMember], competences: &[String]) -> TeamSummary {
    let mut counts: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    let mut expiring = Vec::new();
    for member in people {
        for cell in &member.cells {
            let entry = counts.entry(cell.competence.as_str()).or_default();
            entry.0 += 1;
            entry.1 += u32::from(cell.gap > 0);
            if cell.expiring_soon {
                expiring.push(ExpiringEvidence {
                    person: NamedRef {
                        id: member.id.clone(),
                        name: member.name.clone(),
                    },
                    competence: cell.competence.clone(),
                    valid_until: cell.valid_until.unwrap_or_default(),
                });
            }
        }
    }
    let mut most_below: Vec<CompetenceCount> = competences
        .iter()
        .filter_map(|id| {
            let (required_of, below) = counts.get(id.as_str()).copied()?;
            (below > 0).then(|| CompetenceCount {
                competence: id.clone(),
                required_of,
                below,
            })
        })
        .collect();
    // Stable: equal counts stay in framework order.
    most_below.sort_by_key(|c| std::cmp::Reverse(c.below));
    expiring.sort_by(|a, b| (a.valid_until, &a.person.name).cmp(&(b.valid_until, &b.person.name)));
    TeamSummary {
        people: people.len() as u32,
        meeting_all: people.iter().filter(|m| m.gap_count == 0).count() as u32,
        most_below,
        expiring,
    }
}
