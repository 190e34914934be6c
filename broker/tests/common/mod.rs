//! Shared test helpers: real capability tokens (minted and verified with a `Keyring`), a broker with an
//! in-memory audit sink, a loopback hyper test server, and temporary directories.

#![allow(dead_code)]

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use npython_broker::{Broker, BrokerConfig, MemoryAuditSink};
use npython_caps::{
    Caveat, HostPattern, KeyId, Keyring, MintSpec, PathPrefix, SigningKey, TokenId, ToolName,
    Verifier,
};
use npython_host::Grant;

/// The tenant every test runs as.
pub const TENANT: &str = "acme";

/// A keyring with a fixed key: tokens are real, minted and verified the way the engine does.
pub fn keyring() -> Keyring {
    Keyring::new(KeyId::new(1), SigningKey::from_bytes([7; 32]))
}

/// Mints a token for `TENANT` with `caveats`, verifies it, and wraps the authority in a grant.
pub fn grant(capability: &str, caveats: Vec<Caveat>) -> Grant {
    let ring = keyring();
    let spec = caveats
        .into_iter()
        .fold(MintSpec::new(TENANT, capability), MintSpec::with_caveat);
    let token = ring
        .mint(&spec, TokenId::generate().expect("token id"))
        .expect("mints");
    let authority = ring
        .verify(&token.encode(), TENANT, capability, 0)
        .expect("verifies");
    Grant {
        tenant: TENANT.to_string(),
        authority: Arc::new(authority),
    }
}

pub fn hosts(list: &[&str]) -> Caveat {
    Caveat::Hosts(
        list.iter()
            .map(|h| HostPattern::parse(h).expect("host pattern"))
            .collect(),
    )
}

pub fn prefixes(list: &[&str]) -> Caveat {
    Caveat::PathPrefixes(
        list.iter()
            .map(|p| PathPrefix::parse(p).expect("prefix"))
            .collect(),
    )
}

pub fn tools(list: &[&str]) -> Caveat {
    Caveat::Tools(
        list.iter()
            .map(|t| ToolName::parse(t).expect("tool name"))
            .collect(),
    )
}

/// A broker with an in-memory audit sink, configured by `adjust`.
pub fn broker(adjust: impl FnOnce(&mut BrokerConfig)) -> (Broker, Arc<MemoryAuditSink>) {
    let audit = Arc::new(MemoryAuditSink::new());
    let mut config = BrokerConfig {
        threads: 1,
        audit: audit.clone(),
        ..BrokerConfig::default()
    };
    adjust(&mut config);
    (Broker::new(config).expect("broker starts"), audit)
}

/// A test HTTP/1.1 server on 127.0.0.1 with its own runtime (independent of the broker's). Dropping it stops
/// the runtime, and with it the server.
pub struct TestServer {
    pub addr: SocketAddr,
    _runtime: tokio::runtime::Runtime,
}

impl TestServer {
    /// Serves every connection with `handler`.
    pub fn start<F, Fut>(handler: F) -> TestServer
    where
        F: Fn(Request<Incoming>) -> Fut + Send + Sync + Clone + 'static,
        Fut: Future<Output = Response<Full<Bytes>>> + Send + 'static,
    {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("test runtime");
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("binds");
        let addr = listener.local_addr().expect("local addr");
        runtime.spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let handler = handler.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |req| {
                        let handler = handler.clone();
                        async move { Ok::<_, Infallible>(handler(req).await) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        TestServer {
            addr,
            _runtime: runtime,
        }
    }

    /// A server that answers every connection with `raw` bytes and closes it (for responses hyper's server
    /// would not write, such as a body without a length).
    pub fn raw(raw: Vec<u8>) -> TestServer {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("test runtime");
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("binds");
        let addr = listener.local_addr().expect("local addr");
        let raw = Arc::new(raw);
        runtime.spawn(async move {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            while let Ok((mut stream, _)) = listener.accept().await {
                let raw = raw.clone();
                tokio::spawn(async move {
                    let mut buf = [0u8; 4096];
                    let _ = stream.read(&mut buf).await;
                    let _ = stream.write_all(&raw).await;
                    let _ = stream.shutdown().await;
                });
            }
        });
        TestServer {
            addr,
            _runtime: runtime,
        }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.addr.port())
    }
}

/// A temporary directory removed on drop.
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let path = std::env::temp_dir().join(format!(
            "npython-broker-{name}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("temp dir");
        TempDir { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
