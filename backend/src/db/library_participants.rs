//! Citizens in a running library session. Rows here live only while the session runs
//! (`library_sessions::end` deletes them); they hold no name but an optional nickname.

use sqlx::{AnyConnection, AnyPool};

#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct ParticipantRow {
    pub id: String,
    pub session_id: String,
    pub nickname: Option<String>,
    pub course_slug: Option<String>,
    pub lesson: Option<i64>,
    pub joined_at: i64,
    pub active_at: i64,
    pub help_since: Option<i64>,
}

const COLUMNS: &str =
    "id, session_id, nickname, course_slug, lesson, joined_at, active_at, help_since";

pub struct NewParticipant<'a> {
    pub id: &'a str,
    pub session_id: &'a str,
    pub token_hash: &'a str,
    pub nickname: Option<&'a str>,
    pub now: i64,
}

/// Adds a participant to a running session and counts them. Returns false if the session
/// ended in the meantime (then nothing is stored).
pub async fn join(conn: &mut AnyConnection, new: &NewParticipant<'_>) -> Result<bool, sqlx::Error> {
    let counted = sqlx::query(
        "UPDATE library_sessions SET participants = participants + 1 \
         WHERE id = $1 AND ended_at IS NULL",
    )
    .bind(new.session_id)
    .execute(&mut *conn)
    .await?;
    if counted.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO library_participants \
         (id, session_id, token_hash, nickname, joined_at, active_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(new.id)
    .bind(new.session_id)
    .bind(new.token_hash)
    .bind(new.nickname)
    .bind(new.now)
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// The participant whose secret hashes to `token_hash`; none once their session has ended.
pub async fn by_token(
    pool: &AnyPool,
    token_hash: &str,
) -> Result<Option<ParticipantRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM library_participants WHERE token_hash = $1"
    ))
    .bind(token_hash)
    .fetch_optional(pool)
    .await
}

/// Everyone in a session, for the live view: those waiting for help first, longest waiting
/// first, then in the order they joined.
pub async fn of_session(
    pool: &AnyPool,
    session_id: &str,
) -> Result<Vec<ParticipantRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM library_participants WHERE session_id = $1 \
         ORDER BY (help_since IS NULL), help_since, joined_at, id"
    ))
    .bind(session_id)
    .fetch_all(pool)
    .await
}

/// Where the participant is now; the course counts as opened (and perhaps finished) by them.
pub async fn record_activity(
    conn: &mut AnyConnection,
    participant_id: &str,
    course_slug: &str,
    lesson: Option<i64>,
    finished: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE library_participants SET course_slug = $2, lesson = $3, active_at = $4 \
         WHERE id = $1",
    )
    .bind(participant_id)
    .bind(course_slug)
    .bind(lesson)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO library_participant_courses (participant_id, course_slug, finished) \
         VALUES ($1, $2, $3) ON CONFLICT (participant_id, course_slug) DO UPDATE \
         SET finished = CASE WHEN excluded.finished > library_participant_courses.finished \
         THEN excluded.finished ELSE library_participant_courses.finished END",
    )
    .bind(participant_id)
    .bind(course_slug)
    .bind(i64::from(finished))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Marks that the participant asks for help. Asking again while waiting counts once.
pub async fn ask_for_help(
    conn: &mut AnyConnection,
    participant: &ParticipantRow,
    now: i64,
) -> Result<(), sqlx::Error> {
    let asked = sqlx::query(
        "UPDATE library_participants SET help_since = $2, active_at = $2 \
         WHERE id = $1 AND help_since IS NULL",
    )
    .bind(&participant.id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    if asked.rows_affected() > 0 {
        sqlx::query("UPDATE library_sessions SET help_requests = help_requests + 1 WHERE id = $1")
            .bind(&participant.session_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// The guide has helped. Returns false if there is no such participant in the session.
pub async fn answer(
    pool: &AnyPool,
    session_id: &str,
    participant_id: &str,
) -> Result<bool, sqlx::Error> {
    let answered = sqlx::query(
        "UPDATE library_participants SET help_since = NULL WHERE id = $1 AND session_id = $2",
    )
    .bind(participant_id)
    .bind(session_id)
    .execute(pool)
    .await?;
    Ok(answered.rows_affected() > 0)
}
