//! `npython-loadtest`: an open-loop load generator for `npython serve`, speaking only its public HTTP API.
//!
//! Modules: `scenario` (the TOML file and the script mix), `runner` (the schedule, the HTTP client, the
//! coordinated-omission-corrected measurement), `report` (percentiles, server figures, SLO, table/JSON),
//! `prom` (reading `/metrics`), `mock` (the built-in upstream), `spawn` (`--spawn`), `tokens` (capability
//! tokens minted at start for the jobs).

pub mod mock;
pub mod prom;
pub mod report;
pub mod runner;
pub mod scenario;
pub mod spawn;
pub mod tokens;

use std::path::PathBuf;
use std::time::Duration;

pub use report::Report;
pub use runner::{Mode, Plan, PreparedScript, Target};
pub use scenario::{MockVars, Scenario};

/// Where the server comes from.
#[derive(Clone, Debug)]
pub enum ServerChoice {
    /// Start `npython serve` (this binary) on 127.0.0.1 with a temporary NPYTHON_HOME.
    Spawn { npython: PathBuf },
    /// A running server and one API key per tenant to use; the admin key and the tenant of each API key
    /// are needed only by scenarios with `[[token]]` tables.
    Url {
        url: String,
        api_keys: Vec<String>,
        admin_key: Option<String>,
        tenants: Vec<String>,
    },
}

/// Command-line overrides of a scenario.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub rate: Option<f64>,
    pub max_rate: bool,
    pub concurrency: Option<usize>,
    pub swarm_size: Option<usize>,
    pub duration_s: Option<f64>,
    pub warmup_s: Option<f64>,
    pub max_in_flight: Option<usize>,
    pub progress: bool,
}

/// The plan for a scenario, its placeholders filled with the mock upstream's address and latency.
pub fn plan(s: &Scenario, o: &Overrides, vars: &MockVars) -> Plan {
    let mode = if o.max_rate || (o.rate.is_none() && s.max_rate) {
        Mode::Max {
            concurrency: o.concurrency.or(s.concurrency).unwrap_or(32),
        }
    } else {
        Mode::Open {
            rate: o.rate.or(s.rate).unwrap_or(10.0),
        }
    };
    let scripts = s
        .scripts
        .iter()
        .map(|sc| PreparedScript {
            name: sc.name.clone(),
            source: vars.fill(&sc.source),
            inputs: sc.inputs.clone(),
            limits: sc.limits.clone(),
            expect: sc.expect.clone(),
        })
        .collect();
    Plan {
        name: s.name.clone().unwrap_or_else(|| "unnamed".into()),
        mode,
        swarm_size: o.swarm_size.or(s.swarm_size).unwrap_or(1).max(1),
        duration: Duration::from_secs_f64(o.duration_s.or(s.duration_s).unwrap_or(10.0)),
        warmup: Duration::from_secs_f64(o.warmup_s.or(s.warmup_s).unwrap_or(0.0)),
        max_in_flight: o.max_in_flight.or(s.max_in_flight).unwrap_or(10_000),
        drain_timeout: Duration::from_secs_f64(s.drain_timeout_s.unwrap_or(60.0)),
        weights: s.scripts.iter().map(|sc| sc.weight).collect(),
        scripts,
        tokens: s.tokens.iter().map(|t| tokens::fill(t, vars)).collect(),
        scrape_metrics: true,
        progress: o.progress,
    }
}

/// Runs a scenario end to end: mock upstream, server (spawned or given), load, report. Builds its own tokio
/// runtime with `threads` workers.
pub fn run_scenario(
    scenario: &Scenario,
    overrides: &Overrides,
    server: &ServerChoice,
    threads: usize,
) -> Result<Report, String> {
    let mut spawned = None;
    let target = match server {
        ServerChoice::Spawn { npython } => {
            let s = spawn::Spawned::start(
                npython,
                scenario.server.as_ref(),
                scenario.tenants.unwrap_or(1),
            )?;
            let t = Target {
                url: s.url.clone(),
                api_keys: s.api_keys.clone(),
                admin_key: s.admin_key.clone(),
                tenants: s.tenants.clone(),
            };
            spawned = Some(s);
            t
        }
        ServerChoice::Url {
            url,
            api_keys,
            admin_key,
            tenants,
        } => Target {
            url: url.trim_end_matches('/').to_string(),
            api_keys: api_keys.clone(),
            admin_key: admin_key.clone(),
            tenants: tenants.clone(),
        },
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(threads.max(1))
        .thread_name("npython-loadtest")
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    let report = runtime.block_on(async {
        let settings = scenario.mock.clone().unwrap_or_default();
        let mock = mock::MockUpstream::start(&settings).await?;
        let plan = plan(scenario, overrides, &mock.vars());
        let mut report = runner::run(plan, target).await?;
        report.mock = scenario.mock.as_ref().map(|_| report::MockFigures {
            url: mock.url(),
            latency_ms: settings.latency_ms,
            requests: mock.requests(),
            errors: mock.errors(),
        });
        Ok::<_, String>(report)
    });
    runtime.shutdown_timeout(Duration::from_secs(1));
    if let Some(mut s) = spawned {
        s.stop();
    }
    report
}
