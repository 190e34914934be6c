//! Scenario files (TOML): what to send, how fast, for how long, and what each script is expected to end as.
//!
//! ```toml
//! name = "smoke"
//! rate = 20            # swarms per second, open loop (or max_rate = true)
//! swarm_size = 10      # jobs per swarm
//! duration_s = 3       # measured part
//! warmup_s = 1         # sent first, counted, kept out of the histograms
//!
//! [server]             # only with --spawn: settings of the spawned server
//! pool_size = 256
//!
//! [mock]               # the built-in upstream on 127.0.0.1
//! latency_ms = 50
//!
//! [[script]]
//! name = "cpu"
//! weight = 3
//! source = "total = 0\nfor i in range(n): total += i\ntotal"
//! inputs = { n = 1000 }
//! expect = "ok"        # ok | error | killed | invalid
//! ```

use std::path::Path;

use serde::Deserialize;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: Option<String>,
    /// Swarms per second (open loop). Ignored with `max_rate`.
    pub rate: Option<f64>,
    /// Closed loop at full speed: `concurrency` swarms in flight at all times, to find saturation.
    #[serde(default)]
    pub max_rate: bool,
    /// Swarms in flight in the max-rate mode (default 32).
    pub concurrency: Option<usize>,
    /// Jobs per swarm (default 1).
    pub swarm_size: Option<usize>,
    /// Measured duration in seconds (after the warm-up).
    pub duration_s: Option<f64>,
    /// Warm-up in seconds: sent at the same rate, counted, not in the histograms or the throughput.
    pub warmup_s: Option<f64>,
    /// Tenants to spread swarms over (with --spawn; with --url, one per --api-key).
    pub tenants: Option<usize>,
    /// Open loop: at most this many swarms in flight; past it, sends wait (and the wait counts as latency,
    /// since latency is measured from the intended send time). Bounds sockets and memory.
    pub max_in_flight: Option<usize>,
    /// After the last send, how long to wait for outstanding results before counting them lost.
    pub drain_timeout_s: Option<f64>,
    pub server: Option<ServerSettings>,
    pub mock: Option<MockSettings>,
    pub slo: Option<Slo>,
    #[serde(default, rename = "script")]
    pub scripts: Vec<ScriptSpec>,
}

/// Settings of a server started with --spawn. Any of them makes the load generator write a config file
/// (with freshly generated keys); without them the server runs its embedded default.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSettings {
    pub workers: Option<usize>,
    pub pool_size: Option<usize>,
    pub quantum: Option<u64>,
    pub max_outstanding_jobs: Option<usize>,
    pub max_jobs_per_swarm: Option<usize>,
    /// Per tenant: jobs accepted beyond those running.
    pub max_queued: Option<usize>,
    /// Per tenant: jobs holding a VM at once.
    pub max_running: Option<usize>,
}

impl ServerSettings {
    pub fn is_empty(&self) -> bool {
        self.workers.is_none()
            && self.pool_size.is_none()
            && self.quantum.is_none()
            && self.max_outstanding_jobs.is_none()
            && self.max_jobs_per_swarm.is_none()
            && self.max_queued.is_none()
            && self.max_running.is_none()
    }
}

/// The built-in mock upstream.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MockSettings {
    /// Delay before each answer.
    #[serde(default)]
    pub latency_ms: u64,
    /// Fraction of requests answered 500 (deterministic: evenly spread).
    #[serde(default)]
    pub error_rate: f64,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slo {
    pub p99_ms: Option<f64>,
    pub min_rate: Option<f64>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptSpec {
    pub name: String,
    /// Share of jobs (default 1).
    #[serde(default = "one")]
    pub weight: u32,
    /// Python source. `{{mock_url}}` and `{{mock_latency_s}}` are replaced by the mock upstream's base URL
    /// and latency in seconds.
    pub source: String,
    /// Module globals (JSON values).
    pub inputs: Option<serde_json::Value>,
    /// Job limits (`max_instructions`, `max_memory_bytes`, `timeout_ms`, `max_output_bytes`).
    pub limits: Option<serde_json::Value>,
    /// The status every job of this script should end with (default `ok`).
    #[serde(default = "ok")]
    pub expect: String,
}

fn one() -> u32 {
    1
}

fn ok() -> String {
    "ok".into()
}

pub const STATUSES: &[&str] = &["ok", "error", "invalid", "killed", "cancelled", "internal"];

impl Scenario {
    pub fn from_file(path: &Path) -> Result<Scenario, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Scenario::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Scenario, String> {
        let s: Scenario = toml::from_str(text).map_err(|e| e.to_string())?;
        s.check()?;
        Ok(s)
    }

    pub fn check(&self) -> Result<(), String> {
        if self.scripts.is_empty() {
            return Err("a scenario needs at least one [[script]]".into());
        }
        for s in &self.scripts {
            if !STATUSES.contains(&s.expect.as_str()) {
                return Err(format!(
                    "script `{}`: expect = `{}`; use one of {}",
                    s.name,
                    s.expect,
                    STATUSES.join(", ")
                ));
            }
        }
        if self.scripts.iter().all(|s| s.weight == 0) {
            return Err("every script has weight 0".into());
        }
        if let Some(r) = self.rate {
            if !(r > 0.0 && r.is_finite()) {
                return Err(format!("rate = {r}: must be above 0"));
            }
        }
        if let Some(m) = &self.mock {
            if !(0.0..=1.0).contains(&m.error_rate) {
                return Err("mock.error_rate must be within 0..1".into());
            }
        }
        Ok(())
    }
}

/// A deterministic weighted mix: job `n` of the run gets `pick(n)`. Smooth weighted round robin, so every
/// window of `sum(weights)` jobs has each script exactly `weight` times, spread out (no random numbers: a
/// run is repeatable).
#[derive(Clone, Debug)]
pub struct Mix {
    table: Vec<usize>,
}

impl Mix {
    pub fn new(weights: &[u32]) -> Mix {
        let total: i64 = weights.iter().map(|&w| i64::from(w)).sum();
        let mut current = vec![0i64; weights.len()];
        let mut table = Vec::with_capacity(total as usize);
        for _ in 0..total {
            for (c, &w) in current.iter_mut().zip(weights) {
                *c += i64::from(w);
            }
            let (best, _) = current
                .iter()
                .enumerate()
                .max_by_key(|&(i, &c)| (c, std::cmp::Reverse(i)))
                .expect("weights");
            current[best] -= total;
            table.push(best);
        }
        Mix { table }
    }

    pub fn pick(&self, n: u64) -> usize {
        self.table[(n % self.table.len() as u64) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mix_follows_weights_and_spreads() {
        let mix = Mix::new(&[3, 1, 0, 2]);
        let mut counts = [0; 4];
        for n in 0..600 {
            counts[mix.pick(n)] += 1;
        }
        assert_eq!(counts, [300, 100, 0, 200]);
        // Spread: the weight-3 script never runs three times in a row.
        let seq: Vec<usize> = (0..6).map(|n| mix.pick(n)).collect();
        assert!(seq
            .windows(3)
            .all(|w| !(w[0] == 0 && w[1] == 0 && w[2] == 0)));
    }

    #[test]
    fn shipped_scenarios_parse() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        for name in ["smoke.toml", "saturation.toml", "io.toml", "trivial.toml"] {
            Scenario::from_file(&dir.join(name)).unwrap();
        }
    }

    #[test]
    fn bad_scenarios_are_refused() {
        assert!(Scenario::parse("rate = 1").is_err());
        let bad = "[[script]]\nname = \"a\"\nsource = \"1\"\nexpect = \"fine\"\n";
        assert!(Scenario::parse(bad).unwrap_err().contains("expect"));
        let typo = "rat = 1\n[[script]]\nname = \"a\"\nsource = \"1\"\n";
        assert!(Scenario::parse(typo).is_err());
    }
}
