//! The report: counts, latency percentiles, server figures, SLO verdict; as a human table or JSON.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use serde::Serialize;

use crate::prom::Scrape;

/// Latency percentiles in milliseconds.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Percentiles {
    pub count: u64,
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    pub p999: f64,
    pub max: f64,
    pub mean: f64,
}

impl Percentiles {
    pub fn of(h: &Histogram<u64>) -> Percentiles {
        if h.is_empty() {
            return Percentiles::default();
        }
        let ms = |us: u64| us as f64 / 1000.0;
        Percentiles {
            count: h.len(),
            p50: ms(h.value_at_quantile(0.50)),
            p90: ms(h.value_at_quantile(0.90)),
            p99: ms(h.value_at_quantile(0.99)),
            p999: ms(h.value_at_quantile(0.999)),
            max: ms(h.max()),
            mean: h.mean() / 1000.0,
        }
    }
}

/// One swarm's send (kept for tests and for inspection; not in the JSON).
#[derive(Clone, Debug)]
pub struct SwarmSample {
    pub index: u64,
    pub intended: Instant,
    pub sent_at: Instant,
    /// From the intended send time to the 202 (or the error answer).
    pub submit_latency: Duration,
    pub accepted: bool,
}

/// Deltas of the server's `/metrics` between the start and the end of the run.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ServerFigures {
    pub jobs_submitted: f64,
    pub jobs_finished: f64,
    pub jobs_finished_by_outcome: BTreeMap<String, f64>,
    pub instructions: f64,
    pub instructions_per_s: f64,
    pub steals: f64,
    pub preemptions: f64,
    pub pool_size: f64,
    pub peak_vms_blocked: f64,
    pub peak_pool_in_use: f64,
    pub peak_queue_depth: f64,
    pub peak_jobs_outstanding: f64,
}

impl ServerFigures {
    pub fn between(before: &Scrape, after: &Scrape, elapsed: Duration) -> ServerFigures {
        let d = |name: &str| after.sum(name, &[]) - before.sum(name, &[]);
        let mut by_outcome = after.by_label("npython_jobs_finished_total", "outcome");
        for (k, v) in before.by_label("npython_jobs_finished_total", "outcome") {
            *by_outcome.entry(k).or_insert(0.0) -= v;
        }
        by_outcome.retain(|_, v| *v != 0.0);
        let instructions = d("npython_instructions_total");
        ServerFigures {
            jobs_submitted: d("npython_jobs_submitted_total"),
            jobs_finished: d("npython_jobs_finished_total"),
            jobs_finished_by_outcome: by_outcome,
            instructions,
            instructions_per_s: instructions / elapsed.as_secs_f64().max(1e-9),
            steals: d("npython_steals_total"),
            preemptions: d("npython_preemptions_total"),
            pool_size: after.sum("npython_vm_pool_size", &[]),
            ..Default::default()
        }
    }
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct SloVerdict {
    pub p99_ms: Option<f64>,
    pub min_rate: Option<f64>,
    pub passed: bool,
    pub failures: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct MockFigures {
    pub url: String,
    pub latency_ms: u64,
    pub requests: u64,
    pub errors: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub scenario: String,
    pub mode: String,
    pub rate_swarms_per_s: Option<f64>,
    pub concurrency: Option<usize>,
    pub swarm_size: usize,
    pub warmup_s: f64,
    pub duration_s: f64,
    pub elapsed_s: f64,
    pub drain_s: f64,
    pub drained: bool,
    pub swarms_scheduled: u64,
    pub swarms_sent: u64,
    pub swarms_accepted: u64,
    pub swarms_rejected: u64,
    pub jobs_sent: u64,
    pub jobs_accepted: u64,
    pub jobs_rejected: u64,
    /// Result lines received.
    pub results: u64,
    /// Accepted jobs without a result line at the end.
    pub lost: u64,
    pub stream_errors: u64,
    pub by_status: BTreeMap<String, u64>,
    pub errors_by_code: BTreeMap<String, u64>,
    pub unexpected: BTreeMap<String, BTreeMap<String, u64>>,
    /// Result lines received during the measured window, per second.
    pub throughput_jobs_per_s: f64,
    pub submit_latency_ms: Percentiles,
    pub job_latency_ms: Percentiles,
    pub server: Option<ServerFigures>,
    pub slo: SloVerdict,
    pub mock: Option<MockFigures>,
    #[serde(skip)]
    pub samples: Vec<SwarmSample>,
}

impl Report {
    /// Every accepted job has exactly one line, and nothing else came back.
    pub fn accounted(&self) -> bool {
        self.lost == 0 && self.results == self.jobs_accepted
    }

    /// The server's counters agree with ours (meaningful when no one else uses the server).
    pub fn matches_server(&self) -> Option<bool> {
        let s = self.server.as_ref()?;
        let ours: BTreeMap<String, f64> = self
            .by_status
            .iter()
            .map(|(k, v)| (k.clone(), *v as f64))
            .collect();
        Some(s.jobs_submitted == self.jobs_accepted as f64 && s.jobs_finished_by_outcome == ours)
    }

    pub fn check_slo(&mut self, p99_ms: Option<f64>, min_rate: Option<f64>) {
        let mut failures = Vec::new();
        if let Some(limit) = p99_ms {
            if self.job_latency_ms.p99 > limit {
                failures.push(format!(
                    "job p99 {:.1} ms > {limit} ms",
                    self.job_latency_ms.p99
                ));
            }
        }
        if let Some(min) = min_rate {
            if self.throughput_jobs_per_s < min {
                failures.push(format!(
                    "throughput {:.1} jobs/s < {min} jobs/s",
                    self.throughput_jobs_per_s
                ));
            }
        }
        self.slo = SloVerdict {
            p99_ms,
            min_rate,
            passed: failures.is_empty(),
            failures,
        };
    }

    pub fn table(&self) -> String {
        let mut o = String::new();
        let _ = writeln!(o, "scenario {}  ({})", self.scenario, self.mode);
        match (self.rate_swarms_per_s, self.concurrency) {
            (Some(r), _) => {
                let _ = writeln!(
                    o,
                    "offered    {r} swarms/s x {} jobs = {} jobs/s for {} s (+{} s warm-up)",
                    self.swarm_size,
                    r * self.swarm_size as f64,
                    self.duration_s,
                    self.warmup_s
                );
            }
            (None, Some(c)) => {
                let _ = writeln!(
                    o,
                    "closed loop {c} swarms in flight x {} jobs for {} s (+{} s warm-up)",
                    self.swarm_size, self.duration_s, self.warmup_s
                );
            }
            _ => {}
        }
        let _ = writeln!(
            o,
            "swarms     sent {}  accepted {}  rejected {}",
            self.swarms_sent, self.swarms_accepted, self.swarms_rejected
        );
        let _ = writeln!(
            o,
            "jobs       sent {}  accepted {}  results {}  lost {}  rejected {}",
            self.jobs_sent, self.jobs_accepted, self.results, self.lost, self.jobs_rejected
        );
        let statuses: Vec<String> = self
            .by_status
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        let _ = writeln!(o, "status     {}", statuses.join("  "));
        if !self.errors_by_code.is_empty() {
            let e: Vec<String> = self
                .errors_by_code
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect();
            let _ = writeln!(o, "rejected   {} (jobs, by error code)", e.join("  "));
        }
        for (script, by) in &self.unexpected {
            let e: Vec<String> = by.iter().map(|(k, v)| format!("{k} {v}")).collect();
            let _ = writeln!(o, "unexpected {script}: {}", e.join("  "));
        }
        let _ = writeln!(
            o,
            "throughput {:.1} jobs/s (results received in the measured window)",
            self.throughput_jobs_per_s
        );
        let _ = writeln!(
            o,
            "latency ms        {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
            "p50", "p90", "p99", "p99.9", "max", "count"
        );
        for (name, p) in [
            ("submit", &self.submit_latency_ms),
            ("job end-to-end", &self.job_latency_ms),
        ] {
            let _ = writeln!(
                o,
                "  {name:15} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>9}",
                p.p50, p.p90, p.p99, p.p999, p.max, p.count
            );
        }
        if let Some(s) = &self.server {
            let _ = writeln!(
                o,
                "server     {:.3e} instructions/s  steals {}  preemptions {}  submitted {}  finished {}",
                s.instructions_per_s, s.steals, s.preemptions, s.jobs_submitted, s.jobs_finished
            );
            let _ = writeln!(
                o,
                "server     peak: VMs blocked {}  pool in use {} of {}  queue depth {}  jobs outstanding {}",
                s.peak_vms_blocked,
                s.peak_pool_in_use,
                s.pool_size,
                s.peak_queue_depth,
                s.peak_jobs_outstanding
            );
        }
        if let Some(m) = &self.mock {
            let _ = writeln!(
                o,
                "mock       {}  latency {} ms  requests {}  errors {}",
                m.url, m.latency_ms, m.requests, m.errors
            );
        }
        let _ = writeln!(
            o,
            "accounting {}{}",
            if self.accounted() {
                "every accepted job has its result line"
            } else {
                "JOBS LOST"
            },
            match self.matches_server() {
                Some(true) => "; counts match the server's /metrics",
                Some(false) => "; counts DIFFER from the server's /metrics",
                None => "",
            }
        );
        if self.slo.p99_ms.is_some() || self.slo.min_rate.is_some() {
            let _ = writeln!(
                o,
                "SLO        {}",
                if self.slo.passed {
                    "met".to_string()
                } else {
                    format!("MISSED: {}", self.slo.failures.join("; "))
                }
            );
        }
        o
    }
}
