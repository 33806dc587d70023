//! Installing the toolchain pieces of TOOLCHAIN.md, each only when missing.

use crate::util::{self, output_of, run, step};
use std::process::Command;

const TRUNK_VERSION: &str = "0.21.14";

/// The wasm target, trunk, wasm-bindgen-cli matching Cargo.lock, and wasm-opt from npm.
pub fn build_tools() -> Result<(), String> {
    let targets = output_of("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets.lines().any(|t| t == "wasm32-unknown-unknown") {
        step("Installing the wasm32 target");
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    if !has_version("trunk", TRUNK_VERSION) {
        step("Installing trunk (takes a few minutes once)");
        run(util::cargo().args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))?;
    }
    let bindgen = wasm_bindgen_version()?;
    if !has_version("wasm-bindgen", &bindgen) {
        step(&format!("Installing wasm-bindgen-cli {bindgen}"));
        // Without --locked: a locked dependency of some versions is missing from the registry.
        run(util::cargo().args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &bindgen,
            "--force",
        ]))?;
    }
    let root = util::root();
    if !root.join("node_modules/.bin/wasm-opt").exists()
        || !root.join("node_modules/axe-core/axe.min.js").exists()
        || !root.join("node_modules/.bin/esbuild").exists()
    {
        step("Installing npm tools (wasm-opt, esbuild, axe-core, Lighthouse)");
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&root))?;
    }
    Ok(())
}

/// Whether `program --version` prints exactly `version` as its last word.
fn has_version(program: &str, version: &str) -> bool {
    output_of(program, &["--version"])
        .is_some_and(|out| out.split_whitespace().last() == Some(version))
}

/// The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(util::root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".to_owned())
}

/// Chromium, chromedriver and PostgreSQL from Debian's packages.
pub fn test_tools() -> Result<(), String> {
    let mut missing = Vec::new();
    if output_of("chromium", &["--version"]).is_none() {
        missing.push("chromium");
    }
    if output_of("chromedriver", &["--version"]).is_none() {
        missing.push("chromium-driver");
    }
    if crate::postgres::bin_dir().is_none() {
        missing.push("postgresql");
    }
    apt_install(&missing)
}

/// What only `cargo xtask bench` needs: wrk from Debian and Lighthouse from npm.
pub fn bench_tools() -> Result<(), String> {
    // `wrk -v` prints its version but exits with a failure, so look for the program itself.
    if output_of("sh", &["-c", "command -v wrk"]).is_none() {
        apt_install(&["wrk"])?;
    }
    let root = util::root();
    if !root.join("node_modules/.bin/lighthouse").exists() {
        step("Installing Lighthouse (npm)");
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&root))?;
    }
    Ok(())
}

/// `apt-get install` of the packages, as root or through sudo; nothing when none is missing.
fn apt_install(missing: &[&str]) -> Result<(), String> {
    if missing.is_empty() {
        return Ok(());
    }
    step(&format!("Installing {}", missing.join(", ")));
    let sudo = if util::is_root() {
        vec![]
    } else {
        vec!["sudo"]
    };
    let apt = |args: &[&str]| {
        let mut all: Vec<&str> = sudo.clone();
        all.push("apt-get");
        all.extend_from_slice(args);
        let mut command = Command::new(all[0]);
        command
            .args(&all[1..])
            .env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut command)
    };
    apt(&["update", "-q"])?;
    let mut install = vec!["install", "-y", "-q"];
    install.extend_from_slice(missing);
    apt(&install)
}
