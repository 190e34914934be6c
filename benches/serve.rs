//! `npython serve` over HTTP on 127.0.0.1: submission throughput (jobs/s accepted, in batches of 100 and of
//! 1,000 trivial jobs), the latency of one submission (p50/p99), and end-to-end jobs/s for a trivial script
//! (submit in batches of 1,000, stream every result). The server is the real binary with the embedded default
//! configuration (`NPYTHON_HOME` in a scratch directory); the client is hyper's, on one keep-alive connection.
//!
//! Run: `cargo bench --bench serve` (`NPY_BENCH_SCALE=N` multiplies the batch counts). Prints Markdown.

#[path = "../tests/serve_support/mod.rs"]
mod serve_support;

use std::time::{Duration, Instant};

use serve_support::{Http, Server};

fn scale() -> usize {
    std::env::var("NPY_BENCH_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
        .max(1)
}

fn batch_body(n: usize) -> String {
    let jobs = vec![serde_json::json!({"source": "x + 1", "inputs": {"x": 1}}); n];
    serde_json::json!({ "jobs": jobs }).to_string()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn submit(http: &Http, key: &str, body: &str) -> (Duration, String) {
    let start = Instant::now();
    let r = http.post("/v1/swarms", Some(key), body);
    let took = start.elapsed();
    assert_eq!(r.status, 202, "{}", r.body);
    (
        took,
        r.json()["swarm"].as_str().unwrap_or_default().to_string(),
    )
}

/// Submits `batches` batches of `size` jobs back to back, then waits for all their results.
fn submission(http: &Http, key: &str, size: usize, batches: usize) -> (f64, Duration, Duration) {
    let body = batch_body(size);
    let mut latencies = Vec::with_capacity(batches);
    let mut swarms = Vec::new();
    for _ in 0..batches {
        let (took, swarm) = submit(http, key, &body);
        latencies.push(took);
        swarms.push(swarm);
    }
    let total: Duration = latencies.iter().sum();
    for s in swarms {
        let r = http.get(&format!("/v1/swarms/{s}/results"), Some(key));
        assert_eq!(r.body.lines().count(), size);
    }
    latencies.sort();
    let rate = (size * batches) as f64 / total.as_secs_f64();
    (
        rate,
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
    )
}

fn end_to_end(http: &Http, key: &str, jobs: usize) -> f64 {
    let body = batch_body(1000);
    let start = Instant::now();
    let swarms: Vec<String> = (0..jobs / 1000)
        .map(|_| submit(http, key, &body).1)
        .collect();
    let mut seen = 0;
    for s in swarms {
        let r = http.get(&format!("/v1/swarms/{s}/results"), Some(key));
        for line in r.body.lines() {
            assert!(line.contains("\"status\":\"ok\""), "{line}");
            seen += 1;
        }
    }
    assert_eq!(seen, jobs);
    jobs as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` would pass nothing else of interest.
    let dir = std::env::temp_dir().join(format!("npython-serve-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let server = Server::start(&dir, None);
    let (key, _) = server.default_keys();
    let http = &server.http;
    let k = scale();

    // Warm-up: connection, compile cache, VM pool.
    submission(http, &key, 100, 10);

    println!("| measurement | batches | jobs/s | p50 submit | p99 submit |");
    println!("|---|---:|---:|---:|---:|");
    for (size, batches) in [(100, 200 * k), (1000, 30 * k)] {
        let (rate, p50, p99) = submission(http, &key, size, batches);
        println!(
            "| accepted, batches of {size} | {batches} | {rate:.0} | {:.2} ms | {:.2} ms |",
            p50.as_secs_f64() * 1e3,
            p99.as_secs_f64() * 1e3
        );
    }
    let jobs = 20_000 * k;
    let rate = end_to_end(http, &key, jobs);
    println!(
        "| end to end (`x + 1`), submit + stream {jobs} jobs | {} | {rate:.0} | | |",
        jobs / 1000
    );
    let _ = std::fs::remove_dir_all(&dir);
}
