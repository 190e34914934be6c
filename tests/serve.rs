//! `npython serve` end to end, through the real binary on 127.0.0.1 with a private `$NPYTHON_HOME`:
//!
//! * a swarm of 1,000 jobs mixing successes, uncaught exceptions, compile errors and limit kills streams one
//!   result line per job with the right outcome, and `?offset=N` resumes the stream;
//! * auth: missing, malformed and unknown keys are 401; the admin key cannot run jobs and a tenant key
//!   cannot mint tokens (403);
//! * tenant isolation: another tenant's swarm, job, results and script refs answer 404;
//! * 413 for oversized bodies, 400 with the position for malformed JSON, 429 with `Retry-After` past a
//!   tenant's quota, 404/405 for unknown routes, 422 for `reject_invalid` batches with compile errors;
//! * an `Idempotency-Key` retry returns the first response and runs nothing twice;
//! * cancelling a job and a swarm ends their jobs as `cancelled`;
//! * SIGTERM with jobs in flight: readyz turns 503, submissions are refused, finishing jobs finish, the
//!   rest are reported cancelled, no job is lost, and the process exits 0;
//! * tokens minted, attenuated and revoked over the API share the key store with `npython token`;
//! * finished results are dropped after the retention time, or earlier past the memory budget;
//! * a tenant out of fuel gets `killed` results for new jobs (none is lost) while others still run;
//! * eight clients racing to submit never get more jobs past a tenant's quota than it allows, and the
//!   server-wide limit answers 429 `queue_full`;
//! * hostile bodies and ids on every route of the route table get JSON errors, never a 5xx;
//! * a result line is sent when its job ends, before the rest of the swarm has;
//! * client-answered tool calls: events, answers, error answers, timeouts, cancellation, tenant isolation,
//!   and the event and tool-result routes without calls;
//! * http through the broker to a local server with an explicit-host token counts in `/metrics`.
//!
//! Revocation across restarts is in tests/revocation.rs.

mod serve_support;

use std::path::Path;
use std::time::Duration;

use serde_json::{json, Value};
use serve_support::{metric, results, scratch, sha256_hex, submit, Server};

/// A config with two tenants (`acme`, `globex`), their keys, and extra top-level settings or tables.
fn two_tenant_config(dir: &Path, extra: &str, acme_extra: &str) -> std::path::PathBuf {
    let path = dir.join("serve.toml");
    let text = format!(
        "admin_keys_sha256 = [\"{}\"]\npool_size = 16\n{extra}\n\n\
         [[tenants]]\nname = \"acme\"\napi_keys_sha256 = [\"{}\"]\n{acme_extra}\n\n\
         [[tenants]]\nname = \"globex\"\napi_keys_sha256 = [\"{}\"]\n",
        sha256_hex("admin-key"),
        sha256_hex("acme-key"),
        sha256_hex("globex-key"),
    );
    std::fs::write(&path, text).expect("config");
    path
}

#[test]
fn a_swarm_of_1000_mixed_jobs_streams_every_outcome() {
    let server = Server::start(&scratch("mixed"), None);
    let (key, _) = server.default_keys();
    let jobs: Vec<Value> = (0..1000)
        .map(|i| match i % 4 {
            0 => json!({"id": format!("ok-{i}"), "source": "print('hi', n)\nn * 2", "inputs": {"n": i}}),
            1 => json!({"id": format!("raise-{i}"), "source": "raise ValueError('bad ' + str(n))", "inputs": {"n": i}}),
            2 => json!({"id": format!("invalid-{i}"), "source": "def (:\n"}),
            _ => json!({"id": format!("loop-{i}"), "source": "while True:\n    pass", "limits": {"max_instructions": 20000}}),
        })
        .collect();
    let accepted = submit(&server.http, &key, &Value::Array(jobs));
    let swarm = accepted["swarm"].as_str().expect("swarm id").to_string();
    assert_eq!(accepted["total"], 1000);
    assert_eq!(accepted["jobs"].as_array().map(Vec::len), Some(1000));

    let lines = results(&server.http, &key, &swarm);
    assert_eq!(lines.len(), 1000, "one result line per job");
    let mut seen = vec![false; 1000];
    for line in &lines {
        let i = line["index"].as_u64().expect("index") as usize;
        assert!(!seen[i], "job {i} reported twice");
        seen[i] = true;
        assert_eq!(line["job_id"], format!("{swarm}.{i}"));
        match i % 4 {
            0 => {
                assert_eq!(line["status"], "ok", "{line}");
                assert_eq!(line["result"], json!(i * 2));
                assert_eq!(line["stdout"], format!("hi {i}\n"));
                assert_eq!(line["id"], format!("ok-{i}"));
            }
            1 => {
                assert_eq!(line["status"], "error", "{line}");
                assert_eq!(line["error"]["type"], "ValueError");
                assert_eq!(line["error"]["message"], format!("bad {i}"));
            }
            2 => {
                assert_eq!(line["status"], "invalid", "{line}");
                let d = &line["diagnostics"][0];
                assert_eq!(d["line"], 1, "{line}");
                assert!(d["col"].as_u64().is_some(), "{line}");
            }
            _ => {
                assert_eq!(line["status"], "killed", "{line}");
                assert_eq!(line["limit"], "instructions");
            }
        }
    }
    let summary = server
        .http
        .get(&format!("/v1/swarms/{swarm}"), Some(&key))
        .json();
    assert_eq!(summary["state"], "done");
    assert_eq!(
        summary["counts"],
        json!({"ok": 250, "error": 250, "invalid": 250, "killed": 250, "cancelled": 0, "internal": 0, "interrupted": 0})
    );

    // Resuming from an offset gives exactly the tail of the same log.
    let tail = server
        .http
        .get(
            &format!("/v1/swarms/{swarm}/results?offset=990"),
            Some(&key),
        )
        .lines();
    assert_eq!(tail, lines[990..].to_vec());
    // Past the last line there is nothing more to stream (an empty 200, like offset 1000).
    let past = server.http.get(
        &format!("/v1/swarms/{swarm}/results?offset=1001"),
        Some(&key),
    );
    assert_eq!((past.status, past.body.as_str()), (200, ""));
    let bad = server
        .http
        .get(&format!("/v1/swarms/{swarm}/results?offset=x"), Some(&key));
    assert_eq!((bad.status, bad.code()), (400, "bad_offset".into()));

    // One job by id.
    let job = server
        .http
        .get(&format!("/v1/jobs/{swarm}.4"), Some(&key))
        .json();
    assert_eq!(job["state"], "done");
    assert_eq!(job["result"]["result"], 8);

    assert_eq!(
        metric(
            &server.http,
            "npython_jobs_submitted_total{tenant=\"default\"}"
        ),
        1000.0
    );
    assert_eq!(
        metric(
            &server.http,
            "npython_jobs_finished_total{outcome=\"killed\",tenant=\"default\"}"
        ),
        250.0
    );
}

#[test]
fn auth_failures_are_401_and_403() {
    let server = Server::start(&scratch("auth"), None);
    let (key, admin) = server.default_keys();
    let http = &server.http;
    let body = r#"{"jobs": [{"source": "1"}]}"#;
    for (k, what) in [
        (None, "no key"),
        (Some("wrong"), "unknown key"),
        (Some(""), "empty key"),
    ] {
        let r = http.post("/v1/swarms", k, body);
        assert_eq!((r.status, r.code()), (401, "unauthorized".into()), "{what}");
    }
    let r = http.send(
        "POST",
        "/v1/swarms",
        None,
        Some(body),
        &[("authorization", &format!("Basic {key}"))],
    );
    assert_eq!(r.status, 401);
    let r = http.post("/v1/swarms", Some(&admin), body);
    assert_eq!((r.status, r.code()), (403, "forbidden".into()));
    let r = http.post(
        "/v1/tokens",
        Some(&key),
        r#"{"tenant": "default", "cap": "fs"}"#,
    );
    assert_eq!((r.status, r.code()), (403, "forbidden".into()));
    // Public endpoints need no key.
    assert_eq!(http.get("/healthz", None).status, 200);
    assert_eq!(http.get("/readyz", None).status, 200);
    assert_eq!(http.get("/metrics", None).status, 200);
    assert_eq!(http.get("/openapi.json", None).status, 200);
    let r = http.get("/nope", None);
    assert_eq!((r.status, r.code()), (404, "no_route".into()));
    let r = http.send("PUT", "/v1/swarms", Some(&key), None, &[]);
    assert_eq!((r.status, r.code()), (405, "method_not_allowed".into()));
    assert_eq!(
        metric(
            http,
            "npython_http_requests_total{route=\"/v1/swarms\",status=\"401\"}"
        ),
        4.0
    );
    // Series of families nothing has fed yet exist, at zero.
    for series in [
        "npython_io_requests_total{capability=\"http\",outcome=\"denied\"}",
        "npython_capability_denials_total{reason=\"revoked\"}",
        "npython_http_requests_total{route=\"/v1/tokens/{id}/revoke\",status=\"503\"}",
        "npython_jobs_finished_total{outcome=\"internal\",tenant=\"default\"}",
    ] {
        assert_eq!(metric(http, series), 0.0, "{series}");
    }
}

#[test]
fn tenants_see_only_their_own_swarms_jobs_and_scripts() {
    let dir = scratch("tenants");
    let config = two_tenant_config(&dir, "", "");
    let server = Server::start(&dir, Some(&config));
    let http = &server.http;
    let script = http.post("/v1/scripts", Some("acme-key"), r#"{"source": "x + 1"}"#);
    assert_eq!(script.status, 201, "{}", script.body);
    let reference = script.json()["script"].as_str().expect("ref").to_string();
    let accepted = submit(
        http,
        "acme-key",
        &json!([{"script": reference, "inputs": {"x": 1}}]),
    );
    let swarm = accepted["swarm"].as_str().expect("id").to_string();
    let lines = results(http, "acme-key", &swarm);
    assert_eq!(lines[0]["result"], 2);

    for path in [
        format!("/v1/swarms/{swarm}"),
        format!("/v1/swarms/{swarm}/results"),
        format!("/v1/jobs/{swarm}.0"),
    ] {
        let r = http.get(&path, Some("globex-key"));
        assert_eq!((r.status, r.code()), (404, "not_found".into()), "{path}");
    }
    for path in [format!("/v1/swarms/{swarm}"), format!("/v1/jobs/{swarm}.0")] {
        assert_eq!(http.delete(&path, Some("globex-key")).status, 404, "{path}");
    }
    let r = http.post(
        "/v1/swarms",
        Some("globex-key"),
        &json!({"jobs": [{"script": reference}]}).to_string(),
    );
    assert_eq!((r.status, r.code()), (404, "unknown_script".into()));
    // A tenant cannot run jobs as another.
    let r = http.post(
        "/v1/swarms",
        Some("globex-key"),
        r#"{"jobs": [{"source": "1", "tenant": "acme"}]}"#,
    );
    assert_eq!((r.status, r.code()), (400, "invalid_job".into()));
    // The owner still sees everything.
    assert_eq!(
        http.get(&format!("/v1/jobs/{swarm}.0"), Some("acme-key"))
            .status,
        200
    );
}

#[test]
fn oversized_malformed_and_over_quota_requests() {
    let dir = scratch("limits");
    let config = two_tenant_config(
        &dir,
        "max_body_bytes = 4096",
        "max_running = 1\nmax_queued = 4",
    );
    let server = Server::start(&dir, Some(&config));
    let http = &server.http;
    let big = format!(r#"{{"jobs": [{{"source": "'{}'"}}]}}"#, "x".repeat(5000));
    let r = http.post("/v1/swarms", Some("acme-key"), &big);
    assert_eq!((r.status, r.code()), (413, "body_too_large".into()));

    let r = http.post(
        "/v1/swarms",
        Some("acme-key"),
        "{\n  \"jobs\": [\n    {\"source\": }\n]}",
    );
    assert_eq!((r.status, r.code()), (400, "malformed_json".into()));
    assert_eq!(r.json()["error"]["line"], 3, "{}", r.body);
    assert!(r.json()["error"]["column"].as_u64().is_some());

    let r = http.post(
        "/v1/swarms",
        Some("acme-key"),
        r#"{"jobs": [{"source": "1", "colour": 1}]}"#,
    );
    assert_eq!((r.status, r.code()), (400, "invalid_job".into()));
    assert_eq!(r.json()["error"]["index"], 0);
    let r = http.post("/v1/swarms", Some("acme-key"), r#"{"jobs": []}"#);
    assert_eq!((r.status, r.code()), (400, "empty_swarm".into()));
    let r = http.post(
        "/v1/swarms",
        Some("acme-key"),
        r#"{"jobs": [{"source": "1", "limits": {"max_instructions": -1}}]}"#,
    );
    assert_eq!((r.status, r.code()), (400, "invalid_job".into()));

    let r = http.post(
        "/v1/swarms",
        Some("acme-key"),
        r#"{"jobs": [{"source": "1", "limits": {"max_memory_bytes": 10000000000000}}]}"#,
    );
    assert_eq!((r.status, r.code()), (400, "limit_too_high".into()));
    assert_eq!(r.json()["error"]["limit"], "max_memory_bytes");

    // acme holds at most 1 running + 4 queued jobs.
    let r = http.post(
        "/v1/swarms",
        Some("acme-key"),
        &json!({"jobs": vec![json!({"source": "1"}); 6]}).to_string(),
    );
    assert_eq!((r.status, r.code()), (429, "quota_exceeded".into()));
    assert_eq!(
        r.headers
            .get("retry-after")
            .map(|v| v.to_str().unwrap_or("")),
        Some("1")
    );
    let slow = json!({"source": "import time\ntime.sleep(0.5)\n1"});
    let first = submit(http, "acme-key", &json!(vec![slow; 5]));
    let r = http.post(
        "/v1/swarms",
        Some("acme-key"),
        r#"{"jobs": [{"source": "1"}]}"#,
    );
    assert_eq!((r.status, r.code()), (429, "quota_exceeded".into()));
    // Another tenant is not affected by acme's quota.
    submit(http, "globex-key", &json!([{"source": "1"}]));
    // Once acme's jobs end, there is room again.
    let lines = results(http, "acme-key", first["swarm"].as_str().expect("id"));
    assert!(lines.iter().all(|l| l["status"] == "ok"), "{lines:?}");
    submit(http, "acme-key", &json!([{"source": "1"}]));

    // reject_invalid: the whole batch is refused with each failing job's diagnostics.
    let r = http.post(
        "/v1/swarms",
        Some("acme-key"),
        r#"{"jobs": [{"source": "1"}, {"source": "x = (\n"}], "reject_invalid": true}"#,
    );
    assert_eq!(
        (r.status, r.code()),
        (422, "compile_errors".into()),
        "{}",
        r.body
    );
    let failing = &r.json()["error"]["jobs"][0];
    assert_eq!(failing["index"], 1);
    assert!(failing["diagnostics"][0]["line"].as_u64().is_some());
}

#[test]
fn an_idempotent_retry_returns_the_first_response_and_runs_nothing_twice() {
    let server = Server::start(&scratch("idempotent"), None);
    let (key, _) = server.default_keys();
    let http = &server.http;
    let body = r#"{"jobs": [{"source": "1"}, {"source": "2"}]}"#;
    let headers = [("idempotency-key", "batch-42")];
    let first = http.send("POST", "/v1/swarms", Some(&key), Some(body), &headers);
    assert_eq!(first.status, 202);
    let second = http.send("POST", "/v1/swarms", Some(&key), Some(body), &headers);
    assert_eq!(second.status, 202);
    assert_eq!(first.body, second.body);
    let swarm = first.json()["swarm"].as_str().expect("id").to_string();
    assert_eq!(results(http, &key, &swarm).len(), 2);
    assert_eq!(
        metric(http, "npython_jobs_submitted_total{tenant=\"default\"}"),
        2.0
    );
    let other = http.send(
        "POST",
        "/v1/swarms",
        Some(&key),
        Some(r#"{"jobs": [{"source": "3"}]}"#),
        &headers,
    );
    assert_eq!(
        (other.status, other.code()),
        (422, "idempotency_key_reused".into())
    );
}

#[test]
fn cancelling_a_job_and_a_swarm_ends_them_as_cancelled() {
    let server = Server::start(&scratch("cancel"), None);
    let (key, _) = server.default_keys();
    let http = &server.http;
    let spin = json!({"source": "while True:\n    pass", "limits": {"max_instructions": 1_000_000_000_000u64, "timeout_ms": 60000}});
    let accepted = submit(http, &key, &json!(vec![spin; 6]));
    let swarm = accepted["swarm"].as_str().expect("id").to_string();
    let r = http.delete(&format!("/v1/jobs/{swarm}.0"), Some(&key));
    assert_eq!(r.status, 202, "{}", r.body);
    // Job 0 ends alone first.
    let job = loop {
        let j = http.get(&format!("/v1/jobs/{swarm}.0"), Some(&key)).json();
        if j["state"] == "done" {
            break j;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(job["result"]["status"], "cancelled");
    assert_eq!(
        http.get(&format!("/v1/swarms/{swarm}"), Some(&key)).json()["finished"],
        1
    );
    let r = http.delete(&format!("/v1/swarms/{swarm}"), Some(&key));
    assert_eq!(r.status, 202);
    let lines = results(http, &key, &swarm);
    assert_eq!(lines.len(), 6);
    assert!(
        lines.iter().all(|l| l["status"] == "cancelled"),
        "{lines:?}"
    );
}

#[test]
fn sigterm_drains_jobs_in_flight_and_loses_none() {
    let dir = scratch("shutdown");
    let config = two_tenant_config(&dir, "shutdown_grace_ms = 1500", "");
    let mut server = Server::start(&dir, Some(&config));
    let quick = json!({"source": "import time\ntime.sleep(0.3)\n'done'"});
    let spin = json!({"source": "while True:\n    pass", "limits": {"max_instructions": 1_000_000_000_000u64, "timeout_ms": 60000}});
    let mut jobs = vec![quick; 10];
    jobs.extend(vec![spin; 10]);
    let accepted = submit(&server.http, "acme-key", &json!(jobs));
    let swarm = accepted["swarm"].as_str().expect("id").to_string();
    server.terminate();
    // Draining: not ready, no new work, but results still flow.
    let ready = loop {
        let r = server.http.get("/readyz", None);
        if r.status != 200 {
            break r;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!((ready.status, ready.code()), (503, "shutting_down".into()));
    let r = server.http.post(
        "/v1/swarms",
        Some("acme-key"),
        r#"{"jobs": [{"source": "1"}]}"#,
    );
    assert_eq!((r.status, r.code()), (503, "shutting_down".into()));
    let lines = results(&server.http, "acme-key", &swarm);
    assert_eq!(lines.len(), 20, "every accepted job has a result");
    for l in &lines {
        let i = l["index"].as_u64().expect("index");
        let want = if i < 10 { "ok" } else { "cancelled" };
        assert_eq!(l["status"], want, "{l}");
    }
    let status = server.wait_exit(Duration::from_secs(20));
    assert_eq!(status.code(), Some(0));
}

fn token_cli(home: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_npython"))
        .arg("token")
        .args(args)
        .env("NPYTHON_HOME", home)
        .output()
        .expect("npython token");
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn tokens_over_the_api_share_the_key_store_with_the_cli() {
    let home = scratch("tokens");
    let server = Server::start(&home, None);
    let (_, admin) = server.default_keys();
    let http = &server.http;
    let r = http.post(
        "/v1/tokens",
        Some(&admin),
        r#"{"tenant": "default", "cap": "http", "allow_hosts": ["api.example.com"], "expires": "1h"}"#,
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let minted = r.json();
    let token = minted["token"].as_str().expect("token").to_string();
    assert!(token_cli(&home, &["inspect", &token]).contains("verifies here: yes"));

    let r = http.post(
        "/v1/tokens/attenuate",
        Some(&admin),
        &json!({"token": token, "allow_methods": ["GET"]}).to_string(),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let narrowed = r.json()["token"].as_str().expect("token").to_string();
    assert_ne!(narrowed, token);

    // A misspelt restriction is refused, not ignored.
    let r = http.post(
        "/v1/tokens",
        Some(&admin),
        r#"{"tenant": "default", "cap": "http", "allow_host": ["x.com"]}"#,
    );
    assert_eq!((r.status, r.code()), (400, "invalid_request".into()));
    let r = http.post(
        "/v1/tokens",
        Some(&admin),
        r#"{"tenant": "default", "cap": "http"}"#,
    );
    assert_eq!((r.status, r.code()), (400, "invalid_token_request".into()));

    let id = minted["id"].as_str().expect("id");
    let r = http.post(&format!("/v1/tokens/{id}/revoke"), Some(&admin), "");
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["already_revoked"], false);
    let inspect = token_cli(&home, &["inspect", &narrowed]);
    assert!(inspect.contains("verifies here: no"), "{inspect}");

    // A token minted by the CLI is revoked by the API.
    let cli = token_cli(
        &home,
        &[
            "mint",
            "--tenant",
            "default",
            "--cap",
            "tools",
            "--allow-tool",
            "search",
        ],
    );
    let cli_token = cli
        .lines()
        .rfind(|l| l.starts_with("npy"))
        .expect("token line")
        .to_string();
    let r = http.post(&format!("/v1/tokens/{cli_token}/revoke"), Some(&admin), "");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(token_cli(&home, &["inspect", &cli_token]).contains("verifies here: no"));
}

#[test]
fn finished_results_are_dropped_after_the_retention_time_or_past_the_memory_budget() {
    for (name, retention) in [
        ("retention-time", "[retention]\nseconds = 1"),
        ("retention-bytes", "[retention]\nmax_bytes = 1"),
    ] {
        let dir = scratch(name);
        let config = two_tenant_config(&dir, retention, "");
        let server = Server::start(&dir, Some(&config));
        let accepted = submit(&server.http, "acme-key", &json!([{"source": "1"}]));
        let swarm = accepted["swarm"].as_str().expect("id").to_string();
        assert_eq!(results(&server.http, "acme-key", &swarm).len(), 1);
        let start = std::time::Instant::now();
        loop {
            let r = server
                .http
                .get(&format!("/v1/swarms/{swarm}"), Some("acme-key"));
            if r.status == 404 {
                assert_eq!(r.code(), "not_found");
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "{name}: the swarm was never dropped"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

#[test]
fn a_tenant_out_of_fuel_gets_killed_results_not_lost_jobs() {
    let dir = scratch("fuel");
    let config = two_tenant_config(&dir, "", "max_fuel = 50000");
    let server = Server::start(&dir, Some(&config));
    let spin = json!({"source": "while True:\n    pass"});
    let first = submit(&server.http, "acme-key", &json!([spin]));
    let lines = results(
        &server.http,
        "acme-key",
        first["swarm"].as_str().expect("id"),
    );
    assert_eq!(
        (lines[0]["status"].as_str(), lines[0]["limit"].as_str()),
        (Some("killed"), Some("instructions"))
    );
    let second = submit(
        &server.http,
        "acme-key",
        &json!([{"source": "1"}, {"source": "2"}]),
    );
    let lines = results(
        &server.http,
        "acme-key",
        second["swarm"].as_str().expect("id"),
    );
    assert_eq!(lines.len(), 2);
    assert!(
        lines.iter().all(|l| l["status"] == "killed"
            && l["reason"]
                .as_str()
                .is_some_and(|r| r.contains("fuel") || r.contains("refused"))),
        "{lines:?}"
    );
    assert!(
        metric(
            &server.http,
            "npython_tenant_fuel_used_total{tenant=\"acme\"}"
        ) >= 50000.0
    );
    // The other tenant still runs.
    let other = submit(&server.http, "globex-key", &json!([{"source": "1"}]));
    assert_eq!(
        results(
            &server.http,
            "globex-key",
            other["swarm"].as_str().expect("id")
        )[0]["status"],
        "ok"
    );
}

#[test]
fn racing_submissions_never_pass_a_quota() {
    let dir = scratch("race");
    let config = two_tenant_config(
        &dir,
        "max_outstanding_jobs = 70",
        "max_running = 1\nmax_queued = 49",
    );
    let server = Server::start(&dir, Some(&config));
    let slow = json!({"source": "import time\ntime.sleep(1)\n1"});
    let body = json!({ "jobs": vec![slow; 10] }).to_string();
    let base = server.base.clone();
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let (base, body) = (base.clone(), body.clone());
            std::thread::spawn(move || {
                let http = serve_support::Http::new(&base);
                let r = http.post("/v1/swarms", Some("acme-key"), &body);
                (
                    r.status,
                    if r.status == 202 {
                        String::new()
                    } else {
                        r.code()
                    },
                )
            })
        })
        .collect();
    let outcomes: Vec<(u16, String)> = threads
        .into_iter()
        .map(|t| t.join().expect("thread"))
        .collect();
    let accepted = outcomes.iter().filter(|(s, _)| *s == 202).count();
    assert_eq!(
        accepted, 5,
        "exactly 50 of 80 jobs fit the quota: {outcomes:?}"
    );
    assert!(outcomes
        .iter()
        .filter(|(s, _)| *s != 202)
        .all(|(s, c)| *s == 429 && c == "quota_exceeded"));
    // The server-wide limit: 50 in flight + 30 more would pass 70.
    let r = server.http.post(
        "/v1/swarms",
        Some("globex-key"),
        &json!({"jobs": vec![json!({"source": "1"}); 30]}).to_string(),
    );
    assert_eq!((r.status, r.code()), (429, "queue_full".into()));
}

#[test]
fn hostile_requests_get_json_errors_never_a_5xx() {
    let server = Server::start(&scratch("hostile"), None);
    let (key, admin) = server.default_keys();
    let http = &server.http;
    let deep = "[".repeat(100_000);
    let bodies: Vec<String> = vec![
        String::new(),
        "null".into(),
        "\u{0}\u{1}garbage".into(),
        deep.clone(),
        format!("{{\"jobs\": {deep}"),
        r#"{"jobs": [{"source": 1}]}"#.into(),
        r#"{"jobs": [{"source": "1", "inputs": {"not an identifier": 1}}]}"#.into(),
        r#"{"jobs": [{"source": "1", "limits": {"timeout_ms": 1e400}}]}"#.into(),
        r#"{"jobs": [{"source": "1", "inputs": {"x": 123456789012345678901234567890}}]}"#.into(),
        r#"{"source": "x", "filename": 7}"#.into(),
        r#"{"tenant": "default", "cap": "fs", "expires": "forever"}"#.into(),
        r#"{"token": "npy1_AAAA"}"#.into(),
        "[]".into(),
    ];
    let ids = [
        "x",
        "sw_0.0",
        "sw_0.99999999999999999999",
        "%00",
        "..",
        "npy1_x",
    ];
    for route in npython_server::routes::ROUTES {
        for id in ids {
            let path = route.path.replace("{id}", id);
            for body in &bodies {
                for k in [Some(key.as_str()), Some(admin.as_str()), None] {
                    let r = http.send(route.method, &path, k, Some(body), &[]);
                    assert!(
                        r.status < 500,
                        "{} {path} {body:.40}: {} {}",
                        route.method,
                        r.status,
                        r.body
                    );
                    if r.status >= 400 {
                        r.code();
                    }
                }
            }
        }
    }
    // Still serving.
    let accepted = submit(
        http,
        &key,
        &json!([{"source": "x", "inputs": {"x": 123456789012345678901234567890u128}}]),
    );
    let lines = results(http, &key, accepted["swarm"].as_str().expect("id"));
    assert_eq!(
        lines[0]["result"],
        json!(123456789012345678901234567890u128)
    );
}

#[test]
fn results_stream_as_jobs_end_not_when_the_swarm_ends() {
    let server = Server::start(&scratch("streaming"), None);
    let (key, _) = server.default_keys();
    let accepted = submit(
        &server.http,
        &key,
        &json!([{"source": "import time\ntime.sleep(3)\n'slow'"}, {"source": "'fast'"}]),
    );
    let swarm = accepted["swarm"].as_str().expect("id").to_string();
    let (line, took) = server
        .http
        .first_line(&format!("/v1/swarms/{swarm}/results"), &key);
    let first: Value = serde_json::from_str(&line).expect("JSON line");
    assert_eq!(first["result"], "fast");
    assert!(
        took < Duration::from_secs(2),
        "the first line came after {took:?}"
    );
    let lines = results(&server.http, &key, &swarm);
    assert_eq!(lines[1]["result"], "slow");
}

/// Mints a token over the admin endpoint.
fn mint(http: &serve_support::Http, body: Value) -> String {
    let r = http.post("/v1/tokens", Some("admin-key"), &body.to_string());
    assert_eq!(r.status, 201, "{}", r.body);
    r.json()["token"].as_str().expect("token").to_string()
}

#[test]
fn client_answered_tool_calls_end_jobs_with_the_answers() {
    let dir = scratch("client-tools");
    let config = two_tenant_config(
        &dir,
        "[tools]\nclient_timeout_ms = 1500\nsearch = \"client\"",
        "",
    );
    let server = Server::start(&dir, Some(&config));
    let http = &server.http;
    let tok = mint(
        http,
        json!({"tenant": "acme", "cap": "tools", "allow_tools": ["search"]}),
    );
    let script = "import tools\n\
                  try:\n\
                  \x20   with scope(\"tools\", tok):\n\
                  \x20       r = tools.search(q=q)\n\
                  except Exception as e:\n\
                  \x20   r = type(e).__name__ + ': ' + str(e)\n\
                  r";
    let jobs: Vec<Value> = (0..4)
        .map(|i| json!({"source": script, "inputs": {"q": format!("q{i}")}, "tokens": {"tok": tok}, "limits": {"timeout_ms": 30000}}))
        .collect();
    let accepted = submit(http, "acme-key", &json!(jobs));
    let swarm = accepted["swarm"].as_str().expect("id").to_string();
    // Every call is an event, whether or not the client was connected when it was made.
    std::thread::sleep(Duration::from_millis(300));
    let events = http.stream_lines(&format!("/v1/swarms/{swarm}/events"), "acme-key", 4);
    let mut calls = std::collections::BTreeMap::new();
    for e in &events {
        assert_eq!(e["type"], "tool_call", "{e}");
        assert_eq!(e["tool"], "search");
        let i = e["index"].as_u64().expect("index");
        assert_eq!(e["args"], json!({"q": format!("q{i}")}));
        calls.insert(i, e["call"].as_str().expect("call").to_string());
    }
    assert_eq!(calls.len(), 4);
    let answer = |i: u64, key: &str, body: Value| {
        http.post(
            &format!("/v1/jobs/{swarm}.{i}/tool-results"),
            Some(key),
            &body.to_string(),
        )
    };
    // Another tenant cannot answer (the job is unknown to it).
    let r = answer(0, "globex-key", json!({"call": calls[&0], "result": 1}));
    assert_eq!((r.status, r.code()), (404, "not_found".into()));
    // A call of another job of the same swarm is unknown to this job.
    let r = answer(0, "acme-key", json!({"call": calls[&1], "result": 1}));
    assert_eq!((r.status, r.code()), (404, "unknown_tool_call".into()));
    let r = answer(
        0,
        "acme-key",
        json!({"call": calls[&0], "result": {"hits": ["a", "b"]}}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let r = answer(0, "acme-key", json!({"call": calls[&0], "result": 2}));
    assert_eq!((r.status, r.code()), (409, "tool_call_closed".into()));
    let r = answer(
        1,
        "acme-key",
        json!({"call": calls[&1], "error": {"type": "ValueError", "message": "boom"}}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    // Job 3 is cancelled while it waits; job 2 is never answered and times out.
    let r = http.delete(&format!("/v1/jobs/{swarm}.3"), Some("acme-key"));
    assert_eq!(r.status, 202, "{}", r.body);
    let lines = results(http, "acme-key", &swarm);
    let by_index = |i: u64| {
        lines
            .iter()
            .find(|l| l["index"] == i)
            .expect("a line per job")
            .clone()
    };
    assert_eq!(by_index(0)["result"], json!({"hits": ["a", "b"]}));
    assert_eq!(by_index(1)["result"], "ValueError: boom");
    assert!(
        by_index(2)["result"]
            .as_str()
            .is_some_and(|s| s.starts_with("TimeoutError")),
        "{}",
        by_index(2)
    );
    assert_eq!(by_index(3)["status"], "cancelled");
    // The whole event log: 4 calls, then a closing event for the timeout and the cancellation.
    let all = http
        .get(&format!("/v1/swarms/{swarm}/events"), Some("acme-key"))
        .lines();
    let closed: Vec<&Value> = all
        .iter()
        .filter(|e| e["type"] == "tool_call_closed")
        .collect();
    assert!(closed.iter().any(|e| e["reason"] == "timeout"), "{all:?}");
    // ?offset resumes.
    let rest = http
        .get(
            &format!("/v1/swarms/{swarm}/events?offset=4"),
            Some("acme-key"),
        )
        .lines();
    assert_eq!(rest.len(), all.len() - 4);
    // One answered call (job 0), an error answer and a cancellation (jobs 1 and 3), one timeout (job 2).
    let series = |outcome: &str| {
        metric(
            http,
            &format!("npython_io_requests_total{{capability=\"tools\",outcome=\"{outcome}\"}}"),
        )
    };
    assert_eq!(series("ok"), 1.0);
    assert_eq!(series("error"), 2.0);
    assert_eq!(series("timeout"), 1.0);
    assert!(
        metric(
            http,
            "npython_io_requests_total{capability=\"tools\",outcome=\"timeout\"}"
        ) >= 1.0
    );
}

/// A one-page HTTP server on 127.0.0.1 answering every request with `body`; returns its port.
fn local_http_server(body: &'static str) -> u16 {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let reply = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    port
}

#[test]
fn http_with_an_explicit_host_token_reaches_a_local_server_and_counts_in_metrics() {
    let dir = scratch("http-io");
    let audit = dir.join("audit.jsonl");
    let config = two_tenant_config(&dir, &format!("audit_log = \"{}\"", audit.display()), "");
    let server = Server::start(&dir, Some(&config));
    let http = &server.http;
    let port = local_http_server("pong");
    let host = format!("127.0.0.1:{port}");
    let tok = mint(
        http,
        json!({"tenant": "acme", "cap": "http", "allow_hosts": [host]}),
    );
    let series = "npython_io_requests_total{capability=\"http\",outcome=\"ok\"}";
    let before = metric(http, series);
    let script =
        "import http\nwith scope(\"http\", tok):\n    r = http.get(url)\n[r.status, r.text]";
    let url = format!("http://{host}/ping");
    let jobs: Vec<Value> = (0..3)
        .map(|_| json!({"source": script, "inputs": {"url": url}, "tokens": {"tok": tok}}))
        .collect();
    let accepted = submit(http, "acme-key", &json!(jobs));
    let lines = results(http, "acme-key", accepted["swarm"].as_str().expect("id"));
    for l in &lines {
        assert_eq!(l["result"], json!([200, "pong"]), "{l}");
    }
    assert_eq!(metric(http, series) - before, 3.0);
    let records = std::fs::read_to_string(&audit).expect("audit log");
    assert_eq!(records.lines().count(), 3, "{records}");
}

#[test]
fn events_and_tool_results_answer_without_calls() {
    let dir = scratch("events-empty");
    let config = two_tenant_config(&dir, "[tools]\nsearch = \"client\"", "");
    let server = Server::start(&dir, Some(&config));
    let http = &server.http;
    let accepted = submit(http, "acme-key", &json!([{"source": "1 + 1"}]));
    let swarm = accepted["swarm"].as_str().expect("id").to_string();
    assert_eq!(results(http, "acme-key", &swarm)[0]["result"], 2);
    // A finished swarm's event stream is empty and ends.
    let r = http.get(&format!("/v1/swarms/{swarm}/events"), Some("acme-key"));
    assert_eq!((r.status, r.body.as_str()), (200, ""));
    let r = http.get(&format!("/v1/swarms/{swarm}/events"), Some("globex-key"));
    assert_eq!(r.status, 404);
    let r = http.get(
        &format!("/v1/swarms/{swarm}/events?offset=1"),
        Some("acme-key"),
    );
    assert_eq!((r.status, r.code()), (400, "bad_offset".into()));
    let path = format!("/v1/jobs/{swarm}.0/tool-results");
    let r = http.post(&path, Some("acme-key"), r#"{"call": "tc_0", "result": 1}"#);
    assert_eq!((r.status, r.code()), (404, "unknown_tool_call".into()));
    let r = http.post(
        &path,
        Some("globex-key"),
        r#"{"call": "tc_0", "result": 1}"#,
    );
    assert_eq!((r.status, r.code()), (404, "not_found".into()));
    for bad in [
        r#"{"call": "tc_0"}"#,
        r#"{"call": "tc_0", "result": 1, "error": {"message": "x"}}"#,
        r#"{"call": "tc_0", "error": {"type": "KeyError", "message": "x"}}"#,
        r#"{"call": "tc_0", "answer": 1}"#,
    ] {
        let r = http.post(&path, Some("acme-key"), bad);
        assert_eq!(r.status, 400, "{bad}: {}", r.body);
    }
    // `"result": null` is an answer (the call returns None), not a missing field.
    let r = http.post(
        &path,
        Some("acme-key"),
        r#"{"call": "tc_0", "result": null}"#,
    );
    assert_eq!((r.status, r.code()), (404, "unknown_tool_call".into()));
}

#[test]
fn stderr_is_its_own_field_of_result_lines_and_counts_as_output() {
    let server = Server::start(&scratch("stderr"), None);
    let (key, _) = server.default_keys();
    let accepted = submit(
        &server.http,
        &key,
        &json!([
            {"source": "import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.stderr.write('more')\n1"},
            {"source": "2"},
            {"source": "import sys\nprint('12345')\nprint('12345', file=sys.stderr)", "limits": {"max_output_bytes": 10}},
            {"source": "import sys\nsys.stderr.write('e' * 20000)\n3"},
        ]),
    );
    let swarm = accepted["swarm"].as_str().expect("id").to_string();
    let lines = results(&server.http, &key, &swarm);
    let by_index = |i: u64| {
        lines
            .iter()
            .find(|l| l["index"] == i)
            .unwrap_or_else(|| panic!("no line {i}: {lines:?}"))
    };
    assert_eq!(by_index(0)["stdout"], "out\n");
    assert_eq!(by_index(0)["stderr"], "err\nmore");
    assert_eq!(
        by_index(1)["stderr"],
        "",
        "present and empty: {}",
        by_index(1)
    );
    assert_eq!(by_index(2)["status"], "killed");
    assert_eq!(
        by_index(2)["limit"],
        "output",
        "the streams share max_output_bytes"
    );
    assert_eq!(by_index(2)["stdout"], "12345\n");
    let job = server
        .http
        .get(&format!("/v1/jobs/{swarm}.0"), Some(&key))
        .json();
    assert_eq!(job["result"]["stderr"], "err\nmore");
    // The retained results are counted with what went to stderr.
    let retained = metric(&server.http, "npython_results_retained_bytes");
    assert!(retained > 20000.0, "retained {retained} bytes");
}

#[test]
fn results_stored_before_stderr_existed_load_with_an_empty_stderr() {
    let dir = scratch("stderr-old-store");
    let swarm = "sw_0123456789abcdef";
    {
        let store = npython_store::SqliteStore::open(&dir.join("jobs.db")).expect("store");
        use npython_store::JobStore;
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_millis() as u64;
        let job = npython_store::StoredJob {
            client_id: Some("old".into()),
            source: "print('hi')\n1".into(),
            filename: "<job>".into(),
            inputs_json: "{}".into(),
            limits_json: "{}".into(),
            tokens: Vec::new(),
            seed: None,
        };
        store
            .put_swarm(&npython_store::NewSwarm {
                id: swarm.into(),
                tenant: "default".into(),
                created_ms: now_ms,
                jobs: vec![job],
                idempotency: None,
            })
            .expect("swarm stored");
        // A line exactly as servers before `stderr` wrote it.
        let line = format!(
            "{{\"job_id\":\"{swarm}.0\",\"index\":0,\"id\":\"old\",\"status\":\"ok\",\"stdout\":\"hi\\n\",\
             \"result\":1,\"instructions\":9,\"wall_ms\":0.5,\"cpu_ms\":0.1,\"attempt\":1}}\n"
        );
        store
            .put_results(&[npython_store::ResultRecord {
                swarm: swarm.into(),
                index: 0,
                line: line.into_bytes(),
                at_ms: now_ms,
            }])
            .expect("result stored");
    }
    let server = Server::start(&dir, None);
    let (key, _) = server.default_keys();
    let lines = results(&server.http, &key, swarm);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["status"], "ok");
    assert_eq!(lines[0]["stdout"], "hi\n");
    assert_eq!(lines[0]["stderr"], "", "{}", lines[0]);
    assert_eq!(lines[0]["result"], 1);
    let job = server
        .http
        .get(&format!("/v1/jobs/{swarm}.0"), Some(&key))
        .json();
    assert_eq!(job["result"]["stderr"], "", "{job}");
    let summary = server
        .http
        .get(&format!("/v1/swarms/{swarm}"), Some(&key))
        .json();
    assert_eq!(summary["counts"]["ok"], 1, "{summary}");
}
