//! The server's resident memory, from `/proc/PID/status`: idle, and the peak while a load
//! runs (sampled every 100 ms, and the kernel's own high-water mark `VmHWM`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Kilobytes of one `/proc/PID/status` field such as `VmRSS`.
pub fn status_kb(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find_map(|line| {
        let value = line.strip_prefix(field)?.strip_prefix(':')?;
        value.trim().trim_end_matches("kB").trim().parse().ok()
    })
}

/// Waits until the process has used no CPU for a second (at most 30 s), so that work the
/// server starts on its own (warming caches) is over, and returns its `VmRSS` then.
fn idle_kb(pid: u32) -> u64 {
    let cpu_ticks = || {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // Fields after the command name, which is in parentheses and may hold spaces:
        // utime and stime are the 12th and 13th.
        let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        let fields: Vec<&str> = after.split_whitespace().collect();
        let ticks = |i: usize| {
            fields
                .get(i)
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0)
        };
        ticks(11) + ticks(12)
    };
    let mut last = cpu_ticks();
    for _ in 0..30 {
        std::thread::sleep(Duration::from_secs(1));
        let now = cpu_ticks();
        if now == last {
            break;
        }
        last = now;
    }
    status_kb(pid, "VmRSS").unwrap_or(0)
}

/// The idle figures: `VmRSS` once settled, and its anonymous and file-backed parts.
pub fn idle(pid: u32) -> Usage {
    Usage {
        idle_kb: idle_kb(pid),
        idle_anon_kb: status_kb(pid, "RssAnon").unwrap_or(0),
        idle_file_kb: status_kb(pid, "RssFile").unwrap_or(0),
        ..Usage::default()
    }
}

/// Runs `work` while a thread samples the server's `VmRSS`; returns its result and the
/// largest sample in kilobytes.
pub fn peak_during<T>(pid: u32, work: impl FnOnce() -> T) -> (T, u64) {
    let done = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let sampler = scope.spawn(|| {
            let mut peak = 0;
            while !done.load(Ordering::Relaxed) {
                peak = peak.max(status_kb(pid, "VmRSS").unwrap_or(0));
                std::thread::sleep(Duration::from_millis(100));
            }
            peak.max(status_kb(pid, "VmRSS").unwrap_or(0))
        });
        let result = work();
        done.store(true, Ordering::Relaxed);
        (result, sampler.join().unwrap_or(0))
    })
}

/// What one server used.
#[derive(Default, Clone, Copy)]
pub struct Usage {
    /// After start-up, before any load.
    pub idle_kb: u64,
    /// Of that, anonymous memory (heap, stacks) and mapped files (the program's own pages).
    pub idle_anon_kb: u64,
    pub idle_file_kb: u64,
    /// The largest `VmRSS` sampled during the loads.
    pub peak_kb: u64,
    /// `VmHWM` after the loads: the peak the kernel saw, between samples too.
    pub hwm_kb: u64,
}

impl Usage {
    /// The peak under load, by whichever measure saw more.
    pub fn under_load_kb(&self) -> u64 {
        self.peak_kb.max(self.hwm_kb)
    }
}

pub fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}
