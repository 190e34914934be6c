//! `npython serve` over HTTP on 127.0.0.1: submission throughput (jobs/s accepted, in batches of 100 and of
//! 1,000 trivial jobs), the latency of one submission (p50/p99), and end-to-end jobs/s for a trivial script
//! (submit in batches of 1,000, stream every result). The server is the real binary with the embedded default
//! configuration (`NPYTHON_HOME` in a scratch directory); the client is hyper's, on one keep-alive connection.
//!
//! Each measurement runs against both job stores (issue 17): `[store] backend = "sqlite"` (the default,
//! durable: a 202 waits for the swarm's commit, a result line for its group commit) and `"memory"`, for
//! `NPY_BENCH_ROUNDS` rounds (default 3) each, a fresh server and home per round; the table gives medians.
//! For SQLite it also gives the bytes on disk per finished job and the time a restart takes to load them.
//!
//! Run: `cargo bench --bench serve` (`NPY_BENCH_SCALE=N` multiplies the batch counts). Prints Markdown.

#[path = "../tests/serve_support/mod.rs"]
mod serve_support;

use std::time::{Duration, Instant};

use serve_support::{sha256_hex, Http, Server};

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

fn rounds() -> usize {
    std::env::var("NPY_BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3)
        .max(1)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// One round on a fresh home: (accepted/s in batches of 100, of 1,000, end to end/s, bytes on disk per
/// finished job, restart seconds, stored jobs).
fn round(backend: &str, k: usize) -> (f64, f64, f64, f64, f64, usize) {
    let dir = std::env::temp_dir().join(format!(
        "npython-serve-bench-{}-{backend}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let config = dir.join("serve.toml");
    std::fs::write(
        &config,
        format!(
            "[store]\nbackend = \"{backend}\"\n[retention]\nmax_bytes = 4294967296\n\n\
             [[tenants]]\nname = \"default\"\napi_keys_sha256 = [\"{}\"]\n",
            sha256_hex("bench-key")
        ),
    )
    .expect("config");
    let key = "bench-key";
    let mut stored = 0;
    let (r100, r1000, e2e) = {
        let mut server = Server::start(&dir, Some(&config));
        let http = &server.http;
        // Warm-up: connection, compile cache, VM pool.
        submission(http, key, 100, 10);
        let (r100, _, _) = submission(http, key, 100, 200 * k);
        let (r1000, _, _) = submission(http, key, 1000, 30 * k);
        let e2e = end_to_end(http, key, 20_000 * k);
        stored += 100 * 10 + 100 * 200 * k + 1000 * 30 * k + 20_000 * k;
        server.terminate();
        server.wait_exit(Duration::from_secs(60));
        (r100, r1000, e2e)
    };
    let (mut per_job, mut restart) = (0.0, 0.0);
    if backend == "sqlite" {
        let bytes: u64 = ["jobs.db", "jobs.db-wal"]
            .iter()
            .filter_map(|f| std::fs::metadata(dir.join(f)).ok())
            .map(|m| m.len())
            .sum();
        per_job = bytes as f64 / stored as f64;
        let start = Instant::now();
        let mut server = Server::start(&dir, Some(&config));
        restart = start.elapsed().as_secs_f64();
        server.terminate();
        server.wait_exit(Duration::from_secs(60));
    }
    let _ = std::fs::remove_dir_all(&dir);
    (r100, r1000, e2e, per_job, restart, stored)
}

fn main() {
    let k = scale();
    let n = rounds();
    println!("| figure (median of {n} rounds) | sqlite (durable) | memory | sqlite / memory |");
    println!("|---|---:|---:|---:|");
    let mut figures = Vec::new();
    for backend in ["sqlite", "memory"] {
        let runs: Vec<_> = (0..n).map(|_| round(backend, k)).collect();
        for (i, r) in runs.iter().enumerate() {
            eprintln!(
                "{backend} round {i}: accepted/100 {:.0}/s, accepted/1000 {:.0}/s, end to end {:.0}/s, {:.0} B/job, restart {:.3} s ({} jobs stored)",
                r.0, r.1, r.2, r.3, r.4, r.5
            );
        }
        figures.push([
            median(runs.iter().map(|r| r.0).collect()),
            median(runs.iter().map(|r| r.1).collect()),
            median(runs.iter().map(|r| r.2).collect()),
            median(runs.iter().map(|r| r.3).collect()),
            median(runs.iter().map(|r| r.4).collect()),
            runs.first().map_or(0.0, |r| r.5 as f64),
        ]);
    }
    let (d, m) = (figures[0], figures[1]);
    for (i, name) in [
        "jobs/s accepted, batches of 100",
        "jobs/s accepted, batches of 1,000",
        "jobs/s end to end (`x + 1`, submit + stream)",
    ]
    .iter()
    .enumerate()
    {
        println!(
            "| {name} | {:.0} | {:.0} | {:.2} |",
            d[i],
            m[i],
            d[i] / m[i]
        );
    }
    println!("| bytes on disk per finished job | {:.0} | | |", d[3]);
    println!(
        "| restart with {:.0} stored finished jobs (start to listening) | {:.3} s | | |",
        d[5], d[4]
    );
}
