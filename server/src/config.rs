//! The server's configuration: the TOML file of `npython serve --config FILE`, or the embedded default (one
//! tenant `default`, whose API key and an admin key are generated once and kept in `$NPYTHON_HOME`).
//!
//! The file stores only SHA-256 hashes of API keys (`printf %s KEY | sha256sum`), so reading it grants
//! nothing. Every field but `[[tenants]]` has a default; unknown keys are errors, so a typo is not silently
//! ignored. See docs/USAGE.md "Serving" for a commented example.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use npython_engine::job::JobLimits;

/// The listen address when neither the file nor `--listen` gives one.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<String>,
    /// Worker threads running jobs (0: one per core).
    workers: Option<usize>,
    /// VMs in the pool; every running or blocked job holds one.
    pool_size: Option<usize>,
    /// Instructions a job runs before it yields its worker.
    quantum: Option<u64>,
    /// Largest request body accepted, in bytes.
    max_body_bytes: Option<usize>,
    /// Jobs accepted and not yet ended, all tenants together; past it submissions get 429 `queue_full`.
    max_outstanding_jobs: Option<usize>,
    /// Most jobs in one `POST /v1/swarms`.
    max_jobs_per_swarm: Option<usize>,
    /// How long SIGTERM waits for running jobs before cancelling the rest.
    shutdown_grace_ms: Option<u64>,
    /// A connection that has not sent a whole request head this long after it opened (or after the first
    /// byte of a later head) is closed.
    header_timeout_ms: Option<u64>,
    /// A keep-alive connection with no request for this long is closed.
    idle_timeout_ms: Option<u64>,
    /// A request body gets this long, plus one second per `min_body_bytes_per_sec` bytes received.
    body_timeout_ms: Option<u64>,
    /// The slowest body rate kept up past `body_timeout_ms`.
    min_body_bytes_per_sec: Option<u64>,
    /// Connections open at once (default: three quarters of the descriptor limit).
    max_connections: Option<usize>,
    /// The sum of the `max_memory_bytes` of running jobs (default: half the machine's RAM).
    memory_budget_bytes: Option<u64>,
    /// SHA-256 hex digests of the admin keys (for `/v1/tokens`).
    admin_keys_sha256: Option<Vec<String>>,
    /// Where the signing key and revocations of capability tokens live (default `$NPYTHON_HOME`).
    key_store: Option<PathBuf>,
    /// Limits of jobs that set none.
    limits: Option<JobLimits>,
    /// The most a job may ask for; a job over one is refused (400 `limit_too_high`).
    max_limits: Option<JobLimits>,
    retention: Option<RetentionFile>,
    /// Where accepted jobs and results are kept across restarts.
    store: Option<StoreFile>,
    /// Tool routes (tool name -> "client" or a webhook URL) and the client's answer timeout.
    tools: Option<ToolsFile>,
    /// Where scripts' files live.
    fs: Option<FsFile>,
    /// Append one JSON line per gated call (http, fs, tools) to this file.
    audit_log: Option<PathBuf>,
    tenants: Option<Vec<TenantFile>>,
}

/// `[tools]`: `client_timeout_ms`, and every other key is a tool name routed to "client" or a webhook URL.
#[derive(Debug, Default, Deserialize)]
struct ToolsFile {
    /// How long a job waits for its client's answer to a tool call (default 60 s).
    client_timeout_ms: Option<u64>,
    #[serde(flatten)]
    routes: BTreeMap<String, String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FsFile {
    /// The directory with one sub-directory per tenant (default `$NPYTHON_HOME/fs`).
    base: Option<PathBuf>,
}

/// `[store]`: `backend = "sqlite"` (the default) or `"memory"`, and the SQLite file's `path`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoreFile {
    backend: Option<String>,
    path: Option<PathBuf>,
}

/// Where the server keeps its jobs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreBackend {
    /// One SQLite file (default `$NPYTHON_HOME/jobs.db`): accepted jobs and results survive a crash.
    Sqlite(PathBuf),
    /// In memory: everything is lost when the server exits. Only ever chosen explicitly.
    Memory,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RetentionFile {
    seconds: Option<u64>,
    /// All tenants' finished results; each tenant gets an equal share.
    max_bytes: Option<usize>,
    /// One tenant's finished results (also capped by its share of `max_bytes`).
    max_bytes_per_tenant: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantFile {
    name: String,
    api_keys_sha256: Vec<String>,
    weight: Option<u32>,
    max_running: Option<usize>,
    max_queued: Option<usize>,
    max_fuel: Option<u64>,
    /// Where this tenant's tool calls that no `[tools]` route takes are POSTed.
    tool_webhook: Option<String>,
}

/// One tenant as the server uses it.
#[derive(Clone, Debug)]
pub struct TenantSettings {
    pub name: String,
    pub key_hashes: Vec<[u8; 32]>,
    pub weight: u32,
    /// Jobs holding a VM at once.
    pub max_running: usize,
    /// Jobs accepted beyond those that can run at once; `outstanding_limit` adds both.
    pub max_queued: usize,
    /// Instructions all of the tenant's jobs may run in the server's lifetime.
    pub max_fuel: u64,
    /// The tenant's tool webhook (the broker's fallback after handlers and client routes).
    pub tool_webhook: Option<String>,
}

/// The resolved configuration.
#[derive(Clone, Debug)]
pub struct ServeConfig {
    pub listen: String,
    pub workers: usize,
    pub pool_size: usize,
    pub quantum: u64,
    pub max_body_bytes: usize,
    pub max_outstanding_jobs: usize,
    pub max_jobs_per_swarm: usize,
    pub shutdown_grace: Duration,
    pub header_timeout: Duration,
    pub idle_timeout: Duration,
    pub body_timeout: Duration,
    pub min_body_bytes_per_sec: u64,
    pub max_connections: usize,
    /// Running jobs' `max_memory_bytes` add up to at most this; a job asking more than all of it is refused.
    pub memory_budget_bytes: u64,
    pub admin_key_hashes: Vec<[u8; 32]>,
    pub key_store: PathBuf,
    pub default_limits: JobLimits,
    /// Ceilings; `None` leaves that limit unbounded (the VM's own defaults still apply to unset limits).
    pub max_limits: JobLimits,
    pub retention: Duration,
    /// All tenants' finished results, in bytes: each tenant gets `retention_bytes / tenants`.
    pub retention_bytes: usize,
    /// One tenant's finished results, in bytes (`[retention] max_bytes_per_tenant`).
    pub retention_bytes_tenant: usize,
    pub store: StoreBackend,
    /// Tool routes: tool name -> "client" or a webhook URL.
    pub tools: BTreeMap<String, String>,
    /// How long a job waits for its client to answer a tool call.
    pub client_tool_timeout: Duration,
    /// The directory with one sub-directory per tenant for scripts' `fs` calls.
    pub fs_base: PathBuf,
    /// The audit log of gated calls, if any.
    pub audit_log: Option<PathBuf>,
    pub tenants: Vec<TenantSettings>,
    /// Lines to print at start-up (freshly generated keys, where they are kept).
    pub banner: Vec<String>,
}

impl TenantSettings {
    /// Jobs of this tenant the server holds at once (queued and running); past it, 429 `quota_exceeded`.
    pub fn outstanding_limit(&self, pool_size: usize) -> usize {
        self.max_queued
            .saturating_add(self.max_running.min(pool_size))
    }
}

fn parse_hash(text: &str, what: &str) -> Result<[u8; 32], String> {
    let text = text.trim();
    let bad = || format!("{what}: `{text}` is not a SHA-256 hex digest (64 hex digits)");
    if text.len() != 64 {
        return Err(bad());
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        let pair = text.get(2 * i..2 * i + 2).ok_or_else(bad)?;
        *byte = u8::from_str_radix(pair, 16).map_err(|_| bad())?;
    }
    Ok(out)
}

/// SHA-256 of a key as written.
pub fn hash_key(key: &str) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(key.as_bytes()).into()
}

/// Lower-case hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A fresh random key: `prefix` then 32 random bytes in hex.
pub fn new_key(prefix: &str) -> Result<String, String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| format!("no randomness for a key: {e}"))?;
    Ok(format!("{prefix}{}", hex(&bytes)))
}

/// The configured ceilings, with defaults that keep one job from taking the host: 1 GiB of live memory, one
/// hour of wall time, 64 MiB of output, 16 MiB of return value (as JSON). Instructions are bounded by time.
fn ceilings(given: JobLimits) -> JobLimits {
    JobLimits {
        max_instructions: given.max_instructions,
        max_memory_bytes: given.max_memory_bytes.or(Some(1 << 30)),
        timeout_ms: given.timeout_ms.or(Some(3_600_000)),
        max_output_bytes: given.max_output_bytes.or(Some(64 << 20)),
        max_result_bytes: given.max_result_bytes.or(Some(16 << 20)),
    }
}

/// The machine's RAM in bytes (`MemTotal` in /proc/meminfo), if it can be read.
fn machine_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: u64 = line
        .trim_start_matches("MemTotal:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    kib.checked_mul(1024)
}

/// Where the machine's RAM cannot be read, the budget assumes a small machine's 4 GiB.
const FALLBACK_RAM: u64 = 4 << 30;

/// `memory_budget_bytes`: as given, or half the machine's RAM. A job that sets no memory limit must fit,
/// or every such job would be refused: a given budget below that is an error, a default one is raised to it.
fn memory_budget(
    given: Option<u64>,
    defaults: &JobLimits,
    ram: Option<u64>,
) -> Result<u64, String> {
    let default_job = defaults.to_vm_limits().max_memory_bytes.max(1 << 20);
    let default_job = u64::try_from(default_job).unwrap_or(u64::MAX);
    match given {
        Some(b) if b < default_job => Err(format!(
            "memory_budget_bytes = {b} is below the memory limit of a job that sets none ({default_job}              bytes, `[limits] max_memory_bytes` or the VM default): no such job could run"
        )),
        Some(b) => Ok(b),
        None => Ok((ram.unwrap_or(FALLBACK_RAM) / 2).max(default_job)),
    }
}

fn tool_route_ok(route: &str) -> bool {
    route == "client" || route.starts_with("http://") || route.starts_with("https://")
}

impl ServeConfig {
    /// Reads and checks a config file.
    pub fn from_file(path: &Path, home: &Path) -> Result<ServeConfig, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let file: FileConfig =
            toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        ServeConfig::resolve(file, home, Vec::new())
    }

    /// The embedded default: tenant `default` and an admin key, kept in `home/serve-keys.toml` (mode 0600).
    /// Keys are generated on the first start and printed then; later starts say where they are.
    pub fn embedded_default(home: &Path) -> Result<ServeConfig, String> {
        let (keys, banner) = DefaultKeys::load_or_create(home)?;
        let file = FileConfig {
            admin_keys_sha256: Some(vec![hex(&hash_key(&keys.admin_key))]),
            tenants: Some(vec![TenantFile {
                name: keys.tenant.clone(),
                api_keys_sha256: vec![hex(&hash_key(&keys.api_key))],
                weight: None,
                max_running: None,
                max_queued: None,
                max_fuel: None,
                tool_webhook: None,
            }]),
            ..FileConfig::default()
        };
        ServeConfig::resolve(file, home, banner)
    }

    fn resolve(file: FileConfig, home: &Path, banner: Vec<String>) -> Result<ServeConfig, String> {
        let tenants_file = file.tenants.unwrap_or_default();
        if tenants_file.is_empty() {
            return Err("the config declares no [[tenants]]".into());
        }
        let mut tenants = Vec::new();
        for t in tenants_file {
            if t.name.is_empty()
                || t.name.len() > 64
                || !t
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
            {
                return Err(format!(
                    "tenant name `{}`: use 1-64 letters, digits, `_`, `-` or `.`",
                    t.name
                ));
            }
            if tenants.iter().any(|o: &TenantSettings| o.name == t.name) {
                return Err(format!("tenant `{}` is declared twice", t.name));
            }
            if t.api_keys_sha256.is_empty() {
                return Err(format!("tenant `{}` has no api_keys_sha256", t.name));
            }
            let key_hashes = t
                .api_keys_sha256
                .iter()
                .map(|h| parse_hash(h, &format!("tenant `{}`", t.name)))
                .collect::<Result<Vec<_>, _>>()?;
            if let Some(url) = &t.tool_webhook {
                if !url.starts_with("http://") && !url.starts_with("https://") {
                    return Err(format!(
                        "tenant `{}`: tool_webhook `{url}` is not an http(s) URL",
                        t.name
                    ));
                }
            }
            let tool_webhook = t.tool_webhook;
            tenants.push(TenantSettings {
                name: t.name,
                key_hashes,
                weight: t.weight.unwrap_or(1).max(1),
                max_running: t.max_running.unwrap_or(usize::MAX).max(1),
                max_queued: t.max_queued.unwrap_or(100_000),
                max_fuel: t.max_fuel.unwrap_or(u64::MAX),
                tool_webhook,
            });
        }
        let admin_key_hashes = file
            .admin_keys_sha256
            .unwrap_or_default()
            .iter()
            .map(|h| parse_hash(h, "admin_keys_sha256"))
            .collect::<Result<Vec<_>, _>>()?;
        // One key, one caller: a hash listed twice would make the caller depend on the order of checks.
        let mut all: Vec<&[u8; 32]> = tenants
            .iter()
            .flat_map(|t| t.key_hashes.iter())
            .chain(&admin_key_hashes)
            .collect();
        all.sort();
        if all.windows(2).any(|w| w[0] == w[1]) {
            return Err(
                "the same API key hash is listed twice (tenants and admin keys must differ)".into(),
            );
        }
        let tools_file = file.tools.unwrap_or_default();
        let client_tool_timeout =
            Duration::from_millis(tools_file.client_timeout_ms.unwrap_or(60_000).max(1));
        let tools = tools_file.routes;
        if let Some((name, route)) = tools.iter().find(|(_, r)| !tool_route_ok(r)) {
            return Err(format!(
                "tools.{name} = `{route}`: a tool route is \"client\" or an http(s) webhook URL"
            ));
        }
        let retention = file.retention.unwrap_or(RetentionFile {
            seconds: None,
            max_bytes: None,
            max_bytes_per_tenant: None,
        });
        let store_file = file.store.unwrap_or_default();
        let store = match store_file.backend.as_deref() {
            None | Some("sqlite") => {
                StoreBackend::Sqlite(store_file.path.unwrap_or_else(|| home.join("jobs.db")))
            }
            Some("memory") if store_file.path.is_none() => StoreBackend::Memory,
            Some("memory") => {
                return Err("[store] backend = \"memory\" keeps no file: remove `path`".into())
            }
            Some(other) => {
                return Err(format!(
                    "[store] backend = `{other}`: use \"sqlite\" (the default) or \"memory\""
                ))
            }
        };
        let listen = file.listen.unwrap_or_else(|| DEFAULT_LISTEN.into());
        let default_limits = file.limits.unwrap_or_default();
        let mut max_limits = ceilings(file.max_limits.unwrap_or_default());
        let memory_budget_bytes =
            memory_budget(file.memory_budget_bytes, &default_limits, machine_memory())?;
        // A job asking more memory than the whole budget could never run: the budget is a ceiling too, so
        // such a job gets the same 400 `limit_too_high` as one above `[max_limits]`.
        max_limits.max_memory_bytes = max_limits
            .max_memory_bytes
            .map(|m| m.min(usize::try_from(memory_budget_bytes).unwrap_or(usize::MAX)));
        Ok(ServeConfig {
            listen,
            workers: file.workers.unwrap_or(0),
            pool_size: file.pool_size.unwrap_or(256).max(1),
            quantum: file.quantum.unwrap_or(10_000).max(1),
            max_body_bytes: file.max_body_bytes.unwrap_or(16 << 20),
            max_outstanding_jobs: file.max_outstanding_jobs.unwrap_or(1_000_000),
            max_jobs_per_swarm: file.max_jobs_per_swarm.unwrap_or(100_000),
            shutdown_grace: Duration::from_millis(file.shutdown_grace_ms.unwrap_or(30_000)),
            header_timeout: Duration::from_millis(file.header_timeout_ms.unwrap_or(10_000).max(1)),
            idle_timeout: Duration::from_millis(file.idle_timeout_ms.unwrap_or(30_000).max(1)),
            body_timeout: Duration::from_millis(file.body_timeout_ms.unwrap_or(30_000).max(1)),
            min_body_bytes_per_sec: file.min_body_bytes_per_sec.unwrap_or(16_384).max(1),
            max_connections: file.max_connections.map_or_else(
                || crate::conns::default_max_connections(crate::conns::fd_limit()),
                |n| n.max(1),
            ),
            memory_budget_bytes,
            admin_key_hashes,
            key_store: file.key_store.unwrap_or_else(|| home.to_path_buf()),
            default_limits,
            max_limits,
            retention: Duration::from_secs(retention.seconds.unwrap_or(3600)),
            retention_bytes: retention.max_bytes.unwrap_or(256 << 20),
            retention_bytes_tenant: retention.max_bytes_per_tenant.unwrap_or(usize::MAX),
            store,
            tools,
            client_tool_timeout,
            fs_base: file
                .fs
                .and_then(|f| f.base)
                .unwrap_or_else(|| home.join("fs")),
            audit_log: file.audit_log,
            tenants,
            banner,
        })
    }

    /// The bytes of finished results kept for each tenant: `max_bytes_per_tenant`, and at most an equal
    /// share of `max_bytes`, so that one tenant's results never evict another tenant's.
    pub fn retention_bytes_per_tenant(&self) -> usize {
        let share = self.retention_bytes / self.tenants.len().max(1);
        share.min(self.retention_bytes_tenant)
    }

    /// The address to bind, checked.
    pub fn listen_addr(&self) -> Result<SocketAddr, String> {
        self.listen
            .parse()
            .map_err(|e| format!("listen address `{}`: {e}", self.listen))
    }
}

/// The keys of the embedded default, as kept in `$NPYTHON_HOME/serve-keys.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefaultKeys {
    pub tenant: String,
    pub api_key: String,
    pub admin_key: String,
}

/// The file of the embedded default's keys.
pub fn default_keys_path(home: &Path) -> PathBuf {
    home.join("serve-keys.toml")
}

impl DefaultKeys {
    fn load_or_create(home: &Path) -> Result<(DefaultKeys, Vec<String>), String> {
        let path = default_keys_path(home);
        if let Ok(text) = std::fs::read_to_string(&path) {
            let keys: DefaultKeys =
                toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            let banner = vec![format!(
                "tenant `{}`: API key and admin key in {}",
                keys.tenant,
                path.display()
            )];
            return Ok((keys, banner));
        }
        let keys = DefaultKeys {
            tenant: "default".into(),
            api_key: new_key("npk_")?,
            admin_key: new_key("npa_")?,
        };
        std::fs::create_dir_all(home)
            .map_err(|e| format!("cannot create {}: {e}", home.display()))?;
        // Every value is a plain name or hex key, so writing the TOML by hand needs no escaping.
        let body = format!(
            "# Written by `npython serve` on its first start without --config. Keep it secret.\n\
             tenant = \"{}\"\napi_key = \"{}\"\nadmin_key = \"{}\"\n",
            keys.tenant, keys.api_key, keys.admin_key
        );
        write_private(&path, &body)?;
        let banner = vec![
            format!("tenant `{}` API key: {}", keys.tenant, keys.api_key),
            format!("admin key (for /v1/tokens): {}", keys.admin_key),
            format!(
                "both are kept in {} (mode 0600) and not printed again",
                path.display()
            ),
        ];
        Ok((keys, banner))
    }
}

/// Creates `path` readable by its owner only, failing if it exists (two servers starting at once must not
/// hand out different keys).
fn write_private(path: &Path, body: &str) -> Result<(), String> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options
        .open(path)
        .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    f.write_all(body.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<ServeConfig, String> {
        let file: FileConfig = toml::from_str(text).map_err(|e| e.to_string())?;
        ServeConfig::resolve(file, Path::new("/nonexistent"), Vec::new())
    }

    fn tenant(name: &str, key: &str) -> String {
        format!(
            "[[tenants]]\nname = \"{name}\"\napi_keys_sha256 = [\"{}\"]\n",
            hex(&hash_key(key))
        )
    }

    #[test]
    fn a_minimal_config_takes_the_defaults() {
        let c = parse(&tenant("acme", "k")).expect("valid");
        assert_eq!(c.listen, DEFAULT_LISTEN);
        assert_eq!(c.tenants[0].key_hashes, vec![hash_key("k")]);
        assert_eq!(
            c.tenants[0].outstanding_limit(c.pool_size),
            100_000 + c.pool_size
        );
    }

    #[test]
    fn each_tenant_gets_its_own_share_of_the_result_budget() {
        let two = format!("{}{}", tenant("a", "k"), tenant("b", "j"));
        let d = parse(&two).expect("valid");
        assert_eq!(d.retention_bytes_per_tenant(), 128 << 20);
        let c = parse(&format!(
            "[retention]\nmax_bytes = 1000\nmax_bytes_per_tenant = 300\n{two}"
        ))
        .expect("valid");
        assert_eq!(c.retention_bytes_per_tenant(), 300);
        let c = parse(&format!("[retention]\nmax_bytes_per_tenant = 300\n{two}")).expect("valid");
        assert_eq!(c.retention_bytes_per_tenant(), 300);
    }

    #[test]
    fn the_memory_budget_defaults_to_half_the_ram_and_caps_the_memory_ceiling() {
        let none = JobLimits::default();
        assert_eq!(memory_budget(None, &none, Some(16 << 30)), Ok(8 << 30));
        assert_eq!(memory_budget(None, &none, None), Ok(FALLBACK_RAM / 2));
        // A tiny machine still runs a job with the default 256 MiB limit.
        assert_eq!(memory_budget(None, &none, Some(100 << 20)), Ok(256 << 20));
        assert!(memory_budget(Some(100 << 20), &none, None)
            .unwrap_err()
            .contains("below the memory limit of a job that sets none"));
        let small = JobLimits {
            max_memory_bytes: Some(10 << 20),
            ..JobLimits::default()
        };
        assert_eq!(memory_budget(Some(100 << 20), &small, None), Ok(100 << 20));
        let c = parse(&format!(
            "memory_budget_bytes = 300000000
{}",
            tenant("a", "k")
        ))
        .expect("valid");
        assert_eq!(c.memory_budget_bytes, 300_000_000);
        assert_eq!(c.max_limits.max_memory_bytes, Some(300_000_000));
        let e = parse(&format!(
            "memory_budget_bytes = 1000
{}",
            tenant("a", "k")
        ))
        .unwrap_err();
        assert!(e.contains("memory_budget_bytes = 1000"), "{e}");
        assert!(machine_memory().is_some_and(|m| m > 0));
    }

    #[test]
    fn connection_settings_have_safe_defaults_and_are_read() {
        let d = parse(&tenant("a", "k")).expect("valid");
        assert_eq!(d.header_timeout, Duration::from_secs(10));
        assert_eq!(d.idle_timeout, Duration::from_secs(30));
        assert_eq!(d.body_timeout, Duration::from_secs(30));
        assert_eq!(d.min_body_bytes_per_sec, 16_384);
        assert_eq!(
            d.max_connections,
            crate::conns::default_max_connections(crate::conns::fd_limit())
        );
        let c = parse(&format!(
            "header_timeout_ms = 300\nidle_timeout_ms = 400\nbody_timeout_ms = 500\n\
             min_body_bytes_per_sec = 10\nmax_connections = 7\n{}",
            tenant("a", "k")
        ))
        .expect("valid");
        assert_eq!(c.header_timeout, Duration::from_millis(300));
        assert_eq!(c.idle_timeout, Duration::from_millis(400));
        assert_eq!(c.body_timeout, Duration::from_millis(500));
        assert_eq!(c.min_body_bytes_per_sec, 10);
        assert_eq!(c.max_connections, 7);
    }

    #[test]
    fn tools_fs_and_audit_settings_are_read() {
        let c = parse(&format!(
            "audit_log = \"/tmp/a.jsonl\"\n[fs]\nbase = \"/srv/fs\"\n[tools]\nclient_timeout_ms = 1500\n\
             search = \"client\"\nlookup = \"https://tools.example/x\"\n{}tool_webhook = \"http://127.0.0.1:9/t\"\n",
            tenant("a", "k")
        ))
        .expect("valid");
        assert_eq!(c.client_tool_timeout, Duration::from_millis(1500));
        assert_eq!(c.tools.get("search").map(String::as_str), Some("client"));
        assert_eq!(c.tools.len(), 2);
        assert_eq!(c.fs_base, PathBuf::from("/srv/fs"));
        assert_eq!(c.audit_log, Some(PathBuf::from("/tmp/a.jsonl")));
        assert_eq!(
            c.tenants[0].tool_webhook.as_deref(),
            Some("http://127.0.0.1:9/t")
        );
        let d = parse(&tenant("a", "k")).expect("valid");
        assert_eq!(d.client_tool_timeout, Duration::from_secs(60));
        assert_eq!(d.fs_base, PathBuf::from("/nonexistent/fs"));
    }

    #[test]
    fn the_store_is_sqlite_in_home_unless_the_config_says_otherwise() {
        let d = parse(&tenant("a", "k")).expect("valid");
        assert_eq!(
            d.store,
            StoreBackend::Sqlite(PathBuf::from("/nonexistent/jobs.db"))
        );
        let moved = parse(&format!(
            "[store]\npath = \"/srv/jobs.db\"\n{}",
            tenant("a", "k")
        ))
        .expect("valid");
        assert_eq!(
            moved.store,
            StoreBackend::Sqlite(PathBuf::from("/srv/jobs.db"))
        );
        let memory = parse(&format!(
            "[store]\nbackend = \"memory\"\n{}",
            tenant("a", "k")
        ))
        .expect("valid");
        assert_eq!(memory.store, StoreBackend::Memory);
        for (text, why) in [
            ("[store]\nbackend = \"redis\"\n", "use \"sqlite\""),
            (
                "[store]\nbackend = \"memory\"\npath = \"/x\"\n",
                "keeps no file",
            ),
            ("[store]\nfile = \"/x\"\n", "unknown field"),
        ] {
            let err = parse(&format!("{text}{}", tenant("a", "k"))).expect_err(text);
            assert!(err.contains(why), "{text}: {err}");
        }
    }

    #[test]
    fn mistakes_are_refused_with_a_reason() {
        let cases = [
            ("", "no [[tenants]]"),
            (
                &format!("colour = 1\n{}", tenant("a", "k")) as &str,
                "unknown field",
            ),
            (
                &format!("{}{}", tenant("a", "k"), tenant("b", "k")),
                "listed twice",
            ),
            (
                &format!("{}{}", tenant("a", "k"), tenant("a", "j")),
                "declared twice",
            ),
            (
                "[[tenants]]\nname = \"a\"\napi_keys_sha256 = [\"abc\"]\n",
                "not a SHA-256",
            ),
            (&tenant("a b", "k"), "tenant name"),
            (
                &format!("[tools]\nsearch = \"ftp://x\"\n{}", tenant("a", "k")),
                "tool route",
            ),
            (
                &format!("[tools]\nclient_timeout_ms = \"x\"\n{}", tenant("a", "k")),
                "client_timeout_ms",
            ),
        ];
        for (text, want) in cases {
            let err = parse(text).expect_err(text);
            assert!(err.contains(want), "{text:?}: {err}");
        }
    }
}
