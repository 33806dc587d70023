//! `cargo xtask bench`: builds the release server (and the web app), seeds a 20,000-employee
//! municipality into SQLite and into a temporary PostgreSQL, serves each on loopback and
//! measures first-load size per entry page, throughput and latency under wrk at 1, 10 and
//! 100 clients, single-request latency of the manager's views, the server's resident memory
//! and Lighthouse scores; then writes `BENCHMARKS.md` and fails if a budget was missed.
//! Bounded: every load runs a fixed number of seconds.

mod budgets;
mod endpoints;
mod first_load;
mod http;
mod latency;
mod lighthouse;
mod load;
mod machine;
mod memory;
mod report;
mod server;

use crate::{build, postgres, util};
use budgets::Verdict;
use endpoints::Ids;
use server::Server;
use std::path::Path;
use std::time::{Duration, Instant};

struct Options {
    /// Seconds per wrk run.
    seconds: u32,
    /// Use `dist/` as it is instead of building the web app.
    skip_build: bool,
}

/// Everything one database's server did.
pub struct Database {
    pub name: &'static str,
    pub seed_seconds: f64,
    pub memory: memory::Usage,
    pub latency: Vec<latency::Row>,
    pub loads: Vec<load::Row>,
}

#[derive(Default)]
pub struct Results {
    pub first_load: Vec<first_load::Page>,
    pub lighthouse: Vec<lighthouse::Scores>,
    pub databases: Vec<Database>,
    pub seconds_per_run: u32,
    /// The course whose lesson page, fetch and progress events are measured.
    pub course: String,
    pub elapsed: Duration,
    /// `/proc/loadavg` when the bench started and when it ended: other work on the machine
    /// skews the figures.
    pub load_average: String,
    pub load_average_after: String,
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = options(args)?;
    let started = Instant::now();
    let load_before = load_average();
    if !options.skip_build {
        build::frontend()?;
    }
    util::step("Building the server (release)");
    util::run(util::cargo().args(["build", "--release", "-p", "backend"]))?;
    let dir = util::target_dir().join("bench");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    load::write_scripts(&dir)?;

    let mut results = Results {
        seconds_per_run: options.seconds,
        load_average: load_before,
        ..Results::default()
    };
    let sqlite = format!("sqlite://{}", dir.join("bench.db").display());
    let db = measure(&mut results, &dir, "SQLite", &sqlite, true)?;
    results.databases.push(db);
    let postgres = postgres::TempServer::start()?;
    let db = measure(&mut results, &dir, "PostgreSQL", &postgres.url(), false)?;
    results.databases.push(db);
    drop(postgres);
    results.elapsed = started.elapsed();
    results.load_average_after = load_average();

    let checks = budgets::checks(&results);
    let markdown = report::markdown(&results, &checks);
    println!("\n{markdown}");
    let file = util::root().join("BENCHMARKS.md");
    std::fs::write(&file, &markdown).map_err(|e| format!("{}: {e}", file.display()))?;
    println!("Written to {}", file.display());
    let missed: Vec<&str> = checks
        .iter()
        .filter(|c| c.verdict == Verdict::Missed)
        .map(|c| c.what.as_str())
        .collect();
    if missed.is_empty() {
        Ok(())
    } else {
        Err(format!("budget missed: {}", missed.join("; ")))
    }
}

/// The 1, 5 and 15 minute load averages.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(", "))
        .unwrap_or_default()
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        seconds: 5,
        skip_build: false,
    };
    for arg in args.iter().filter(|a| *a != "--") {
        match arg.as_str() {
            "--quick" => {
                options.seconds = 2;
                options.skip_build = true;
            }
            "--skip-build" => options.skip_build = true,
            other => {
                return Err(format!(
                    "unknown bench option {other} (--quick, --skip-build)"
                ))
            }
        }
    }
    Ok(options)
}

/// Seeds and serves one database and measures it; the pages (first load, Lighthouse) only
/// once, as they do not depend on the database.
fn measure(
    results: &mut Results,
    dir: &Path,
    name: &'static str,
    url: &str,
    pages: bool,
) -> Result<Database, String> {
    let seed_seconds = server::seed(name, url)?;
    let log = dir.join(format!("server-{}.log", name.to_lowercase()));
    let server = Server::start(url, &log)?;
    let mut memory = memory::idle(server.pid());
    println!(
        "resident memory idle: {:.1} MB ({:.1} MB anonymous, {:.1} MB files)",
        memory::mb(memory.idle_kb),
        memory::mb(memory.idle_anon_kb),
        memory::mb(memory.idle_file_kb)
    );
    let base = server.base.as_str();
    let course = endpoints::course(base)?;
    if pages {
        results.course = course.0.clone();
        measure_pages(results, dir, base, &course.0)?;
    }
    let ids = Ids::find(base)?;
    util::step(&format!("One request at a time on {name}"));
    let latency = endpoints::sequential(base, &ids)?;
    util::step(&format!(
        "wrk on {name}: {}s per endpoint and number of clients",
        results.seconds_per_run
    ));
    let targets = endpoints::targets(&ids, &course);
    let (loads, peak) = memory::peak_during(server.pid(), || {
        let mut rows = Vec::new();
        for target in &targets {
            for clients in load::CLIENTS {
                rows.push(load::run(
                    dir,
                    base,
                    target,
                    clients,
                    results.seconds_per_run,
                ));
            }
        }
        rows
    });
    memory.peak_kb = peak;
    memory.hwm_kb = memory::status_kb(server.pid(), "VmHWM").unwrap_or(0);
    println!(
        "resident memory under load: {:.1} MB sampled, {:.1} MB VmHWM",
        memory::mb(memory.peak_kb),
        memory::mb(memory.hwm_kb)
    );
    drop(server);
    Ok(Database {
        name,
        seed_seconds,
        memory,
        latency,
        loads,
    })
}

fn measure_pages(results: &mut Results, dir: &Path, base: &str, slug: &str) -> Result<(), String> {
    util::step("First load per entry page (as served, brotli and gzip)");
    let lesson = format!("/courses/{slug}/lessons/1");
    let entries = [
        ("catalogue", "/".to_owned()),
        ("lesson", lesson.clone()),
        ("my competence", "/me".to_owned()),
        ("team view", "/team".to_owned()),
        ("join", "/join".to_owned()),
    ];
    for (name, path) in &entries {
        let page = first_load::measure(base, name, path)?;
        println!(
            "{name:<14} {path:<40} brotli {:>6.1} KB  gzip {:>6.1} KB",
            page.brotli as f64 / 1024.0,
            page.gzip as f64 / 1024.0
        );
        results.first_load.push(page);
    }
    util::step("Lighthouse (mobile, simulated throttling)");
    for (name, path) in [("catalogue", "/".to_owned()), ("lesson", lesson)] {
        results
            .lighthouse
            .push(lighthouse::run(dir, base, name, &path));
    }
    Ok(())
}
