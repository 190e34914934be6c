//! Side-by-side wall-clock benchmark: nPython versus CPython.
//!
//! For every program in `benches/py/*.py` (sorted by name) this runs
//! `npython run FILE` and `python3 FILE` alternately, `NPY_BENCH_RUNS` times
//! each (default 5), and records the best and the median wall time of the whole
//! process (start-up included, for both engines). The two standard outputs must
//! be identical: a program whose outputs differ is reported as `MISMATCH` and
//! left out of the speedup figures. The result is a Markdown table with the
//! speedup (CPython best / nPython best; above 1 means nPython is faster), the
//! geometric-mean speedup, the machine (`nproc`, CPU model) and the CPython
//! version, ready to paste into BENCHMARKS.md.
//!
//! Run it with:
//!
//! ```text
//! cargo bench --bench versus_cpython
//! cargo bench --bench versus_cpython -- nbody      # only programs whose name contains "nbody"
//! NPY_BENCH_RUNS=11 cargo bench --bench versus_cpython
//! ```
//!
//! Environment: `NPY_BENCH_RUNS` (runs per engine and program, default 5),
//! `NPY_BENCH_TIMEOUT` (seconds before one run is killed, default 120),
//! `NPY_BENCH_PYTHON` (the CPython command, default `python3`).
//! If CPython cannot be started, nPython is timed alone.
//! The table goes to stdout; progress goes to stderr.

use std::env;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

const NPYTHON: &str = env!("CARGO_BIN_EXE_npython");
const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
const DEFAULT_RUNS: usize = 5;
const DEFAULT_TIMEOUT_SECS: u64 = 120;

/// Outcome of one process run.
struct RunOutput {
    elapsed: Duration,
    stdout: String,
}

/// What went wrong with one process run.
enum RunError {
    Spawn(String),
    Timeout(Duration),
    Failed { status: ExitStatus, stderr: String },
}

impl RunError {
    fn describe(&self) -> String {
        match self {
            RunError::Spawn(msg) => format!("could not start: {msg}"),
            RunError::Timeout(limit) => format!("timed out after {} s", limit.as_secs()),
            RunError::Failed { status, stderr } => {
                let last = stderr
                    .lines()
                    .rev()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("")
                    .trim();
                format!("{status}: {}", truncate(last, 160))
            }
        }
    }
}

/// Timings of one engine on one program.
#[derive(Default)]
struct EngineResult {
    times: Vec<Duration>,
    stdout: Option<String>,
    /// Set when some run produced a stdout different from the first run's.
    unstable: bool,
    error: Option<String>,
}

impl EngineResult {
    fn record(&mut self, result: Result<RunOutput, RunError>) {
        match result {
            Ok(out) => {
                self.times.push(out.elapsed);
                match &self.stdout {
                    None => self.stdout = Some(out.stdout),
                    Some(first) if *first != out.stdout => self.unstable = true,
                    Some(_) => {}
                }
            }
            Err(e) => self.error = Some(e.describe()),
        }
    }

    fn ok(&self) -> bool {
        self.error.is_none() && !self.times.is_empty()
    }

    fn best_ms(&self) -> Option<f64> {
        self.times.iter().min().map(|d| ms(*d))
    }

    fn median_ms(&self) -> Option<f64> {
        let mut v: Vec<f64> = self.times.iter().map(|d| ms(*d)).collect();
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        let n = v.len();
        Some(if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        })
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn truncate(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max_chars).collect();
        t.push('…');
        t
    }
}

/// Runs `program args...` to completion, timing it from spawn to exit.
///
/// Stdout and stderr are drained on helper threads so that a chatty program
/// cannot block on a full pipe; the timer stops when the child is reaped.
fn run_once(program: &str, args: &[&str], timeout: Duration) -> Result<RunOutput, RunError> {
    let start = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| RunError::Spawn(format!("{program}: {e}")))?;

    let mut out_pipe = child
        .stdout
        .take()
        .expect("child stdout was requested as piped");
    let mut err_pipe = child
        .stderr
        .take()
        .expect("child stderr was requested as piped");
    let (tx, rx) = mpsc::channel();
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let res = out_pipe.read_to_end(&mut buf).map(|_| buf);
        // The receiver may be gone after a timeout; nothing to do then.
        let _ = tx.send(res);
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });

    // Stdout reaches end-of-file when the child exits (or closes it).
    let stdout = match rx.recv_timeout(timeout) {
        Ok(res) => res,
        Err(_) => {
            let _ = child.kill();
            let _ = child.wait();
            // The reader threads are not joined: a grandchild may still hold
            // the pipes open. They end on their own when the pipes close.
            drop((out_reader, err_reader));
            return Err(RunError::Timeout(timeout));
        }
    };
    let status = child.wait();
    let elapsed = start.elapsed();
    let _ = out_reader.join();
    let stderr = err_reader.join().unwrap_or_default();

    let status = status.map_err(|e| RunError::Spawn(format!("waiting for {program}: {e}")))?;
    let stdout =
        stdout.map_err(|e| RunError::Spawn(format!("reading stdout of {program}: {e}")))?;
    if !status.success() {
        return Err(RunError::Failed {
            status,
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        });
    }
    Ok(RunOutput {
        elapsed,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
    })
}

fn env_number<T: std::str::FromStr + PartialOrd + Copy + std::fmt::Display>(
    name: &str,
    default: T,
    min: T,
) -> T {
    match env::var(name) {
        Ok(s) => match s.trim().parse::<T>() {
            Ok(v) if v >= min => v,
            _ => {
                eprintln!(
                    "warning: ignoring {name}={s:?} (want a number >= {min}); using {default}"
                );
                default
            }
        },
        Err(_) => default,
    }
}

fn nproc() -> String {
    if let Ok(out) = Command::new("nproc").output() {
        if out.status.success() {
            let s = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if !s.is_empty() {
                return s;
            }
        }
    }
    thread::available_parallelism()
        .map(|n| n.get().to_string())
        .unwrap_or_else(|_| "unknown".to_string())
}

fn cpu_model() -> String {
    fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".to_string())
}

/// Returns the CPython version string, or `None` if it cannot be run.
fn python_version(python: &str) -> Option<String> {
    let out = Command::new(python)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    // Python 2 printed its version on stderr.
    let text = if out.stdout.is_empty() {
        out.stderr
    } else {
        out.stdout
    };
    Some(String::from_utf8_lossy(&text).trim().to_string())
}

fn find_programs(dir: &Path, filters: &[String]) -> Vec<PathBuf> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", dir.display());
            std::process::exit(2);
        }
    };
    let mut programs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| {
            let name = program_name(p);
            filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
        })
        .collect();
    programs.sort();
    programs
}

fn program_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// First line where the two outputs differ, for the mismatch report.
fn first_difference(a: &str, b: &str) -> String {
    let mut al = a.lines();
    let mut bl = b.lines();
    let mut line = 1;
    loop {
        match (al.next(), bl.next()) {
            (Some(x), Some(y)) if x == y => line += 1,
            (None, None) => return "outputs differ only in trailing newlines".to_string(),
            (x, y) => {
                return format!(
                    "line {line}: CPython {:?} vs nPython {:?}",
                    truncate(x.unwrap_or("<end of output>"), 80),
                    truncate(y.unwrap_or("<end of output>"), 80)
                )
            }
        }
    }
}

fn fmt_ms(v: Option<f64>) -> String {
    v.map(|x| format!("{x:.1}"))
        .unwrap_or_else(|| "—".to_string())
}

fn geomean(ratios: &[f64]) -> Option<f64> {
    if ratios.is_empty() {
        return None;
    }
    let mean_ln = ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64;
    Some(mean_ln.exp())
}

fn main() {
    // `cargo bench` passes `--bench`; any other flag is ignored as well.
    let filters: Vec<String> = env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let runs: usize = env_number("NPY_BENCH_RUNS", DEFAULT_RUNS, 1);
    let timeout = Duration::from_secs(env_number("NPY_BENCH_TIMEOUT", DEFAULT_TIMEOUT_SECS, 1));
    let python = env::var("NPY_BENCH_PYTHON").unwrap_or_else(|_| "python3".to_string());

    let dir = Path::new(MANIFEST_DIR).join("benches").join("py");
    let programs = find_programs(&dir, &filters);
    if programs.is_empty() {
        eprintln!("no programs in {} match {filters:?}", dir.display());
        std::process::exit(1);
    }

    let py_version = python_version(&python);
    if py_version.is_none() {
        eprintln!("warning: `{python}` is not available; timing nPython alone");
    }

    let mut rows = Vec::new();
    for path in &programs {
        let name = program_name(path);
        let file = path.to_string_lossy().into_owned();
        eprint!("{name}: ");
        let mut npy = EngineResult::default();
        let mut cpy = EngineResult::default();
        for i in 0..runs {
            // Alternate which engine goes first so neither always runs on a
            // cache or frequency state left behind by the other.
            let order: [bool; 2] = if i % 2 == 0 {
                [true, false]
            } else {
                [false, true]
            };
            for is_npy in order {
                if is_npy {
                    if npy.error.is_none() {
                        npy.record(run_once(NPYTHON, &["run", &file], timeout));
                    }
                } else if py_version.is_some() && cpy.error.is_none() {
                    cpy.record(run_once(&python, &[&file], timeout));
                }
            }
            eprint!(".");
        }
        eprintln!();
        rows.push((name, cpy, npy));
    }

    println!("## nPython vs CPython: wall time per program\n");
    println!(
        "Machine: {} CPU(s) (`nproc`), {}. CPython: {}. Runs per engine: {runs} \
         (best and median of whole-process wall time, start-up included).\n",
        nproc(),
        cpu_model(),
        py_version.as_deref().unwrap_or("not available"),
    );

    let mut notes = Vec::new();
    if py_version.is_some() {
        println!(
            "| program | CPython best (ms) | nPython best (ms) | CPython median | nPython median | speedup (CPython/nPython) |"
        );
        println!("|---|---:|---:|---:|---:|---:|");
        let mut best_ratios = Vec::new();
        let mut median_ratios = Vec::new();
        for (name, cpy, npy) in &rows {
            let verdict = if let Some(e) = &cpy.error {
                notes.push(format!("{name}: CPython failed: {e}"));
                "CPython FAILED".to_string()
            } else if let Some(e) = &npy.error {
                notes.push(format!("{name}: nPython failed: {e}"));
                "nPython FAILED".to_string()
            } else if cpy.unstable || npy.unstable {
                notes.push(format!("{name}: output changes from run to run"));
                "UNSTABLE".to_string()
            } else {
                let (c_out, n_out) = (cpy.stdout.as_deref(), npy.stdout.as_deref());
                match (c_out, n_out) {
                    (Some(c), Some(n)) if c == n => {
                        match (
                            cpy.best_ms(),
                            npy.best_ms(),
                            cpy.median_ms(),
                            npy.median_ms(),
                        ) {
                            (Some(cb), Some(nb), Some(cm), Some(nm)) if nb > 0.0 && nm > 0.0 => {
                                best_ratios.push(cb / nb);
                                median_ratios.push(cm / nm);
                                format!("{:.2}x", cb / nb)
                            }
                            _ => "—".to_string(),
                        }
                    }
                    (Some(c), Some(n)) => {
                        notes.push(format!("{name}: MISMATCH, {}", first_difference(c, n)));
                        "MISMATCH".to_string()
                    }
                    _ => "—".to_string(),
                }
            };
            println!(
                "| {name} | {} | {} | {} | {} | {verdict} |",
                fmt_ms(cpy.best_ms()),
                fmt_ms(npy.best_ms()),
                fmt_ms(cpy.median_ms()),
                fmt_ms(npy.median_ms()),
            );
        }
        println!();
        match (geomean(&best_ratios), geomean(&median_ratios)) {
            (Some(b), Some(m)) => println!(
                "Geometric-mean speedup (CPython/nPython) over {} of {} programs: {b:.2}x on best times, {m:.2}x on medians.",
                best_ratios.len(),
                rows.len()
            ),
            _ => println!(
                "Geometric-mean speedup: n/a (no program ran on both engines with identical output)."
            ),
        }
    } else {
        println!("CPython (`{python}`) not available: nPython timed alone.\n");
        println!("| program | nPython best (ms) | nPython median (ms) | status |");
        println!("|---|---:|---:|---|");
        for (name, _, npy) in &rows {
            let status = match &npy.error {
                Some(e) => {
                    notes.push(format!("{name}: nPython failed: {e}"));
                    "FAILED"
                }
                None if npy.unstable => "UNSTABLE",
                None if npy.ok() => "ok",
                None => "—",
            };
            println!(
                "| {name} | {} | {} | {status} |",
                fmt_ms(npy.best_ms()),
                fmt_ms(npy.median_ms()),
            );
        }
    }

    if !notes.is_empty() {
        println!("\nNotes:");
        for n in &notes {
            println!("- {n}");
        }
    }
}
