//! `cargo xtask seed [-- ARGS]`: creates "Storby kommun", a municipality of 20,000 employees
//! (or `--employees N`) with two years of progress, for benchmarks and trying Digikomp at
//! scale. The arguments go to `digikomp seed`.

use crate::util;

pub fn run(extra: &[String]) -> Result<(), String> {
    util::step("Building the server (release)");
    util::run(util::cargo().args(["build", "--release", "-p", "backend"]))?;
    let extra = extra.strip_prefix(&["--".to_owned()]).unwrap_or(extra);
    util::step("Seeding Storby kommun");
    let mut seed = std::process::Command::new(util::target_dir().join("release/digikomp"));
    seed.arg("seed").args(extra).current_dir(util::root());
    util::run(&mut seed)?;
    let database = database_of(extra)
        .map(|url| format!(" --database {url}"))
        .unwrap_or_default();
    println!("\nServe it with the web app (demo mode adds Exempelby kommun beside Storby):");
    println!("  cargo xtask run --{database}");
    println!("or just the server and API:");
    println!("  target/release/digikomp serve{database}");
    Ok(())
}

/// The URL given with `--database URL` or `--database=URL`, if any.
fn database_of(args: &[String]) -> Option<String> {
    args.iter()
        .enumerate()
        .find_map(|(i, arg)| match arg.as_str() {
            "--database" => args.get(i + 1).cloned(),
            _ => arg.strip_prefix("--database=").map(str::to_owned),
        })
}

#[cfg(test)]
mod tests {
    use super::database_of;

    #[test]
    fn the_database_is_found_in_either_form() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            database_of(&args(&["--employees", "5", "--database", "sqlite://x.db"])),
            Some("sqlite://x.db".to_owned())
        );
        assert_eq!(
            database_of(&args(&["--database=postgres://h/db"])),
            Some("postgres://h/db".to_owned())
        );
        assert_eq!(database_of(&args(&["--employees", "5"])), None);
    }
}
