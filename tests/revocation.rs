//! Revocation is durable and shared (issue 5), through the real binary with a private `$NPYTHON_HOME`:
//!
//! * a token revoked with `POST /v1/tokens/{id}/revoke` stops working in the running server at once and stays
//!   revoked after `npython serve` is stopped and started again on the same home;
//! * a token revoked with `npython token revoke` is refused by a later `npython run` process and by a server
//!   that was already running when the revocation was made.
//!
//! Each token is first shown to work (a gated fs call), so a refusal afterwards is the revocation's doing.

mod common;
mod serve_support;

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use common::{mint, revoke, BIN};
use serde_json::{json, Value};
use serve_support::{results, scratch, submit, Http, Server};

/// A gated call: writes a file in the tenant's root and reads it back.
const SCRIPT: &str = "import fs\n\
                      with scope(\"fs\", files):\n\
                      \x20   fs.write_text(\"/note.txt\", \"kept\")\n\
                      \x20   text = fs.read_text(\"/note.txt\")\n\
                      text\n";

/// Runs SCRIPT as one job of `tenant_key`'s tenant with `token` bound as `files`; returns its result line.
fn run_job(http: &Http, tenant_key: &str, token: &str) -> Value {
    let accepted = submit(
        http,
        tenant_key,
        &json!([{"source": SCRIPT, "tokens": {"files": token}}]),
    );
    let lines = results(http, tenant_key, accepted["swarm"].as_str().expect("id"));
    assert_eq!(lines.len(), 1, "{lines:?}");
    lines[0].clone()
}

fn assert_ok(line: &Value) {
    assert_eq!(line["status"], "ok", "{line}");
    assert_eq!(line["result"], "kept", "{line}");
}

fn assert_revoked(line: &Value, id: &str) {
    assert_eq!(line["status"], "error", "{line}");
    assert_eq!(line["error"]["type"], "CapabilityError", "{line}");
    assert_eq!(
        line["error"]["message"],
        format!("capability token {id} has been revoked. Ask for a new token; do not retry with this one"),
        "{line}"
    );
}

/// `npython run -` of SCRIPT with `token` bound as `files`, files under `root`.
fn cli_run(home: &Path, root: &Path, token: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(["run", "-", "--tenant", "default"])
        .arg(format!("--token=files={token}"))
        .arg(format!("--fs-root={}", root.display()))
        .env("NPYTHON_HOME", home)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("npython run");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{SCRIPT}print(text)\n").as_bytes())
        .expect("script written");
    child.wait_with_output().expect("npython run ends")
}

/// How the first server ends before the restart.
#[derive(Clone, Copy, Debug)]
enum Stop {
    /// SIGTERM: the server drains and exits 0.
    Terminate,
    /// SIGKILL: nothing the server does on the way out can matter, only what it wrote when it revoked.
    Kill,
}

fn revocation_survives_a_restart(stop: Stop) {
    let home = scratch(&format!("revocation-restart-{stop:?}"));
    let mut server = Server::start(&home, None);
    let (tenant_key, admin) = server.default_keys();
    let r = server.http.post(
        "/v1/tokens",
        Some(&admin),
        r#"{"tenant": "default", "cap": "fs", "expires": "1h"}"#,
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let token = r.json()["token"].as_str().expect("token").to_string();
    let id = r.json()["id"].as_str().expect("id").to_string();
    assert_ok(&run_job(&server.http, &tenant_key, &token));

    let r = server
        .http
        .post(&format!("/v1/tokens/{id}/revoke"), Some(&admin), "");
    assert_eq!(r.status, 200, "{}", r.body);
    assert_revoked(&run_job(&server.http, &tenant_key, &token), &id);

    match stop {
        Stop::Terminate => {
            server.terminate();
            assert_eq!(
                server.wait_exit(Duration::from_secs(30)).code(),
                Some(0),
                "a drained server exits 0"
            );
        }
        // Dropping the handle kills the process and waits for it.
        Stop::Kill => {}
    }
    drop(server);

    let server = Server::start(&home, None);
    assert_eq!(
        server.default_keys(),
        (tenant_key.clone(), admin.clone()),
        "the restarted server reads the same home"
    );
    assert_revoked(&run_job(&server.http, &tenant_key, &token), &id);
    // Revoking again is answered, and says the revocation was already on record.
    let r = server
        .http
        .post(&format!("/v1/tokens/{id}/revoke"), Some(&admin), "");
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["already_revoked"], true, "{}", r.body);
}

#[test]
fn a_revocation_over_the_api_survives_a_sigterm_restart_of_serve() {
    revocation_survives_a_restart(Stop::Terminate);
}

#[test]
fn a_revocation_over_the_api_survives_a_killed_serve() {
    revocation_survives_a_restart(Stop::Kill);
}

#[test]
fn a_cli_revocation_reaches_later_runs_and_a_running_server() {
    let dir = scratch("revocation-cli");
    let home = dir.join("home");
    let root = dir.join("root");
    std::fs::create_dir_all(&root).expect("root");
    let common::Minted { token, id } = mint(
        &home,
        &["--tenant", "default", "--cap", "fs", "--expires", "1h"],
    );

    let out = cli_run(&home, &root, &token);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "kept\n");
    let server = Server::start(&home, None);
    let (tenant_key, _) = server.default_keys();
    assert_ok(&run_job(&server.http, &tenant_key, &token));

    revoke(&home, &token);

    let out = cli_run(&home, &root, &token);
    assert_eq!(out.status.code(), Some(1), "an uncaught exception exits 1");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "CapabilityError: capability token {id} has been revoked"
        )),
        "{stderr}"
    );
    assert_revoked(&run_job(&server.http, &tenant_key, &token), &id);
}
