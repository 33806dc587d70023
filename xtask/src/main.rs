//! The project's own commands, so a fresh clone needs nothing but cargo:
//!
//! - `cargo xtask run`   — install the tools, build the web app, start Digikomp in demo mode
//! - `cargo xtask test`  — also install Chromium and PostgreSQL, then run every test
//! - `cargo xtask build` — install the tools and build the web app into `dist/`
//! - `cargo xtask setup` — only install the tools
//! - `cargo xtask seed`  — build the server and create "Storby kommun", 20,000 employees with
//!   two years of progress, for benchmarks (`-- --employees N --database URL`)
//! - `cargo xtask bench` — also install wrk and Lighthouse; measure first load, throughput,
//!   latency, memory and Lighthouse scores on SQLite and PostgreSQL against the budgets and
//!   write `BENCHMARKS.md` (`--skip-build` keeps `dist/`, `--quick` also runs shorter)
//!
//! Every install step checks first and skips what is already there.

mod bench;
mod build;
mod i18n;
mod postgres;
mod seed;
mod setup;
mod util;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = args
        .split_first()
        .map(|(c, r)| (c.as_str(), r))
        .unwrap_or(("help", &[]));
    let result = match command {
        "setup" => setup::build_tools(),
        "build" => setup::build_tools().and_then(|()| build::frontend()),
        "run" => run(rest),
        "test" => test(rest),
        "bench" => setup::build_tools()
            .and_then(|()| setup::test_tools())
            .and_then(|()| setup::bench_tools())
            .and_then(|()| bench::run(rest)),
        "seed" => seed::run(rest),
        _ => {
            eprintln!("usage: cargo xtask <setup|build|run|test|seed|bench> [-- extra arguments]");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("xtask: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Builds everything and serves Digikomp in demo mode on http://localhost:8080.
fn run(extra: &[String]) -> Result<(), String> {
    setup::build_tools()?;
    build::frontend()?;
    util::step("Building the server (release)");
    util::run(util::cargo().args(["build", "--release", "-p", "backend"]))?;
    let extra = extra.strip_prefix(&["--".to_owned()]).unwrap_or(extra);
    println!("\nStarting Digikomp in demo mode; open the address it prints below. Stop it with Ctrl-C.\n");
    let target = util::target_dir();
    let mut serve = std::process::Command::new(target.join("release/digikomp"));
    serve
        .args(["serve", "--demo"])
        .args(extra)
        .current_dir(util::root());
    util::run(&mut serve)
}

/// Installs what the tests need and runs every test: unit, API on SQLite and PostgreSQL,
/// browser tests in headless Chromium, and a compile check of the shuttle entry point.
fn test(extra: &[String]) -> Result<(), String> {
    setup::build_tools()?;
    setup::test_tools()?;
    build::frontend()?;
    util::step("Checking the formatting");
    util::run(util::cargo().args(["fmt", "--all", "--", "--check"]))?;
    util::step("Checking the courses");
    util::run(util::cargo().args([
        "run", "-q", "-p", "backend", "--", "courses", "check", "courses",
    ]))?;
    util::step("Compiling the shuttle entry point");
    util::run(util::cargo().args(["check", "-q", "-p", "backend", "--features", "shuttle"]))?;
    let server = postgres::TempServer::start()?;
    util::step("Running every test (SQLite, PostgreSQL, Chromium)");
    let mut tests = util::cargo();
    tests
        .args([
            "test",
            "--workspace",
            "--exclude",
            "frontend",
            "--no-fail-fast",
        ])
        .args(extra)
        .env("TEST_POSTGRES_URL", server.url());
    let outcome = util::run_counting_tests(&mut tests);
    drop(server);
    let (passed, failed) = outcome?;
    // One closing line for the whole run, whatever test binary happened to run last.
    println!("\n{passed} passed, {failed} failed");
    if failed > 0 {
        return Err(format!("{failed} tests failed"));
    }
    if passed == 0 {
        return Err("no test ran".to_owned());
    }
    Ok(())
}
