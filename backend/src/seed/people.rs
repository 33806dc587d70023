//! Storby's employees: Nordic names, unique e-mail addresses, employee numbers and job roles
//! that fit their unit.

use super::org::PlannedUnit;
use super::{pick_weighted, random_id, roles, Kind};
use fastrand::Rng;
use std::collections::HashSet;

/// The domain of every generated e-mail address (reserved for examples, so never delivered).
pub const DOMAIN: &str = "storby.example";

#[rustfmt::skip]
const FIRST_NAMES: &[&str] = &[
    "Anna", "Maria", "Karin", "Sara", "Emma", "Lena", "Kerstin", "Eva", "Ingrid", "Birgitta",
    "Elin", "Johanna", "Malin", "Linnea", "Ida", "Sofia", "Hanna", "Amanda", "Jenny", "Camilla",
    "Åsa", "Ulla", "Marie", "Frida", "Ebba", "Maja", "Astrid", "Gunilla", "Helena", "Annika",
    "Cecilia", "Therese", "Petra", "Nora", "Sigrid", "Solveig", "Kari", "Liv", "Aino", "Leila",
    "Fatima", "Amina", "Yasmin", "Zeynep", "Erik", "Lars", "Karl", "Anders", "Johan", "Per",
    "Nils", "Mikael", "Jan", "Hans", "Olof", "Gustav", "Magnus", "Fredrik", "Daniel", "Jonas",
    "Oskar", "Viktor", "Emil", "Axel", "Henrik", "Peter", "Mats", "Stefan", "Björn", "Göran",
    "Leif", "Ulf", "Jörgen", "Kjell", "Torbjörn", "Sven", "Åke", "Mattias", "Niklas", "Rasmus",
    "Linus", "Ole", "Knut", "Eirik", "Jukka", "Mehmet", "Ali", "Omar", "Ahmed", "Yusuf",
];

#[rustfmt::skip]
const LAST_NAMES: &[&str] = &[
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
    "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist",
    "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
    "Wallin", "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman",
    "Gunnarsson", "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist",
    "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg", "Blomqvist",
    "Claesson", "Nordström", "Mårtensson", "Hedlund", "Åberg", "Öberg", "Hansen", "Johansen",
    "Olsen", "Larsen", "Virtanen", "Korhonen", "Nieminen", "Yilmaz", "Hussein", "Mohammed",
    "Nowak", "Kovačević", "Abdi",
];

/// An employee to create.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedPerson {
    pub id: String,
    /// The unit's index in the plan.
    pub unit: usize,
    pub name: String,
    pub email: String,
    pub employee_number: String,
    /// Job role codes; a manager's first role is [`roles::CHIEF`].
    pub roles: Vec<&'static str>,
    /// Manages their unit (and everything under it).
    pub manager: bool,
}

/// The people of every unit, unit by unit, each unit's manager first.
pub fn plan(units: &[PlannedUnit], rng: &mut Rng) -> Vec<PlannedPerson> {
    let mut taken = HashSet::new();
    let mut people = Vec::new();
    for (index, unit) in units.iter().enumerate() {
        for n in 0..unit.size {
            let manager = n == 0;
            let roles = if manager {
                vec![roles::CHIEF]
            } else {
                roles_for(unit.kind, rng)
            };
            let name = format!(
                "{} {}",
                FIRST_NAMES[rng.usize(..FIRST_NAMES.len())],
                LAST_NAMES[rng.usize(..LAST_NAMES.len())]
            );
            let email = unique_email(&name, &mut taken);
            people.push(PlannedPerson {
                id: random_id(rng),
                unit: index,
                employee_number: (100_001 + people.len()).to_string(),
                name,
                email,
                roles,
                manager,
            });
        }
    }
    people
}

/// One role, or now and then two, as the unit's kind employs them.
fn roles_for(kind: Kind, rng: &mut Rng) -> Vec<&'static str> {
    let mix = roles::mix(kind);
    let first = pick_weighted(mix, |(_, weight)| *weight, rng).0;
    let mut chosen = vec![first];
    if rng.u32(0..100) < 8 {
        let second = pick_weighted(mix, |(_, weight)| *weight, rng).0;
        if second != first {
            chosen.push(second);
        }
    }
    chosen
}

/// `förnamn.efternamn@storby.example` in plain ASCII, numbered when the name is taken.
fn unique_email(name: &str, taken: &mut HashSet<String>) -> String {
    let local: String = name
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            'å' | 'ä' | 'á' | 'à' => Some('a'),
            'ö' | 'ø' | 'ó' => Some('o'),
            'é' | 'è' => Some('e'),
            'ü' => Some('u'),
            'č' | 'ć' => Some('c'),
            ' ' => Some('.'),
            c if c.is_ascii_alphanumeric() || c == '-' => Some(c),
            _ => None,
        })
        .collect();
    let mut email = format!("{local}@{DOMAIN}");
    let mut n = 1;
    while !taken.insert(email.clone()) {
        n += 1;
        email = format!("{local}{n}@{DOMAIN}");
    }
    email
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e_mail_addresses_are_ascii_and_unique() {
        let mut taken = HashSet::new();
        let first = unique_email("Åsa Öberg", &mut taken);
        let second = unique_email("Åsa Öberg", &mut taken);
        assert_eq!(first, "asa.oberg@storby.example");
        assert_eq!(second, "asa.oberg2@storby.example");
        assert_eq!(
            unique_email("Dragan Kovačević", &mut taken),
            "dragan.kovacevic@storby.example"
        );
    }
}
