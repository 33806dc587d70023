//! A person's competence against their job, certificates and the self-assessment.

use super::{get, put, ApiError};
use common::{Certificate, Lang, MyCompetence, SaveSelfAssessment, SelfAssessment};

/// The signed-in person's required, achieved and gap per competence, with what closes the
/// gaps; course titles in `lang`.
pub async fn mine(lang: Lang) -> Result<MyCompetence, ApiError> {
    get(&format!("/api/me/competence?lang={lang}")).await
}

/// A certificate anyone with its code may see; a 404 `ApiError` for an unknown code.
pub async fn certificate(code: &str) -> Result<Certificate, ApiError> {
    let code = String::from(js_sys::encode_uri_component(code));
    get(&format!("/api/certificates/{code}")).await
}

/// The "I can…" questionnaire in `lang`, with the person's saved levels.
pub async fn self_assessment(lang: Lang) -> Result<SelfAssessment, ApiError> {
    get(&format!("/api/self-assessment?lang={lang}")).await
}

pub async fn save_self_assessment(levels: &SaveSelfAssessment) -> Result<(), ApiError> {
    put("/api/me/self-assessment", levels).await
}
