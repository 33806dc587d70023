//! Who is asking, and what they may do. Every permission is a grant on a unit subtree
//! (`manager`, `admin`, `guide`); a superadmin may do anything, everywhere.

pub mod password;
pub mod session;
pub mod throttle;

use crate::db::{self, sessions::ScopedGrant, units::UnitRow};
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use common::GrantKind;

/// The grants that let someone follow up the people under a unit: a manager's team, an
/// administrator's part of the organisation.
pub const FOLLOW_UP: [GrantKind; 2] = [GrantKind::Manager, GrantKind::Admin];

/// A session's last-seen time is written at most this often, so reads stay reads.
const TOUCH_EVERY_SECS: i64 = 60;

/// The signed-in person; extracting it refuses the request with 401 when nobody is.
///
/// Database round trips: none when the session was read in the last few seconds (it is held
/// in memory, see [`db::sessions::cache`]), otherwise one; plus a write of its last-seen time
/// at most once a minute.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub person_id: String,
    pub superadmin: bool,
    pub municipality_id: Option<String>,
    pub unit_id: Option<String>,
    pub grants: Vec<ScopedGrant>,
    pub session_hash: String,
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let secret = session::secret_from(&parts.headers).ok_or_else(sign_in)?;
        let hash = session::hash(secret);
        let row = db::sessions::load(&state.db.pool, &hash)
            .await?
            .ok_or_else(sign_in)?;
        let now = db::now();
        if state
            .timeouts
            .expired(row.created_at, row.last_seen_at, now)
        {
            db::sessions::delete(&state.db.pool, &hash).await?;
            return Err(sign_in());
        }
        if now - row.last_seen_at >= TOUCH_EVERY_SECS {
            db::sessions::touch(&state.db.pool, &hash, now).await?;
        }
        Ok(CurrentUser {
            person_id: row.person_id,
            superadmin: row.superadmin,
            municipality_id: row.municipality_id,
            unit_id: row.unit_id,
            grants: row.grants,
            session_hash: hash,
        })
    }
}

/// `Option<CurrentUser>`: the signed-in person if there is one. A missing, unknown or expired
/// session is simply nobody, for routes that anonymous learners use too.
impl OptionalFromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, AppError> {
        match <CurrentUser as FromRequestParts<AppState>>::from_request_parts(parts, state).await {
            Ok(user) => Ok(Some(user)),
            Err(AppError::Unauthorized(_)) => Ok(None),
            Err(other) => Err(other),
        }
    }
}

fn sign_in() -> AppError {
    AppError::Unauthorized("Please sign in.".to_owned())
}

impl CurrentUser {
    /// Whether the person holds `kind` on `unit` or on a unit above it.
    pub fn holds(&self, kind: GrantKind, unit: &UnitRow) -> bool {
        self.holds_at(kind, &unit.path)
    }

    /// Whether the person holds `kind` on the unit with this tree path.
    pub fn holds_at(&self, kind: GrantKind, path: &str) -> bool {
        self.superadmin
            || self
                .grants
                .iter()
                .any(|g| g.kind == kind && path.starts_with(&g.path))
    }

    /// Refuses (403) a person who holds `kind` nowhere, before anything is looked up.
    pub fn require(&self, kind: GrantKind) -> Result<(), AppError> {
        if self.superadmin || self.grants.iter().any(|g| g.kind == kind) {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                match kind {
                    GrantKind::Admin => "Only administrators may do this.",
                    GrantKind::Manager => "Only managers may do this.",
                    GrantKind::Guide => "Only library guides may do this.",
                }
                .to_owned(),
            ))
        }
    }

    /// Refuses (403) a person who holds none of `kinds` anywhere.
    pub fn require_any(&self, kinds: &[GrantKind]) -> Result<(), AppError> {
        if self.superadmin || self.grants.iter().any(|g| kinds.contains(&g.kind)) {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                "Only managers and administrators may do this.".to_owned(),
            ))
        }
    }

    /// The unit, if the person holds one of `kinds` on it; otherwise not found.
    pub fn within_any(
        &self,
        kinds: &[GrantKind],
        unit: Option<UnitRow>,
    ) -> Result<UnitRow, AppError> {
        unit.filter(|unit| kinds.iter().any(|kind| self.holds(*kind, unit)))
            .ok_or_else(|| AppError::NotFound("There is no such unit.".to_owned()))
    }

    /// The unit, if the person holds `kind` on it; otherwise it is treated as not existing,
    /// so ids outside one's own part of the organisation reveal nothing.
    pub fn within(&self, kind: GrantKind, unit: Option<UnitRow>) -> Result<UnitRow, AppError> {
        unit.filter(|unit| self.holds(kind, unit))
            .ok_or_else(|| AppError::NotFound("There is no such unit.".to_owned()))
    }

    /// The subtrees (as path prefixes) of `municipality` where the person holds `kind`.
    pub fn scopes(&self, kind: GrantKind, municipality: &UnitRow) -> Vec<String> {
        if self.superadmin {
            return vec![municipality.path.clone()];
        }
        self.grants
            .iter()
            .filter(|g| g.kind == kind && g.municipality_id == municipality.id)
            .map(|g| g.path.clone())
            .collect()
    }

    /// Whether the person administers a whole municipality (needed for its job roles,
    /// requirements and HR import, which concern everyone in it).
    pub fn administers_municipality(&self, municipality_id: &str) -> bool {
        self.superadmin
            || self
                .grants
                .iter()
                .any(|g| g.kind == GrantKind::Admin && g.unit_id == municipality_id)
    }

    /// The municipality `id` if the person administers all of it.
    pub fn whole_municipality(&self, unit: Option<UnitRow>) -> Result<UnitRow, AppError> {
        match unit {
            Some(unit) if unit.parent_id.is_none() && self.administers_municipality(&unit.id) => {
                Ok(unit)
            }
            Some(unit) if unit.parent_id.is_none() && self.admin_somewhere_in(&unit.id) => {
                Err(AppError::Forbidden(
                    "Only an administrator of the whole municipality may do this.".to_owned(),
                ))
            }
            _ => Err(AppError::NotFound(
                "There is no such municipality.".to_owned(),
            )),
        }
    }

    fn admin_somewhere_in(&self, municipality_id: &str) -> bool {
        self.grants
            .iter()
            .any(|g| g.kind == GrantKind::Admin && g.municipality_id == municipality_id)
    }

    /// The municipality `id` if the person holds `kind` somewhere in it.
    pub fn in_municipality(
        &self,
        kind: GrantKind,
        unit: Option<UnitRow>,
    ) -> Result<UnitRow, AppError> {
        unit.filter(|unit| {
            unit.parent_id.is_none()
                && (self.superadmin
                    || self
                        .grants
                        .iter()
                        .any(|g| g.kind == kind && g.municipality_id == unit.id))
        })
        .ok_or_else(|| AppError::NotFound("There is no such municipality.".to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(id: &str, path: &str) -> UnitRow {
        UnitRow {
            id: id.into(),
            parent_id: (path.matches('/').count() > 2).then(|| "parent".into()),
            municipality_id: "m".into(),
            code: id.into(),
            name: id.into(),
            path: path.into(),
            depth: 0,
        }
    }

    fn user(grants: &[(GrantKind, &str, &str)]) -> CurrentUser {
        CurrentUser {
            person_id: "p".into(),
            superadmin: false,
            municipality_id: Some("m".into()),
            unit_id: None,
            grants: grants
                .iter()
                .map(|(kind, id, path)| ScopedGrant {
                    kind: *kind,
                    unit_id: (*id).into(),
                    path: (*path).into(),
                    municipality_id: "m".into(),
                })
                .collect(),
            session_hash: String::new(),
        }
    }

    #[test]
    fn a_grant_covers_its_subtree_only() {
        let manager = user(&[(GrantKind::Manager, "a", "/m/a/")]);
        assert!(manager.holds(GrantKind::Manager, &unit("a", "/m/a/")));
        assert!(manager.holds(GrantKind::Manager, &unit("a1", "/m/a/a1/")));
        assert!(
            !manager.holds(GrantKind::Manager, &unit("m", "/m/")),
            "parent"
        );
        assert!(
            !manager.holds(GrantKind::Manager, &unit("b", "/m/b/")),
            "sibling"
        );
        assert!(
            !manager.holds(GrantKind::Admin, &unit("a", "/m/a/")),
            "other kind"
        );
    }

    #[test]
    fn a_unit_outside_the_scope_is_not_found_rather_than_forbidden() {
        let admin = user(&[(GrantKind::Admin, "a", "/m/a/")]);
        assert!(admin.require(GrantKind::Admin).is_ok());
        assert!(matches!(
            admin.within(GrantKind::Admin, Some(unit("b", "/m/b/"))),
            Err(AppError::NotFound(_))
        ));
        assert!(matches!(
            user(&[]).require(GrantKind::Admin),
            Err(AppError::Forbidden(_))
        ));
    }

    #[test]
    fn only_an_admin_of_the_root_administers_the_municipality() {
        let sub_admin = user(&[(GrantKind::Admin, "a", "/m/a/")]);
        let root_admin = user(&[(GrantKind::Admin, "m", "/m/")]);
        assert!(!sub_admin.administers_municipality("m"));
        assert!(root_admin.administers_municipality("m"));
        assert!(sub_admin
            .in_municipality(GrantKind::Admin, Some(unit("m", "/m/")))
            .is_ok());
    }
}
