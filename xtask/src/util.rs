use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root, whatever folder xtask was started from.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Where cargo builds: `CARGO_TARGET_DIR` or `target/`.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

pub fn step(what: &str) {
    println!("\n==> {what}");
}

/// `cargo` in the workspace root, with the project's tools first on PATH.
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command.current_dir(root()).env("PATH", tool_path());
    command
}

/// PATH with `~/.cargo/bin` and `node_modules/.bin` (wasm-opt) in front.
pub fn tool_path() -> String {
    let home = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo")
        });
    let mut parts = vec![home.join("bin"), root().join("node_modules/.bin")];
    parts.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(parts)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Runs a command to the end, failing if it fails.
pub fn run(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|err| format!("cannot start {:?}: {err}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", command.get_program()))
    }
}

/// The first line a command prints, if it runs at all.
pub fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .env("PATH", tool_path())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

pub fn is_root() -> bool {
    output_of("id", &["-u"]).is_some_and(|uid| uid == "0")
}

/// Runs `cargo test`, echoing its output, and adds up its `test result:` lines.
pub fn run_counting_tests(command: &mut Command) -> Result<(usize, usize), String> {
    use std::io::{BufRead, BufReader};
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot start {:?}: {err}", command.get_program()))?;
    let (mut passed, mut failed) = (0, 0);
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(result) = line.strip_prefix("test result: ") {
                passed += count_before(result, " passed");
                failed += count_before(result, " failed");
            }
        }
    }
    let status = child.wait().map_err(|err| err.to_string())?;
    if !status.success() && failed == 0 {
        return Err(format!("{:?} failed ({status})", command.get_program()));
    }
    Ok((passed, failed))
}

/// The number just before `label` in "ok. 3 passed; 0 failed; …".
fn count_before(text: &str, label: &str) -> usize {
    text.split(';')
        .find_map(|part| {
            part.trim()
                .trim_start_matches("ok. ")
                .trim_start_matches("FAILED. ")
                .strip_suffix(label.trim_start())
        })
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}
