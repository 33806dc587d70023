use super::{get, post, ApiError};
use common::{
    Audience, Course, CourseSummary, Framework, Handout, Lang, QuizResult, QuizSubmission,
};

pub async fn list(lang: Lang, audience: Option<Audience>) -> Result<Vec<CourseSummary>, ApiError> {
    let audience = match audience {
        Some(Audience::Staff) => "&audience=staff",
        Some(Audience::Citizen) => "&audience=citizen",
        Some(Audience::Both) | None => "",
    };
    get(&format!("/api/courses?lang={lang}{audience}")).await
}

pub async fn show(slug: &str, lang: Lang) -> Result<Course, ApiError> {
    get(&format!("/api/courses/{slug}?lang={lang}")).await
}

pub async fn framework() -> Result<Framework, ApiError> {
    get("/api/framework").await
}

pub async fn submit_quiz(slug: &str, submission: &QuizSubmission) -> Result<QuizResult, ApiError> {
    post(&format!("/api/courses/{slug}/quiz-attempts"), submission).await
}

/// A citizen course's printable key steps; 404 for a course without one.
pub async fn handout(slug: &str, lang: Lang) -> Result<Handout, ApiError> {
    get(&format!("/api/courses/{slug}/handout?lang={lang}")).await
}
