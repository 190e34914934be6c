//! dashboards/ against a real Prometheus: a private instance (free port, temporary storage) scrapes the real
//! `npython serve` with a config generated from dashboards/prometheus.yml; then every PromQL expression of
//! the Grafana dashboard and of the alert rules is evaluated through the query API (each must succeed), every
//! metric name they use must have series in the scrape, and `promtool check rules` must accept the rules.
//!
//! A second test needs no Prometheus: every metric name the dashboards use is in a scrape of the server.
//!
//! Needs Debian's `prometheus` package (.ci/run installs it). Without the binary the test is skipped with a
//! printed reason, unless the environment variable CI is set, where a missing binary is a failure.

mod serve_support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serve_support::{scratch, submit, Http, Server};

fn dashboards() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dashboards")
}

fn find_binary(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Percent-encodes a query parameter value.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

struct Prometheus(Child);

impl Drop for Prometheus {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Every `expr` of the dashboard's panels (rows included), with Grafana's variables made concrete.
fn dashboard_exprs() -> Vec<String> {
    let text =
        std::fs::read_to_string(dashboards().join("grafana-npython.json")).expect("dashboard");
    let dash: serde_json::Value = serde_json::from_str(&text).expect("dashboard JSON");
    assert!(
        dash["schemaVersion"].as_u64().is_some_and(|v| v >= 39),
        "current Grafana schema"
    );
    let mut ids = BTreeSet::new();
    let mut exprs = Vec::new();
    let mut stack: Vec<&serde_json::Value> =
        dash["panels"].as_array().expect("panels").iter().collect();
    while let Some(p) = stack.pop() {
        assert!(
            ids.insert(p["id"].as_u64().expect("panel id")),
            "panel ids are unique"
        );
        assert!(p["gridPos"]["w"].as_u64().is_some(), "panel has a gridPos");
        if let Some(children) = p["panels"].as_array() {
            stack.extend(children);
        }
        for t in p["targets"].as_array().into_iter().flatten() {
            let e = t["expr"].as_str().expect("target expr");
            exprs.push(
                e.replace("$__rate_interval", "1m")
                    .replace("\"$tenant\"", "\".*\""),
            );
        }
    }
    assert!(exprs.len() >= 15, "the dashboard queries the metrics");
    exprs
}

/// `expr:` values of the alert rules (single-line and `|` blocks).
fn alert_exprs() -> Vec<String> {
    let text = std::fs::read_to_string(dashboards().join("alerts.yml")).expect("alerts.yml");
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    let indent = |l: &str| l.len() - l.trim_start().len();
    while let Some(line) = lines.next() {
        let Some(rest) = line.trim_start().strip_prefix("expr:") else {
            continue;
        };
        let rest = rest.trim();
        if rest == "|" {
            let mut block = String::new();
            while let Some(next) = lines.peek() {
                if next.trim().is_empty() || indent(next) <= indent(line) {
                    break;
                }
                block.push_str(next.trim());
                block.push(' ');
                lines.next();
            }
            out.push(block);
        } else {
            out.push(rest.to_string());
        }
    }
    assert!(out.iter().all(|e| !e.trim().is_empty()), "{out:?}");
    out
}

fn query(prom: &Http, expr: &str) -> serde_json::Value {
    let r = prom.get(&format!("/api/v1/query?query={}", encode(expr)), None);
    assert_eq!(r.status, 200, "query `{expr}`: {}", r.body);
    let v = r.json();
    assert_eq!(v["status"], "success", "query `{expr}`: {v}");
    v
}

/// Every `npython_*` name in `text`.
fn metric_names(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(pos) = text[i..].find("npython_") {
        let s = i + pos;
        let mut e = s;
        while e < bytes.len() && (bytes[e].is_ascii_alphanumeric() || bytes[e] == b'_') {
            e += 1;
        }
        names.insert(text[s..e].to_string());
        i = e;
    }
    names
}

/// Runs without Prometheus: every metric the dashboard and the alert rules name is in a scrape of the real
/// server, so a renamed metric fails here even where the Prometheus test is skipped.
#[test]
fn every_metric_the_dashboards_use_is_exported() {
    let server = Server::start(&scratch("metric-names"), None);
    let scrape = server.http.get("/metrics", None).body;
    let exported = metric_names(&scrape);
    let used = metric_names(&(dashboard_exprs().join("\n") + &alert_exprs().join("\n")));
    assert!(used.len() >= 12, "{used:?}");
    let missing: Vec<_> = used.difference(&exported).collect();
    assert!(
        missing.is_empty(),
        "dashboards use metrics the server does not export: {missing:?}"
    );
    // Every family has a HELP line and only the npython_ prefix.
    for line in scrape.lines().filter(|l| l.starts_with("# TYPE")) {
        let name = line.split_whitespace().nth(2).unwrap_or("");
        assert!(name.starts_with("npython_"), "{line}");
        assert!(
            scrape.contains(&format!("# HELP {name} ")),
            "{name} has no help"
        );
    }
}

#[test]
fn the_dashboard_and_alerts_work_against_a_real_prometheus() {
    let Some(prometheus) = find_binary("prometheus") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but the prometheus binary is missing (.ci/run installs Debian's package)"
        );
        eprintln!("SKIPPED: no `prometheus` binary on PATH (install Debian's prometheus package; CI does)");
        return;
    };
    let promtool = find_binary("promtool").expect("promtool ships with prometheus");
    let rules = dashboards().join("alerts.yml");
    let check = Command::new(&promtool)
        .arg("check")
        .arg("rules")
        .arg(&rules)
        .output()
        .expect("promtool");
    assert!(
        check.status.success(),
        "promtool check rules: {}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );

    let dir = scratch("prometheus");
    let server = Server::start(&dir.join("home"), None);
    let (key, _) = server.default_keys();
    let target = server.base.trim_start_matches("http://").to_string();
    // Some traffic, so histograms and counters have moved.
    let accepted = submit(
        &server.http,
        &key,
        &serde_json::json!([{"source": "1"}, {"source": "1/0"}]),
    );
    serve_support::results(&server.http, &key, accepted["swarm"].as_str().expect("id"));

    let config = std::fs::read_to_string(dashboards().join("prometheus.yml"))
        .expect("prometheus.yml")
        .replace("127.0.0.1:8080", &target)
        .replace("scrape_interval: 15s", "scrape_interval: 1s")
        .replace("evaluation_interval: 15s", "evaluation_interval: 1s")
        .replace("- alerts.yml", &format!("- {}", rules.display()));
    assert!(
        config.contains(&target),
        "the scrape config names the server"
    );
    let config_path = dir.join("prometheus.yml");
    std::fs::write(&config_path, config).expect("config");
    let check = Command::new(&promtool)
        .arg("check")
        .arg("config")
        .arg(&config_path)
        .output()
        .expect("promtool");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );

    let port = free_port();
    let child = Command::new(prometheus)
        .arg(format!("--config.file={}", config_path.display()))
        .arg(format!(
            "--storage.tsdb.path={}",
            dir.join("data").display()
        ))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start prometheus");
    let _guard = Prometheus(child);
    let prom = Http::new(&format!("http://127.0.0.1:{port}"));

    // Wait for two scrapes of the server (rates need two samples).
    let start = Instant::now();
    loop {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "prometheus never scraped the server"
        );
        std::thread::sleep(Duration::from_millis(250));
        let r = prom.get(
            &format!(
                "/api/v1/query?query={}",
                encode("count_over_time(up{job=\"npython\"}[1m])")
            ),
            None,
        );
        if r.status != 200 {
            continue;
        }
        let v = r.json();
        let samples = v["data"]["result"][0]["value"][1]
            .as_str()
            .and_then(|s| s.parse::<f64>().ok());
        if samples.is_some_and(|n| n >= 2.0) {
            break;
        }
    }
    let up = query(&prom, "up{job=\"npython\"}");
    assert_eq!(
        up["data"]["result"][0]["value"][1], "1",
        "the scrape succeeded: {up}"
    );

    let mut names = BTreeSet::new();
    for expr in dashboard_exprs().iter().chain(&alert_exprs()) {
        query(&prom, expr);
        names.extend(metric_names(expr));
    }
    assert!(names.len() >= 12, "{names:?}");
    for name in &names {
        let v = query(&prom, &format!("count({{__name__=\"{name}\"}})"));
        assert!(
            v["data"]["result"]
                .as_array()
                .is_some_and(|r| !r.is_empty()),
            "metric {name} has no series in the scrape"
        );
    }
}
