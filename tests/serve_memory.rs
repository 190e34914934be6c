//! `memory_budget_bytes` through the real binary (issue 18): running jobs' `max_memory_bytes` never add up
//! past the budget, jobs over it wait in the queue instead (and all finish), the process's peak RSS stays
//! under the budget plus a margin, and a job asking more than the whole budget is refused at submit with
//! 400 `limit_too_high`, like one above `[max_limits]`.

mod serve_support;

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use serve_support::{metric, results, scratch, sha256_hex, submit, Http, Server};

const KEY: &str = "acme-key";
const MB: u64 = 1 << 20;
/// Each job's memory limit; the budget fits two of them.
const JOB_LIMIT: u64 = 96 * MB;
const BUDGET: u64 = 2 * JOB_LIMIT;
/// What each job really allocates: written (not zero pages), so it shows in RSS.
const JOB_BYTES: u64 = 60_000_000;

fn config(dir: &Path) -> PathBuf {
    let path = dir.join("serve.toml");
    let text = format!(
        "pool_size = 16\nworkers = 2\nmemory_budget_bytes = {BUDGET}\n\n[limits]\nmax_memory_bytes = {}\n\n\
         [store]\nbackend = \"memory\"\n\n[[tenants]]\nname = \"acme\"\napi_keys_sha256 = [\"{}\"]\n",
        16 * MB,
        sha256_hex(KEY),
    );
    std::fs::write(&path, text).expect("config");
    path
}

/// A `Vm...:` line of /proc/PID/status, in bytes.
fn proc_status(pid: u32, field: &str) -> u64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
    let kib: u64 = text
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|r| r.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("no {field} in /proc/{pid}/status"));
    kib * 1024
}

#[test]
fn jobs_wait_for_the_memory_budget_and_rss_stays_under_it() {
    let dir = scratch("serve-memory");
    let server = Server::start(&dir, Some(&config(&dir)));
    let http = Http::new(&server.base);
    assert_eq!(metric(&http, "npython_memory_budget_bytes"), BUDGET as f64);
    let rss_before = proc_status(server.pid(), "VmRSS:");

    // Six jobs that each fill 60 MB and then hold it across a sleep: all six at once would need 360 MB.
    let source = format!("import time\ns = 'x' * {JOB_BYTES}\ntime.sleep(1)\nlen(s)\n");
    let jobs: Vec<Value> = (0..6)
        .map(|_| json!({"source": source, "limits": {"max_memory_bytes": JOB_LIMIT}}))
        .collect();
    let swarm = submit(&http, KEY, &Value::Array(jobs));
    let lines = results(&http, KEY, swarm["swarm"].as_str().expect("swarm"));
    assert_eq!(lines.len(), 6);
    for l in &lines {
        assert_eq!(l["status"], "ok", "{l}");
        assert_eq!(l["result"], JOB_BYTES);
    }

    // Two jobs ran side by side, never three, and the others waited for memory.
    assert_eq!(
        metric(&http, "npython_memory_reserved_peak_bytes"),
        BUDGET as f64
    );
    assert_eq!(metric(&http, "npython_memory_reserved_bytes"), 0.0);
    assert!(metric(&http, "npython_memory_admission_waits_total") >= 1.0);
    let peak = proc_status(server.pid(), "VmHWM:");
    let margin = 48 * MB;
    eprintln!(
        "RSS before {} MiB, peak {} MiB (six jobs at once would add about {} MiB)",
        rss_before / MB,
        peak / MB,
        6 * JOB_BYTES / MB
    );
    assert!(
        peak <= rss_before + BUDGET + margin,
        "peak RSS {} MiB is over the {} MiB before + the {} MiB budget + {} MiB",
        peak / MB,
        rss_before / MB,
        BUDGET / MB,
        margin / MB
    );
}

#[test]
fn a_job_asking_more_than_the_budget_is_refused_at_submit() {
    let dir = scratch("serve-memory-refused");
    let server = Server::start(&dir, Some(&config(&dir)));
    let http = Http::new(&server.base);
    let body = json!({"jobs": [
        {"source": "1"},
        {"source": "2", "limits": {"max_memory_bytes": BUDGET + 1}},
    ]});
    let r = http.post("/v1/swarms", Some(KEY), &body.to_string());
    assert_eq!(r.status, 400, "{}", r.body);
    let err = r.json();
    assert_eq!(r.code(), "limit_too_high", "{err}");
    assert_eq!(err["error"]["index"], 1, "{err}");
    assert_eq!(err["error"]["limit"], "max_memory_bytes", "{err}");
    assert_eq!(err["error"]["ceiling"], BUDGET, "{err}");
    // Exactly the budget is accepted.
    let ok = json!([{"source": "2", "limits": {"max_memory_bytes": BUDGET}}]);
    let swarm = submit(&http, KEY, &ok);
    let lines = results(&http, KEY, swarm["swarm"].as_str().expect("swarm"));
    assert_eq!(lines[0]["status"], "ok", "{}", lines[0]);
}
