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
//! [[token]]           # minted at start through POST /v1/tokens (admin key), one per tenant
//! name = "api"         # the module global it is bound to in the jobs
//! cap = "http"
//! allow_hosts = ["{{mock_host}}"]
//! scripts = ["io"]     # the scripts whose jobs carry it (default: every script)
//!
//! [[script]]
//! name = "cpu"
//! weight = 3
//! source = "total = 0\nfor i in range(n): total += i\ntotal"
//! inputs = { n = 1000 }
//! expect = "ok"        # ok | error | killed | invalid
//!
//! [[script]]
//! name = "io"
//! source = "import http\nwith scope('http', api):\n    r = http.get('{{mock_url}}/io')\nr.status"
//! ```
//!
//! Placeholders (`{{mock_url}}`, `{{mock_host}}`, `{{mock_latency_s}}`) are filled in once the mock upstream
//! is bound; see [`MockVars`].

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
    #[serde(default, rename = "token")]
    pub tokens: Vec<TokenSpec>,
}

/// A capability token the load generator mints at start (`POST /v1/tokens` with the admin key), once per
/// tenant since a token belongs to one tenant, and hands to the jobs of the scripts that use it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenSpec {
    /// The module global the token is bound to (`with scope("http", NAME):`).
    pub name: String,
    /// `http`, `fs`, `tools`, ...
    pub cap: String,
    /// Placeholders are filled in; `{{mock_host}}` is `127.0.0.1:PORT`, the explicit host with port that the
    /// broker requires before it lets a request reach a loopback address.
    #[serde(default)]
    pub allow_hosts: Vec<String>,
    #[serde(default)]
    pub allow_methods: Vec<String>,
    #[serde(default)]
    pub path_prefixes: Vec<String>,
    /// `30s`, `15m`, `1h`, `7d` or `never` (the server's default is `1h`).
    pub expires: Option<String>,
    /// The scripts whose jobs carry this token (default: every script).
    pub scripts: Option<Vec<String>>,
}

impl TokenSpec {
    pub fn is_for(&self, script: &str) -> bool {
        self.scripts
            .as_ref()
            .is_none_or(|names| names.iter().any(|n| n == script))
    }
}

/// The values of the placeholders, known once the mock upstream is bound.
#[derive(Clone, Debug)]
pub struct MockVars {
    /// `http://127.0.0.1:PORT`
    pub url: String,
    /// `127.0.0.1:PORT`
    pub host: String,
    /// The mock's latency in seconds, e.g. `0.05`.
    pub latency_s: String,
}

/// The placeholders a scenario may use; any other `{{mock...}}` is refused when the scenario is read, so a
/// typo fails at once instead of reaching the server as literal text.
pub const PLACEHOLDERS: &[&str] = &["mock_url", "mock_host", "mock_latency_s"];

impl MockVars {
    pub fn fill(&self, text: &str) -> String {
        text.replace("{{mock_url}}", &self.url)
            .replace("{{mock_host}}", &self.host)
            .replace("{{mock_latency_s}}", &self.latency_s)
    }
}

/// The first `{{mock...}}` in `text` that is not one of [`PLACEHOLDERS`]. Only names starting with `mock`
/// count: `{{x}}` is also how an f-string writes literal braces, and that must pass through untouched.
fn unknown_placeholder(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        let after = &rest[open + 2..];
        let close = after.find("}}")?;
        let name = &after[..close];
        if name.starts_with("mock") && !PLACEHOLDERS.contains(&name) {
            return Some(name.to_string());
        }
        rest = &after[close + 2..];
    }
    None
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
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
    /// Python source. `{{mock_url}}`, `{{mock_host}}` and `{{mock_latency_s}}` are replaced by the mock
    /// upstream's base URL, its `127.0.0.1:PORT` and its latency in seconds.
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
        for s in &self.scripts {
            if let Some(p) = unknown_placeholder(&s.source) {
                return Err(format!(
                    "script `{}`: unknown placeholder `{{{{{p}}}}}`; use one of {}",
                    s.name,
                    PLACEHOLDERS.join(", ")
                ));
            }
        }
        self.check_tokens()?;
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

impl Scenario {
    fn check_tokens(&self) -> Result<(), String> {
        for (i, t) in self.tokens.iter().enumerate() {
            if !is_identifier(&t.name) {
                return Err(format!(
                    "token `{}`: the name must be a Python identifier (it becomes a global)",
                    t.name
                ));
            }
            if self.tokens[..i].iter().any(|o| o.name == t.name) {
                return Err(format!("token `{}` is declared twice", t.name));
            }
            if t.cap.trim().is_empty() {
                return Err(format!("token `{}`: `cap` is empty", t.name));
            }
            if let Some(p) = t.allow_hosts.iter().find_map(|h| unknown_placeholder(h)) {
                return Err(format!(
                    "token `{}`: unknown placeholder `{{{{{p}}}}}` in allow_hosts; use one of {}",
                    t.name,
                    PLACEHOLDERS.join(", ")
                ));
            }
            for script in t.scripts.iter().flatten() {
                if !self.scripts.iter().any(|s| &s.name == script) {
                    return Err(format!(
                        "token `{}`: no [[script]] named `{script}`",
                        t.name
                    ));
                }
            }
            if let Some(s) = self.scripts.iter().find(|s| {
                t.is_for(&s.name) && s.inputs.as_ref().and_then(|v| v.get(&t.name)).is_some()
            }) {
                return Err(format!(
                    "script `{}`: input `{}` has the name of a token",
                    s.name, t.name
                ));
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

    const IO_SCRIPT: &str =
        "[[script]]\nname = \"io\"\nsource = \"r = http.get('{{mock_url}}/io')\"\n\
                             [[script]]\nname = \"cpu\"\nsource = \"1\"\n";

    #[test]
    fn tokens_parse_with_their_scripts_and_default_to_every_script() {
        let text = format!(
            "{IO_SCRIPT}[[token]]\nname = \"api\"\ncap = \"http\"\nallow_hosts = [\"{{{{mock_host}}}}\"]\n\
             expires = \"10m\"\nscripts = [\"io\"]\n\
             [[token]]\nname = \"files\"\ncap = \"fs\"\n"
        );
        let s = Scenario::parse(&text).unwrap();
        assert_eq!(s.tokens.len(), 2);
        let (api, files) = (&s.tokens[0], &s.tokens[1]);
        assert_eq!(api.allow_hosts, ["{{mock_host}}"]);
        assert_eq!(api.expires.as_deref(), Some("10m"));
        assert!(api.is_for("io") && !api.is_for("cpu"));
        assert!(files.is_for("io") && files.is_for("cpu"));
    }

    #[test]
    fn bad_tokens_are_refused_with_the_reason() {
        let refused = |token: &str| {
            Scenario::parse(&format!("{IO_SCRIPT}{token}"))
                .unwrap_err()
                .to_string()
        };
        let e = refused("[[token]]\nname = \"not a name\"\ncap = \"http\"\n");
        assert!(e.contains("identifier"), "{e}");
        let e = refused(
            "[[token]]\nname = \"a\"\ncap = \"http\"\n[[token]]\nname = \"a\"\ncap = \"fs\"\n",
        );
        assert!(e.contains("twice"), "{e}");
        let e = refused("[[token]]\nname = \"a\"\ncap = \"\"\n");
        assert!(e.contains("`cap` is empty"), "{e}");
        let e = refused("[[token]]\nname = \"a\"\ncap = \"http\"\nscripts = [\"nope\"]\n");
        assert!(e.contains("no [[script]] named `nope`"), "{e}");
        let e =
            refused("[[token]]\nname = \"a\"\ncap = \"http\"\nallow_hosts = [\"{{mock_hots}}\"]\n");
        assert!(e.contains("`{{mock_hots}}`"), "{e}");
        let e = refused("[[token]]\nname = \"a\"\ncap = \"http\"\nallow_host = [\"x\"]\n");
        assert!(e.contains("allow_host"), "{e}");
        let clash = "[[script]]\nname = \"s\"\nsource = \"a\"\ninputs = { a = 1 }\n\
                     [[token]]\nname = \"a\"\ncap = \"http\"\n";
        let e = Scenario::parse(clash).unwrap_err();
        assert!(e.contains("input `a` has the name of a token"), "{e}");
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_refused() {
        let vars = MockVars {
            url: "http://127.0.0.1:4000".into(),
            host: "127.0.0.1:4000".into(),
            latency_s: "0.05".into(),
        };
        assert_eq!(
            vars.fill("get('{{mock_url}}/io') on {{mock_host}} after {{mock_latency_s}}"),
            "get('http://127.0.0.1:4000/io') on 127.0.0.1:4000 after 0.05"
        );
        // Braces that are not a placeholder (dict literals, f-strings) pass through.
        assert_eq!(vars.fill("{'a': {1: 2}}"), "{'a': {1: 2}}");
        let typo = "[[script]]\nname = \"s\"\nsource = \"get('{{mock_uri}}')\"\n";
        let e = Scenario::parse(typo).unwrap_err();
        assert!(e.contains("unknown placeholder `{{mock_uri}}`"), "{e}");
        assert_eq!(
            unknown_placeholder("{{mock_url}} {{mockhost}}"),
            Some("mockhost".into())
        );
        // An f-string's doubled braces are not placeholders.
        assert_eq!(unknown_placeholder("f'{{x}}'"), None);
        assert_eq!(unknown_placeholder("{{mock_url}} {{unclosed"), None);
    }
}
