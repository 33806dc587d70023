//! Lighthouse (npm) with Debian's Chromium, headless, with its default mobile emulation and
//! simulated slow 4G and CPU throttling; only the performance and accessibility categories.

use crate::util;
use std::path::Path;
use std::process::Command;

pub struct Scores {
    pub name: &'static str,
    pub path: String,
    /// 0–100, or why there is no score.
    pub outcome: Result<Measured, String>,
}

pub struct Measured {
    pub performance: u32,
    pub accessibility: u32,
    /// Largest contentful paint and total blocking time, milliseconds.
    pub lcp_ms: f64,
    pub tbt_ms: f64,
    pub cls: f64,
}

/// The Lighthouse version npm installed, for the report.
pub fn version() -> Option<String> {
    let package =
        std::fs::read_to_string(util::root().join("node_modules/lighthouse/package.json")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&package).ok()?;
    json["version"].as_str().map(str::to_owned)
}

pub fn run(dir: &Path, base: &str, name: &'static str, path: &str) -> Scores {
    let outcome = lighthouse(dir, &format!("{base}{path}"), name);
    match &outcome {
        Ok(m) => println!(
            "{name}: performance {}, accessibility {} (LCP {:.0} ms, TBT {:.0} ms, CLS {:.3})",
            m.performance, m.accessibility, m.lcp_ms, m.tbt_ms, m.cls
        ),
        Err(err) => println!("{name}: Lighthouse did not run: {err}"),
    }
    Scores {
        name,
        path: path.to_owned(),
        outcome,
    }
}

fn lighthouse(dir: &Path, url: &str, name: &str) -> Result<Measured, String> {
    let program = util::root().join("node_modules/.bin/lighthouse");
    if !program.exists() {
        return Err("node_modules/.bin/lighthouse is missing (npm ci)".to_owned());
    }
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    let report = dir.join(format!("lighthouse-{}.json", name.replace(' ', "-")));
    let output = Command::new(&program)
        .arg(url)
        .args([
            "--only-categories=performance,accessibility",
            "--output=json",
            "--quiet",
        ])
        .arg(format!("--output-path={}", report.display()))
        .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage")
        .env("CHROME_PATH", chromium)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot start Lighthouse: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty());
        return Err(format!(
            "{} ({})",
            last.unwrap_or("no message"),
            output.status
        ));
    }
    let text =
        std::fs::read_to_string(&report).map_err(|e| format!("{}: {e}", report.display()))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    if let Some(error) = json["runtimeError"]["message"].as_str() {
        return Err(error.to_owned());
    }
    let score = |category: &str| {
        json["categories"][category]["score"]
            .as_f64()
            .map(|s| (s * 100.0).round() as u32)
            .ok_or_else(|| format!("no {category} score in {}", report.display()))
    };
    let metric = |audit: &str| {
        json["audits"][audit]["numericValue"]
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    Ok(Measured {
        performance: score("performance")?,
        accessibility: score("accessibility")?,
        lcp_ms: metric("largest-contentful-paint"),
        tbt_ms: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
    })
}
