//! Facts about the machine and the tools, for the report: numbers mean little without them.

use crate::{postgres, util};
use std::process::Command;

pub struct Machine {
    pub date: String,
    pub cpus: String,
    pub cpu_model: String,
    pub memory: String,
    pub kernel: String,
    pub rustc: String,
    pub wrk: String,
    pub postgres: String,
    pub chromium: String,
    pub lighthouse: String,
}

impl Machine {
    pub fn now() -> Machine {
        let unknown = || "unknown".to_owned();
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let memory_kb: Option<f64> = meminfo
            .lines()
            .find_map(|l| l.strip_prefix("MemTotal:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok());
        Machine {
            date: util::output_of("date", &["-u", "+%Y-%m-%d"]).unwrap_or_else(unknown),
            cpus: util::output_of("nproc", &[]).unwrap_or_else(unknown),
            cpu_model: cpuinfo
                .lines()
                .find_map(|l| l.strip_prefix("model name")?.split_once(':'))
                .map(|(_, model)| model.trim().to_owned())
                .unwrap_or_else(unknown),
            memory: memory_kb
                .map(|kb| format!("{:.1} GiB", kb / 1024.0 / 1024.0))
                .unwrap_or_else(unknown),
            kernel: util::output_of("uname", &["-r"]).unwrap_or_else(unknown),
            rustc: util::output_of("rustc", &["--version"]).unwrap_or_else(unknown),
            wrk: first_line("wrk", &["-v"]).unwrap_or_else(unknown),
            postgres: postgres::bin_dir()
                .and_then(|bin| first_line(&bin.join("postgres").to_string_lossy(), &["--version"]))
                .unwrap_or_else(unknown),
            chromium: util::output_of("chromium", &["--version"]).unwrap_or_else(unknown),
            lighthouse: super::lighthouse::version().unwrap_or_else(unknown),
        }
    }

    pub fn markdown(&self) -> String {
        let rows = [
            ("date (UTC)", &self.date),
            ("CPUs (`nproc`)", &self.cpus),
            ("CPU model", &self.cpu_model),
            ("memory", &self.memory),
            ("kernel", &self.kernel),
            ("rustc", &self.rustc),
            ("wrk", &self.wrk),
            ("PostgreSQL", &self.postgres),
            ("Chromium", &self.chromium),
            ("Lighthouse", &self.lighthouse),
        ];
        let mut text = String::from("| | |\n|---|---|\n");
        for (name, value) in rows {
            text.push_str(&format!("| {name} | {value} |\n"));
        }
        text
    }
}

/// The first line a program prints, whatever its exit status (`wrk -v` is not a success).
fn first_line(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    text.lines()
        .next()
        .map(|l| l.split("Copyright").next().unwrap_or(l).trim().to_owned())
}
