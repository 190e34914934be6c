//! The harness shared by the CPython-checked corpora (tests/conformance, tests/agent_tasks): each program
//! `NAME.py` has CPython 3.11's stdout in `NAME.out` (and, for programs that end with an uncaught
//! exception, the last stderr line in `NAME.err`); the harness runs programs through the real `npython`
//! binary at a fuel quantum, or through `python3` to check that the recorded expectations are fresh.

#![allow(dead_code)]

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// Fuel quanta every program runs with; `None` omits `--fuel-quantum`.
pub const QUANTA: [Option<u32>; 3] = [None, Some(100), Some(1)];

/// Wall-clock limit for one run of one program.
const RUN_TIMEOUT: Duration = Duration::from_secs(60);

/// Upper bound on the number of programs run concurrently.
const MAX_THREADS: usize = 4;

/// Sorted file names (without directory) of everything in a corpus directory.
pub fn corpus_files(dir: &Path) -> Vec<String> {
    let entries = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read corpus directory {}: {e}", dir.display()));
    let mut names: Vec<String> = entries
        .map(|entry| {
            entry
                .expect("cannot read a corpus directory entry")
                .file_name()
                .into_string()
                .expect("corpus file names must be UTF-8")
        })
        .collect();
    names.sort();
    names
}

/// Sorted stems of every `NAME.py` program in a corpus directory.
pub fn program_names(dir: &Path) -> Vec<String> {
    corpus_files(dir)
        .into_iter()
        .filter_map(|file| file.strip_suffix(".py").map(str::to_owned))
        .collect()
}

/// What CPython recorded for one program.
struct Expectation {
    stdout: String,
    /// Last stderr line, for programs that end with an uncaught exception.
    error_line: Option<String>,
}

fn load_expectation(dir: &Path, name: &str) -> Result<Expectation, String> {
    let out_path = dir.join(format!("{name}.out"));
    let stdout = fs::read_to_string(&out_path)
        .map_err(|e| format!("cannot read {}: {e}", out_path.display()))?;
    let err_path = dir.join(format!("{name}.err"));
    let error_line = if err_path.exists() {
        let text = fs::read_to_string(&err_path)
            .map_err(|e| format!("cannot read {}: {e}", err_path.display()))?;
        Some(text.trim_end().to_owned())
    } else {
        None
    };
    Ok(Expectation { stdout, error_line })
}

/// Captured result of one process run.
struct RunOutput {
    /// Exit code; `None` if the process was killed by a signal.
    code: Option<i32>,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

/// Reads a child's pipe to the end on a separate thread so that neither
/// stdout nor stderr can fill up and block the child.
fn spawn_reader<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            // A read error only truncates the captured output, which the
            // comparison will then report.
            let _ = pipe.read_to_end(&mut buf);
        }
        buf
    })
}

/// Runs `command` with piped output, killing it after `RUN_TIMEOUT`.
fn run_with_timeout(command: &mut Command) -> Result<RunOutput, String> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot spawn {command:?}: {e}"))?;
    let stdout_reader = spawn_reader(child.stdout.take());
    let stderr_reader = spawn_reader(child.stderr.take());
    let deadline = Instant::now() + RUN_TIMEOUT;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                timed_out = true;
                let _ = child.kill();
                break child
                    .wait()
                    .map_err(|e| format!("cannot wait for {command:?}: {e}"))?;
            }
            Ok(None) => thread::sleep(Duration::from_millis(2)),
            Err(e) => {
                let _ = child.kill();
                return Err(format!("cannot wait for {command:?}: {e}"));
            }
        }
    };
    let stdout = stdout_reader.join().expect("stdout reader thread panicked");
    let stderr = stderr_reader.join().expect("stderr reader thread panicked");
    Ok(RunOutput {
        code: status.code(),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        timed_out,
    })
}

/// Maps `f` over `items` on a few worker threads, preserving order.
pub fn parallel_map<T, R, F>(items: &[T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = thread::available_parallelism()
        .map_or(2, std::num::NonZeroUsize::get)
        .clamp(2, MAX_THREADS)
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<R>> = items.iter().map(|_| None).collect();
    thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(index) else {
                            break;
                        };
                        done.push((index, f(item)));
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            for (index, result) in worker.join().expect("worker thread panicked") {
                results[index] = Some(result);
            }
        }
    });
    results
        .into_iter()
        .map(|result| result.expect("every item was processed"))
        .collect()
}

fn last_nonempty_line(text: &str) -> Option<&str> {
    text.lines()
        .rev()
        .map(str::trim_end)
        .find(|line| !line.is_empty())
}

fn describe_code(code: Option<i32>) -> String {
    code.map_or_else(|| "none (killed by a signal)".to_owned(), |c| c.to_string())
}

/// The last few stderr lines, indented, to explain an unexpected exit code.
fn stderr_tail(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    if lines.is_empty() {
        return "\n    stderr: <empty>".to_owned();
    }
    let start = lines.len().saturating_sub(5);
    let mut tail = String::from("\n    stderr (last lines):");
    for line in &lines[start..] {
        tail.push_str("\n      ");
        tail.push_str(line);
    }
    tail
}

/// Describes the first line where `actual` stdout departs from `expected`.
fn describe_stdout_diff(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let expected_lines: Vec<&str> = expected.split_inclusive('\n').collect();
    let actual_lines: Vec<&str> = actual.split_inclusive('\n').collect();
    let index = expected_lines
        .iter()
        .zip(&actual_lines)
        .position(|(e, a)| e != a)
        .unwrap_or_else(|| expected_lines.len().min(actual_lines.len()));
    let show = |lines: &[&str]| {
        lines
            .get(index)
            .map_or_else(|| "<end of output>".to_owned(), |line| format!("{line:?}"))
    };
    Some(format!(
        "stdout differs at line {}:\n    expected: {}\n    actual:   {}\n    \
         (expected {} lines, got {})",
        index + 1,
        show(&expected_lines),
        show(&actual_lines),
        expected_lines.len(),
        actual_lines.len(),
    ))
}

/// Checks one run against the recorded expectation; `None` means it conforms.
fn compare(expected: &Expectation, actual: &RunOutput) -> Option<String> {
    let mut problems = Vec::new();
    if actual.timed_out {
        problems.push(format!("timed out after {}s", RUN_TIMEOUT.as_secs()));
    }
    if let Some(diff) = describe_stdout_diff(&expected.stdout, &actual.stdout) {
        problems.push(diff);
    }
    match &expected.error_line {
        Some(line) => {
            if actual.code != Some(1) {
                problems.push(format!(
                    "exit code: expected 1 (uncaught exception), got {}",
                    describe_code(actual.code),
                ));
            }
            let last = last_nonempty_line(&actual.stderr);
            if last != Some(line.as_str()) {
                problems.push(format!(
                    "last stderr line differs:\n    expected: {line:?}\n    actual:   {}",
                    last.map_or_else(|| "<no stderr>".to_owned(), |l| format!("{l:?}")),
                ));
            }
        }
        None => {
            if actual.code != Some(0) {
                problems.push(format!(
                    "exit code: expected 0, got {}{}",
                    describe_code(actual.code),
                    stderr_tail(&actual.stderr),
                ));
            }
        }
    }
    if problems.is_empty() {
        None
    } else {
        Some(problems.join("\n  "))
    }
}

pub fn quantum_label(quantum: Option<u32>) -> String {
    quantum.map_or_else(|| "unlimited".to_owned(), |q| q.to_string())
}

/// Runs `NAME.py` through npython with the given fuel quantum; None when it behaves as CPython did.
pub fn check_npython(dir: &Path, name: &str, quantum: Option<u32>) -> Option<String> {
    let problem = match load_expectation(dir, name) {
        Err(e) => Some(e),
        Ok(expected) => {
            let mut command = Command::new(env!("CARGO_BIN_EXE_npython"));
            command.arg("run");
            if let Some(q) = quantum {
                command.arg("--fuel-quantum").arg(q.to_string());
            }
            command.arg(format!("{name}.py")).current_dir(dir);
            match run_with_timeout(&mut command) {
                Err(e) => Some(e),
                Ok(actual) => compare(&expected, &actual),
            }
        }
    };
    problem.map(|p| {
        format!(
            "--- {name}.py [fuel quantum: {}]\n  {p}",
            quantum_label(quantum)
        )
    })
}

/// The `python3 --version` banner if it is CPython 3.11.x; otherwise `None`
/// after printing why the freshness check is skipped.
pub fn cpython_311_version() -> Option<String> {
    let output = match Command::new("python3").arg("--version").output() {
        Ok(output) => output,
        Err(e) => {
            eprintln!("note: skipping the freshness check: cannot run python3: {e}");
            return None;
        }
    };
    let banner = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let banner = banner.trim().to_owned();
    if output.status.success() && banner.starts_with("Python 3.11.") {
        Some(banner)
    } else {
        eprintln!(
            "note: skipping the freshness check: need CPython 3.11.x, \
             `python3 --version` printed {banner:?}"
        );
        None
    }
}

/// Re-runs `NAME.py` under CPython exactly like `regen.sh` does.
pub fn check_fresh(dir: &Path, name: &str) -> Option<String> {
    let problem = match load_expectation(dir, name) {
        Err(e) => Some(e),
        Ok(expected) => {
            let mut command = Command::new("python3");
            command
                .arg(format!("{name}.py"))
                .current_dir(dir)
                .env("PYTHONHASHSEED", "0")
                .env("PYTHONIOENCODING", "utf-8");
            match run_with_timeout(&mut command) {
                Err(e) => Some(e),
                Ok(actual) => compare(&expected, &actual),
            }
        }
    };
    problem.map(|p| format!("--- {name}.py (committed expectation vs python3 now)\n  {p}"))
}
