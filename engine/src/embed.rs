//! The embedding API: an engine with a scheduler behind it. `Engine::builder()` configures workers, the VM
//! pool, the quantum and tenants; `submit` returns a handle to wait on or cancel; `run_swarm` and `swarm`
//! run batches (distinct scripts compiled in parallel, identical ones once), with backpressure when a
//! tenant's queue is full. See docs/EMBEDDING.md.
//!
//! Capability tokens: a job's `tokens` become `Token` globals, checked by the verifier given to
//! `EngineBuilder::verifier`. Host-registered tools (`EngineBuilder::tool`, `tool_blocking`: a Rust handler
//! behind a tool name, reached from scripts as `tools.name(...)` inside `with scope("tools", token):`) are
//! served by an `npython_broker::Broker` the builder creates when no broker is given (feature `broker`).

use std::collections::{HashMap, VecDeque};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use npython_scheduler::{
    IoBroker, JobKey, JobSpec, Scheduler, SchedulerConfig, Script, Stats, SubmitError, TenantConfig,
};

use crate::job::{Job, JobResult, DEFAULT_TIMEOUT_MS};
use crate::{json_to_data, Engine};

/// The scheduler of an engine, started on first use (so `Engine::new` for a single `run_job` spawns nothing).
pub(crate) struct Pool {
    config: SchedulerConfig,
    scheduler: OnceLock<Result<Scheduler, String>>,
}

impl Pool {
    pub(crate) fn new(config: SchedulerConfig) -> Pool {
        Pool {
            config,
            scheduler: OnceLock::new(),
        }
    }
}

/// Configures an engine; see [`Engine::builder`].
pub struct EngineBuilder {
    config: SchedulerConfig,
    /// Tools registered with `tool` / `tool_blocking`, for the broker `build` creates.
    #[cfg(feature = "broker")]
    tools: Option<npython_broker::Tools>,
}

impl EngineBuilder {
    /// Worker threads (default: available cores).
    pub fn workers(mut self, n: usize) -> Self {
        self.config.workers = n;
        self
    }

    /// VMs in the pool, created at build time (default 512). Every admitted job holds one, blocked ones too.
    pub fn vms(mut self, m: usize) -> Self {
        self.config.vms = m;
        self
    }

    /// Bytes the memory limits of all jobs holding a VM may add up to (default: no budget); past it jobs
    /// wait for running ones to end, and a job asking more than all of it is refused.
    pub fn memory_budget(mut self, bytes: u64) -> Self {
        self.config.memory_budget_bytes = bytes;
        self
    }

    /// Instructions a job runs before it yields its worker (default 10,000).
    pub fn quantum(mut self, q: u64) -> Self {
        self.config.quantum = q;
        self
    }

    /// Declares a tenant with its weight and limits.
    pub fn tenant(mut self, name: &str, config: TenantConfig) -> Self {
        self.config.tenants.push((name.to_string(), config));
        self
    }

    /// Weight and limits of tenants not declared with `tenant`.
    pub fn default_tenant(mut self, config: TenantConfig) -> Self {
        self.config.default_tenant = config;
        self
    }

    /// Serves blocked VMs' requests with `broker` instead of the built-in timer broker.
    pub fn broker(mut self, broker: Arc<dyn IoBroker>) -> Self {
        self.config.broker = Some(broker);
        self
    }

    /// Checks the capability tokens jobs carry (`Job::tokens`) with `verifier`, e.g. an
    /// `npython_caps::KeyStore` (the CLI's and the server's key store in `$NPYTHON_HOME`) or a `Keyring`.
    /// Without one, a job's tokens still bind, but `with scope(...)` raises `CapabilityError`.
    pub fn verifier(mut self, verifier: Arc<dyn npython_caps::Verifier + Send + Sync>) -> Self {
        self.config.verifier = Some(verifier);
        self
    }

    /// The clock token expiry is checked against, in unix seconds (default: the system clock).
    pub fn clock(mut self, clock: npython_vm::UnixClock) -> Self {
        self.config.clock = Some(clock);
        self
    }

    /// Registers an async tool handler for every tenant (`npython_broker::Tools::register`): a script calls
    /// it as `tools.name(**kwargs)` (or `tools.call("name", ...)`) inside `with scope("tools", token)` with a
    /// token allowing `name`. The handler gets a `ToolCall` (tenant, job, name, keyword arguments as a
    /// `Data::Dict`) and runs on the broker's runtime: await, never block, inside it.
    #[cfg(feature = "broker")]
    pub fn tool(mut self, name: &str, handler: impl npython_broker::ToolHandler + 'static) -> Self {
        self.tools
            .get_or_insert_with(npython_broker::Tools::default)
            .register(name, handler);
        self
    }

    /// Registers a blocking tool handler (`Tools::register_blocking`), run on the broker's blocking pool.
    #[cfg(feature = "broker")]
    pub fn tool_blocking<F>(mut self, name: &str, handler: F) -> Self
    where
        F: Fn(&npython_broker::ToolCall) -> Result<npython_vm::Data, npython_broker::ToolError>
            + Send
            + Sync
            + 'static,
    {
        self.tools
            .get_or_insert_with(npython_broker::Tools::default)
            .register_blocking(name, handler);
        self
    }

    /// Compiles the prelude, creates the VM pool and starts the threads. With tools registered and no
    /// `broker`, creates an `npython_broker::Broker` (default configuration: http with the private-address
    /// rule, no fs roots, no audit) serving them; tools together with `broker` is an error (register them
    /// on that broker's `BrokerConfig::tools` instead).
    pub fn build(self) -> Result<Engine, String> {
        #[cfg(feature = "broker")]
        let config = self.config_with_tool_broker()?;
        #[cfg(not(feature = "broker"))]
        let config = self.config;
        let engine = Engine::with_config(config)?;
        engine.scheduler().map_err(|e| e.to_string())?;
        Ok(engine)
    }

    /// The scheduler configuration, with a broker serving the registered tools if there are any.
    #[cfg(feature = "broker")]
    fn config_with_tool_broker(mut self) -> Result<SchedulerConfig, String> {
        if let Some(tools) = self.tools.take() {
            if self.config.broker.is_some() {
                return Err(
                    "tools registered with EngineBuilder::tool need the broker the builder \
                            creates; with EngineBuilder::broker, register them in that broker's \
                            BrokerConfig::tools"
                        .into(),
                );
            }
            let broker = npython_broker::Broker::new(npython_broker::BrokerConfig {
                tools,
                verifier: self.config.verifier.clone(),
                ..npython_broker::BrokerConfig::default()
            })
            .map_err(|e| format!("cannot start the I/O broker: {e}"))?;
            self.config.broker = Some(Arc::new(broker));
        }
        Ok(self.config)
    }
}

/// A submitted job.
pub struct JobHandle {
    inner: npython_scheduler::JobHandle,
    id: Option<String>,
    script: Script,
    /// The job's `max_result_bytes`, checked when its result is built.
    max_result_bytes: Option<usize>,
}

impl JobHandle {
    /// The scheduler's key for this job.
    pub fn key(&self) -> JobKey {
        self.inner.key()
    }

    /// Blocks until the job ends.
    pub fn wait(self) -> JobResult {
        let outcome = self.inner.wait();
        let mut r = JobResult::from_outcome(
            self.id,
            outcome,
            self.script.source(),
            self.script.filename(),
        );
        r.enforce_result_limit(self.max_result_bytes);
        r
    }

    /// Waits at most `timeout`; None (and the handle stays usable) if the job is still going.
    pub fn wait_timeout(&self, timeout: Duration) -> Option<JobResult> {
        let outcome = self.inner.wait_timeout(timeout)?;
        let mut r = JobResult::from_outcome(
            self.id.clone(),
            outcome,
            self.script.source(),
            self.script.filename(),
        );
        r.enforce_result_limit(self.max_result_bytes);
        Some(r)
    }

    /// Cancels the job wherever it is (queued, running or blocked); an ended job keeps its result.
    pub fn cancel(&self) {
        self.inner.cancel()
    }

    /// Blocks until the job ends; the result plus how its time was spent (for latency metrics).
    pub fn wait_timed(self) -> (JobResult, JobTiming) {
        let outcome = self.inner.wait();
        let timing = JobTiming {
            queue_wait: outcome.start_latency,
            running: outcome
                .wall
                .saturating_sub(outcome.start_latency.unwrap_or(Duration::ZERO)),
        };
        let mut result = JobResult::from_outcome(
            self.id,
            outcome,
            self.script.source(),
            self.script.filename(),
        );
        result.enforce_result_limit(self.max_result_bytes);
        (result, timing)
    }
}

/// Where an ended job's wall time went.
#[derive(Clone, Copy, Debug, Default)]
pub struct JobTiming {
    /// Submission to its first instruction; None if it never ran (invalid, refused, cancelled while queued).
    pub queue_wait: Option<Duration>,
    /// First instruction to end (blocked time included).
    pub running: Duration,
}

impl Engine {
    /// An engine with a configured scheduler; see [`EngineBuilder`].
    pub fn builder() -> EngineBuilder {
        EngineBuilder {
            config: SchedulerConfig::default(),
            #[cfg(feature = "broker")]
            tools: None,
        }
    }

    fn scheduler(&self) -> Result<&Scheduler, SubmitError> {
        self.pool
            .scheduler
            .get_or_init(|| {
                // Pool VMs start with the core prelude; the module half is installed into a VM the first
                // time one of its jobs imports a module written in Python.
                let modules = self.module_prelude()?;
                Scheduler::with_module_prelude(
                    self.pool.config.clone(),
                    Arc::new(crate::compile),
                    self.prelude.clone(),
                    Some(modules),
                )
            })
            .as_ref()
            .map_err(|e| SubmitError::Unavailable(e.clone()))
    }

    fn spec(&self, job: &Job, script: Script, notify: Option<Sender<JobKey>>) -> JobSpec {
        JobSpec {
            tenant: job.tenant.clone().unwrap_or_else(|| "default".into()),
            script,
            inputs: job
                .inputs
                .iter()
                .map(|(k, v)| (k.clone(), json_to_data(v)))
                .collect(),
            limits: job.limits.to_vm_limits(),
            timeout: Some(Duration::from_millis(
                job.limits.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS),
            )),
            notify,
            tokens: job.tokens.clone(),
            seed: job.seed,
        }
    }

    fn submit_compiled(
        &self,
        job: &Job,
        script: Script,
        notify: Option<Sender<JobKey>>,
    ) -> Result<JobHandle, SubmitError> {
        let sched = self.scheduler()?;
        let inner = sched.submit(self.spec(job, script.clone(), notify))?;
        Ok(JobHandle {
            inner,
            id: job.id.clone(),
            script,
            max_result_bytes: job.limits.max_result_bytes,
        })
    }

    /// Queues a job on the engine's scheduler. Refused, with the reason, when its tenant's queue is full or
    /// out of fuel, or when the engine is shutting down. `job.quantum` is ignored here (the engine's applies).
    pub fn submit(&self, job: Job) -> Result<JobHandle, SubmitError> {
        let script = self.scheduler()?.compile(&job.source, &job.filename);
        self.submit_compiled(&job, script, None)
    }

    /// `submit`, and the job's key is sent to `notify` when it ends: a caller with many jobs in flight
    /// waits on one channel instead of one thread per job (the HTTP server's result collector).
    pub fn submit_notify(
        &self,
        job: Job,
        notify: Sender<JobKey>,
    ) -> Result<JobHandle, SubmitError> {
        let script = self.scheduler()?.compile(&job.source, &job.filename);
        self.submit_compiled(&job, script, Some(notify))
    }

    /// Runs a batch and returns the results in input order.
    pub fn run_swarm(&self, jobs: Vec<Job>) -> Vec<JobResult> {
        let n = jobs.len();
        let mut out: Vec<Option<JobResult>> = (0..n).map(|_| None).collect();
        for (i, r) in self.swarm(jobs) {
            if let Some(slot) = out.get_mut(i) {
                *slot = Some(r);
            }
        }
        out.into_iter().flatten().collect()
    }

    /// Runs a batch, yielding `(index in the batch, result)` as jobs end. Distinct scripts compile in
    /// parallel first; jobs are submitted as their tenants' queues have room.
    pub fn swarm(&self, jobs: Vec<Job>) -> Swarm<'_> {
        let (tx, rx) = channel();
        let scripts = match self.scheduler() {
            Ok(s) => {
                let items: Vec<(&str, &str)> = jobs
                    .iter()
                    .map(|j| (j.source.as_str(), j.filename.as_str()))
                    .collect();
                s.compile_batch(&items)
            }
            Err(_) => Vec::new(),
        };
        let mut scripts = scripts.into_iter();
        Swarm {
            engine: self,
            pending: jobs
                .into_iter()
                .enumerate()
                .map(|(i, j)| (i, j, scripts.next()))
                .collect(),
            inflight: HashMap::new(),
            ready: VecDeque::new(),
            tx,
            rx,
        }
    }

    /// A snapshot of the scheduler's counters (starts the scheduler if it was not running).
    pub fn stats(&self) -> Result<Stats, SubmitError> {
        Ok(self.scheduler()?.stats())
    }

    /// Refuses new jobs, lets every accepted job end, then stops the engine's threads.
    pub fn shutdown(&self) {
        if let Some(Ok(s)) = self.pool.scheduler.get() {
            s.shutdown();
        }
    }
}

/// Results of a batch in completion order; see [`Engine::swarm`].
pub struct Swarm<'e> {
    engine: &'e Engine,
    pending: VecDeque<(usize, Job, Option<Script>)>,
    inflight: HashMap<JobKey, (usize, JobHandle)>,
    ready: VecDeque<(usize, JobResult)>,
    tx: Sender<JobKey>,
    rx: Receiver<JobKey>,
}

impl Swarm<'_> {
    /// Submits waiting jobs until a tenant's queue is full. Refusals that waiting cannot fix become results.
    fn submit_more(&mut self) {
        while let Some((i, job, script)) = self.pending.pop_front() {
            let script = match script {
                Some(s) => s,
                None => match self.engine.scheduler() {
                    Ok(s) => s.compile(&job.source, &job.filename),
                    Err(e) => {
                        self.ready.push_back((i, JobResult::refused(job.id, &e)));
                        continue;
                    }
                },
            };
            match self
                .engine
                .submit_compiled(&job, script.clone(), Some(self.tx.clone()))
            {
                Ok(h) => {
                    self.inflight.insert(h.key(), (i, h));
                }
                Err(SubmitError::QueueFull { .. }) if !self.inflight.is_empty() => {
                    // Backpressure: wait for one of ours to end, then try again.
                    self.pending.push_front((i, job, Some(script)));
                    return;
                }
                Err(SubmitError::QueueFull { .. }) => {
                    // The queue is full of other callers' jobs: wait a little, without spinning.
                    self.pending.push_front((i, job, Some(script)));
                    std::thread::sleep(Duration::from_millis(1));
                    return;
                }
                Err(e) => self.ready.push_back((i, JobResult::refused(job.id, &e))),
            }
        }
    }
}

impl Iterator for Swarm<'_> {
    type Item = (usize, JobResult);

    fn next(&mut self) -> Option<(usize, JobResult)> {
        loop {
            if let Some(r) = self.ready.pop_front() {
                return Some(r);
            }
            self.submit_more();
            if let Some(r) = self.ready.pop_front() {
                return Some(r);
            }
            if self.inflight.is_empty() {
                if self.pending.is_empty() {
                    return None;
                }
                continue;
            }
            // We hold a sender, so this only fails if the scheduler vanished; every in-flight job notifies.
            let key = self.rx.recv().ok()?;
            if let Some((i, h)) = self.inflight.remove(&key) {
                return Some((i, h.wait()));
            }
        }
    }
}
