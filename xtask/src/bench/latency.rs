//! The manager's team view and the organisation report, one request at a time, as their
//! latency budgets are stated: how long one person waits, without others queued ahead.

use std::time::Instant;

const WARM_UP: usize = 20;

pub struct Row {
    pub endpoint: &'static str,
    pub requests: usize,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    /// The p95 budget in milliseconds.
    pub budget_ms: f64,
}

/// `requests` timed calls after a warm-up, each read to its last byte.
pub fn timed(
    endpoint: &'static str,
    budget_ms: f64,
    requests: usize,
    request: impl Fn() -> Result<(), String>,
) -> Result<Row, String> {
    for _ in 0..WARM_UP {
        request()?;
    }
    let mut times: Vec<f64> = Vec::with_capacity(requests);
    for _ in 0..requests {
        let started = Instant::now();
        request()?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((q * times.len() as f64).ceil() as usize).clamp(1, times.len()) - 1];
    Ok(Row {
        endpoint,
        requests,
        p50_ms: at(0.50),
        p95_ms: at(0.95),
        p99_ms: at(0.99),
        budget_ms,
    })
}
