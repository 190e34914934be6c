//! The load generator's smoke scenario against the real `npython serve` (spawned on 127.0.0.1 with a fresh
//! NPYTHON_HOME): every job is accounted for (submitted = succeeded + expected failures, nothing lost), the
//! io jobs reach the mock upstream through `http.get` with a token the load generator minted, and the
//! report's counts equal the server's own `/metrics` counters. Then the CI form of the command line,
//! `npython-loadtest --spawn --scenario loadtest/scenarios/smoke.toml --json`, when that binary was built
//! alongside (it is under `cargo test --workspace`).

use std::path::{Path, PathBuf};
use std::process::Command;

use npython_loadtest::{run_scenario, Overrides, Scenario, ServerChoice};

fn smoke() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("loadtest/scenarios/smoke.toml")
}

#[test]
fn smoke_scenario_accounts_for_every_job_and_matches_the_server_metrics() {
    let scenario = Scenario::from_file(&smoke()).unwrap();
    let server = ServerChoice::Spawn {
        npython: PathBuf::from(env!("CARGO_BIN_EXE_npython")),
    };
    let report = run_scenario(&scenario, &Overrides::default(), &server, 1).unwrap();
    let table = report.table();
    // 20 swarms/s for 2.5 s (warm-up included), 10 jobs each.
    assert_eq!(report.swarms_scheduled, 50, "{table}");
    assert_eq!(report.jobs_sent, 500, "{table}");
    // Nothing refused at this load, nothing lost: one result line per accepted job.
    assert_eq!(report.jobs_accepted, 500, "{table}");
    assert_eq!(report.results, 500, "{table}");
    assert_eq!(report.lost, 0, "{table}");
    assert!(report.accounted(), "{table}");
    // The mix is deterministic: weights 4 cpu, 3 io, 1 trivial (ok), 1 limit (killed), 1 raises (error).
    assert!(report.unexpected.is_empty(), "{table}");
    // The io jobs went through the token path: the scenario's `api` token, minted at start with the spawned
    // server's admin key, let each of the 150 make exactly one request to the mock (a refused token would
    // have ended them `error` before any request).
    let mock = report.mock.as_ref().unwrap();
    assert_eq!((mock.requests, mock.errors), (150, 0), "{table}");
    let count = |s: &str| report.by_status.get(s).copied().unwrap_or(0);
    assert_eq!(
        (count("ok"), count("killed"), count("error")),
        (400, 50, 50),
        "{table}"
    );
    assert_eq!(report.by_status.values().sum::<u64>(), 500, "{table}");
    // The server saw exactly the same.
    let server = report.server.as_ref().unwrap();
    assert_eq!(server.jobs_submitted, 500.0, "{table}");
    assert_eq!(server.jobs_finished, 500.0, "{table}");
    assert_eq!(report.matches_server(), Some(true), "{table}");
    assert!(server.instructions > 0.0, "{table}");
    // Every accepted job's latency is in the histogram (the 0.5 s warm-up's 100 jobs are not).
    assert_eq!(report.job_latency_ms.count, 400, "{table}");
    assert!(report.job_latency_ms.p50 > 0.0);
}

#[test]
fn a_token_the_server_refuses_to_mint_ends_the_run_with_its_reason() {
    let scenario = Scenario::parse(
        "rate = 1\nduration_s = 1\n\
         [[token]]\nname = \"api\"\ncap = \"http\"\nexpires = \"forever\"\n\
         [[script]]\nname = \"s\"\nsource = \"1\"\n",
    )
    .unwrap();
    let server = ServerChoice::Spawn {
        npython: PathBuf::from(env!("CARGO_BIN_EXE_npython")),
    };
    let e = run_scenario(&scenario, &Overrides::default(), &server, 1).unwrap_err();
    assert!(
        e.contains("minting token `api` for tenant `default`") && e.contains("400"),
        "{e}"
    );
}

#[test]
fn the_ci_command_line_prints_json_and_exits_zero() {
    let npython = PathBuf::from(env!("CARGO_BIN_EXE_npython"));
    let loadtest =
        npython.with_file_name(format!("npython-loadtest{}", std::env::consts::EXE_SUFFIX));
    if !loadtest.is_file() {
        eprintln!(
            "skipped: {} not built (run cargo test --workspace)",
            loadtest.display()
        );
        return;
    }
    let out = Command::new(&loadtest)
        .args(["--spawn", "--json", "--scenario"])
        .arg(smoke())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["jobs_accepted"], 500);
    assert_eq!(v["results"], 500);
    assert_eq!(v["lost"], 0);
    assert_eq!(v["server"]["jobs_submitted"], 500.0);
    // An SLO no run can meet: exit status 2.
    let out = Command::new(&loadtest)
        .args(["--spawn", "--min-rate", "1000000000", "--scenario"])
        .arg(smoke())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
