//! `cargo xtask bench`: seeds a 20,000-employee municipality into SQLite and into PostgreSQL,
//! serves it on loopback and measures the manager's team view of a 200-person unit and the
//! organisation report, one request at a time, as the latency budgets of issue 5 are stated.
//! Bounded: a fixed number of requests per endpoint.

use crate::{postgres, util};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const EMPLOYEES: &str = "20000";
const WARM_UP: usize = 20;
const REQUESTS: usize = 300;

/// Latency budgets (p95, milliseconds).
const TEAM_VIEW_P95_MS: f64 = 15.0;
const REPORT_P95_MS: f64 = 250.0;

pub fn run() -> Result<(), String> {
    util::step("Building the server (release)");
    util::run(util::cargo().args(["build", "--release", "-p", "backend"]))?;
    let dir = util::target_dir().join("bench");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut rows = Vec::new();
    let sqlite = format!("sqlite://{}", dir.join("bench.db").display());
    rows.extend(measure("SQLite", &sqlite)?);
    let server = postgres::TempServer::start()?;
    rows.extend(measure("PostgreSQL", &server.url())?);
    drop(server);

    println!("\n| Database | Endpoint | Requests | p50 ms | p95 ms | p99 ms | Budget p95 |");
    println!("|---|---|---|---|---|---|---|");
    let mut missed = Vec::new();
    for row in &rows {
        println!(
            "| {} | {} | {} | {:.2} | {:.2} | {:.2} | {} ms {} |",
            row.database,
            row.endpoint,
            row.count,
            row.p50,
            row.p95,
            row.p99,
            row.budget,
            if row.p95 <= row.budget {
                "met"
            } else {
                "MISSED"
            }
        );
        if row.p95 > row.budget {
            missed.push(format!("{} on {}", row.endpoint, row.database));
        }
    }
    if missed.is_empty() {
        Ok(())
    } else {
        Err(format!("budget missed: {}", missed.join(", ")))
    }
}

struct Row {
    database: &'static str,
    endpoint: &'static str,
    count: usize,
    p50: f64,
    p95: f64,
    p99: f64,
    budget: f64,
}

fn digikomp() -> PathBuf {
    util::target_dir().join("release/digikomp")
}

fn measure(database: &'static str, url: &str) -> Result<Vec<Row>, String> {
    util::step(&format!("Seeding {EMPLOYEES} employees into {database}"));
    let started = Instant::now();
    util::run(
        Command::new(digikomp())
            .args(["seed", "--employees", EMPLOYEES, "--database", url])
            .current_dir(util::root()),
    )?;
    println!("seeded in {:.1} s", started.elapsed().as_secs_f64());
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))?;
    let server = Server(
        Command::new(digikomp())
            .args(["serve", "--port", &port.to_string(), "--database", url])
            .current_dir(util::root())
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start the server: {e}"))?,
    );
    let base = format!("http://127.0.0.1:{port}");
    wait_for(&format!("{base}/api/health"))?;
    let manager = sign_in(&base, "chef200@storby.example")?;
    let admin = sign_in(&base, "admin@storby.example")?;
    let me = get_json(&base, &manager, "/api/me")?;
    let unit = me["grants"][0]["unit"]["id"]
        .as_str()
        .ok_or("the seeded manager has no unit")?
        .to_owned();
    let me = get_json(&base, &admin, "/api/me")?;
    let municipality = me["municipality"]["id"]
        .as_str()
        .ok_or("the seeded admin has no municipality")?
        .to_owned();
    let team = get_json(&base, &manager, &format!("/api/units/{unit}/gaps"))?;
    let people = team["people"].as_array().map_or(0, Vec::len);
    println!("team view of {people} people");
    let started = Instant::now();
    get(
        &base,
        &admin,
        &format!("/api/municipalities/{municipality}/report"),
    )?;
    println!(
        "first organisation report (counted, not cached): {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let rows = vec![
        timed(database, "team view (200 people)", TEAM_VIEW_P95_MS, || {
            get(&base, &manager, &format!("/api/units/{unit}/gaps"))
        })?,
        timed(
            database,
            "organisation report (20,000)",
            REPORT_P95_MS,
            || {
                get(
                    &base,
                    &admin,
                    &format!("/api/municipalities/{municipality}/report"),
                )
            },
        )?,
    ];
    drop(server);
    Ok(rows)
}

/// Stops the server when the measurement ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn timed(
    database: &'static str,
    endpoint: &'static str,
    budget: f64,
    request: impl Fn() -> Result<(), String>,
) -> Result<Row, String> {
    for _ in 0..WARM_UP {
        request()?;
    }
    let mut times: Vec<f64> = Vec::with_capacity(REQUESTS);
    for _ in 0..REQUESTS {
        let started = Instant::now();
        request()?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((q * times.len() as f64).ceil() as usize).clamp(1, times.len()) - 1];
    Ok(Row {
        database,
        endpoint,
        count: REQUESTS,
        p50: at(0.50),
        p95: at(0.95),
        p99: at(0.99),
        budget,
    })
}

/// One agent for every request, so connections are kept alive as a browser keeps them.
fn agent() -> &'static ureq::Agent {
    static AGENT: std::sync::OnceLock<ureq::Agent> = std::sync::OnceLock::new();
    AGENT.get_or_init(|| {
        ureq::AgentBuilder::new()
            .timeout(Duration::from_secs(30))
            .build()
    })
}

fn wait_for(url: &str) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if agent().get(url).call().is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err(format!("the server did not answer {url}"))
}

/// Signs in with the seed's password and returns the session cookie.
fn sign_in(base: &str, email: &str) -> Result<String, String> {
    let body = serde_json::json!({ "email": email, "password": "seed" }).to_string();
    let response = agent()
        .post(&format!("{base}/api/auth/login"))
        .set("Content-Type", "application/json")
        .set("Origin", base)
        .send_string(&body)
        .map_err(|e| format!("sign-in as {email}: {e}"))?;
    let cookie = response
        .header("set-cookie")
        .and_then(|c| c.split(';').next())
        .ok_or("no session cookie")?;
    Ok(cookie.to_owned())
}

fn get(base: &str, cookie: &str, path: &str) -> Result<(), String> {
    let response = agent()
        .get(&format!("{base}{path}"))
        .set("Cookie", cookie)
        .call()
        .map_err(|e| format!("{path}: {e}"))?;
    // Read the whole body: the time counted is the time to the last byte.
    response
        .into_string()
        .map(|_| ())
        .map_err(|e| format!("{path}: {e}"))
}

fn get_json(base: &str, cookie: &str, path: &str) -> Result<serde_json::Value, String> {
    let response = agent()
        .get(&format!("{base}{path}"))
        .set("Cookie", cookie)
        .call()
        .map_err(|e| format!("{path}: {e}"))?;
    response.into_json().map_err(|e| format!("{path}: {e}"))
}
