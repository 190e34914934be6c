//! The broker's configuration: where each tenant's files live, the http defaults that cap what any token may
//! ask for, the tools, and the audit sink. Every field has a default that is safe to run with.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use npython_caps::Verifier;

use crate::audit::{AuditSink, NoAudit};
use crate::tools::Tools;

/// One MiB.
const MIB: u64 = 1024 * 1024;

/// Everything a [`crate::Broker`] needs.
pub struct BrokerConfig {
    /// Threads of the broker's tokio runtime (at least 1). I/O is waiting, not computing: 1 or 2 suffice.
    pub threads: usize,
    /// Where tenants' files are.
    pub fs: FsConfig,
    /// Limits for gated http requests.
    pub http: HttpConfig,
    /// Rust tool handlers, tenants' webhooks and the client route.
    pub tools: Tools,
    /// Where audit records go (default: nowhere).
    pub audit: Arc<dyn AuditSink>,
    /// The verifier the VM checked the job's tokens with (default: none). With one, the broker re-checks
    /// revocation just before it performs each request, so a token revoked while its request waited in the
    /// broker's queue is refused; without one, only expiry is re-checked here.
    pub verifier: Option<Arc<dyn Verifier + Send + Sync>>,
    /// Told before each request that can change the outside world is performed (default: none); see
    /// [`EffectGate`].
    pub effects: Option<Arc<dyn EffectGate>>,
}

/// Hears of a job's side effects before they happen: an http request other than GET or HEAD, an fs write,
/// append, delete or mkdir, and every tool call. A durable server records the job here, so that a restart
/// never runs it again from the start and repeats the effect.
pub trait EffectGate: Send + Sync {
    /// Called on a broker thread just before the request is performed. An error refuses the request (the
    /// script sees an `OSError` with the message), so no effect ever happens unrecorded. Keep it quick.
    fn before_effect(&self, job: u64) -> Result<(), String>;
}

impl Default for BrokerConfig {
    fn default() -> BrokerConfig {
        BrokerConfig {
            threads: 2,
            fs: FsConfig::default(),
            http: HttpConfig::default(),
            tools: Tools::new(),
            audit: Arc::new(NoAudit),
            verifier: None,
            effects: None,
        }
    }
}

/// Tenants' file-system roots. A tenant with an explicit root uses it; otherwise, with a base directory,
/// tenant `t` gets `<base>/t/` (created on first use). A tenant with neither has no files: every fs call
/// fails with a clear error.
#[derive(Clone, Debug)]
pub struct FsConfig {
    /// The directory holding one sub-directory per tenant.
    pub base: Option<PathBuf>,
    /// Explicit roots by tenant name; they win over `base`.
    pub roots: HashMap<String, PathBuf>,
    /// The largest file a read returns (default 10 MiB); a larger file fails the read with a clear error
    /// rather than being read into memory.
    pub max_read_bytes: u64,
    /// The most entries `list` returns (default 10,000).
    pub max_list_entries: usize,
}

impl Default for FsConfig {
    fn default() -> FsConfig {
        FsConfig {
            base: None,
            roots: HashMap::new(),
            max_read_bytes: 10 * MIB,
            max_list_entries: 10_000,
        }
    }
}

/// The broker's own http limits. A request gets the smaller of these and the token's limits (and the
/// script's `timeout=`), so an operator caps what any token can ask for.
#[derive(Clone, Debug)]
pub struct HttpConfig {
    /// The longest a request may take, connect + headers + body + every redirect hop (default 30 s).
    pub timeout: Duration,
    /// The largest request body (default 10 MiB).
    pub max_request_bytes: u64,
    /// The largest response body (default 10 MiB).
    pub max_response_bytes: u64,
    /// Redirects followed before giving up (default 5).
    pub max_redirects: usize,
}

impl Default for HttpConfig {
    fn default() -> HttpConfig {
        HttpConfig {
            timeout: Duration::from_secs(30),
            max_request_bytes: 10 * MIB,
            max_response_bytes: 10 * MIB,
            max_redirects: 5,
        }
    }
}
