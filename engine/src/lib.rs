//! nPython's embedding facade (the `npython` package re-exports all of it): a secure Python-subset engine
//! for swarms of AI agents.
//!
//! This facade ties the crates together: it compiles the prelude once (`Engine::new`), compiles scripts,
//! and runs jobs to an outcome in the one job schema shared by the CLI, the HTTP API (`npython-server`) and
//! embedders: one job on the caller's thread (`Engine::run_job`), or many on the scheduler
//! (`Engine::builder`, `submit`, `run_swarm`; see docs/EMBEDDING.md). It gives the scheduler its compiler
//! (`npython_frontend::compile`) and, with the default `broker` feature, builds the I/O broker for
//! host-registered tools.
//!
//! Invariants (what it must never do):
//! - Let the VM or the scheduler depend on the compiler: the facade is the only place that knows both the
//!   compiler and the VM (the prelude reaches VMs as bytecode, scripts reach the scheduler through the
//!   `Compiler` it is given).
//! - Serve HTTP or link the server's stack (hyper's server, prometheus, toml): `npython-server` sits above
//!   it, and the network client comes only with the `broker` feature.

mod embed;
pub mod job;
pub mod traceback;

use std::sync::Arc;

pub use embed::{EngineBuilder, JobHandle, JobTiming, Swarm};
pub use job::{Job, JobLimits, JobResult, JobStatus, OutputStream};
pub use npython_frontend::{compile, Compiled, Diagnostic, Severity};
pub use npython_scheduler::{
    Completion, IoBroker, JobKey, Stats, SubmitError, TenantConfig, TenantStats, TimerBroker,
    WorkerStats,
};
pub use npython_vm::{
    bytecode, Data, IoError, IoErrorKind, IoRequest, IoResult, JobError, Limit, Limits,
    PyException, RunOutcome, Value, Vm,
};

/// Compiles the prelude once and hands out ready VMs; owns the scheduler jobs are submitted to. Clones share
/// the prelude and the scheduler; the scheduler stops (cancelling what is left) when the last clone drops.
#[derive(Clone)]
pub struct Engine {
    /// The core prelude (builtins written in Python), compiled when the engine is built.
    prelude: Arc<npython_vm::bytecode::Program>,
    /// The Python half of the allowlisted modules, compiled on first need: most scripts import none of
    /// those modules, and compiling them is most of a short run's start-up.
    full_prelude: Arc<std::sync::OnceLock<Result<Arc<npython_vm::bytecode::Program>, String>>>,
    pool: Arc<embed::Pool>,
}

impl Engine {
    /// Builds an engine with the default scheduler configuration, which starts on the first `submit`.
    /// Fails only if the built-in prelude does not compile (a build defect).
    pub fn new() -> Result<Engine, String> {
        Engine::with_config(npython_scheduler::SchedulerConfig::default())
    }

    fn with_config(config: npython_scheduler::SchedulerConfig) -> Result<Engine, String> {
        Ok(Engine {
            prelude: compile_prelude(npython_vm::PRELUDE_SOURCE, "<prelude>")?,
            full_prelude: Arc::new(std::sync::OnceLock::new()),
            pool: Arc::new(embed::Pool::new(config)),
        })
    }

    /// The Python half of the allowlisted modules, compiled once per engine on first need.
    pub(crate) fn module_prelude(&self) -> Result<Arc<npython_vm::bytecode::Program>, String> {
        self.full_prelude
            .get_or_init(|| {
                compile_prelude(
                    npython_vm::PRELUDE_MODULES_SOURCE,
                    npython_vm::MODULE_PRELUDE_FILENAME,
                )
            })
            .clone()
    }

    /// A fresh VM with the builtins and both preludes installed: it can run any script.
    pub fn new_vm(&self, limits: Limits) -> Result<Vm, String> {
        let mut vm = Vm::new(limits);
        vm.install_prelude(self.prelude.clone())?;
        vm.install_prelude(self.module_prelude()?)?;
        Ok(vm)
    }

    /// A fresh VM for `program`: the core prelude, plus the modules written in Python only when the program
    /// imports one of them.
    pub fn new_vm_for(
        &self,
        limits: Limits,
        program: &npython_vm::bytecode::Program,
    ) -> Result<Vm, String> {
        let mut vm = Vm::new(limits);
        vm.install_prelude(self.prelude.clone())?;
        if npython_vm::program_uses_prelude_modules(program) {
            vm.install_prelude(self.module_prelude()?)?;
        }
        Ok(vm)
    }
}

/// Compiles a prelude source; failure is a build defect, reported with the compiler's messages.
fn compile_prelude(
    source: &str,
    filename: &str,
) -> Result<Arc<npython_vm::bytecode::Program>, String> {
    let compiled = compile(source, filename);
    compiled.program.ok_or_else(|| {
        format!(
            "prelude failed to compile: {}",
            compiled
                .diagnostics
                .iter()
                .map(|d| d.message.clone())
                .collect::<Vec<_>>()
                .join("; ")
        )
    })
}

/// Converts JSON to VM data.
pub fn json_to_data(v: &serde_json::Value) -> Data {
    match v {
        serde_json::Value::Null => Data::None,
        serde_json::Value::Bool(b) => Data::Bool(*b),
        serde_json::Value::Number(n) => {
            // serde_json keeps the literal text (arbitrary_precision), so big ints stay exact.
            let text = n.to_string();
            if let Some(i) = n.as_i64() {
                Data::Int(i)
            } else if text.contains(['.', 'e', 'E']) {
                Data::Float(text.parse().unwrap_or(f64::NAN))
            } else {
                Data::BigInt(text)
            }
        }
        serde_json::Value::String(s) => Data::Str(s.clone()),
        serde_json::Value::Array(a) => Data::List(a.iter().map(json_to_data).collect()),
        serde_json::Value::Object(o) => Data::Dict(
            o.iter()
                .map(|(k, v)| (k.clone(), json_to_data(v)))
                .collect(),
        ),
    }
}

/// Converts VM data to JSON (big ints stay exact; non-finite floats become strings as JSON has none).
pub fn data_to_json(d: &Data) -> serde_json::Value {
    match d {
        Data::None => serde_json::Value::Null,
        Data::Bool(b) => serde_json::Value::Bool(*b),
        Data::Int(i) => serde_json::Value::from(*i),
        Data::BigInt(s) => s
            .parse::<serde_json::Number>()
            .map(serde_json::Value::Number)
            .unwrap_or_else(|_| serde_json::Value::String(s.clone())),
        Data::Float(f) => serde_json::Number::from_f64(*f)
            .map(serde_json::Value::Number)
            .unwrap_or_else(|| serde_json::Value::String(npython_vm::float_repr(*f))),
        Data::Str(s) => serde_json::Value::String(s.clone()),
        Data::List(items) => serde_json::Value::Array(items.iter().map(data_to_json).collect()),
        Data::Dict(pairs) => serde_json::Value::Object(
            pairs
                .iter()
                .map(|(k, v)| (k.clone(), data_to_json(v)))
                .collect(),
        ),
        Data::Bytes(b) => serde_json::Value::String(String::from_utf8_lossy(b).into_owned()),
    }
}
