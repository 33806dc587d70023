//! Certificates: proof of a passed course that anyone with the code can verify.

use common::{Certificate, CompetenceAward, Lang};
use sqlx::{AnyConnection, AnyPool, Row};

pub struct NewCertificate<'a> {
    pub code: &'a str,
    pub person_id: &'a str,
    pub attempt_id: Option<&'a str>,
    pub course_slug: &'a str,
    pub course_title: &'a str,
    pub lang: Lang,
    pub course_version: u32,
    pub framework: &'a str,
    pub competences: &'a [CompetenceAward],
    pub issued_at: i64,
    pub valid_until: Option<i64>,
}

/// A new unguessable code: 122 random bits as 32 hex digits.
pub fn new_code() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

pub async fn insert(
    conn: &mut AnyConnection,
    certificate: &NewCertificate<'_>,
) -> Result<(), sqlx::Error> {
    let competences = serde_json::to_string(certificate.competences)
        .map_err(|err| sqlx::Error::Encode(Box::new(err)))?;
    sqlx::query(
        "INSERT INTO certificates (code, person_id, attempt_id, course_slug, course_title, lang, \
         course_version, framework, competences, issued_at, valid_until) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(certificate.code)
    .bind(certificate.person_id)
    .bind(certificate.attempt_id)
    .bind(certificate.course_slug)
    .bind(certificate.course_title)
    .bind(certificate.lang.code())
    .bind(i64::from(certificate.course_version))
    .bind(certificate.framework)
    .bind(competences)
    .bind(certificate.issued_at)
    .bind(certificate.valid_until)
    .execute(conn)
    .await?;
    Ok(())
}

/// The code of the certificate an attempt earned, if any.
pub async fn code_for_attempt(
    conn: &mut AnyConnection,
    attempt_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query("SELECT code FROM certificates WHERE attempt_id = $1")
        .bind(attempt_id)
        .fetch_optional(conn)
        .await?;
    row.map(|row| row.try_get("code")).transpose()
}

const SELECT: &str = "SELECT c.code, c.course_slug, c.course_title, c.lang, c.course_version, \
    c.framework, c.competences, c.issued_at, c.valid_until, p.name AS person_name, \
    COALESCE(m.name, '') AS municipality FROM certificates c \
    JOIN people p ON p.id = c.person_id LEFT JOIN units m ON m.id = p.municipality_id";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Certificate, sqlx::Error> {
    let lang: String = row.try_get("lang")?;
    let competences: String = row.try_get("competences")?;
    Ok(Certificate {
        code: row.try_get("code")?,
        person_name: row.try_get("person_name")?,
        municipality: row.try_get("municipality")?,
        course_slug: row.try_get("course_slug")?,
        course_title: row.try_get("course_title")?,
        lang: lang.parse().unwrap_or_default(),
        course_version: row.try_get::<i64, _>("course_version")? as u32,
        framework: row.try_get("framework")?,
        competences: serde_json::from_str(&competences)
            .map_err(|err| sqlx::Error::Decode(Box::new(err)))?,
        issued_at: row.try_get("issued_at")?,
        valid_until: row.try_get("valid_until")?,
    })
}

pub async fn get(pool: &AnyPool, code: &str) -> Result<Option<Certificate>, sqlx::Error> {
    let row = sqlx::query(&format!("{SELECT} WHERE c.code = $1"))
        .bind(code)
        .fetch_optional(pool)
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// Stores many certificates, many per statement.
pub async fn insert_many(
    conn: &mut AnyConnection,
    certificates: &[NewCertificate<'_>],
) -> Result<(), sqlx::Error> {
    // 11 values a row: 500 rows stay far below PostgreSQL's 65,535 bind parameters.
    for chunk in certificates.chunks(500) {
        let sql = format!(
            "INSERT INTO certificates (code, person_id, attempt_id, course_slug, course_title, \
             lang, course_version, framework, competences, issued_at, valid_until) VALUES {}",
            super::values(chunk.len(), 11)
        );
        let mut query = sqlx::query(&sql);
        for certificate in chunk {
            let competences = serde_json::to_string(certificate.competences)
                .map_err(|err| sqlx::Error::Encode(Box::new(err)))?;
            query = query
                .bind(certificate.code)
                .bind(certificate.person_id)
                .bind(certificate.attempt_id)
                .bind(certificate.course_slug)
                .bind(certificate.course_title)
                .bind(certificate.lang.code())
                .bind(i64::from(certificate.course_version))
                .bind(certificate.framework)
                .bind(competences)
                .bind(certificate.issued_at)
                .bind(certificate.valid_until);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}
