//! nPython's I/O broker: it performs the gated requests a blocked VM hands out (`IoRequest::Http`, `Fs`,
//! `Tool`) and `time.sleep`, on a small tokio runtime of its own, and answers each exactly once.
//!
//! What it owns: the async runtime for the engine's outbound I/O; the http client (hyper + rustls, HTTP/1.1
//! and HTTP/2, webpki roots) with its address policy and redirect handling; the mapping of fs paths into
//! tenants' root directories with atomic writes and quotas; the tool registry (Rust handlers, tenants'
//! webhooks, the client route); the audit trail and counters of gated calls.
//!
//! Two entry points share one implementation: [`Broker`] implements `npython-host`'s `IoBroker` (requests
//! are spawned on the runtime and answered through the job's `Completion`, holding no worker thread), and
//! [`Broker::perform_blocking`] serves the CLI's single-job runner on the caller's thread.
//!
//! The VM has checked the token (signature, tenant, capability, expiry, revocation) and the request as the
//! script wrote it before blocking. The broker checks again what it can and enforces what only it can see.
//!
//! Invariants (what the broker must never do):
//! - Never serve a request its grant does not allow: every http hop is re-checked with `allows_http`, every fs
//!   path with `allows_fs` (read-only included), every tool name with `allows_tool`, and the grant's tenant
//!   must be the token's tenant. Expiry is re-checked here, and so is revocation when the broker is given the
//!   verifier (`BrokerConfig::verifier`): the VM checked both when the call was made, and the broker checks
//!   again when it starts the request, so a revocation made while the request waited is honoured.
//! - Never connect to a private, loopback, link-local, CGNAT, unique-local, multicast, unspecified or cloud
//!   metadata address, whether written in the URL (in any numeric form), answered by DNS or reached by a
//!   redirect, unless the token names that host explicitly (`Authority::names_host`). Only the operator's
//!   tool webhooks are exempt.
//! - Never read or write outside a tenant's root: no `..`, NUL byte or symbolic link is followed, and error
//!   messages show the script's virtual path, never the host path.
//! - Never leave a torn file: writes go to a temp file in the same directory, are synced, then renamed.
//! - Never let a limit pass silently: a body over its limit, a quota overrun or a timeout is an error the
//!   script sees, never a truncated result.
//! - Never panic on request content, and never log headers, bodies, file contents or tokens (audit records
//!   carry targets and sizes only).
//!
//! The threat model and the choices behind these rules are in docs/BROKER.md.

#![deny(missing_docs)]

mod address;
mod audit;
mod config;
mod fs;
mod http;
mod json;
mod resolve;
mod tools;
mod url;

use std::fmt;
use std::sync::atomic::Ordering as AtomicOrdering;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use npython_host::{
    Completion, Data, FsOp, Grant, IoBroker, IoError, IoErrorKind, IoRequest, IoResult, JobKey,
};
use tokio::runtime::Runtime;

// The public API. Every name here is a commitment; removing one is progress.
pub use audit::{
    kind_name, AuditRecord, AuditSink, Counters, FileAuditSink, MemoryAuditSink, NoAudit, Outcome,
    OutcomeCounts,
};
pub use config::{BrokerConfig, EffectGate, FsConfig, HttpConfig};
pub use tools::{ClientToolRoute, ToolCall, ToolError, ToolFuture, ToolHandler, Tools};

use audit::LiveCounters;

/// The broker could not start.
#[derive(Debug)]
pub struct BrokerError {
    message: String,
}

impl fmt::Display for BrokerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for BrokerError {}

/// The I/O broker. Cheap to share behind an `Arc`; dropping the last handle stops its runtime (requests in
/// flight are dropped, which answers their jobs with an `OSError`).
pub struct Broker {
    runtime: Option<Runtime>,
    core: Arc<Core>,
}

/// Everything a request needs, shared by the tasks on the runtime.
pub(crate) struct Core {
    http: http::HttpClients,
    http_config: HttpConfig,
    fs: fs::FsState,
    tools: Tools,
    audit: Arc<dyn AuditSink>,
    counters: LiveCounters,
    verifier: Option<Arc<dyn npython_caps::Verifier + Send + Sync>>,
    effects: Option<Arc<dyn config::EffectGate>>,
}

/// What a gated call did, for its audit record. Filled in by the module that performs it.
#[derive(Debug, Default)]
pub(crate) struct Report {
    pub(crate) action: String,
    pub(crate) target: String,
    pub(crate) bytes_out: u64,
    pub(crate) bytes_in: u64,
}

impl Broker {
    /// Starts the broker's runtime (`config.threads` threads named `npython-broker`) and builds its http
    /// clients.
    pub fn new(config: BrokerConfig) -> Result<Broker, BrokerError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(config.threads.max(1))
            // File operations and DNS lookups run on the blocking pool; bound it so a flood of fs calls
            // queues instead of spawning hundreds of threads.
            .max_blocking_threads(16)
            .thread_name("npython-broker")
            .enable_io()
            .enable_time()
            .build()
            .map_err(|e| BrokerError {
                message: format!("cannot start the I/O broker's runtime: {e}"),
            })?;
        let http = http::HttpClients::new().map_err(|message| BrokerError { message })?;
        let core = Core {
            http,
            http_config: config.http,
            fs: fs::FsState::new(config.fs),
            tools: config.tools,
            audit: config.audit,
            counters: LiveCounters::default(),
            verifier: config.verifier,
            effects: config.effects,
        };
        Ok(Broker {
            runtime: Some(runtime),
            core: Arc::new(core),
        })
    }

    /// Performs one request on the calling thread and returns its answer: the CLI's single-job runner. `job`
    /// names the job in audit records; `deadline` (the job's wall-clock limit) bounds every http and tool
    /// call further. A sleep sleeps its whole length: a runner that must end a job at its deadline handles
    /// sleeps itself.
    ///
    /// Must not be called from inside an async runtime (it would block one of its threads): that returns an
    /// error instead.
    pub fn perform_blocking(
        &self,
        job: u64,
        req: IoRequest,
        deadline: Option<Instant>,
    ) -> IoResult {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(io_error(
                IoErrorKind::Os,
                "Broker::perform_blocking was called from inside an async runtime; submit the request instead",
            ));
        }
        let Some(runtime) = &self.runtime else {
            return Err(io_error(IoErrorKind::Os, "the I/O broker has stopped"));
        };
        runtime.block_on(self.core.clone().perform(job, req, deadline, &|| true))
    }

    /// A snapshot of the counters of gated calls (for metrics).
    pub fn counters(&self) -> Counters {
        self.core.counters.snapshot()
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        // Dropping a runtime waits for its blocking threads; shutting down in the background never blocks the
        // thread dropping the broker (which may be a scheduler thread).
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl IoBroker for Broker {
    fn submit(&self, job: JobKey, req: IoRequest, done: Completion) {
        if !done.is_wanted() {
            // The job was cancelled or killed meanwhile; its answer would be ignored.
            self.core
                .counters
                .skipped
                .fetch_add(1, AtomicOrdering::Relaxed);
            return;
        }
        let Some(runtime) = &self.runtime else {
            done.complete(Err(io_error(IoErrorKind::Os, "the I/O broker has stopped")));
            return;
        };
        let core = self.core.clone();
        runtime.spawn(async move {
            let result = core.perform(job, req, None, &|| done.is_wanted()).await;
            done.complete(result);
        });
    }
}

impl Core {
    /// Performs one request, audits it if it is gated, and returns the answer. `wanted` is polled while the
    /// request runs: once the job no longer waits (cancelled, killed, past its deadline), the request is
    /// dropped (closing its connection) and answered with an error nobody will read.
    async fn perform(
        self: Arc<Core>,
        job: u64,
        req: IoRequest,
        deadline: Option<Instant>,
        wanted: &(dyn Fn() -> bool + Sync),
    ) -> IoResult {
        let started = Instant::now();
        let mut report = Report::default();
        let (capability, grant) = match &req {
            IoRequest::Sleep { .. } => ("sleep", None),
            IoRequest::Http(r) => ("http", Some(r.grant.clone())),
            IoRequest::Fs(r) => ("fs", Some(r.grant.clone())),
            IoRequest::Tool(r) => ("tools", Some(r.grant.clone())),
        };
        let work = self.serve(job, req, deadline, &mut report);
        let result = tokio::select! {
            result = work => result,
            () = until_unwanted(wanted) => {
                self.counters.skipped.fetch_add(1, AtomicOrdering::Relaxed);
                Err(io_error(IoErrorKind::Os, "the job no longer waits for this request"))
            }
        };
        if let Some(grant) = grant {
            self.audit(job, capability, &grant, &report, started, &result);
        }
        result
    }

    async fn serve(
        &self,
        job: u64,
        req: IoRequest,
        deadline: Option<Instant>,
        report: &mut Report,
    ) -> IoResult {
        match req {
            IoRequest::Sleep { seconds } => {
                self.counters.sleeps.fetch_add(1, AtomicOrdering::Relaxed);
                // The VM refuses negative and NaN lengths itself; anything unrepresentable sleeps "forever",
                // which the job's deadline ends.
                let delay = Duration::try_from_secs_f64(seconds).unwrap_or(Duration::MAX);
                tokio::time::sleep(delay).await;
                Ok(Data::None)
            }
            IoRequest::Http(req) => {
                report.action = req.method.clone();
                report.target = url::clip(&req.url);
                self.check_grant(&req.grant)?;
                let reads_only = req.method.eq_ignore_ascii_case("GET")
                    || req.method.eq_ignore_ascii_case("HEAD");
                if !reads_only {
                    self.before_effect(job)?;
                }
                http::perform(self, *req, deadline, report).await
            }
            IoRequest::Fs(req) => {
                report.target = url::clip(&req.path);
                self.check_grant(&req.grant)?;
                if matches!(
                    req.op,
                    FsOp::Write { .. } | FsOp::Append { .. } | FsOp::Delete | FsOp::Mkdir
                ) {
                    self.before_effect(job)?;
                }
                fs::perform(&self.fs, *req, report).await
            }
            IoRequest::Tool(req) => {
                report.target = url::clip(&req.name);
                self.check_grant(&req.grant)?;
                self.before_effect(job)?;
                tools::perform(self, job, *req, deadline, report).await
            }
        }
    }

    /// Tells the effect gate, if any, that `job` is about to change the outside world; its refusal refuses
    /// the request, since performing it unrecorded could repeat it after a restart.
    fn before_effect(&self, job: u64) -> Result<(), IoError> {
        match &self.effects {
            Some(gate) => gate
                .before_effect(job)
                .map_err(|m| io_error(IoErrorKind::Os, m)),
            None => Ok(()),
        }
    }

    /// Checks what holds for every gated request: the grant's tenant is the token's, and the token is still
    /// live (not expired, and not revoked when the broker has the verifier).
    fn check_grant(&self, grant: &Grant) -> Result<(), IoError> {
        if grant.authority.tenant() != grant.tenant {
            return Err(io_error(
                IoErrorKind::Capability,
                format!(
                    "token {} was minted for another tenant",
                    grant.authority.token_id()
                ),
            ));
        }
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        // On the runtime's thread: a key store's check is one `stat` of its revocation log when nothing was
        // revoked since the last one, and reads only the new lines otherwise.
        let live = match &self.verifier {
            Some(verifier) => verifier.check_live(&grant.authority, now),
            None => grant.authority.check_expiry(now),
        };
        live.map_err(|e| io_error(IoErrorKind::Capability, e.to_string()))
    }

    fn audit(
        &self,
        job: u64,
        capability: &'static str,
        grant: &Grant,
        report: &Report,
        started: Instant,
        result: &IoResult,
    ) {
        let (outcome, error_kind) = Outcome::of(&result.as_ref().map(|_| ()).map_err(Clone::clone));
        let record = AuditRecord {
            ts_ms: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
            tenant: grant.tenant.clone(),
            job,
            capability,
            action: report.action.clone(),
            target: report.target.clone(),
            outcome,
            error_kind,
            bytes_out: report.bytes_out,
            bytes_in: report.bytes_in,
            duration_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            token_id: grant.authority.token_id().to_string(),
        };
        self.counters.add(&record);
        self.audit.record(&record);
    }
}

/// How often a running request checks whether its job still waits for it.
const WANTED_POLL: Duration = Duration::from_millis(100);

/// Resolves once `wanted` turns false (never, for a blocking caller).
async fn until_unwanted(wanted: &(dyn Fn() -> bool + Sync)) {
    loop {
        tokio::time::sleep(WANTED_POLL).await;
        if !wanted() {
            return;
        }
    }
}

/// Builds an error.
pub(crate) fn io_error(kind: IoErrorKind, message: impl Into<String>) -> IoError {
    IoError {
        kind,
        message: message.into(),
    }
}

/// The smallest of some optional durations and a default.
pub(crate) fn effective_timeout(
    default: Duration,
    limits: &[Option<Duration>],
    deadline: Option<Instant>,
) -> Duration {
    let mut timeout = default;
    for limit in limits.iter().flatten() {
        timeout = timeout.min(*limit);
    }
    if let Some(deadline) = deadline {
        timeout = timeout.min(deadline.saturating_duration_since(Instant::now()));
    }
    timeout
}
