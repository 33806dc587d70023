//! The release server under test: seeded, started on a free loopback port, stopped when
//! dropped however the bench ends.

use super::http;
use crate::util;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

/// The 20,000-employee Storby of `digikomp seed`.
pub const EMPLOYEES: &str = "20000";

fn digikomp() -> PathBuf {
    util::target_dir().join("release/digikomp")
}

/// Seeds Storby into `url` and returns how long it took, in seconds.
pub fn seed(database: &str, url: &str) -> Result<f64, String> {
    util::step(&format!("Seeding {EMPLOYEES} employees into {database}"));
    let started = Instant::now();
    util::run(
        Command::new(digikomp())
            .args(["seed", "--employees", EMPLOYEES, "--database", url])
            .current_dir(util::root()),
    )?;
    let seconds = started.elapsed().as_secs_f64();
    println!("seeded in {seconds:.1} s");
    Ok(seconds)
}

pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
}

impl Server {
    /// `digikomp serve` on the database, with `dist/` and `courses/` of the workspace; what
    /// it logs (warnings and errors) goes to `log`.
    pub fn start(url: &str, log: &Path) -> Result<Server, String> {
        let log_file = std::fs::File::create(log).map_err(|e| format!("{}: {e}", log.display()))?;
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .map_err(|e| format!("no free port: {e}"))?;
        let child = Command::new(digikomp())
            .args(["serve", "--port", &port.to_string(), "--database", url])
            .current_dir(util::root())
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(log_file)
            .spawn()
            .map_err(|e| format!("cannot start the server: {e}"))?;
        let server = Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        http::wait_for(&format!("{}/api/health", server.base))?;
        Ok(server)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
