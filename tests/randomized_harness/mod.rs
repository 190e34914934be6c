//! Shared by the randomized differential tests (`tests/randomized.rs`, `tests/randomized_objects.rs`): running
//! a program on the VM at several fuel quanta, a persistent CPython 3.11 process that `exec`s programs, and the
//! check that compares them.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::OnceLock;

use npython::{compile, Engine, JobError, Limits, RunOutcome};

pub fn env_parse<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

// ---------------------------------------------------------------------------------------------------------
// Running on nPython.

pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new().expect("the prelude compiles"))
}

pub fn limits() -> Limits {
    Limits {
        max_instructions: 2_000_000,
        max_memory_bytes: 64 << 20,
        max_output_bytes: 1 << 20,
        max_depth: 1000,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Finished(String),
    /// Type name, message, traceback lines.
    Raised(String, String, Vec<u32>),
    Killed(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub outcome: Outcome,
    pub stdout: String,
    pub instructions: u64,
}

pub fn run_npython(program: &std::sync::Arc<npython::bytecode::Program>, quantum: u64) -> Report {
    let mut vm = engine().new_vm(limits()).expect("a fresh VM");
    vm.load(program.clone());
    let mut stdout = Vec::new();
    let outcome = loop {
        let step = vm.run(quantum);
        stdout.extend_from_slice(&vm.take_output());
        match step {
            RunOutcome::Yielded => continue,
            other => break other,
        }
    };
    let outcome = match outcome {
        RunOutcome::Finished(v) => {
            Outcome::Finished(vm.repr(v).unwrap_or_else(|_| "<repr failed>".into()))
        }
        RunOutcome::Raised(e) => Outcome::Raised(
            e.type_name.clone(),
            e.message.clone(),
            e.traceback.iter().map(|t| t.line).collect(),
        ),
        RunOutcome::Killed(JobError::Limit(l)) => Outcome::Killed(l.name().to_string()),
        RunOutcome::Killed(JobError::Internal(m)) => Outcome::Killed(format!("internal: {m}")),
        RunOutcome::Yielded => Outcome::Killed("yielded".into()),
        // Generated programs import nothing, so nothing blocks.
        RunOutcome::Blocked(req) => Outcome::Killed(format!("blocked: {req:?}")),
    };
    Report {
        outcome,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        instructions: vm.instructions(),
    }
}

// ---------------------------------------------------------------------------------------------------------
// CPython, as one persistent process that `exec`s each program it reads (one JSON string per line).

pub const HARNESS: &str = r#"
import sys, json, io, contextlib
sys.stdout.write(json.dumps(list(sys.version_info[:2])) + "\n")
sys.stdout.flush()
for line in sys.stdin:
    src = json.loads(line)
    buf = io.StringIO()
    err = None
    try:
        code = compile(src, "gen.py", "exec")
        with contextlib.redirect_stdout(buf):
            exec(code, {"__name__": "__main__"})
    except BaseException as e:
        err = [type(e).__name__, str(e)]
    sys.stdout.write(json.dumps({"out": buf.getvalue(), "err": err}) + "\n")
    sys.stdout.flush()
"#;

pub struct Python {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Python {
    /// Starts CPython 3.11, or explains why the comparison is skipped.
    pub fn start() -> Result<Python, String> {
        let cmd = std::env::var("NPY_RANDOM_PYTHON").unwrap_or_else(|_| "python3".into());
        if cmd.is_empty() {
            return Err("NPY_RANDOM_PYTHON is empty".into());
        }
        let mut child = Command::new(&cmd)
            .args(["-c", HARNESS])
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {cmd}: {e}"))?;
        let stdin = child.stdin.take().ok_or("no stdin")?;
        let mut stdout = BufReader::new(child.stdout.take().ok_or("no stdout")?);
        let mut first = String::new();
        stdout
            .read_line(&mut first)
            .map_err(|e| format!("{cmd}: {e}"))?;
        let version: Vec<u32> = serde_json::from_str(first.trim()).unwrap_or_default();
        let mut py = Python {
            child,
            stdin,
            stdout,
        };
        if version != [3, 11] {
            py.stop();
            return Err(format!(
                "{cmd} is version {version:?}, expectations are for CPython 3.11"
            ));
        }
        Ok(py)
    }

    /// Runs one program: its stdout, and the uncaught exception's type and message if any.
    pub fn run(&mut self, source: &str) -> Result<(String, Option<(String, String)>), String> {
        let line = serde_json::to_string(source).map_err(|e| e.to_string())?;
        writeln!(self.stdin, "{line}").map_err(|e| format!("python3 stdin: {e}"))?;
        self.stdin.flush().map_err(|e| e.to_string())?;
        let mut reply = String::new();
        self.stdout
            .read_line(&mut reply)
            .map_err(|e| format!("python3 stdout: {e}"))?;
        let v: serde_json::Value =
            serde_json::from_str(&reply).map_err(|e| format!("python3 reply {reply:?}: {e}"))?;
        let out = v["out"].as_str().unwrap_or_default().to_string();
        let err = v["err"].as_array().map(|a| {
            (
                a[0].as_str().unwrap_or_default().to_string(),
                a[1].as_str().unwrap_or_default().to_string(),
            )
        });
        Ok((out, err))
    }

    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------------------------------
// The property.

#[derive(Default, Debug)]
pub struct Stats {
    pub cases: u32,
    pub compile_errors: u32,
    pub finished: u32,
    pub raised: u32,
    pub killed: u32,
    pub compared: u32,
}

/// Checks one program; `Err` says which invariant broke.
pub fn check(
    source: &str,
    quantum: u64,
    python: &mut Option<Python>,
    stats: &mut Stats,
) -> Result<(), String> {
    stats.cases += 1;
    let compiled = compile(source, "gen.py");
    let Some(program) = compiled.program else {
        stats.compile_errors += 1;
        let msgs: Vec<String> = compiled
            .diagnostics
            .iter()
            .map(|d| format!("{}:{}: {}", d.line, d.col, d.message))
            .collect();
        return Err(format!("does not compile: {}", msgs.join("; ")));
    };
    let whole = run_npython(&program, u64::MAX);
    if let Outcome::Killed(why) = &whole.outcome {
        if why.starts_with("internal") || why == "yielded" {
            return Err(format!("engine failure: {why}"));
        }
    }
    for q in [1, quantum] {
        let stepped = run_npython(&program, q);
        if stepped != whole {
            return Err(format!(
                "quantum {q} differs from one quantum:\n  quantum {q}: {stepped:?}\n  unlimited: {whole:?}"
            ));
        }
    }
    match &whole.outcome {
        Outcome::Finished(_) => stats.finished += 1,
        Outcome::Raised(..) => stats.raised += 1,
        Outcome::Killed(_) => {
            stats.killed += 1;
            return Ok(());
        }
    }
    let Some(py) = python.as_mut() else {
        return Ok(());
    };
    let (out, err) = py.run(source)?;
    stats.compared += 1;
    let ours = match &whole.outcome {
        Outcome::Raised(t, m, _) => Some((t.clone(), m.clone())),
        _ => None,
    };
    if out != whole.stdout || err != ours {
        return Err(format!(
            "differs from CPython:\n--- CPython stdout ---\n{out}--- nPython stdout ---\n{}\
             --- CPython error: {err:?}\n--- nPython error: {ours:?}",
            whole.stdout
        ));
    }
    Ok(())
}

/// Runs `generate` over `cases` random choice lists of up to `max_choices` numbers and fails on the first
/// program that does not compile: the generators must write only programs nPython accepts.
pub fn assert_generated_programs_compile(
    generate: fn(&[u32]) -> String,
    seed: u64,
    cases: u32,
    max_choices: usize,
) {
    use proptest::collection::vec;
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngSeed, TestRunner};
    let mut runner = TestRunner::new(Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&vec(any::<u32>(), 0..max_choices), |choices| {
        let source = generate(&choices);
        let compiled = compile(&source, "gen.py");
        prop_assert!(
            compiled.program.is_some(),
            "{:?}\n{source}",
            compiled.diagnostics
        );
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
