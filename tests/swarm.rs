//! `npython swarm` end to end through the real binary: one result line per job line, in the Jobs schema,
//! malformed lines as `invalid` results (never an abort), `file` jobs, tenants, limits, and a batch of one
//! script with many inputs.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_npython");

fn scratch_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("swarm")
        .join(test);
    if dir.exists() {
        fs::remove_dir_all(&dir).expect("cannot clear the scratch directory");
    }
    fs::create_dir_all(&dir).expect("cannot create the scratch directory");
    dir
}

fn run_swarm(dir: &Path, jsonl: &str, extra: &[&str]) -> Output {
    let file = dir.join("jobs.jsonl");
    fs::write(&file, jsonl).expect("write jobs.jsonl");
    let file = file.to_string_lossy().into_owned();
    let mut args = vec!["swarm", file.as_str(), "--workers", "2", "--vms", "8"];
    args.extend_from_slice(extra);
    Command::new(BIN)
        .args(&args)
        .output()
        .expect("npython swarm runs")
}

/// The result lines, by id.
fn results(out: &Output) -> HashMap<String, serde_json::Value> {
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .map(|l| {
            let v: serde_json::Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}"));
            let id = v["id"]
                .as_str()
                .expect("every result has an id")
                .to_string();
            (id, v)
        })
        .collect()
}

#[test]
fn each_line_gets_one_result_and_malformed_lines_are_invalid() {
    let dir = scratch_dir("mixed");
    fs::write(dir.join("double.py"), "print('from file')\nn * 2\n").expect("write script");
    let jsonl = r#"{"id": "ok", "source": "print('hello')\nx + 1", "inputs": {"x": 41}}
{"id": "file", "file": "double.py", "inputs": {"n": 21}, "tenant": "other", "tokens": {"T": "opaque"}}
this line is not JSON
{"id": "unknown-field", "source": "1", "bogus": true}
{"id": "raises", "source": "def f():\n    return 1 / 0\nf()"}
{"id": "syntax", "source": "def f(:"}

{"id": "spins", "source": "while True:\n    pass", "limits": {"timeout_ms": 50}}
{"id": "fuel", "source": "while True:\n    pass", "limits": {"max_instructions": 1000}}
{"id": "sleeps", "source": "import time\ntime.sleep(0.01)\n'woke'"}
{"id": 12, "source": "[1, (2, 3), {'k': None}]"}
"#;
    let out = run_swarm(&dir, jsonl, &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r = results(&out);
    assert_eq!(r.len(), 10, "one result per non-blank line: {r:?}");

    assert_eq!(r["ok"]["status"], "ok");
    assert_eq!(r["ok"]["result"], 42);
    assert_eq!(r["ok"]["stdout"], "hello\n");
    assert!(r["ok"]["instructions"].as_u64().is_some_and(|n| n > 0));
    assert!(r["ok"]["wall_ms"].is_number() && r["ok"]["cpu_ms"].is_number());

    assert_eq!(r["file"]["result"], 42);
    assert_eq!(r["file"]["stdout"], "from file\n");

    assert_eq!(r["line-3"]["status"], "invalid");
    assert_eq!(r["line-3"]["diagnostics"][0]["line"], 3);
    assert_eq!(r["unknown-field"]["status"], "invalid");
    assert!(r["unknown-field"]["diagnostics"][0]["message"]
        .as_str()
        .is_some_and(|m| m.contains("bogus")));

    assert_eq!(r["raises"]["status"], "error");
    assert_eq!(r["raises"]["error"]["type"], "ZeroDivisionError");
    assert_eq!(r["raises"]["error"]["line"], 2);

    assert_eq!(r["syntax"]["status"], "invalid");
    assert_eq!(r["syntax"]["diagnostics"][0]["code"], "syntax");

    assert_eq!(r["spins"]["status"], "killed");
    assert_eq!(r["spins"]["limit"], "time");
    assert_eq!(r["fuel"]["status"], "killed");
    assert_eq!(r["fuel"]["limit"], "instructions");
    assert_eq!(r["sleeps"]["result"], "woke");
    assert_eq!(
        r["12"]["result"],
        serde_json::json!([1, [2, 3], {"k": null}])
    );
}

#[test]
fn one_script_with_many_inputs() {
    let dir = scratch_dir("many");
    let mut jsonl = String::new();
    for i in 0..2000 {
        jsonl.push_str(&format!(
            "{{\"id\": \"j{i}\", \"source\": \"total = 0\\nfor k in range(n):\\n    total += k\\ntotal\", \"inputs\": {{\"n\": {i}}}}}\n"
        ));
    }
    let out = run_swarm(&dir, &jsonl, &["--quantum", "100"]);
    assert_eq!(out.status.code(), Some(0));
    let r = results(&out);
    assert_eq!(r.len(), 2000);
    for i in 0..2000u64 {
        assert_eq!(r[&format!("j{i}")]["result"], i * i.saturating_sub(1) / 2);
    }
}

#[test]
fn an_unreadable_file_is_a_usage_error() {
    let out = Command::new(BIN)
        .args(["swarm", "/nonexistent/jobs.jsonl"])
        .output()
        .expect("npython runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}

/// A line's tokens are checked against the key store in $NPYTHON_HOME and its gated calls go to the broker
/// (`--fs-root DIR`: tenant T's files in DIR/T/, `--audit-log`); a line's seed decides `random`.
#[test]
fn lines_carry_tokens_for_the_broker_and_seeds_for_random() {
    let dir = scratch_dir("tokens");
    let home = dir.join("home");
    let mint = Command::new(BIN)
        .args([
            "token",
            "mint",
            "--tenant",
            "acme",
            "--cap",
            "fs",
            "--expires",
            "1h",
        ])
        .env("NPYTHON_HOME", &home)
        .output()
        .expect("mints");
    assert!(
        mint.status.success(),
        "{}",
        String::from_utf8_lossy(&mint.stderr)
    );
    let token = String::from_utf8_lossy(&mint.stdout)
        .lines()
        .last()
        .expect("a token line")
        .trim()
        .to_string();
    let line = |id: &str, tenant: &str| {
        serde_json::json!({
            "id": id,
            "tenant": tenant,
            "source": "import fs\nwith scope('fs', files):\n    fs.write_text('/notes.txt', 'hi')\n    r = fs.read_text('/notes.txt')\nr\n",
            "tokens": {"files": token},
        })
        .to_string()
    };
    let seeded = |id: &str, seed: u64| {
        serde_json::json!({"id": id, "seed": seed, "source": "import random\nrandom.random()\n"})
            .to_string()
    };
    let jsonl = [
        line("acme", "acme"),
        line("intruder", "globex"),
        seeded("s1", 1),
        seeded("s1-again", 1),
        seeded("s2", 2),
        r#"{"id": "bad-token", "source": "1", "tokens": {"t": 5}}"#.to_string(),
    ]
    .join("\n");
    let file = dir.join("jobs.jsonl");
    fs::write(&file, jsonl).expect("write jobs.jsonl");
    let root = dir.join("files");
    let audit = dir.join("audit.jsonl");
    let out = Command::new(BIN)
        .arg("swarm")
        .arg(&file)
        .args(["--workers", "2", "--vms", "4", "--fs-root"])
        .arg(&root)
        .arg("--audit-log")
        .arg(&audit)
        .env("NPYTHON_HOME", &home)
        .output()
        .expect("npython swarm runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r = results(&out);
    assert_eq!(r["acme"]["status"], "ok", "{:?}", r["acme"]);
    assert_eq!(r["acme"]["result"], "hi");
    assert_eq!(
        fs::read_to_string(root.join("acme").join("notes.txt")).expect("written under DIR/acme"),
        "hi"
    );
    assert_eq!(r["intruder"]["status"], "error");
    assert_eq!(r["intruder"]["error"]["type"], "CapabilityError");
    assert!(!root.join("globex").join("notes.txt").exists());
    assert_eq!(r["s1"]["result"], r["s1-again"]["result"]);
    assert_ne!(r["s1"]["result"], r["s2"]["result"]);
    assert_eq!(r["bad-token"]["status"], "invalid");
    let audited = fs::read_to_string(&audit).expect("audit log");
    assert!(audited.lines().count() >= 2, "{audited}");
}

#[test]
fn result_lines_carry_stderr_apart_from_stdout() {
    let dir = scratch_dir("stderr");
    let jsonl = r#"{"id": "both", "source": "import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.stderr.write('more')\n1"}
{"id": "quiet", "source": "print('only out')"}
{"id": "over", "source": "import sys\nprint('12345')\nprint('12345', file=sys.stderr)", "limits": {"max_output_bytes": 10}}
"#;
    let out = run_swarm(&dir, jsonl, &[]);
    assert_eq!(out.status.code(), Some(0));
    let r = results(&out);
    assert_eq!(r["both"]["stdout"], "out\n");
    assert_eq!(r["both"]["stderr"], "err\nmore");
    assert_eq!(
        r["quiet"]["stderr"], "",
        "present and empty: {}",
        r["quiet"]
    );
    assert_eq!(r["over"]["status"], "killed");
    assert_eq!(r["over"]["limit"], "output", "the streams share the limit");
    assert_eq!(r["over"]["stdout"], "12345\n");
}
