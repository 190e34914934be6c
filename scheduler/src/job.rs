//! A job's life in the scheduler: what is submitted (`JobSpec`), the per-job cell every party meets in
//! (`JobCell`: its state machine, stop request and completion), the runnable unit (`Task`: a job bound to a
//! VM), and what comes out (`Outcome`).
//!
//! States: `Queued` (waiting for a VM in its tenant's queue) -> `Running` (bound to a VM; in a run queue or on
//! a worker) <-> `Blocked` (parked here with its VM while the broker serves a request) -> `Done`.
//! Invariant: the transition to `Done` happens exactly once, under the cell's lock, by whoever owns the job at
//! that moment: the canceller for `Queued` and `Blocked` jobs, the worker holding the task for `Running` ones.
//! Cancellation and deadlines only *request* a stop (`JobCell::request_stop`); a running job stops at its next
//! quantum boundary, or inside a long builtin through the VM's interrupt flag.

use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use npython_vm::bytecode::Program;
use npython_vm::{CapabilityContext, Data, Diagnostic, IoResult, Limit, Limits, PyException, Vm};

use crate::sync::{Arc, AtomicBool, AtomicU8, Condvar, Mutex, Ordering};
use crate::tenants::TenantMeter;
use crate::timer::TimerKey;

/// Identifies a job within one scheduler (the key brokers receive with each request).
pub use npython_host::JobKey;

/// A compiled script, shared by every job that runs it (see `Scheduler::compile`).
#[derive(Clone)]
pub struct Script(pub(crate) Arc<crate::cache::Entry>);

impl Script {
    /// The program, if the script compiled without errors.
    pub fn program(&self) -> Option<&Arc<Program>> {
        self.0.program.as_ref()
    }
    /// Every diagnostic the compiler reported (warnings included).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.0.diagnostics
    }
    /// The source text it was compiled from.
    pub fn source(&self) -> &str {
        &self.0.source
    }
    /// The file name its tracebacks show.
    pub fn filename(&self) -> &str {
        &self.0.filename
    }
}

/// A job to run.
pub struct JobSpec {
    /// The tenant it runs for (an unknown name gets `SchedulerConfig::default_tenant`).
    pub tenant: String,
    /// The compiled script (`Scheduler::compile`); one that did not compile ends at once as `End::Invalid`.
    pub script: Script,
    /// Module globals set before the script starts.
    pub inputs: Vec<(String, Data)>,
    /// The VM limits (instructions, live memory, output, depth) of this job.
    pub limits: Limits,
    /// Wall-clock limit, counted from the moment the job gets a VM (time waiting in its tenant's queue is not
    /// charged to it).
    pub timeout: Option<Duration>,
    /// Receives the job's key when it ends, for callers that collect results in completion order.
    pub notify: Option<Sender<JobKey>>,
    /// Capability tokens bound as module globals: `(global name, token string as issued)`. They are checked
    /// on `with scope(...)` entry against `SchedulerConfig::verifier` for this job's `tenant`. A job without
    /// tokens costs nothing extra (its VM gets no capability context, so no scope can be entered).
    pub tokens: Vec<(String, String)>,
    /// The seed of the job's `random` module and `uuid.uuid4` (the same seed gives the same sequence).
    /// `None` means 0: a job that sets no seed is reproducible too, and every such job sees the same numbers.
    pub seed: Option<u64>,
}

/// How a job ended.
#[derive(Clone, Debug, PartialEq)]
pub enum End {
    /// The script ended: its result as data, or its repr when it has no data form.
    Finished(Result<Data, String>),
    /// An uncaught Python exception.
    Raised(PyException),
    /// A limit ended it.
    Killed {
        /// Which limit.
        limit: Limit,
        /// What happened, in words (a tenant's spent fuel budget says so here).
        reason: String,
    },
    /// `cancel` (or a shutdown that does not drain) ended it.
    Cancelled,
    /// The engine failed; the job failed alone.
    Internal(String),
    /// The script did not compile; `Outcome::diagnostics` says why.
    Invalid,
}

/// What a job produced.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The job's key.
    pub key: JobKey,
    /// How it ended.
    pub end: End,
    /// Everything it printed to stdout (bounded by its output limit, which stdout and stderr share).
    pub stdout: String,
    /// Everything it wrote to `sys.stderr` (bounded by the same output limit).
    pub stderr: String,
    /// Compiler diagnostics (warnings; errors when `end` is `Invalid`).
    pub diagnostics: Vec<Diagnostic>,
    /// Instructions executed, with builtins' work charged as instructions.
    pub instructions: u64,
    /// Submission to end.
    pub wall: Duration,
    /// Time the job spent on a worker, running.
    pub cpu: Duration,
    /// Submission to its first instruction (None if it never ran).
    pub start_latency: Option<Duration>,
}

/// Why a stop was requested; the first request wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Stop {
    None = 0,
    Cancel = 1,
    Deadline = 2,
    TenantFuel = 3,
}

impl Stop {
    fn from_u8(v: u8) -> Stop {
        match v {
            1 => Stop::Cancel,
            2 => Stop::Deadline,
            3 => Stop::TenantFuel,
            _ => Stop::None,
        }
    }

    /// The end a stop gives a job.
    pub(crate) fn end(self) -> Option<End> {
        match self {
            Stop::None => None,
            Stop::Cancel => Some(End::Cancelled),
            Stop::Deadline => Some(End::Killed {
                limit: Limit::Time,
                reason: "time limit exceeded".into(),
            }),
            Stop::TenantFuel => Some(End::Killed {
                limit: Limit::Instructions,
                reason: "the tenant's fuel budget is exhausted".into(),
            }),
        }
    }
}

pub(crate) enum State {
    Queued,
    /// Bound to a VM; holds that VM's interrupt flag so a stop can reach a long builtin.
    Running(Arc<AtomicBool>),
    Blocked(Box<Task>),
    /// Its owner is returning its VM to the pool; `Done` follows. Nobody else may touch the job now (in
    /// particular not the VM's interrupt flag: the VM may already serve another job).
    Ending,
    Done(Option<Box<Outcome>>),
}

/// Where every party that touches a job meets.
pub(crate) struct JobCell {
    pub key: JobKey,
    pub tenant: usize,
    pub submitted: Instant,
    stop: AtomicU8,
    pub state: Mutex<State>,
    done: Condvar,
    /// Taken when the job ends, so a finished job holds no sender (a caller iterating its receiver sees the
    /// channel close once its jobs have ended and it dropped its own sender).
    notify: Mutex<Option<Sender<JobKey>>>,
}

impl JobCell {
    pub(crate) fn new(
        key: JobKey,
        tenant: usize,
        submitted: Instant,
        notify: Option<Sender<JobKey>>,
    ) -> JobCell {
        JobCell {
            key,
            tenant,
            submitted,
            stop: AtomicU8::new(Stop::None as u8),
            state: Mutex::new(State::Queued),
            done: Condvar::new(),
            notify: Mutex::new(notify),
        }
    }

    /// Records why the job should stop; false if a stop was already requested.
    pub(crate) fn request_stop(&self, why: Stop) -> bool {
        self.stop
            .compare_exchange(
                Stop::None as u8,
                why as u8,
                Ordering::AcqRel,
                Ordering::Acquire,
            )
            .is_ok()
    }

    pub(crate) fn stop_reason(&self) -> Stop {
        Stop::from_u8(self.stop.load(Ordering::Acquire))
    }

    pub(crate) fn is_blocked(&self) -> bool {
        matches!(*self.state.lock(), State::Blocked(_))
    }

    pub(crate) fn is_done(&self) -> bool {
        matches!(*self.state.lock(), State::Done(_))
    }

    /// Moves the job to `Done` with `outcome`, wakes its waiter and tells its notifier. The caller holds the
    /// state lock (passed in) and owns the job at this moment.
    pub(crate) fn complete_locked(
        &self,
        mut st: parking_lot::MutexGuard<'_, State>,
        outcome: Outcome,
    ) {
        *st = State::Done(Some(Box::new(outcome)));
        self.done.notify_all();
        drop(st);
        let notify = self.notify.lock().take();
        if let Some(tx) = notify {
            // A caller that stopped listening is not an error of the job.
            let _ = tx.send(self.key);
        }
    }

    /// Blocks until the job is done and takes its outcome.
    pub(crate) fn wait(&self) -> Outcome {
        let mut st = self.state.lock();
        loop {
            if let State::Done(o) = &mut *st {
                return o.take().map(|o| *o).unwrap_or_else(|| Outcome {
                    key: self.key,
                    end: End::Internal("the job's outcome was already taken".into()),
                    stdout: String::new(),
                    stderr: String::new(),
                    diagnostics: Vec::new(),
                    instructions: 0,
                    wall: Duration::ZERO,
                    cpu: Duration::ZERO,
                    start_latency: None,
                });
            }
            self.done.wait(&mut st);
        }
    }

    /// Waits at most `timeout`; None if the job has not ended by then.
    pub(crate) fn wait_timeout(&self, timeout: Duration) -> Option<Outcome> {
        let until = Instant::now() + timeout;
        let mut st = self.state.lock();
        loop {
            if let State::Done(o) = &mut *st {
                return o.take().map(|o| *o);
            }
            if self.done.wait_until(&mut st, until).timed_out() {
                return None;
            }
        }
    }
}

/// What a job needs on its first quantum.
pub(crate) struct Load {
    pub program: Arc<Program>,
    /// The module prelude, when the program imports a module written in Python.
    pub module_prelude: Option<Arc<Program>>,
    pub inputs: Vec<(String, Data)>,
    /// The VM limits (instructions, live memory, output, depth) of this job.
    pub limits: Limits,
    pub timeout: Option<Duration>,
    /// The capability context (tenant, verifier, clock); only for a job with tokens and an engine with a
    /// verifier.
    pub capabilities: Option<CapabilityContext>,
    /// Tokens to bind after `load`.
    pub tokens: Vec<(String, String)>,
    /// The `random` seed (`JobSpec::seed`, 0 when unset).
    pub seed: u64,
}

/// A job waiting in its tenant's queue.
pub(crate) struct Pending {
    pub cell: Arc<JobCell>,
    pub load: Load,
    pub diagnostics: Vec<Diagnostic>,
}

/// A job bound to a VM: the unit the run queues hold.
pub(crate) struct Task {
    pub cell: Arc<JobCell>,
    pub meter: Arc<TenantMeter>,
    pub vm: Box<Vm>,
    /// Applied by the worker on the first quantum (kept off the admission lock).
    pub load: Option<Load>,
    /// The broker's answer, handed to the VM by the next worker (inside its panic guard).
    pub io_answer: Option<IoResult>,
    pub diagnostics: Vec<Diagnostic>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub cpu: Duration,
    pub first_run: Option<Instant>,
    pub deadline: Option<Instant>,
    pub deadline_timer: Option<TimerKey>,
}

impl Task {
    /// The outcome of this task ending with `end`.
    pub(crate) fn outcome(&mut self, end: End) -> Outcome {
        Outcome {
            key: self.cell.key,
            end,
            stdout: String::from_utf8_lossy(&std::mem::take(&mut self.stdout)).into_owned(),
            stderr: String::from_utf8_lossy(&std::mem::take(&mut self.stderr)).into_owned(),
            diagnostics: std::mem::take(&mut self.diagnostics),
            instructions: self.vm.instructions(),
            wall: self.cell.submitted.elapsed(),
            cpu: self.cpu,
            start_latency: self
                .first_run
                .map(|t| t.duration_since(self.cell.submitted)),
        }
    }
}

/// Why a submission was refused. Nothing is queued when `submit` returns an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubmitError {
    /// The tenant already has `limit` jobs waiting for a VM.
    QueueFull {
        /// The tenant's name.
        tenant: String,
        /// Its `max_queued`.
        limit: usize,
    },
    /// The tenant has spent its fuel budget.
    FuelExhausted {
        /// The tenant's name.
        tenant: String,
        /// Its `max_fuel`.
        budget: u64,
    },
    /// The job's memory limit is above the engine's whole memory budget, so it could never run.
    OverMemoryBudget {
        /// The job's need (`Limits::max_memory_bytes`, at least 1 MiB).
        asked: u64,
        /// `SchedulerConfig::memory_budget_bytes`.
        budget: u64,
    },
    /// The scheduler is shutting down and accepts no new jobs.
    ShuttingDown,
    /// The engine could not start its scheduler (threads or VMs could not be created).
    Unavailable(String),
}

impl std::fmt::Display for SubmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SubmitError::QueueFull { tenant, limit } => write!(
                f,
                "tenant `{tenant}` already has {limit} jobs waiting (its max_queued); retry after some finish"
            ),
            SubmitError::FuelExhausted { tenant, budget } => write!(
                f,
                "tenant `{tenant}` has spent its fuel budget of {budget} instructions"
            ),
            SubmitError::OverMemoryBudget { asked, budget } => write!(
                f,
                "the job's max_memory_bytes {asked} is above the engine's memory budget of {budget} bytes"
            ),
            SubmitError::ShuttingDown => write!(f, "the engine is shutting down"),
            SubmitError::Unavailable(why) => write!(f, "the engine cannot run jobs: {why}"),
        }
    }
}

impl std::error::Error for SubmitError {}
