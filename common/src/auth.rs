//! Signing in and who is signed in: `POST /api/auth/login`, `GET /api/me`.

use serde::{Deserialize, Serialize};

/// `POST /api/auth/login`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    /// The e-mail address the person signs in with (not case-sensitive).
    pub email: String,
    pub password: String,
    /// The browser's anonymous learner id: progress made on this device before signing in is
    /// carried over to the person.
    #[serde(default)]
    pub learner_id: Option<String>,
}

/// What a permission allows, always within one unit and every unit under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum GrantKind {
    /// Follows up the competence of the people in the subtree.
    Manager,
    /// Edits units, job roles, requirements and people in the subtree.
    Admin,
    /// Runs library sessions for citizens at the unit.
    Guide,
}

impl GrantKind {
    pub const ALL: [GrantKind; 3] = [GrantKind::Manager, GrantKind::Admin, GrantKind::Guide];

    pub fn code(self) -> &'static str {
        match self {
            GrantKind::Manager => "manager",
            GrantKind::Admin => "admin",
            GrantKind::Guide => "guide",
        }
    }

    pub fn parse(code: &str) -> Option<GrantKind> {
        GrantKind::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// An id with the name to show for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NamedRef {
    pub id: String,
    pub name: String,
}

/// A permission on a unit subtree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GrantView {
    pub kind: GrantKind,
    pub unit: NamedRef,
    /// The municipality the unit belongs to.
    pub municipality_id: String,
}

/// `GET /api/me`: the signed-in person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: String,
    pub name: String,
    pub email: String,
    /// May set up municipalities across the whole deployment.
    pub superadmin: bool,
    /// `None` only for a superadmin who works for no municipality.
    pub municipality: Option<NamedRef>,
    pub unit: Option<NamedRef>,
    pub job_roles: Vec<NamedRef>,
    pub grants: Vec<GrantView>,
}

impl Me {
    pub fn has(&self, kind: GrantKind) -> bool {
        self.grants.iter().any(|grant| grant.kind == kind)
    }

    /// Where the app opens after signing in.
    pub fn is_admin(&self) -> bool {
        self.superadmin || self.has(GrantKind::Admin)
    }

    /// Follows up a team: shown "My team" (admins may open it too, for their units).
    pub fn is_manager(&self) -> bool {
        self.has(GrantKind::Manager)
    }
}
