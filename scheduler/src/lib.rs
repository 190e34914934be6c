//! nPython's scheduler: runs many jobs on a few threads over a pool of preallocated VMs.
//!
//! What it owns: the VM pool (M VMs created up front, reset and reused; a VM whose job panicked or failed
//! internally is rebuilt), N worker threads with crossbeam-deque queues, a global injector and work stealing,
//! parking idle workers (parking_lot) without busy waiting, preemption by fuel quantum, per-tenant queues with
//! weighted fair admission and per-tenant limits, the job state machine with cancellation and deadlines, the
//! timer thread, the broker boundary for blocked VMs, graceful shutdown, and the compile cache (over the
//! [`Compiler`] the facade passes to `Scheduler::new`).
//!
//! How a job moves: `submit` compiles (cache) and queues it under its tenant; admission binds the fairest
//! waiting job to a free VM and pushes the task to the injector; a worker runs it one quantum at a time,
//! requeueing it on its own queue; `Blocked` parks the task in its job cell and hands the request to the
//! [`IoBroker`], whose [`Completion`] requeues it; the end of a job resets its VM, returns it to the pool and
//! admits the next job.
//!
//! Invariants:
//! - This crate is the only one that spawns threads for jobs; it never performs a job's I/O itself (the broker
//!   does) and never knows JSON or the wire formats (the facade converts `Outcome` to its results).
//! - No panic crosses a worker: every VM call is inside `catch_unwind`, and a VM that panicked is dropped.
//! - Every submitted job ends exactly once (`JobCell` state machine); a completion, deadline or cancel that
//!   arrives after the end does nothing.
//! - A refused submission (`SubmitError`) leaves nothing queued: nothing is ever dropped silently.
//! - It never depends on the compiler (`npython-frontend`): scripts are compiled by the `Compiler` it is
//!   given, and it only carries the programs and diagnostics (`npython-vm` types) that come back.

#![deny(missing_docs)]

mod broker;
mod cache;
mod config;
mod idle;
mod job;
mod memory;
mod stats;
mod sync;
mod tenants;
mod timer;
mod worker;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_deque::{Injector, Stealer, Worker};
use npython_vm::bytecode::Program;
use npython_vm::{IoRequest, IoResult, Limits, Vm};
use rayon::prelude::*;

pub use broker::{Completion, IoBroker, TimerBroker};
pub use cache::Compiler;
pub use config::{SchedulerConfig, TenantConfig};
pub use job::{End, JobKey, JobSpec, Outcome, Script, SubmitError};
pub use stats::{Stats, TenantStats, WorkerStats};
pub use timer::{Timer, TimerKey};

use cache::CompileCache;
use idle::Idle;
use job::{JobCell, Load, Pending, State, Stop, Task};
use stats::{Counters, WorkerCounters};
use sync::{Arc, AtomicBool, AtomicU64, AtomicUsize, Condvar, Mutex, Ordering, Weak};
use tenants::Admission;

/// Tasks placed on one worker by the `pin_admissions_to` test hook.
pub(crate) struct Inbox {
    // Boxed like every task in the run queues, so moving one between queues moves a pointer.
    #[allow(clippy::vec_box)]
    tasks: Mutex<Vec<Box<Task>>>,
    len: AtomicUsize,
}

/// State shared by the workers, the timer, broker completions and the `Scheduler` handle.
pub(crate) struct Shared {
    weak_self: Weak<Shared>,
    quantum: u64,
    prelude: Arc<Program>,
    /// Installed into a VM before the first job of it that imports a module written in Python.
    module_prelude: Option<Arc<Program>>,
    injector: Injector<Box<Task>>,
    stealers: Vec<Stealer<Box<Task>>>,
    inboxes: Vec<Inbox>,
    pin: Option<usize>,
    idle: Idle,
    admission: Mutex<Admission>,
    /// Signalled (with the admission lock) when the last live job ends.
    drained: Condvar,
    timer: Timer,
    broker: Arc<dyn IoBroker>,
    /// Checks jobs' capability tokens (`SchedulerConfig::verifier`), with the clock expiry is checked at.
    verifier: Option<(
        Arc<dyn npython_caps::Verifier + Send + Sync>,
        npython_vm::UnixClock,
    )>,
    cache: CompileCache,
    counters: Counters,
    workers: Vec<WorkerCounters>,
    stopping: AtomicBool,
    next_key: AtomicU64,
}

impl Shared {
    /// Whether a worker could find a task (the injector, or any worker's queue or inbox to take or steal).
    fn has_work(&self) -> bool {
        !self.injector.is_empty()
            || self.stealers.iter().any(|s| !s.is_empty())
            || self
                .inboxes
                .iter()
                .any(|i| i.len.load(Ordering::Acquire) > 0)
    }

    /// Makes a runnable task visible to the workers.
    fn dispatch(&self, task: Box<Task>) {
        match self.pin.and_then(|i| self.inboxes.get(i)) {
            Some(inbox) => {
                inbox.tasks.lock().push(task);
                inbox.len.fetch_add(1, Ordering::Release);
                self.idle.notify_one();
            }
            None => {
                self.injector.push(task);
                self.idle.notify_one();
            }
        }
    }

    /// Binds waiting jobs to free VMs while there are both.
    fn admit_locked(&self, adm: &mut Admission) {
        while let Some(task) = adm.admit_one() {
            self.dispatch(task);
        }
    }

    /// Ends a job whose task the caller owns (a worker, or the canceller of a blocked job). The VM goes back
    /// to the pool before the waiter is woken, so a caller that sees the outcome also sees the VM free.
    fn end_task(&self, mut task: Box<Task>, end: job::End, poisoned: bool) {
        if let Some(k) = task.deadline_timer.take() {
            self.timer.cancel(k);
        }
        let outcome = task.outcome(end);
        let cell = task.cell.clone();
        *cell.state.lock() = State::Ending;
        self.release(cell.tenant, cell.key, task.vm, poisoned);
        Counters::add(&self.counters.finished, 1);
        cell.complete_locked(cell.state.lock(), outcome);
    }

    /// Takes a VM back from an ended job (reset, or rebuilt if poisoned) and admits the next waiting job.
    fn release(&self, tenant: usize, key: JobKey, vm: Box<Vm>, poisoned: bool) {
        // A job that wrote to the preludes' shared objects leaves them changed for the next job: rebuild.
        let vm = if poisoned || vm.touched_shared_state() {
            None
        } else {
            catch_unwind(AssertUnwindSafe(move || {
                let mut vm = vm;
                vm.reset(Limits::default());
                vm
            }))
            .ok()
        };
        let vm = match vm {
            Some(vm) => Some(vm),
            None => {
                Counters::add(&self.counters.vms_rebuilt, 1);
                // If even a fresh VM cannot be built, the pool shrinks by one rather than reuse a bad VM.
                worker::new_vm(&self.prelude).ok()
            }
        };
        let mut adm = self.admission.lock();
        adm.retire_running(tenant, key, vm);
        self.admit_locked(&mut adm);
        if adm.jobs.is_empty() {
            self.drained.notify_all();
        }
    }

    /// Parks a task that blocked on a request and hands the request to the broker.
    fn park_blocked(&self, task: Box<Task>, req: IoRequest) {
        let cell = task.cell.clone();
        let mut st = cell.state.lock();
        if let Some(end) = cell.stop_reason().end() {
            drop(st);
            return self.end_task(task, end, false);
        }
        self.counters.blocked_inc();
        Counters::max(
            &self.counters.blocked_heap_peak,
            task.vm.heap().used_bytes() as u64,
        );
        *st = State::Blocked(task);
        drop(st);
        Counters::add(&self.counters.io_requests, 1);
        let done = broker::completion(self.weak_self.clone(), cell.clone());
        // A broker is host code: if it panics, the completion it owned is dropped while unwinding, which
        // answers the job with an OSError; the worker itself must survive.
        let submitted = catch_unwind(AssertUnwindSafe(|| self.broker.submit(cell.key, req, done)));
        if submitted.is_err() {
            Counters::add(&self.counters.panics, 1);
        }
    }

    /// A broker's answer: requeue the blocked job with it, unless the job ended meanwhile.
    fn resume(&self, cell: &Arc<JobCell>, answer: IoResult) {
        let mut st = cell.state.lock();
        if !matches!(*st, State::Blocked(_)) {
            return;
        }
        let State::Blocked(mut task) = std::mem::replace(&mut *st, State::Queued) else {
            return;
        };
        *st = State::Running(task.vm.interrupt_flag());
        self.counters.blocked_dec();
        drop(st);
        task.io_answer = Some(answer);
        self.injector.push(task);
        self.idle.notify_one();
    }

    /// Requests a stop and carries it to the job wherever it is: a queued or blocked job ends here and now;
    /// a running one is flagged and ends at its next quantum boundary (or inside a long builtin).
    fn stop(&self, cell: &Arc<JobCell>, why: Stop) {
        if !cell.request_stop(why) {
            return;
        }
        let Some(end) = why.end() else {
            return;
        };
        let mut st = cell.state.lock();
        match &*st {
            State::Queued => {
                *st = State::Ending;
                drop(st);
                {
                    let mut adm = self.admission.lock();
                    adm.retire_queued(cell.tenant, cell.key);
                    if adm.jobs.is_empty() {
                        self.drained.notify_all();
                    }
                }
                let outcome = Outcome {
                    key: cell.key,
                    end,
                    stdout: String::new(),
                    stderr: String::new(),
                    diagnostics: Vec::new(),
                    instructions: 0,
                    wall: cell.submitted.elapsed(),
                    cpu: Duration::ZERO,
                    start_latency: None,
                };
                Counters::add(&self.counters.finished, 1);
                cell.complete_locked(cell.state.lock(), outcome);
            }
            State::Running(flag) => flag.store(true, Ordering::Relaxed),
            State::Blocked(_) => {
                let State::Blocked(task) = std::mem::replace(&mut *st, State::Ending) else {
                    return;
                };
                self.counters.blocked_dec();
                drop(st);
                self.end_task(task, end, false);
            }
            State::Ending | State::Done(_) => {}
        }
    }
}

/// A handle on a submitted job.
pub struct JobHandle {
    cell: Arc<JobCell>,
    shared: Weak<Shared>,
}

impl JobHandle {
    /// The job's key (what `Scheduler::cancel` and notifications use).
    pub fn key(&self) -> JobKey {
        self.cell.key
    }

    /// Blocks until the job ends and returns its outcome.
    pub fn wait(self) -> Outcome {
        self.cell.wait()
    }

    /// Waits at most `timeout`; None if the job is still going (the handle stays usable).
    pub fn wait_timeout(&self, timeout: Duration) -> Option<Outcome> {
        self.cell.wait_timeout(timeout)
    }

    /// Whether the job has ended.
    pub fn is_done(&self) -> bool {
        self.cell.is_done()
    }

    /// Cancels the job wherever it is; a job that already ended keeps its outcome.
    pub fn cancel(&self) {
        if let Some(s) = self.shared.upgrade() {
            s.stop(&self.cell, Stop::Cancel);
        }
    }
}

/// The scheduler: a pool of VMs, worker threads, a timer thread and the job table.
///
/// Dropping it cancels every job that has not ended and then stops the threads; call
/// [`Scheduler::shutdown`] first to let the jobs finish instead.
pub struct Scheduler {
    shared: Arc<Shared>,
    threads: Mutex<Vec<JoinHandle<()>>>,
    timer_thread: Mutex<Option<JoinHandle<()>>>,
}

/// The system wall clock in unix seconds, for token expiry.
fn system_clock() -> npython_vm::UnixClock {
    Arc::new(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    })
}

impl Scheduler {
    /// Builds the pool (VMs are created in parallel) and starts the workers and the timer thread.
    /// `compiler` compiles submitted scripts (through the cache) and, once here, the module prelude
    /// (`npython_vm::PRELUDE_MODULES_SOURCE`); `prelude` is the compiled Python prelude every VM gets.
    pub fn new(
        config: SchedulerConfig,
        compiler: Compiler,
        prelude: Arc<Program>,
    ) -> Result<Scheduler, String> {
        let compiled = compiler(
            npython_vm::PRELUDE_MODULES_SOURCE,
            npython_vm::MODULE_PRELUDE_FILENAME,
        );
        let module_prelude = compiled
            .program
            .ok_or_else(|| "the module prelude does not compile".to_string())?;
        Scheduler::with_module_prelude(config, compiler, prelude, Some(module_prelude))
    }

    /// `new` with the module prelude already compiled (`npython_vm::PRELUDE_MODULES_SOURCE`, under
    /// `MODULE_PRELUDE_FILENAME`), or `None` for a pool whose jobs import only native modules. A pooled VM
    /// gets it the first time one of its jobs uses a module attribute written in Python
    /// (`npython_vm::program_uses_prelude_modules`), so idle VMs stay small.
    pub fn with_module_prelude(
        config: SchedulerConfig,
        compiler: Compiler,
        prelude: Arc<Program>,
        module_prelude: Option<Arc<Program>>,
    ) -> Result<Scheduler, String> {
        let nworkers = config.resolved_workers().max(1);
        let vms: Vec<Box<Vm>> = (0..config.vms.max(1))
            .into_par_iter()
            .map(|_| worker::new_vm(&prelude))
            .collect::<Result<_, _>>()?;
        let (timer, timer_thread) =
            Timer::start().map_err(|e| format!("cannot start the timer thread: {e}"))?;
        let broker: Arc<dyn IoBroker> = match &config.broker {
            Some(b) => b.clone(),
            None => Arc::new(TimerBroker::new(timer.clone())),
        };
        let locals: Vec<Worker<Box<Task>>> = (0..nworkers).map(|_| Worker::new_fifo()).collect();
        let stealers = locals.iter().map(Worker::stealer).collect();
        let shared = Arc::new_cyclic(|weak| Shared {
            weak_self: weak.clone(),
            quantum: config.quantum.max(1),
            prelude: prelude.clone(),
            module_prelude,
            injector: Injector::new(),
            stealers,
            inboxes: (0..nworkers)
                .map(|_| Inbox {
                    tasks: Mutex::new(Vec::new()),
                    len: AtomicUsize::new(0),
                })
                .collect(),
            pin: config.pin_admissions_to.filter(|&i| i < nworkers),
            idle: Idle::default(),
            admission: Mutex::new(Admission::new(
                &config.tenants,
                config.default_tenant.clone(),
                vms,
                config.memory_budget_bytes.max(1),
            )),
            drained: Condvar::new(),
            timer,
            broker,
            verifier: config.verifier.clone().map(|v| {
                let clock = config.clock.clone().unwrap_or_else(system_clock);
                (v, clock)
            }),
            cache: CompileCache::new(compiler, config.compile_cache_entries),
            counters: Counters::default(),
            workers: (0..nworkers).map(|_| WorkerCounters::default()).collect(),
            stopping: AtomicBool::new(false),
            next_key: AtomicU64::new(1),
        });
        let mut threads = Vec::with_capacity(nworkers);
        for (i, local) in locals.into_iter().enumerate() {
            let s = shared.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("npython-worker-{i}"))
                .spawn(move || worker::run(s, i, local));
            match spawned {
                Ok(h) => threads.push(h),
                Err(e) => {
                    let sched = Scheduler {
                        shared,
                        threads: Mutex::new(threads),
                        timer_thread: Mutex::new(Some(timer_thread)),
                    };
                    sched.stop_threads();
                    return Err(format!("cannot start worker {i}: {e}"));
                }
            }
        }
        Ok(Scheduler {
            shared,
            threads: Mutex::new(threads),
            timer_thread: Mutex::new(Some(timer_thread)),
        })
    }

    /// Compiles a script through the cache.
    pub fn compile(&self, source: &str, filename: &str) -> Script {
        self.shared.cache.get(source, filename)
    }

    /// Compiles a batch: distinct uncached scripts in parallel, each distinct script once.
    pub fn compile_batch(&self, items: &[(&str, &str)]) -> Vec<Script> {
        self.shared.cache.get_batch(items)
    }

    /// Queues a job for its tenant. Refused (with the reason) when the tenant is at its queue limit or out of
    /// fuel, or when the scheduler is shutting down. A script that did not compile is accepted and ends at
    /// once as `End::Invalid`.
    pub fn submit(&self, spec: JobSpec) -> Result<JobHandle, SubmitError> {
        let shared = &self.shared;
        let now = Instant::now();
        let key = shared.next_key.fetch_add(1, Ordering::Relaxed);
        let Some(program) = spec.script.program().cloned() else {
            if shared.admission.lock().shutting_down {
                return Err(SubmitError::ShuttingDown);
            }
            let cell = Arc::new(JobCell::new(key, usize::MAX, now, spec.notify));
            let outcome = Outcome {
                key,
                end: End::Invalid,
                stdout: String::new(),
                stderr: String::new(),
                diagnostics: spec.script.diagnostics().to_vec(),
                instructions: 0,
                wall: now.elapsed(),
                cpu: Duration::ZERO,
                start_latency: None,
            };
            Counters::add(&shared.counters.submitted, 1);
            Counters::add(&shared.counters.finished, 1);
            cell.complete_locked(cell.state.lock(), outcome);
            return Ok(JobHandle {
                cell,
                shared: Arc::downgrade(shared),
            });
        };
        // Only a job with tokens gets a capability context (built here, off the admission lock).
        let capabilities = if spec.tokens.is_empty() {
            None
        } else {
            shared.verifier.as_ref().map(|(verifier, clock)| {
                npython_vm::CapabilityContext::new(
                    spec.tenant.clone(),
                    verifier.clone(),
                    clock.clone(),
                )
            })
        };
        let mut adm = shared.admission.lock();
        if adm.shutting_down {
            return Err(SubmitError::ShuttingDown);
        }
        let need = memory::MemoryBudget::need(&spec.limits);
        if need > adm.memory.budget() {
            // It could never get a VM: waiting for room would hold it in the queue forever.
            return Err(SubmitError::OverMemoryBudget {
                asked: need,
                budget: adm.memory.budget(),
            });
        }
        let ti = adm.tenant_index(&spec.tenant, None);
        let t = &adm.tenants[ti];
        if t.queued >= t.cfg.max_queued {
            return Err(SubmitError::QueueFull {
                tenant: t.name.clone(),
                limit: t.cfg.max_queued,
            });
        }
        if t.meter.exhausted() {
            return Err(SubmitError::FuelExhausted {
                tenant: t.name.clone(),
                budget: t.cfg.max_fuel,
            });
        }
        let cell = Arc::new(JobCell::new(key, ti, now, spec.notify));
        adm.enqueue(
            ti,
            Pending {
                cell: cell.clone(),
                load: Load {
                    module_prelude: if npython_vm::program_uses_prelude_modules(&program) {
                        shared.module_prelude.clone()
                    } else {
                        None
                    },
                    program,
                    inputs: spec.inputs,
                    limits: spec.limits,
                    timeout: spec.timeout,
                    capabilities,
                    tokens: spec.tokens,
                    seed: spec.seed.unwrap_or(0),
                },
                diagnostics: spec.script.diagnostics().to_vec(),
            },
        );
        Counters::add(&shared.counters.submitted, 1);
        shared.admit_locked(&mut adm);
        drop(adm);
        Ok(JobHandle {
            cell,
            shared: Arc::downgrade(shared),
        })
    }

    /// Cancels a job by key; false if it is unknown or already ended.
    pub fn cancel(&self, key: JobKey) -> bool {
        let cell = self.shared.admission.lock().jobs.get(&key).cloned();
        match cell {
            Some(c) => {
                self.shared.stop(&c, Stop::Cancel);
                true
            }
            None => false,
        }
    }

    /// The timer thread, for brokers that need wake-ups.
    pub fn timer(&self) -> Timer {
        self.shared.timer.clone()
    }

    /// Workers running jobs.
    pub fn workers(&self) -> usize {
        self.shared.stealers.len()
    }

    /// A snapshot of the counters.
    pub fn stats(&self) -> Stats {
        let s = &self.shared;
        let c = &s.counters;
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let (queued, running, free_vms, tenants, mem) = {
            let adm = s.admission.lock();
            let tenants = adm
                .tenants
                .iter()
                .map(|t| TenantStats {
                    name: t.name.clone(),
                    queued: t.queued,
                    running: t.running,
                    fuel_used: t.meter.fuel_used.load(Ordering::Relaxed),
                })
                .collect();
            (
                adm.queued_total(),
                adm.running_total(),
                adm.free_vms.len(),
                tenants,
                adm.memory.snapshot(),
            )
        };
        Stats {
            submitted: get(&c.submitted),
            finished: get(&c.finished),
            preemptions: get(&c.preemptions),
            quanta: get(&c.quanta),
            instructions: get(&c.instructions),
            blocked_now: get(&c.blocked_now),
            blocked_peak: get(&c.blocked_peak),
            blocked_heap_peak: get(&c.blocked_heap_peak),
            io_requests: get(&c.io_requests),
            panics: get(&c.panics),
            vms_rebuilt: get(&c.vms_rebuilt),
            queued,
            running,
            free_vms,
            memory_budget: mem.budget,
            memory_in_use: mem.in_use,
            memory_in_use_peak: mem.peak,
            memory_waiting: mem.waiting,
            memory_waits: mem.waits,
            compiles: get(&s.cache.compiles),
            compile_cache_hits: get(&s.cache.hits),
            timer_entries: s.timer.pending(),
            workers: s
                .workers
                .iter()
                .map(|w| WorkerStats {
                    quanta: get(&w.quanta),
                    steals: get(&w.steals),
                    parks: get(&w.parks),
                })
                .collect(),
            tenants,
        }
    }

    /// Graceful shutdown: refuses new jobs, waits until every accepted job has ended (each is bounded by its
    /// own deadline), then stops the threads. Idempotent.
    pub fn shutdown(&self) {
        {
            let mut adm = self.shared.admission.lock();
            adm.shutting_down = true;
            while !adm.jobs.is_empty() {
                self.shared.drained.wait(&mut adm);
            }
        }
        self.stop_threads();
    }

    /// Refuses new jobs and cancels every job that has not ended, then waits for them and stops the threads.
    pub fn shutdown_now(&self) {
        let cells: Vec<Arc<JobCell>> = {
            let mut adm = self.shared.admission.lock();
            adm.shutting_down = true;
            adm.jobs.values().cloned().collect()
        };
        for c in &cells {
            self.shared.stop(c, Stop::Cancel);
        }
        self.shutdown();
    }

    fn stop_threads(&self) {
        self.shared.stopping.store(true, Ordering::Release);
        self.shared.idle.notify_all();
        for h in self.threads.lock().drain(..) {
            let _ = h.join();
        }
        self.shared.timer.stop();
        if let Some(h) = self.timer_thread.lock().take() {
            let _ = h.join();
        }
    }
}

impl Drop for Scheduler {
    fn drop(&mut self) {
        if !self.threads.lock().is_empty() {
            self.shutdown_now();
        }
    }
}
