//! `npython serve` (crate `npython-server`): the HTTP API (hyper 1.x on tokio) for submitting swarms of jobs,
//! following them and collecting their results; Prometheus metrics; admin endpoints for capability tokens.
//! The `npython` binary calls [`run`]; the facade (`npython-engine`) runs the jobs.
//!
//! What it owns: the wire (routes, JSON bodies, status codes, error codes), authentication of API keys, the
//! per-tenant view of swarms and jobs (a tenant never sees another's ids), quotas at admission, idempotent
//! submission, result retention, metrics, the broker configuration of served jobs, and the shutdown sequence
//! (stop accepting, drain for a grace period, cancel the rest, exit 0).
//!
//! What it must never do: serve anything but HTTP, or run Python itself: scripts run only on the scheduler,
//! through `Engine` (it never touches a VM); block an async thread on a job (jobs are collected by one
//! thread from the scheduler's completion channel); panic on any request (every bad input is a JSON error
//! with a stable code); drop an accepted job without a result line; or store an API key (only hashes are
//! kept).
//!
//! Modules: `config` (TOML and the embedded default), `auth` (keys), `routes` (the route table as data),
//! `api` (handlers), `swarms` (the job table, result logs, event logs and pending client tool calls),
//! `toolcalls` (the broker's client tool route and the audit sink feeding metrics), `scripts` (uploaded
//! scripts), `tokens` (admin token endpoints), `metrics`, `body` (response bodies), `errors`, `openapi`.

mod api;
pub mod auth;
mod body;
pub mod config;
mod conns;
pub mod errors;
pub mod metrics;
pub mod openapi;
pub mod routes;
mod scripts;
mod swarms;
mod tokens;
mod toolcalls;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;

use body::ApiBody;
use config::ServeConfig;
use npython_engine::{Engine, TenantConfig};

/// Bytes of uploaded scripts kept, all tenants.
const SCRIPT_STORE_BYTES: usize = 64 << 20;
/// How long open connections (result streams) get to finish after the jobs are done at shutdown.
const CONNECTION_GRACE: Duration = Duration::from_secs(10);

/// Everything a request handler can reach.
pub struct State {
    pub config: ServeConfig,
    engine: Engine,
    keys: auth::Keys,
    metrics: Arc<metrics::Metrics>,
    store: Arc<swarms::Store>,
    scripts: scripts::Scripts,
    /// Set by SIGTERM/SIGINT: readyz answers 503 and submissions are refused.
    draining: AtomicBool,
}

/// `prefix` and 16 random hex digits.
pub(crate) fn random_id(prefix: &str) -> Result<String, String> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|e| format!("no randomness for an id: {e}"))?;
    Ok(format!("{prefix}{}", config::hex(&bytes)))
}

/// Options of `npython serve`.
pub struct ServeOptions {
    pub config: Option<PathBuf>,
    pub listen: Option<String>,
}

/// Loads the configuration: the file, or the embedded default in `$NPYTHON_HOME`.
pub fn load_config(options: &ServeOptions) -> Result<ServeConfig, String> {
    let home = npython_caps::KeyStore::default_home().map_err(|e| e.to_string())?;
    let mut config = match &options.config {
        Some(path) => ServeConfig::from_file(path, &home)?,
        None => ServeConfig::embedded_default(&home)?,
    };
    if let Some(listen) = &options.listen {
        config.listen = listen.clone();
    }
    Ok(config)
}

/// The I/O broker of the server's jobs: tenants' files under `fs_base`, the tenants' tool webhooks, the
/// client tool route, and the audit sink that feeds metrics (and the audit log, if configured).
fn build_broker(
    config: &ServeConfig,
    metrics: &Arc<metrics::Metrics>,
    store: &Arc<swarms::Store>,
    verifier: Arc<dyn npython_caps::Verifier + Send + Sync>,
) -> Result<npython_broker::Broker, String> {
    let file = match &config.audit_log {
        Some(path) => Some(
            npython_broker::FileAuditSink::open(path)
                .map_err(|e| format!("cannot open audit_log {}: {e}", path.display()))?,
        ),
        None => None,
    };
    let mut tools = npython_broker::Tools::new();
    for t in &config.tenants {
        if let Some(url) = &t.tool_webhook {
            tools.set_webhook(&t.name, url);
        }
    }
    let client_tools: std::collections::HashSet<String> = config
        .tools
        .iter()
        .filter(|(_, route)| route.as_str() == "client")
        .map(|(name, _)| name.clone())
        .collect();
    for (name, route) in &config.tools {
        if route != "client" {
            tools.register(name, toolcalls::ToolWebhook::new(route.clone())?);
        }
    }
    tools.set_client_route(Arc::new(toolcalls::ClientRoute::new(
        store.clone(),
        client_tools,
        config.client_tool_timeout,
        config.tenants.iter().map(|t| t.name.clone()).collect(),
    )));
    let broker_config = npython_broker::BrokerConfig {
        threads: 2,
        fs: npython_broker::FsConfig {
            base: Some(config.fs_base.clone()),
            ..npython_broker::FsConfig::default()
        },
        tools,
        audit: Arc::new(toolcalls::MetricsAudit::new(metrics.clone(), file)),
        verifier: Some(verifier),
        effects: Some(Arc::new(EffectRecorder(store.clone()))),
        ..npython_broker::BrokerConfig::default()
    };
    npython_broker::Broker::new(broker_config).map_err(|e| e.to_string())
}

/// The broker's effect gate: records in the store that a job is about to change the outside world.
struct EffectRecorder(Arc<swarms::Store>);

impl npython_broker::EffectGate for EffectRecorder {
    fn before_effect(&self, job: u64) -> Result<(), String> {
        self.0.before_effect(job)
    }
}

fn build_state(config: ServeConfig) -> Result<Arc<State>, String> {
    tokens::open_store(&config.key_store)?;
    let names: Vec<String> = config.tenants.iter().map(|t| t.name.clone()).collect();
    let metrics = Arc::new(metrics::Metrics::new(&names, config.pool_size));
    let backend: Arc<dyn npython_store::JobStore> = match &config.store {
        config::StoreBackend::Sqlite(path) => {
            Arc::new(npython_store::SqliteStore::open(path).map_err(|e| e.to_string())?)
        }
        config::StoreBackend::Memory => Arc::new(npython_store::MemoryStore::new()),
    };
    // Read before anything runs: a store that cannot be read stops the start with its own message.
    let loaded = backend.recover().map_err(|e| e.to_string())?;
    let store_name = backend.describe();
    let store = swarms::Store::start(
        metrics.clone(),
        names,
        config.retention,
        config.retention_bytes_per_tenant(),
        backend,
    )?;
    // Jobs' tokens are checked against the same key store `npython token` and the admin endpoints use, so
    // a revocation there stops a token mid-job; the broker checks it again before performing each request.
    let key_store: Arc<dyn npython_caps::Verifier + Send + Sync> = Arc::new(
        npython_caps::KeyStore::open(&config.key_store)
            .map_err(|e| format!("key store {}: {e}", config.key_store.display()))?,
    );
    let broker = build_broker(&config, &metrics, &store, key_store.clone())?;
    let mut builder = Engine::builder()
        .workers(config.workers)
        .vms(config.pool_size)
        .memory_budget(config.memory_budget_bytes)
        .quantum(config.quantum)
        .broker(Arc::new(broker))
        .verifier(key_store);
    for t in &config.tenants {
        builder = builder.tenant(
            &t.name,
            TenantConfig {
                weight: t.weight,
                max_running: t.max_running,
                // The server admits at most `outstanding_limit` jobs per tenant, so the scheduler's own
                // queue limit never refuses one it accepted.
                max_queued: t.outstanding_limit(config.pool_size),
                max_fuel: t.max_fuel,
            },
        );
    }
    let engine = builder.build()?;
    let (swarms, rerun, interrupted) = store.recover(&engine, loaded);
    let mut config = config;
    config.banner.push(format!(
        "job store: {store_name}; recovered {swarms} swarms ({rerun} jobs run again, {interrupted} interrupted)"
    ));
    Ok(Arc::new(State {
        keys: auth::Keys::new(&config),
        scripts: scripts::Scripts::new(SCRIPT_STORE_BYTES),
        config,
        engine,
        metrics,
        store,
        draining: AtomicBool::new(false),
    }))
}

/// One request: route, run, count. Never fails: errors become JSON responses.
async fn respond(
    state: Arc<State>,
    req: Request<Incoming>,
) -> Result<Response<ApiBody>, Infallible> {
    let start = Instant::now();
    let (route, response) = match routes::find(req.method(), req.uri().path()) {
        Ok((route, param)) => {
            // The handler runs as its own task so that a panic (a defect: handlers return errors, they do
            // not unwind) becomes a 500 for this request instead of a dropped connection.
            let handler = tokio::spawn(api::handle(state.clone(), route.endpoint, param, req));
            let r = match handler.await {
                Ok(r) => r,
                Err(e) => Err(errors::ApiError::internal(format!(
                    "the request handler failed: {e}"
                ))),
            };
            (route.path, r)
        }
        Err(e) => (routes::UNMATCHED, Err(e)),
    };
    let response = response.unwrap_or_else(|e| body::error(&e));
    state
        .metrics
        .http_request(route, response.status().as_u16(), start.elapsed());
    Ok(response)
}

/// Resolves on SIGTERM or SIGINT.
async fn stop_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = ctrl_c => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = ctrl_c.await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

/// The shutdown sequence after a stop signal: refuse new work, let accepted jobs end within the grace
/// period, cancel what is left (each gets a `cancelled` result line), then wait for every line.
async fn drain(state: &State) {
    state.draining.store(true, Ordering::Release);
    let outstanding = state.store.outstanding();
    eprintln!(
        "npython serve: draining {outstanding} jobs (grace {} ms)",
        state.config.shutdown_grace.as_millis()
    );
    let deadline = Instant::now() + state.config.shutdown_grace;
    // A second signal cuts the grace period short.
    let again = stop_signal();
    tokio::pin!(again);
    while state.store.outstanding() > 0 && Instant::now() < deadline {
        tokio::select! {
            () = tokio::time::sleep(Duration::from_millis(20)) => {}
            () = &mut again => {
                eprintln!("npython serve: second stop signal; cancelling now");
                break;
            }
        }
    }
    let left = state.store.outstanding();
    if left > 0 {
        eprintln!("npython serve: grace period over; cancelling {left} jobs");
        let store = state.store.clone();
        let _ = tokio::task::spawn_blocking(move || store.cancel_all()).await;
        // Cancelled jobs end at their next quantum boundary (or at once when queued or blocked).
        while state.store.outstanding() > 0 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

async fn serve(state: Arc<State>, addr: SocketAddr) -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let bound = listener
        .local_addr()
        .map_err(|e| format!("no local address: {e}"))?;
    for line in &state.config.banner {
        println!("npython serve: {line}");
    }
    // Tests and scripts read this line to find the port of `--listen 127.0.0.1:0`.
    println!("npython serve: listening on http://{bound}");
    use std::io::Write;
    let _ = std::io::stdout().flush();

    let janitor = {
        let state = state.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_secs(1)).await;
                let store = state.store.clone();
                let _ = tokio::task::spawn_blocking(move || store.evict(Instant::now())).await;
            }
        })
    };
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    let config = &state.config;
    // conns.rs closes connections at their header and idle timeouts; hyper's own header timer (which also
    // runs while a keep-alive connection waits) is only a backstop behind both.
    builder
        .http1()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(config.header_timeout.saturating_add(config.idle_timeout));
    let conns = conns::Conns::new(
        config.max_connections,
        conns::Timeouts {
            header: config.header_timeout,
            idle: config.idle_timeout,
        },
        state.metrics.clone(),
    );
    let signal = stop_signal();
    tokio::pin!(signal);
    let drained = async {
        (&mut signal).await;
        drain(&state).await;
    };
    tokio::pin!(drained);
    // Pause after an accept failed for want of descriptors; zero while accepting works.
    let mut backoff = Duration::ZERO;
    // When running out of descriptors was last logged: once per episode, an episode ending after a minute
    // without the error.
    let mut exhausted_at: Option<Instant> = None;
    // Connections keep being accepted while draining, so clients can poll readyz and collect results.
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _)) => {
                        backoff = Duration::ZERO;
                        stream
                    }
                    Err(e) if conns::is_resource_exhaustion(&e) => {
                        // The listener stays readable while connections wait in the backlog: without a
                        // pause this loop would spin. Closing idle connections frees descriptors.
                        let quiet = Duration::from_secs(60);
                        if exhausted_at.is_none_or(|t| t.elapsed() > quiet) {
                            eprintln!(
                                "npython serve: cannot accept connections ({e}); closing idle \
                                 connections and pausing accepts until descriptors are free \
                                 (max_connections = {})",
                                conns.max
                            );
                        }
                        exhausted_at = Some(Instant::now());
                        state.metrics.accept_backoff();
                        conns.evict_idle(8);
                        backoff = (backoff * 2).clamp(Duration::from_millis(10), Duration::from_secs(1));
                        tokio::time::sleep(backoff).await;
                        continue;
                    }
                    // A connection that failed before it was accepted (reset, aborted): nothing to do.
                    Err(_) => continue,
                };
                let registration = match conns.admit() {
                    conns::Admission::Serve(r) => r,
                    conns::Admission::Refuse => {
                        conns.refuse(stream);
                        continue;
                    }
                };
                // Result and event streams write a line when a job ends: without NODELAY, a line sent
                // after the headers waits for the client's delayed ACK (about 40 ms).
                let _ = stream.set_nodelay(true);
                let st = state.clone();
                let track = registration.conn.clone();
                let svc = service_fn(move |req| {
                    let guard = track.begin_request();
                    let st = st.clone();
                    async move {
                        let response = respond(st, req).await?;
                        Ok::<_, Infallible>(
                            response.map(|b| conns::GuardedBody::wrap(b, guard)),
                        )
                    }
                });
                let io = conns::TrackedIo::new(stream, registration.conn.clone());
                let conn = builder.serve_connection_with_upgrades(TokioIo::new(io), svc);
                let conn = graceful.watch(conn.into_owned());
                let conns = conns.clone();
                tokio::spawn(async move {
                    let track = registration.conn.clone();
                    conns.drive(track, conn).await;
                    drop(registration);
                });
            }
            () = &mut drained => break,
        }
    }
    drop(listener);
    janitor.abort();
    if tokio::time::timeout(CONNECTION_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        eprintln!("npython serve: closing connections still open after {CONNECTION_GRACE:?}");
    }
    let engine = state.engine.clone();
    let _ = tokio::task::spawn_blocking(move || engine.shutdown()).await;
    eprintln!("npython serve: stopped");
    Ok(())
}

/// Runs the server until SIGTERM/SIGINT and the drain that follows.
pub fn run(options: ServeOptions) -> Result<(), String> {
    let config = load_config(&options)?;
    let addr = config.listen_addr()?;
    let state = build_state(config)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("npython-http")
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the HTTP runtime: {e}"))?;
    runtime.block_on(serve(state, addr))
}
