//! Prometheus metrics, served at `/metrics` in the text format (DESIGN.md section 7).
//!
//! Every label has bounded values (configured tenants, route templates, a fixed list of statuses, outcomes,
//! capabilities and denial reasons), and every series is created at start-up, so dashboards and alerts see
//! zeros instead of missing series. Scheduler counters are cumulative snapshots: a scrape adds the increase
//! since the previous scrape to the Prometheus counters.
//!
//! The I/O broker families (`npython_io_requests_total`, `npython_io_request_duration_seconds`,
//! `npython_capability_denials_total`) are fed through `Metrics::io_request` and `Metrics::denial` by
//! `toolcalls::MetricsAudit`, the broker's audit sink (one call per gated request). Denials raised inside the
//! VM before any request never reach the broker and are not counted here.

use std::time::Duration;

use parking_lot::Mutex;
use std::collections::HashMap;

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts,
    Registry, TextEncoder,
};

use super::routes::{ROUTES, UNMATCHED};
use npython_engine::{JobStatus, Stats};

/// Job outcomes, as the `outcome` label spells them (the result `status` values).
/// Outcomes of jobs; `interrupted` is a job that had changed the outside world when the server stopped.
pub const OUTCOMES: &[&str] = &[
    "ok",
    "error",
    "invalid",
    "killed",
    "cancelled",
    "internal",
    "interrupted",
];
/// HTTP statuses the server answers with; anything else is counted as "other".
pub const STATUSES: &[&str] = &[
    "200", "201", "202", "400", "401", "403", "404", "405", "408", "409", "413", "422", "429",
    "500", "503", "507",
];
/// Capabilities a blocked job may ask the broker for.
pub const CAPABILITIES: &[&str] = &["http", "fs", "tools", "sleep"];
/// How a broker request ended.
pub const IO_OUTCOMES: &[&str] = &["ok", "error", "denied", "timeout"];
/// Why a capability check refused a call (the codes of `npython_caps::Denied`, grouped).
pub const DENIAL_REASONS: &[&str] = &[
    "no_token",
    "expired",
    "revoked",
    "forged",
    "wrong_tenant",
    "wrong_capability",
    "caveat",
    "quota",
];

const LATENCY_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
    60.0,
];

pub fn outcome_label(s: JobStatus) -> &'static str {
    match s {
        JobStatus::Ok => "ok",
        JobStatus::Error => "error",
        JobStatus::Invalid => "invalid",
        JobStatus::Killed => "killed",
        JobStatus::Cancelled => "cancelled",
        JobStatus::Internal => "internal",
    }
}

/// The server's metric families.
pub struct Metrics {
    registry: Registry,
    pub jobs_submitted: IntCounterVec,
    pub jobs_finished: IntCounterVec,
    pub queue_wait: HistogramVec,
    pub run_time: HistogramVec,
    http_requests: IntCounterVec,
    http_latency: HistogramVec,
    io_requests: IntCounterVec,
    io_latency: HistogramVec,
    denials: IntCounterVec,
    queue_depth: IntGauge,
    vms_running: IntGauge,
    vms_blocked: IntGauge,
    pool_size: IntGauge,
    pool_in_use: IntGauge,
    outstanding: IntGauge,
    results_bytes: IntGauge,
    instructions: IntCounter,
    preemptions: IntCounter,
    steals: IntCounter,
    tenant_queued: IntGaugeVec,
    tenant_running: IntGaugeVec,
    tenant_fuel: IntCounterVec,
    connections_open: IntGauge,
    connections_accepted: IntCounter,
    connections_refused: IntCounter,
    connections_evicted: IntCounter,
    http_timeouts: IntCounterVec,
    accept_backoffs: IntCounter,
    memory_budget: IntGauge,
    memory_reserved: IntGauge,
    memory_reserved_peak: IntGauge,
    memory_waiting: IntGauge,
    memory_waits: IntCounter,
    /// The scheduler's cumulative counters at the previous scrape: instructions, preemptions, steals,
    /// memory admission waits.
    last: Mutex<[u64; 4]>,
    /// Each tenant's fuel used at the previous scrape.
    last_fuel: Mutex<HashMap<String, u64>>,
    /// The configured tenants: the only values of the `tenant` label.
    tenants: Vec<String>,
}

fn counter_vec(r: &Registry, name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
    let c = IntCounterVec::new(Opts::new(name, help), labels).expect("valid metric definition");
    r.register(Box::new(c.clone()))
        .expect("metric registered once");
    c
}

fn histogram_vec(r: &Registry, name: &str, help: &str, labels: &[&str]) -> HistogramVec {
    let h = HistogramVec::new(
        HistogramOpts::new(name, help).buckets(LATENCY_BUCKETS.to_vec()),
        labels,
    )
    .expect("valid metric definition");
    r.register(Box::new(h.clone()))
        .expect("metric registered once");
    h
}

fn gauge_vec(r: &Registry, name: &str, help: &str, labels: &[&str]) -> IntGaugeVec {
    let g = IntGaugeVec::new(Opts::new(name, help), labels).expect("valid metric definition");
    r.register(Box::new(g.clone()))
        .expect("metric registered once");
    g
}

fn gauge(r: &Registry, name: &str, help: &str) -> IntGauge {
    let g = IntGauge::new(name, help).expect("valid metric definition");
    r.register(Box::new(g.clone()))
        .expect("metric registered once");
    g
}

fn counter(r: &Registry, name: &str, help: &str) -> IntCounter {
    let c = IntCounter::new(name, help).expect("valid metric definition");
    r.register(Box::new(c.clone()))
        .expect("metric registered once");
    c
}

impl Metrics {
    /// Registers every family and creates every series for `tenants`.
    ///
    /// The `expect`s run once at start-up on constant names and labels, never on request data.
    pub fn new(tenants: &[String], pool_size: usize) -> Metrics {
        let r = Registry::new();
        let m = Metrics {
            jobs_submitted: counter_vec(
                &r,
                "npython_jobs_submitted_total",
                "Jobs accepted, by tenant.",
                &["tenant"],
            ),
            jobs_finished: counter_vec(
                &r,
                "npython_jobs_finished_total",
                "Jobs ended, by tenant and outcome (the result status).",
                &["tenant", "outcome"],
            ),
            queue_wait: histogram_vec(
                &r,
                "npython_job_queue_wait_seconds",
                "Submission to first instruction, by tenant.",
                &["tenant"],
            ),
            run_time: histogram_vec(
                &r,
                "npython_job_run_seconds",
                "First instruction to end (blocked time included), by tenant.",
                &["tenant"],
            ),
            http_requests: counter_vec(
                &r,
                "npython_http_requests_total",
                "HTTP API requests, by route template and status.",
                &["route", "status"],
            ),
            http_latency: histogram_vec(
                &r,
                "npython_http_request_duration_seconds",
                "HTTP API time to response headers, by route template and status class.",
                &["route", "status_class"],
            ),
            io_requests: counter_vec(
                &r,
                "npython_io_requests_total",
                "I/O broker requests, by capability and outcome (fed by the I/O broker).",
                &["capability", "outcome"],
            ),
            io_latency: histogram_vec(
                &r,
                "npython_io_request_duration_seconds",
                "I/O broker request latency, by capability (fed by the I/O broker).",
                &["capability"],
            ),
            denials: counter_vec(
                &r,
                "npython_capability_denials_total",
                "Capability checks that refused a call, by reason (fed by the I/O broker).",
                &["reason"],
            ),
            queue_depth: gauge(&r, "npython_queue_depth", "Jobs waiting for a VM."),
            vms_running: gauge(
                &r,
                "npython_vms_running",
                "VMs bound to a job that is running or runnable.",
            ),
            vms_blocked: gauge(
                &r,
                "npython_vms_blocked",
                "VMs bound to a job blocked on I/O.",
            ),
            pool_size: gauge(&r, "npython_vm_pool_size", "VMs in the pool."),
            pool_in_use: gauge(&r, "npython_vm_pool_in_use", "VMs bound to a job."),
            outstanding: gauge(
                &r,
                "npython_jobs_outstanding",
                "Jobs accepted by the API and not yet ended.",
            ),
            results_bytes: gauge(
                &r,
                "npython_results_retained_bytes",
                "Bytes of results kept for finished swarms.",
            ),
            instructions: counter(
                &r,
                "npython_instructions_total",
                "Instructions executed by all jobs.",
            ),
            preemptions: counter(
                &r,
                "npython_preemptions_total",
                "Quanta that ended with the job put back in the run queue.",
            ),
            steals: counter(
                &r,
                "npython_steals_total",
                "Tasks a worker stole from another worker's queue.",
            ),
            tenant_queued: gauge_vec(
                &r,
                "npython_tenant_queue_depth",
                "Jobs waiting for a VM, by tenant.",
                &["tenant"],
            ),
            tenant_running: gauge_vec(
                &r,
                "npython_tenant_jobs_running",
                "Jobs holding a VM, by tenant.",
                &["tenant"],
            ),
            tenant_fuel: counter_vec(
                &r,
                "npython_tenant_fuel_used_total",
                "Instructions executed by the tenant's jobs (checked against its max_fuel).",
                &["tenant"],
            ),
            connections_open: gauge(
                &r,
                "npython_http_connections_open",
                "HTTP connections open.",
            ),
            connections_accepted: counter(
                &r,
                "npython_http_connections_accepted_total",
                "HTTP connections accepted and served.",
            ),
            connections_refused: counter(
                &r,
                "npython_http_connections_refused_total",
                "HTTP connections answered 503 (or closed) at max_connections with none idle to close.",
            ),
            connections_evicted: counter(
                &r,
                "npython_http_connections_evicted_total",
                "Idle HTTP connections closed to make room at max_connections or when out of descriptors.",
            ),
            http_timeouts: counter_vec(
                &r,
                "npython_http_timeouts_total",
                "HTTP connections or requests cut by a timeout, by kind (header, body, idle).",
                &["kind"],
            ),
            accept_backoffs: counter(
                &r,
                "npython_http_accept_backoffs_total",
                "Pauses of the accept loop because the process was out of descriptors.",
            ),
            memory_budget: gauge(
                &r,
                "npython_memory_budget_bytes",
                "memory_budget_bytes: the most the running jobs' max_memory_bytes may add up to.",
            ),
            memory_reserved: gauge(
                &r,
                "npython_memory_reserved_bytes",
                "The sum of the max_memory_bytes of jobs holding a VM.",
            ),
            memory_reserved_peak: gauge(
                &r,
                "npython_memory_reserved_peak_bytes",
                "The most npython_memory_reserved_bytes has been since the start.",
            ),
            memory_waiting: gauge(
                &r,
                "npython_memory_admission_waiting",
                "Jobs waiting in the queue because the memory budget has no room for them now.",
            ),
            memory_waits: counter(
                &r,
                "npython_memory_admission_waits_total",
                "Jobs that had to wait for room in the memory budget (each counted once).",
            ),
            last: Mutex::new([0; 4]),
            last_fuel: Mutex::new(HashMap::new()),
            tenants: tenants.to_vec(),
            registry: r,
        };
        m.pool_size
            .set(i64::try_from(pool_size).unwrap_or(i64::MAX));
        for t in tenants {
            m.jobs_submitted.with_label_values(&[t]);
            m.queue_wait.with_label_values(&[t]);
            m.run_time.with_label_values(&[t]);
            m.tenant_queued.with_label_values(&[t]);
            m.tenant_running.with_label_values(&[t]);
            m.tenant_fuel.with_label_values(&[t]);
            for o in OUTCOMES {
                m.jobs_finished.with_label_values(&[t.as_str(), o]);
            }
        }
        for r in ROUTES.iter().map(|r| r.path).chain([UNMATCHED]) {
            for s in STATUSES.iter().chain(&["other"]) {
                m.http_requests.with_label_values(&[r, s]);
            }
            for c in ["2xx", "4xx", "5xx"] {
                m.http_latency.with_label_values(&[r, c]);
            }
        }
        for c in CAPABILITIES {
            m.io_latency.with_label_values(&[c]);
            for o in IO_OUTCOMES {
                m.io_requests.with_label_values(&[c, o]);
            }
        }
        for d in DENIAL_REASONS {
            m.denials.with_label_values(&[d]);
        }
        for k in ["header", "body", "idle"] {
            m.http_timeouts.with_label_values(&[k]);
        }
        m
    }

    pub(crate) fn connections_open(&self, n: usize) {
        self.connections_open
            .set(i64::try_from(n).unwrap_or(i64::MAX));
    }

    pub(crate) fn connection_accepted(&self) {
        self.connections_accepted.inc();
    }

    pub(crate) fn connection_refused(&self) {
        self.connections_refused.inc();
    }

    pub(crate) fn accept_backoff(&self) {
        self.accept_backoffs.inc();
    }

    /// Counts a connection the server closed: a timeout or an eviction.
    pub(crate) fn connection_closed(&self, why: super::conns::Closed) {
        use super::conns::Closed;
        match why {
            Closed::Header => self.http_timeouts.with_label_values(&["header"]).inc(),
            Closed::Idle => self.http_timeouts.with_label_values(&["idle"]).inc(),
            Closed::Evicted => self.connections_evicted.inc(),
        }
    }

    /// Counts a request body cut by `body_timeout_ms` and the minimum rate.
    pub(crate) fn body_timeout(&self) {
        self.http_timeouts.with_label_values(&["body"]).inc();
    }

    /// Counts one HTTP request; `route` is a template from the route table or `UNMATCHED`.
    pub fn http_request(&self, route: &str, status: u16, elapsed: Duration) {
        let text = status.to_string();
        let status_label = STATUSES
            .iter()
            .find(|s| **s == text)
            .copied()
            .unwrap_or("other");
        self.http_requests
            .with_label_values(&[route, status_label])
            .inc();
        let class = match status {
            200..=399 => "2xx",
            400..=499 => "4xx",
            _ => "5xx",
        };
        self.http_latency
            .with_label_values(&[route, class])
            .observe(elapsed.as_secs_f64());
    }

    /// Counts one broker request (for the I/O broker; unknown labels fold into existing series).
    pub fn io_request(&self, capability: &str, outcome: &str, elapsed: Duration) {
        let cap = CAPABILITIES
            .iter()
            .find(|c| **c == capability)
            .copied()
            .unwrap_or("tools");
        let out = IO_OUTCOMES
            .iter()
            .find(|o| **o == outcome)
            .copied()
            .unwrap_or("error");
        self.io_requests.with_label_values(&[cap, out]).inc();
        self.io_latency
            .with_label_values(&[cap])
            .observe(elapsed.as_secs_f64());
    }

    /// Counts one capability denial (for the I/O broker).
    pub fn denial(&self, reason: &str) {
        let r = DENIAL_REASONS
            .iter()
            .find(|d| **d == reason)
            .copied()
            .unwrap_or("caveat");
        self.denials.with_label_values(&[r]).inc();
    }

    /// The text exposition, after bringing the scheduler-derived series up to date.
    pub fn render(
        &self,
        stats: Option<&Stats>,
        outstanding: usize,
        results_bytes: usize,
    ) -> String {
        if let Some(s) = stats {
            let to_i64 = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
            self.queue_depth.set(to_i64(s.queued));
            let blocked = usize::try_from(s.blocked_now).unwrap_or(usize::MAX);
            self.vms_blocked.set(to_i64(blocked));
            self.vms_running
                .set(to_i64(s.running.saturating_sub(blocked)));
            self.pool_in_use.set(to_i64(s.running));
            let to_gauge = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
            self.memory_budget.set(to_gauge(s.memory_budget));
            self.memory_reserved.set(to_gauge(s.memory_in_use));
            self.memory_reserved_peak
                .set(to_gauge(s.memory_in_use_peak));
            self.memory_waiting.set(to_i64(s.memory_waiting));
            let now = [s.instructions, s.preemptions, s.steals(), s.memory_waits];
            let mut last = self.last.lock();
            self.instructions.inc_by(now[0].saturating_sub(last[0]));
            self.preemptions.inc_by(now[1].saturating_sub(last[1]));
            self.steals.inc_by(now[2].saturating_sub(last[2]));
            self.memory_waits.inc_by(now[3].saturating_sub(last[3]));
            *last = now;
            drop(last);
            let mut last_fuel = self.last_fuel.lock();
            for t in &s.tenants {
                if !self.tenants.contains(&t.name) {
                    continue;
                }
                self.tenant_queued
                    .with_label_values(&[&t.name])
                    .set(to_i64(t.queued));
                self.tenant_running
                    .with_label_values(&[&t.name])
                    .set(to_i64(t.running));
                let before = last_fuel.insert(t.name.clone(), t.fuel_used).unwrap_or(0);
                self.tenant_fuel
                    .with_label_values(&[&t.name])
                    .inc_by(t.fuel_used.saturating_sub(before));
            }
        }
        self.outstanding
            .set(i64::try_from(outstanding).unwrap_or(i64::MAX));
        self.results_bytes
            .set(i64::try_from(results_bytes).unwrap_or(i64::MAX));
        let mut buf = Vec::new();
        if let Err(e) = TextEncoder::new().encode(&self.registry.gather(), &mut buf) {
            return format!("# encoding failed: {e}\n");
        }
        String::from_utf8_lossy(&buf).into_owned()
    }
}
