//! Shared by the fuzz targets: one engine per process, tight limits, and a driver loop that turns every
//! outcome into plain data. An internal error (`JobError::Internal`) is an engine bug, so it panics here,
//! the same as a real panic: libFuzzer reports both as crashes.

use std::sync::OnceLock;

use npython::{compile, Engine, JobError, Limits, RunOutcome};

/// Tight limits: a fuzz input must finish (or be killed) in well under a millisecond of interpretation.
pub fn limits() -> Limits {
    Limits {
        max_instructions: 200_000,
        max_memory_bytes: 4 << 20,
        max_output_bytes: 16 << 10,
        max_depth: 200,
    }
}

/// The engine, with its prelude compiled once per process.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new().expect("the prelude compiles"))
}

/// Everything observable about one run.
#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    /// `finished: <repr>`, `raised: <type>: <message> @ <lines>` or `killed: <limit>`.
    pub outcome: String,
    pub stdout: Vec<u8>,
    pub instructions: u64,
}

/// Compiles `source`; `None` when it does not compile (the diagnostics are rendered, to exercise that path).
pub fn compile_source(source: &str) -> Option<std::sync::Arc<npython::bytecode::Program>> {
    let compiled = compile(source, "fuzz.py");
    for d in &compiled.diagnostics {
        let _ = d.render("fuzz.py", source);
    }
    compiled.program
}

/// Runs a compiled program to its end, `quantum` instructions per `Vm::run`.
pub fn run(
    source: &str,
    program: std::sync::Arc<npython::bytecode::Program>,
    quantum: u64,
) -> Report {
    let mut vm = engine().new_vm(limits()).expect("a fresh VM");
    vm.load(program);
    let mut stdout = Vec::new();
    let outcome = loop {
        let step = vm.run(quantum);
        stdout.extend_from_slice(&vm.take_output());
        match step {
            RunOutcome::Yielded => continue,
            // The host's part: a sleep (the only request so far) is answered at once.
            RunOutcome::Blocked(_) => {
                vm.resume_io(Ok(npython::Data::None));
                continue;
            }
            other => break other,
        }
    };
    let outcome = match outcome {
        RunOutcome::Finished(v) => {
            let _ = vm.to_data(v);
            match vm.repr(v) {
                Ok(r) => format!("finished: {r}"),
                Err(_) => "finished: <repr failed>".to_string(),
            }
        }
        RunOutcome::Raised(e) => {
            let _ = npython::traceback::render(&e, "fuzz.py", source);
            let lines: Vec<u32> = e.traceback.iter().map(|t| t.line).collect();
            format!("raised: {}: {} @ {lines:?}", e.type_name, e.message)
        }
        RunOutcome::Killed(JobError::Limit(l)) => format!("killed: {}", l.name()),
        RunOutcome::Killed(JobError::Internal(msg)) => panic!("internal error: {msg}"),
        RunOutcome::Yielded | RunOutcome::Blocked(_) => {
            unreachable!("the loop above continues on Yielded and Blocked")
        }
    };
    Report {
        outcome,
        stdout,
        instructions: vm.instructions(),
    }
}
