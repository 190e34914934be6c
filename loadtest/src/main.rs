//! `npython-loadtest`: drive `npython serve` with open-loop swarm load; see docs/USAGE.md ("Load testing").
//!
//! Exit status: 0 all good; 1 the run could not be made; 2 an SLO (`--p99-ms`, `--min-rate`) was missed;
//! 3 jobs were lost (an accepted job without its result line).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use npython_loadtest::{run_scenario, spawn, Overrides, Scenario, ServerChoice};

#[derive(Parser, Debug)]
#[command(
    name = "npython-loadtest",
    version,
    about = "Open-loop load generator for `npython serve`"
)]
struct Args {
    /// Scenario file (TOML); see loadtest/scenarios/.
    #[arg(long)]
    scenario: PathBuf,
    /// Start `npython serve --listen 127.0.0.1:0` (the `npython` beside this binary) with a fresh NPYTHON_HOME.
    #[arg(long, conflicts_with = "url")]
    spawn: bool,
    /// The `npython` binary for --spawn (default: beside this executable).
    #[arg(long, requires = "spawn")]
    npython: Option<PathBuf>,
    /// A running server, e.g. http://127.0.0.1:8080.
    #[arg(long, requires = "api_key")]
    url: Option<String>,
    /// API key for --url; repeat it to spread swarms over several tenants.
    #[arg(long = "api-key")]
    api_key: Vec<String>,
    /// Admin key for --url, to mint the scenario's `[[token]]`s through POST /v1/tokens.
    #[arg(long, requires = "url")]
    admin_key: Option<String>,
    /// The tenant of each --api-key, in the same order, for minting tokens (default: `default` when there is
    /// one key).
    #[arg(long, requires = "url")]
    tenant: Vec<String>,
    /// Swarms per second, open loop (overrides the scenario's `rate`).
    #[arg(long)]
    rate: Option<f64>,
    /// Closed loop at full speed (`--concurrency` swarms in flight) to find saturation.
    #[arg(long, conflicts_with = "rate")]
    max_rate: bool,
    /// Swarms in flight with --max-rate.
    #[arg(long)]
    concurrency: Option<usize>,
    /// Jobs per swarm.
    #[arg(long)]
    swarm_size: Option<usize>,
    /// Measured seconds.
    #[arg(long)]
    duration: Option<f64>,
    /// Warm-up seconds.
    #[arg(long)]
    warmup: Option<f64>,
    /// Most swarms in flight in the open loop (a send past it waits, and the wait is measured).
    #[arg(long)]
    max_in_flight: Option<usize>,
    /// SLO: job end-to-end p99 in milliseconds; missed -> exit 2.
    #[arg(long)]
    p99_ms: Option<f64>,
    /// SLO: throughput in jobs per second; missed -> exit 2.
    #[arg(long)]
    min_rate: Option<f64>,
    /// Print the report as JSON on stdout (instead of the table).
    #[arg(long)]
    json: bool,
    /// Threads of the load generator's runtime.
    #[arg(long, default_value_t = 1)]
    threads: usize,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let scenario = match Scenario::from_file(&args.scenario) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("npython-loadtest: {e}");
            return ExitCode::from(1);
        }
    };
    let server = if args.spawn {
        let npython = match args
            .npython
            .clone()
            .map(Ok)
            .unwrap_or_else(spawn::npython_beside_self)
        {
            Ok(p) => p,
            Err(e) => {
                eprintln!("npython-loadtest: {e}");
                return ExitCode::from(1);
            }
        };
        ServerChoice::Spawn { npython }
    } else if let Some(url) = &args.url {
        let tenants = if args.tenant.is_empty() && args.api_key.len() == 1 {
            vec!["default".to_string()]
        } else {
            args.tenant.clone()
        };
        ServerChoice::Url {
            url: url.clone(),
            api_keys: args.api_key.clone(),
            admin_key: args.admin_key.clone(),
            tenants,
        }
    } else {
        eprintln!("npython-loadtest: give --spawn or --url URL --api-key KEY");
        return ExitCode::from(1);
    };
    let overrides = Overrides {
        rate: args.rate,
        max_rate: args.max_rate,
        concurrency: args.concurrency,
        swarm_size: args.swarm_size,
        duration_s: args.duration,
        warmup_s: args.warmup,
        max_in_flight: args.max_in_flight,
        progress: std::io::stderr().is_terminal(),
    };
    let mut report = match run_scenario(&scenario, &overrides, &server, args.threads) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("npython-loadtest: {e}");
            return ExitCode::from(1);
        }
    };
    let slo = scenario.slo.clone().unwrap_or_default();
    report.check_slo(args.p99_ms.or(slo.p99_ms), args.min_rate.or(slo.min_rate));
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report).expect("json"));
    } else {
        print!("{}", report.table());
    }
    if !report.accounted() {
        eprintln!(
            "npython-loadtest: {} accepted jobs have no result line",
            report.lost
        );
        return ExitCode::from(3);
    }
    if !report.slo.passed {
        eprintln!(
            "npython-loadtest: SLO missed: {}",
            report.slo.failures.join("; ")
        );
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
