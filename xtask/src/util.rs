use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root, whatever folder xtask was started from.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
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
        .unwrap_or_else(|_| PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo"));
    let mut parts = vec![home.join("bin"), root().join("node_modules/.bin")];
    parts.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::join_paths(parts).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Runs a command to the end, failing if it fails.
pub fn run(command: &mut Command) -> Result<(), String> {
    let status = command.status().map_err(|err| format!("cannot start {:?}: {err}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", command.get_program()))
    }
}

/// The first line a command prints, if it runs at all.
pub fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).env("PATH", tool_path()).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

pub fn is_root() -> bool {
    output_of("id", &["-u"]).is_some_and(|uid| uid == "0")
}
