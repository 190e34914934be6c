//! CPython-checked conformance corpus for the `npython` binary.
//!
//! Every `tests/conformance/NAME.py` is a small deterministic program whose
//! behaviour under CPython 3.11 is recorded next to it (see
//! `tests/conformance/README.md` and `regen.sh`):
//!
//! * `NAME.out` holds the exact stdout;
//! * `NAME.err` exists only for programs that end with an uncaught exception
//!   and holds the last line of CPython's stderr, e.g.
//!   `ZeroDivisionError: division by zero`.
//!
//! The tests in this file check that:
//!
//! * `conformance_corpus_matches_cpython`: `npython run [--fuel-quantum Q]
//!   NAME.py`, run from `tests/conformance` for Q in {unlimited, 100, 1},
//!   prints exactly `NAME.out` on stdout and exits with 0, or, when `NAME.err`
//!   exists, exits with 1 and has that line as the last non-empty stderr line.
//!   Running with tiny fuel quanta checks that suspending and resuming the VM
//!   never changes a program's behaviour. Every failure across all programs
//!   and quanta is collected into a single report;
//! * `expectations_are_fresh`: when `python3` is CPython 3.11.x, the committed
//!   `.out`/`.err` files still match what it prints (otherwise the test only
//!   prints a note);
//! * `corpus_has_at_least_200_programs` and `corpus_files_are_consistent`:
//!   the corpus is big enough and follows its file conventions.

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// Fuel quanta every program runs with; `None` omits `--fuel-quantum`.
const QUANTA: [Option<u32>; 3] = [None, Some(100), Some(1)];

/// The corpus must never shrink below this many programs.
const MIN_PROGRAMS: usize = 200;

/// Wall-clock limit for one run of one program.
const RUN_TIMEOUT: Duration = Duration::from_secs(60);

/// Upper bound on the number of programs run concurrently.
const MAX_THREADS: usize = 4;

/// Area prefixes a program name may start with.
const PREFIXES: [&str; 27] = [
    "int_", "float_", "str_", "list_", "dict_", "set_", "tuple_", "ops_", "cmp_", "bool_", "ctrl_",
    "loop_", "func_", "closure_", "lambda_", "comp_", "exc_", "fstring_", "slice_", "unpack_",
    "builtin_", "misc_", "err_", "fuel_", "mod_", "class_", "gen_",
];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("conformance")
}

/// Sorted file names (without directory) of everything in the corpus.
fn corpus_files() -> Vec<String> {
    let dir = corpus_dir();
    let entries = fs::read_dir(&dir)
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

/// Sorted stems of every `NAME.py` program in the corpus.
fn program_names() -> Vec<String> {
    corpus_files()
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

fn load_expectation(name: &str) -> Result<Expectation, String> {
    let dir = corpus_dir();
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
fn parallel_map<T, R, F>(items: &[T], f: F) -> Vec<R>
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

fn quantum_label(quantum: Option<u32>) -> String {
    quantum.map_or_else(|| "unlimited".to_owned(), |q| q.to_string())
}

/// Runs `NAME.py` through npython with the given fuel quantum.
fn check_npython(name: &str, quantum: Option<u32>) -> Option<String> {
    let problem = match load_expectation(name) {
        Err(e) => Some(e),
        Ok(expected) => {
            let mut command = Command::new(env!("CARGO_BIN_EXE_npython"));
            command.arg("run");
            if let Some(q) = quantum {
                command.arg("--fuel-quantum").arg(q.to_string());
            }
            command.arg(format!("{name}.py")).current_dir(corpus_dir());
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

#[test]
fn conformance_corpus_matches_cpython() {
    let names = program_names();
    assert!(
        !names.is_empty(),
        "no programs found in {}",
        corpus_dir().display()
    );
    let jobs: Vec<(&str, Option<u32>)> = names
        .iter()
        .flat_map(|name| QUANTA.iter().map(move |&q| (name.as_str(), q)))
        .collect();
    let results = parallel_map(&jobs, |&(name, quantum)| {
        check_npython(name, quantum).map(|report| (name, report))
    });
    let failures: Vec<(&str, String)> = results.into_iter().flatten().collect();
    if failures.is_empty() {
        return;
    }
    let failed_programs: BTreeSet<&str> = failures.iter().map(|&(name, _)| name).collect();
    let quanta: Vec<String> = QUANTA.iter().map(|&q| quantum_label(q)).collect();
    let reports: Vec<String> = failures.into_iter().map(|(_, report)| report).collect();
    panic!(
        "{} conformance failure(s) in {} of {} programs (fuel quanta: {}):\n\n{}\n\n\
         failing programs: {}",
        reports.len(),
        failed_programs.len(),
        names.len(),
        quanta.join(", "),
        reports.join("\n\n"),
        failed_programs.into_iter().collect::<Vec<_>>().join(" "),
    );
}

/// The `python3 --version` banner if it is CPython 3.11.x; otherwise `None`
/// after printing why the freshness check is skipped.
fn cpython_311_version() -> Option<String> {
    let output = match Command::new("python3").arg("--version").output() {
        Ok(output) => output,
        Err(e) => {
            eprintln!("note: skipping expectations_are_fresh: cannot run python3: {e}");
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
            "note: skipping expectations_are_fresh: need CPython 3.11.x, \
             `python3 --version` printed {banner:?}"
        );
        None
    }
}

/// Re-runs `NAME.py` under CPython exactly like `regen.sh` does.
fn check_fresh(name: &str) -> Option<String> {
    let problem = match load_expectation(name) {
        Err(e) => Some(e),
        Ok(expected) => {
            let mut command = Command::new("python3");
            command
                .arg(format!("{name}.py"))
                .current_dir(corpus_dir())
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

#[test]
fn expectations_are_fresh() {
    let Some(version) = cpython_311_version() else {
        return;
    };
    let names = program_names();
    let stale: Vec<String> = parallel_map(&names, |name| check_fresh(name))
        .into_iter()
        .flatten()
        .collect();
    assert!(
        stale.is_empty(),
        "{} program(s) have expectations that differ from {version}; \
         review and run tests/conformance/regen.sh:\n\n{}",
        stale.len(),
        stale.join("\n\n"),
    );
}

#[test]
fn corpus_has_at_least_200_programs() {
    let count = program_names().len();
    assert!(
        count >= MIN_PROGRAMS,
        "the conformance corpus has {count} programs, expected at least {MIN_PROGRAMS}"
    );
}

#[test]
fn corpus_files_are_consistent() {
    let files = corpus_files();
    let programs: BTreeSet<String> = program_names().into_iter().collect();
    let mut problems = Vec::new();
    for file in &files {
        let stem = file
            .strip_suffix(".out")
            .or_else(|| file.strip_suffix(".err"));
        if let Some(stem) = stem {
            if !programs.contains(stem) {
                problems.push(format!("{file}: no matching {stem}.py"));
            }
        }
    }
    let dir = corpus_dir();
    for name in &programs {
        if !PREFIXES.iter().any(|prefix| name.starts_with(prefix)) {
            problems.push(format!("{name}.py: name has no known area prefix"));
        }
        let source = fs::read_to_string(dir.join(format!("{name}.py")))
            .unwrap_or_else(|e| panic!("cannot read {name}.py: {e}"));
        if !source.starts_with("# ") {
            problems.push(format!(
                "{name}.py: must start with a one-line `# ...` comment"
            ));
        }
        if !dir.join(format!("{name}.out")).exists() {
            problems.push(format!("{name}.py: missing {name}.out"));
        }
        let err_path = dir.join(format!("{name}.err"));
        let is_err_program = name.starts_with("err_");
        match fs::read_to_string(&err_path) {
            Ok(text) => {
                if !is_err_program {
                    problems.push(format!(
                        "{name}.err: only err_ programs may end with an uncaught exception"
                    ));
                }
                let body = text.strip_suffix('\n').unwrap_or(&text);
                if body.trim().is_empty() || body.contains('\n') || !text.ends_with('\n') {
                    problems.push(format!(
                        "{name}.err: must be exactly one non-empty line ending in a newline, \
                         found {text:?}"
                    ));
                }
            }
            Err(_) if is_err_program => {
                problems.push(format!("{name}.py: err_ programs need a {name}.err"));
            }
            Err(_) => {}
        }
    }
    assert!(
        problems.is_empty(),
        "conformance corpus convention violations:\n  {}",
        problems.join("\n  ")
    );
}
