//! The förvaltningar of Storby and the kinds of unit each has, sized for a municipality of
//! 20,000 employees (the planner in `org.rs` scales them).

use super::Kind;

/// A kind of unit a förvaltning has, with its size in a municipality of 20,000 employees.
pub struct UnitType {
    pub kind: Kind,
    pub prefix: &'static str,
    /// `{}` is replaced by one of `names`.
    pub pattern: &'static str,
    pub names: &'static [&'static str],
    pub size: (u32, u32),
    pub weight: u32,
    /// Areas the units are spread over, in turn: (code, name).
    pub areas: &'static [(&'static str, &'static str)],
}

pub struct Department {
    pub code: &'static str,
    pub name: &'static str,
    /// Share of all employees, per mille.
    pub share: u32,
    pub types: &'static [UnitType],
}

/// Stems of Swedish place names that make school and care-home names.
#[rustfmt::skip]
const STEMS: &[&str] = &[
    "Björk", "Ek", "Lind", "Asp", "Tall", "Gran", "Rönn", "Sol", "Berg", "Sjö", "Ängs", "Hag",
    "Dal", "Ås", "Strand", "Vik", "Näs", "Holm", "Back", "Lund", "Kvarn", "Bro", "Hamn", "Torp",
    "Skogs", "Fors", "Al", "Hassel", "Lönn", "Ljung",
];
#[rustfmt::skip]
const PRESCHOOLS: &[&str] = &[
    "Ekorren", "Myran", "Humlan", "Solrosen", "Blåklockan", "Nyckelpigan", "Kotten", "Vitsippan",
    "Lärkan", "Ugglan", "Igelkotten", "Bäcken", "Stjärnan", "Regnbågen", "Tranan", "Svanen",
    "Räven", "Haren", "Trollet", "Måsen",
];
#[rustfmt::skip]
const DISTRICTS: &[&str] = &[
    "Norra", "Södra", "Östra", "Västra", "Hamnen", "Berga", "Ekdalen", "Kvarnbacken",
    "Lindängen", "Strandbacken", "Åsen", "Nydala", "Tallkrogen", "Slottsstaden",
];
const SCHOOL_AREAS: &[(&str, &str)] = &[
    ("SKO-N", "Skolområde Norr"),
    ("SKO-S", "Skolområde Söder"),
    ("SKO-O", "Skolområde Öster"),
    ("SKO-V", "Skolområde Väster"),
];
const PRESCHOOL_AREAS: &[(&str, &str)] = &[
    ("FSK-N", "Förskoleområde Norr"),
    ("FSK-S", "Förskoleområde Söder"),
    ("FSK-O", "Förskoleområde Öster"),
];
pub const HOME_CARE: &[(&str, &str)] = &[("HTJ", "Hemtjänsten")];

/// A kind of unit with the defaults most have: names used as they are, 15–60 people, weight 1.
const fn unit(kind: Kind, prefix: &'static str, names: &'static [&'static str]) -> UnitType {
    UnitType {
        kind,
        prefix,
        pattern: "{}",
        names,
        size: (15, 60),
        weight: 1,
        areas: &[],
    }
}

#[rustfmt::skip]
pub const DEPARTMENTS: &[Department] = &[
    Department { code: "KLK", name: "Kommunledningskontoret", share: 50, types: &[
        UnitType { weight: 5, ..unit(Kind::Office, "KLK", &[
            "Ekonomiavdelningen", "Kansliavdelningen", "Upphandlingsenheten", "Kontaktcenter",
            "Lönecenter", "Juridiska enheten", "Digitaliseringsenheten", "Säkerhetsenheten",
            "Näringslivsenheten",
        ]) },
        UnitType { weight: 2, size: (20, 80), ..unit(Kind::It, "IT", &[
            "IT-avdelningen", "IT-support", "IT-drift", "Systemförvaltningen",
        ]) },
        UnitType { size: (15, 40), ..unit(Kind::Hr, "HR", &[
            "HR-avdelningen", "HR-service", "Företagshälsovården",
        ]) },
        UnitType { size: (10, 30), ..unit(Kind::Communication, "KOM", &[
            "Kommunikationsavdelningen", "Webbredaktionen",
        ]) },
    ] },
    Department { code: "VOF", name: "Vård- och omsorgsförvaltningen", share: 300, types: &[
        UnitType { pattern: "Hemtjänst {}", size: (60, 180), weight: 4, areas: HOME_CARE,
            ..unit(Kind::HomeCare, "HTJ", DISTRICTS) },
        UnitType { pattern: "{}gårdens äldreboende", size: (40, 110), weight: 4,
            ..unit(Kind::CareHome, "ABO", STEMS) },
        UnitType { pattern: "LSS-boende {}gården", size: (12, 40), weight: 2,
            ..unit(Kind::CareHome, "LSS", STEMS) },
        UnitType { size: (20, 70), ..unit(Kind::Health, "HSL", &[
            "Hälso- och sjukvårdsenheten", "Rehabenheten", "Demensteamet",
        ]) },
        unit(Kind::Office, "VOF", &["Biståndsenheten", "Avgiftsenheten"]),
    ] },
    Department { code: "BUF", name: "Barn- och utbildningsförvaltningen", share: 340, types: &[
        UnitType { pattern: "{}skolan", size: (40, 130), weight: 5, areas: SCHOOL_AREAS,
            ..unit(Kind::School, "SKO", STEMS) },
        UnitType { pattern: "Förskolan {}", size: (15, 45), weight: 6, areas: PRESCHOOL_AREAS,
            ..unit(Kind::Preschool, "FSK", PRESCHOOLS) },
        UnitType { pattern: "{}gymnasiet", size: (90, 250),
            ..unit(Kind::School, "GY", &[
                "Storby", "Hamn", "Teknik", "Natur", "Polhems", "Katedral", "Vasa", "Slotts",
            ]) },
        unit(Kind::Office, "BUF", &["Elevhälsan", "Antagningsenheten", "Barn- och elevstöd"]),
    ] },
    Department { code: "SBF", name: "Samhällsbyggnadsförvaltningen", share: 60, types: &[
        UnitType { size: (15, 70), ..unit(Kind::Planning, "SBF", &[
            "Bygglovsenheten", "Planenheten", "Miljö- och hälsoskydd", "Gata och park",
            "Vatten och avlopp", "Lantmäteriet", "Trafikenheten", "Avfallsenheten",
        ]) },
    ] },
    Department { code: "KFF", name: "Kultur- och fritidsförvaltningen", share: 50, types: &[
        UnitType { size: (10, 40), weight: 3, ..unit(Kind::Library, "BIB", &[
            "Stadsbiblioteket", "Norra biblioteket", "Södra biblioteket", "Hamnens bibliotek",
            "Bergsjöns bibliotek", "Bokbussen",
        ]) },
        UnitType { size: (10, 50), weight: 3, ..unit(Kind::Culture, "KUL", &[
            "Kulturskolan", "Fritidsgårdarna", "Konsthallen", "Idrottsenheten", "Simhallen",
            "Kulturhuset",
        ]) },
    ] },
    Department { code: "SOF", name: "Socialförvaltningen", share: 80, types: &[
        UnitType { size: (15, 70), ..unit(Kind::Social, "SOC", &[
            "Försörjningsstöd", "Barn och unga", "Vuxenenheten", "Mottagningsenheten",
            "Familjerätten", "Beroendeenheten", "Boendestöd", "Familjestöd",
        ]) },
    ] },
    Department { code: "TKF", name: "Teknik- och serviceförvaltningen", share: 80, types: &[
        UnitType { size: (20, 120), ..unit(Kind::Service, "TKS", &[
            "Kostenheten", "Lokalvården", "Fastighetsenheten", "Fordonsenheten", "Tvätteriet",
            "Vaktmästeriet", "Centralköket",
        ]) },
    ] },
    Department { code: "AMF", name: "Arbetsmarknads- och vuxenutbildningsförvaltningen", share: 40,
        types: &[
        UnitType { size: (15, 80), ..unit(Kind::AdultEducation, "AME", &[
            "Vuxenutbildningen", "SFI", "Arbetsmarknadsenheten", "Yrkesvux",
            "Studie- och yrkesvägledning",
        ]) },
    ] },
];
