//! Load from wrk (Debian's package): a fixed duration per endpoint and number of clients,
//! each client a keep-alive connection sending its next request as soon as one is answered.
//! The Lua scripts are in `xtask/bench/`; `report.lua` makes wrk print one parseable line.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The concurrent connections each endpoint is loaded with.
pub const CLIENTS: [u32; 3] = [1, 10, 100];

const REPORT_LUA: &str = include_str!("../../bench/report.lua");
const PROGRESS_LUA: &str = include_str!("../../bench/progress.lua");

/// What is requested.
pub enum Request {
    /// GET the path, with the session cookie if given.
    Get {
        path: String,
        cookie: Option<String>,
    },
    /// POST one new progress event per request, anonymously, for this course and lesson.
    Progress { slug: String, lesson: u32 },
}

pub struct Target {
    pub endpoint: &'static str,
    pub request: Request,
}

/// One wrk run.
pub struct Row {
    pub endpoint: &'static str,
    pub clients: u32,
    pub outcome: Result<Outcome, String>,
}

#[derive(Clone, Copy)]
pub struct Outcome {
    pub requests: u64,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    /// Answers of HTTP 400 and above, plus connect, read, write errors and timeouts.
    pub errors: u64,
}

/// Writes the scripts where wrk can read them: each with `report.lua` appended.
pub fn write_scripts(dir: &Path) -> Result<(), String> {
    let write = |name: &str, text: String| {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))
    };
    write("get.lua", REPORT_LUA.to_owned())?;
    write("progress.lua", format!("{PROGRESS_LUA}\n{REPORT_LUA}"))
}

/// Runs wrk once against `base` for `seconds`.
pub fn run(dir: &Path, base: &str, target: &Target, clients: u32, seconds: u32) -> Row {
    let outcome = wrk(dir, base, target, clients, seconds);
    match &outcome {
        Ok(o) => println!(
            "{:<28} {clients:>3} clients: {:>8.0} req/s  p50 {:>7.2}  p95 {:>7.2}  p99 {:>7.2} ms  {} errors",
            target.endpoint, o.per_second, o.p50_ms, o.p95_ms, o.p99_ms, o.errors
        ),
        Err(err) => println!("{} {clients} clients: {err}", target.endpoint),
    }
    Row {
        endpoint: target.endpoint,
        clients,
        outcome,
    }
}

fn wrk(
    dir: &Path,
    base: &str,
    target: &Target,
    clients: u32,
    seconds: u32,
) -> Result<Outcome, String> {
    let mut command = Command::new("wrk");
    command
        .arg(format!("--threads={}", clients.min(2)))
        .arg(format!("--connections={clients}"))
        .arg(format!("--duration={seconds}s"))
        // Long enough that a slow answer is counted in the latencies, not dropped as an error.
        .arg("--timeout=30s")
        .arg("--latency");
    let script: PathBuf;
    let mut script_args = Vec::new();
    match &target.request {
        Request::Get { path, cookie } => {
            script = dir.join("get.lua");
            if let Some(cookie) = cookie {
                command.arg("--header").arg(format!("Cookie: {cookie}"));
            }
            command
                .arg("--script")
                .arg(&script)
                .arg(format!("{base}{path}"));
        }
        Request::Progress { slug, lesson } => {
            script = dir.join("progress.lua");
            command.arg("--script").arg(&script).arg(base);
            script_args = vec![nonce(), slug.clone(), lesson.to_string()];
        }
    }
    if !script_args.is_empty() {
        command.arg("--").args(&script_args);
    }
    let output = command
        .output()
        .map_err(|e| format!("cannot start wrk ({e}); apt-get install wrk"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("XTASK-BENCH "))
        .ok_or_else(|| {
            format!(
                "wrk printed no result ({}): {}",
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            )
        })?;
    parse(line)
}

/// Reads `requests=… duration_us=… p50_us=… …` as printed by `report.lua`.
fn parse(line: &str) -> Result<Outcome, String> {
    let field = |name: &str| -> Result<f64, String> {
        line.split_whitespace()
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| format!("no {name} in wrk's line: {line}"))
    };
    let requests = field("requests")?;
    let seconds = field("duration_us")? / 1e6;
    let mut errors = 0.0;
    for name in ["connect", "read", "write", "status", "timeout"] {
        errors += field(name)?;
    }
    Ok(Outcome {
        requests: requests as u64,
        per_second: if seconds > 0.0 {
            requests / seconds
        } else {
            0.0
        },
        p50_ms: field("p50_us")? / 1000.0,
        p95_ms: field("p95_us")? / 1000.0,
        p99_ms: field("p99_us")? / 1000.0,
        errors: errors as u64,
    })
}

/// Eight hex digits, new for every run, so no event id is ever sent twice.
fn nonce() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static RUNS: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u32)
        .unwrap_or(0);
    format!(
        "{:08x}",
        nanos.wrapping_add(RUNS.fetch_add(1, Ordering::Relaxed) << 24)
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_line_of_report_lua() {
        let line = "requests=50000 duration_us=5000000 p50_us=1500 p95_us=4000 p99_us=9000 \
                    max_us=20000 connect=0 read=1 write=0 status=2 timeout=0";
        let outcome = super::parse(line).expect("parses");
        assert_eq!(outcome.requests, 50_000);
        assert!((outcome.per_second - 10_000.0).abs() < 1e-6);
        assert!((outcome.p99_ms - 9.0).abs() < 1e-9);
        assert_eq!(outcome.errors, 3);
    }
}
