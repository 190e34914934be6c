//! The hostile-input corpus: every `tests/hostile/*.py` runs through the real `npython` binary twice, once
//! with the engine's default limits and once with tight ones, and must end with the outcome its first line
//! requires (`# expect: error <Type>`, `# expect: killed <limit>`, `# expect: invalid` or `# expect: ok`).
//!
//! Scripts that need a deadline (`killed time`) get `--timeout-ms 2000` in the default run and
//! `--timeout-ms 300` in the tight run; the tight run keeps the default instruction budget for them, since
//! otherwise fuel would always end them first. Every process has a 60 s watchdog. Whatever the expectation,
//! a run fails if the process dies from a signal, exits 4 (internal error) or with an undocumented code,
//! or prints `ESCAPED` (the marker scripts print when an escape attempt succeeded). Scripts under
//! `tests/hostile/known_bugs/` document engine bugs and are not run. All failures are reported together.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_npython");
const WATCHDOG: Duration = Duration::from_secs(60);
const WORKERS: usize = 3;

/// The tight limits of the second run.
const TIGHT: &[&str] = &[
    "--max-instructions",
    "2000000",
    "--max-memory",
    "16000000",
    "--max-output",
    "100000",
    "--timeout-ms",
    "2000",
];

/// The tight run of a `killed time` script: no instruction cap, a short deadline.
const TIGHT_TIME: &[&str] = &[
    "--max-memory",
    "16000000",
    "--max-output",
    "100000",
    "--timeout-ms",
    "300",
];

/// What a script's header requires.
#[derive(Clone, Debug, PartialEq)]
enum Expect {
    Ok,
    Invalid,
    Error(String),
    Killed(String),
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("hostile")
}

/// Parses the first line of a script.
fn parse_header(text: &[u8]) -> Result<Expect, String> {
    let first = text.split(|&b| b == b'\n').next().unwrap_or_default();
    let first = String::from_utf8_lossy(first);
    let rest = first
        .trim_end()
        .strip_prefix("# expect: ")
        .ok_or_else(|| format!("first line is not `# expect: ...`: {first:?}"))?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    match words.as_slice() {
        ["ok"] => Ok(Expect::Ok),
        ["invalid"] => Ok(Expect::Invalid),
        ["error", ty] => Ok(Expect::Error((*ty).to_string())),
        ["killed", limit @ ("instructions" | "memory" | "time" | "output")] => {
            Ok(Expect::Killed((*limit).to_string()))
        }
        _ => Err(format!("unknown expectation {rest:?}")),
    }
}

/// What one process did.
struct Outcome {
    status: Option<ExitStatus>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

/// Runs `npython run ARGS FILE` from the corpus directory under a watchdog.
fn run(file: &str, args: &[&str]) -> Result<Outcome, String> {
    let start = Instant::now();
    let mut child: Child = Command::new(BIN)
        .arg("run")
        .args(args)
        .arg(file)
        .current_dir(corpus_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot spawn npython: {e}"))?;
    let out = drain(child.stdout.take().expect("stdout is piped"));
    let err = drain(child.stderr.take().expect("stderr is piped"));
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > WATCHDOG => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("cannot wait for npython: {e}")),
        }
    };
    let stdout = String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    Ok(Outcome {
        status,
        stdout,
        stderr,
        elapsed: start.elapsed(),
    })
}

/// Checks one run against the expectation; `Err` describes what went wrong.
fn check(expect: &Expect, out: &Outcome) -> Result<(), String> {
    let Some(status) = out.status else {
        return Err(format!(
            "watchdog: still running after {WATCHDOG:?}, killed"
        ));
    };
    let Some(code) = status.code() else {
        return Err(format!("process ended by a signal ({status})"));
    };
    if !(0..=4).contains(&code) {
        return Err(format!("undocumented exit code {code}"));
    }
    if code == 4 {
        return Err("internal error (exit 4)".to_string());
    }
    if out.stdout.contains("ESCAPED") {
        return Err("the script printed ESCAPED: an escape attempt succeeded".to_string());
    }
    let last = out
        .stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    let (want_code, ok) = match expect {
        Expect::Ok => (0, true),
        // A compile error (or unreadable source) is reported by a line starting with `npython: `.
        Expect::Invalid => (2, last.starts_with("npython: ")),
        Expect::Error(ty) => (
            1,
            last.strip_prefix(ty.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(':')),
        ),
        Expect::Killed(limit) => (3, out.stderr.contains(&format!("(limit: {limit};"))),
    };
    if code != want_code || !ok {
        return Err(format!("exit {code}, last stderr line {last:?}"));
    }
    Ok(())
}

/// One script's two runs; returns the failures, each as one line.
fn run_script(path: &Path) -> Vec<String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = match fs::read(path) {
        Ok(t) => t,
        Err(e) => return vec![format!("{name}: cannot read: {e}")],
    };
    let expect = match parse_header(&text) {
        Ok(e) => e,
        Err(e) => return vec![format!("{name}: {e}")],
    };
    let timed = expect == Expect::Killed("time".to_string());
    let default_args: &[&str] = if timed {
        &["--timeout-ms", "2000"]
    } else {
        &[]
    };
    let tight_args = if timed { TIGHT_TIME } else { TIGHT };
    let mut failures = Vec::new();
    for (label, args) in [("default", default_args), ("tight", tight_args)] {
        match run(&name, args) {
            Ok(out) => {
                if let Err(e) = check(&expect, &out) {
                    failures.push(format!(
                        "{name} [{label} limits, {:.1?}]: expected {expect:?}, got {e}",
                        out.elapsed
                    ));
                }
            }
            Err(e) => failures.push(format!("{name} [{label} limits]: {e}")),
        }
    }
    failures
}

#[test]
fn hostile_corpus() {
    let mut scripts: Vec<PathBuf> = fs::read_dir(corpus_dir())
        .expect("cannot list tests/hostile")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "py"))
        .collect();
    scripts.sort();
    assert!(
        scripts.len() >= 80,
        "the corpus has only {} scripts",
        scripts.len()
    );
    let total = scripts.len();
    let queue = Mutex::new(scripts);
    let failures = Mutex::new(Vec::new());
    thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                let next = queue.lock().expect("queue lock").pop();
                let Some(path) = next else { break };
                let found = run_script(&path);
                failures.lock().expect("failures lock").extend(found);
            });
        }
    });
    let mut failures = failures.into_inner().expect("failures lock");
    failures.sort();
    assert!(
        failures.is_empty(),
        "{} of {total} hostile scripts failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
