//! Typed helpers to start the real app on its own port with its own database.

use backend::courses::Catalog;
use backend::db::{self, Db};
use backend::state::AppState;
use common::{Answer, Course, Lang, QuizSubmission};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub address: String,
    pub client: reqwest::Client,
    pub db: Db,
    pub catalog: Arc<Catalog>,
    _dir: tempfile::TempDir,
}

impl TestApp {
    /// The app with the shipped courses and an empty web-app folder.
    pub async fn spawn(backend: Backend) -> TestApp {
        let dist = tempfile::tempdir().expect("temp dir");
        Self::spawn_with(backend, &root().join("courses"), dist.path()).await
    }

    /// The app with the given courses and built web app.
    pub async fn spawn_with(backend: Backend, courses: &Path, dist: &Path) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = match backend {
            Backend::Sqlite => format!("sqlite://{}", dir.path().join("test.db").display()),
            Backend::Postgres => fresh_postgres_database().await,
        };
        let db = db::connect(&url)
            .await
            .expect("database connects and migrates");
        let catalog = Arc::new(backend::load_catalog(courses).expect("courses load"));
        let router = backend::router(
            AppState::new(
                db.clone(),
                catalog.clone(),
                backend::config::Config::default().timeouts(),
            ),
            dist,
        )
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind port 0");
        let address = format!("http://{}", listener.local_addr().expect("local address"));
        tokio::spawn(async move { axum::serve(listener, router).await.expect("server runs") });
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .build()
            .expect("client");
        TestApp {
            address,
            client,
            db,
            catalog,
            _dir: dir,
        }
    }

    /// Seeds the demo municipality, as `serve --demo` does.
    pub async fn seed_demo(&self) {
        backend::demo::seed(&self.db, &self.catalog)
            .await
            .expect("demo data seeds");
    }

    /// A client with its own cookie jar, signed in as `email` with `password`.
    pub async fn login_as(&self, email: &str, password: &str) -> reqwest::Client {
        self.login_on(email, password, None).await
    }

    /// A demo login signing in on a browser whose anonymous learner id is `learner_id`.
    pub async fn demo_user_on(&self, email: &str, learner_id: &str) -> reqwest::Client {
        self.login_on(email, backend::demo::PASSWORD, Some(learner_id))
            .await
    }

    async fn login_on(
        &self,
        email: &str,
        password: &str,
        learner_id: Option<&str>,
    ) -> reqwest::Client {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .build()
            .expect("client");
        let response = client
            .post(format!("{}/api/auth/login", self.address))
            .json(&serde_json::json!({ "email": email, "password": password, "learner_id": learner_id }))
            .send()
            .await
            .expect("request is sent");
        assert_eq!(response.status(), 200, "sign in as {email}");
        client
    }

    /// A client signed in as one of the demo logins.
    pub async fn demo_user(&self, email: &str) -> reqwest::Client {
        self.login_as(email, backend::demo::PASSWORD).await
    }

    /// A deployment-wide superadmin, signed in.
    pub async fn superadmin(&self) -> reqwest::Client {
        let email = "super@digikomp.test";
        if backend::db::people::find_for_login(&self.db.pool, email)
            .await
            .expect("look up")
            .is_none()
        {
            backend::add_superadmin_to(&self.db, email, "Super Admin", SUPERADMIN_PASSWORD)
                .await
                .expect("add superadmin");
        }
        self.login_as(email, SUPERADMIN_PASSWORD).await
    }

    /// A second municipality, "Annanby", with one administrator of all of it, signed in.
    /// Returns the municipality's id and the administrator's client.
    pub async fn other_municipality(&self) -> (String, reqwest::Client) {
        let superadmin = self.superadmin().await;
        let municipality: common::Municipality = superadmin
            .post(format!("{}/api/municipalities", self.address))
            .json(&serde_json::json!({ "code": "ANB", "name": "Annanby kommun" }))
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("municipality JSON");
        let person = superadmin
            .post(format!(
                "{}/api/municipalities/{}/people",
                self.address, municipality.id
            ))
            .json(&common::SavePerson {
                name: "Annan Admin".into(),
                email: Some("admin@annanby.no".into()),
                employee_number: None,
                unit_id: municipality.id.clone(),
                role_ids: Vec::new(),
                grants: vec![common::Grant {
                    kind: common::GrantKind::Admin,
                    unit_id: municipality.id.clone(),
                }],
                active: true,
                password: Some(SUPERADMIN_PASSWORD.into()),
            })
            .send()
            .await
            .expect("sent");
        assert_eq!(person.status(), 201, "create Annanby's admin");
        let client = self.login_as("admin@annanby.no", SUPERADMIN_PASSWORD).await;
        (municipality.id, client)
    }

    /// The demo municipality's id.
    pub async fn exempelby(&self) -> String {
        let (id,): (String,) =
            sqlx::query_as("SELECT id FROM units WHERE parent_id IS NULL AND code = 'EXB'")
                .fetch_one(&self.db.pool)
                .await
                .expect("Exempelby is seeded");
        id
    }

    /// The id of a row found by one column, e.g. `id_of("units", "code", "HTN")`.
    pub async fn id_of(&self, table: &str, column: &str, value: &str) -> String {
        let (id,): (String,) =
            sqlx::query_as(&format!("SELECT id FROM {table} WHERE {column} = $1"))
                .bind(value)
                .fetch_one(&self.db.pool)
                .await
                .unwrap_or_else(|err| panic!("no {table} with {column} = {value}: {err}"));
        id
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request is sent")
    }

    pub async fn course(&self, slug: &str, lang: Lang) -> Course {
        let response = self.get(&format!("/api/courses/{slug}?lang={lang}")).await;
        assert_eq!(response.status(), 200, "GET course {slug}");
        response.json().await.expect("course JSON")
    }

    pub async fn submit_quiz(&self, slug: &str, submission: &QuizSubmission) -> reqwest::Response {
        self.submit_quiz_as(&self.client, slug, submission).await
    }

    /// Submits a quiz with `client`'s session (or none).
    pub async fn submit_quiz_as(
        &self,
        client: &reqwest::Client,
        slug: &str,
        submission: &QuizSubmission,
    ) -> reqwest::Response {
        client
            .post(format!("{}/api/courses/{slug}/quiz-attempts", self.address))
            .json(submission)
            .send()
            .await
            .expect("request is sent")
    }

    /// `GET /api/me/competence?lang=` as `client`'s person.
    pub async fn competence_of(
        &self,
        client: &reqwest::Client,
        lang: Lang,
    ) -> common::MyCompetence {
        let response = client
            .get(format!("{}/api/me/competence?lang={lang}", self.address))
            .send()
            .await
            .expect("request is sent");
        assert_eq!(response.status(), 200, "GET /api/me/competence");
        response.json().await.expect("competence JSON")
    }

    /// The right answers of a course's assessed quiz, read from the server's own catalogue.
    pub fn answer_key(&self, slug: &str, lang: Lang) -> Vec<Answer> {
        let (quiz, _, _) = self.catalog.quiz_key(slug, lang).expect("course exists");
        quiz.iter().map(|q| q.correct.clone()).collect()
    }

    pub async fn count_rows(&self, table: &str) -> i64 {
        let row: (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&self.db.pool)
            .await
            .expect("count rows");
        row.0
    }
}

/// The password of the test superadmin and of test administrators.
pub const SUPERADMIN_PASSWORD: &str = "a long test password";

/// A new, empty database on the test PostgreSQL server.
async fn fresh_postgres_database() -> String {
    let admin = std::env::var("TEST_POSTGRES_URL").expect(
        "TEST_POSTGRES_URL is not set: run the tests with `cargo xtask test`, which starts PostgreSQL",
    );
    use sqlx::{Connection, Executor};
    sqlx::any::install_default_drivers();
    let name = format!("dk_{}", uuid::Uuid::new_v4().simple());
    let mut conn = sqlx::AnyConnection::connect(&admin)
        .await
        .expect("connect to the test PostgreSQL server");
    conn.execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("create a test database");
    let (server, _) = admin.rsplit_once('/').expect("URL ends in a database name");
    format!("{server}/{name}")
}

/// Copies a folder tree, such as `courses/`, to change it in a test.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A submission with these answers from a new anonymous learner.
pub fn submission(lang: Lang, answers: Vec<Answer>) -> QuizSubmission {
    QuizSubmission {
        id: uuid::Uuid::new_v4().to_string(),
        learner_id: uuid::Uuid::new_v4().to_string(),
        lang,
        answers,
    }
}

/// A lesson completed just now by `learner_id`, under a new event id.
pub fn lesson_done(learner_id: &str, slug: &str, lesson: u32) -> common::ProgressEvent {
    common::ProgressEvent {
        id: uuid::Uuid::new_v4().to_string(),
        learner_id: learner_id.to_owned(),
        kind: common::ProgressKind::LessonCompleted,
        course_slug: slug.to_owned(),
        lesson,
        occurred_at: 1_800_000_000,
    }
}

/// Generates `mod name { sqlite, postgres }` running the same async test on both databases.
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test]
                async fn sqlite() {
                    super::$name($crate::helpers::TestApp::spawn($crate::helpers::Backend::Sqlite).await).await
                }
                #[tokio::test]
                async fn postgres() {
                    super::$name($crate::helpers::TestApp::spawn($crate::helpers::Backend::Postgres).await).await
                }
            }
        )*
    };
}
pub(crate) use on_both_databases;
