use crate::Lang;
use serde::{Deserialize, Serialize};

/// A text in every language Digikomp supports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub sv: String,
    pub nb: String,
    pub en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::Nb => &self.nb,
            Lang::En => &self.en,
        }
    }
}

/// A competence framework such as DigComp 2.2: `GET /api/framework`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub id: String,
    pub version: String,
    pub name: Localized,
    pub groups: Vec<LevelGroup>,
    pub areas: Vec<Area>,
    pub competences: Vec<Competence>,
}

impl Framework {
    /// The id and version together, such as `digcomp-2.2`, which every stored level keeps.
    pub fn key(&self) -> String {
        format!("{}-{}", self.id, self.version)
    }

    pub fn competence(&self, id: &str) -> Option<&Competence> {
        self.competences.iter().find(|c| c.id == id)
    }

    /// The group (Foundation, Intermediate, …) a proficiency level belongs to.
    pub fn group_of(&self, level: u8) -> Option<&LevelGroup> {
        self.groups.iter().find(|g| g.levels.contains(&level))
    }
}

/// Proficiency levels grouped, e.g. Foundation = levels 1 and 2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LevelGroup {
    pub id: String,
    pub levels: Vec<u8>,
    pub name: Localized,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    pub name: Localized,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Competence {
    /// Such as `4.2`.
    pub id: String,
    /// The id of its area, such as `4`.
    pub area: String,
    pub name: Localized,
    pub description: Localized,
}
