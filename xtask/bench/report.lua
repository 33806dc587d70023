-- Appended to every wrk script by `cargo xtask bench`: when the run ends, one line that the
-- bench parses (latencies in microseconds; `status` counts answers of HTTP 400 and above).
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "XTASK-BENCH requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d " ..
    "connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
