//! What capability security costs (issue 5): verifying a token, entering a `with scope(...)` block, and a gated
//! `http.get` to a loopback server compared with the same request made by a raw hyper client.
//!
//! - Token verification: `Keyring::verify` of a token with a host caveat (parse, MAC chain, checks).
//! - Scope entry: a script that enters and leaves `with scope("http", t):` N times, minus the same loop over a
//!   trivial user context manager, per iteration.
//! - Gated call overhead: N sequential `http.get` calls from a script (VM → Blocked → broker → hyper → resume),
//!   minus N sequential GETs from a raw hyper client to the same server, per call.
//!
//! Every figure is the median of several rounds. Run: `cargo bench --bench capabilities`
//! (`NPY_BENCH_SCALE=N` multiplies the counts). Prints Markdown.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use http_body_util::{BodyExt, Empty, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use npython::job::JobIo;
use npython::{Engine, Job, JobStatus};
use npython_caps::{Caveat, HostPattern, KeyId, Keyring, MintSpec, SigningKey, TokenId, Verifier};

const TENANT: &str = "bench";
const ROUNDS: usize = 5;

fn scale() -> usize {
    std::env::var("NPY_BENCH_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
        .max(1)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

fn keyring() -> Keyring {
    Keyring::new(KeyId::new(1), SigningKey::from_bytes([9; 32]))
}

fn mint(keys: &Keyring, host: &str) -> String {
    let spec = MintSpec::new(TENANT, "http")
        .with_caveat(Caveat::Hosts(vec![
            HostPattern::parse(host).expect("host pattern")
        ]));
    keys.mint(&spec, TokenId::from_bytes([3; 16]))
        .expect("mints")
        .encode()
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// A loopback HTTP server answering every request with a small JSON body, on its own runtime.
fn start_server(rt: &tokio::runtime::Runtime) -> SocketAddr {
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    rt.spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            tokio::spawn(async move {
                let service = hyper::service::service_fn(|_req| async {
                    Ok::<_, Infallible>(hyper::Response::new(Full::new(Bytes::from_static(
                        b"{\"ok\": true}",
                    ))))
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    addr
}

/// Seconds for `n` sequential GETs from a raw hyper client (one keep-alive connection pool).
fn raw_gets(rt: &tokio::runtime::Runtime, addr: SocketAddr, n: usize) -> f64 {
    let client: hyper_util::client::legacy::Client<_, Empty<Bytes>> =
        hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .build_http();
    let url: hyper::Uri = format!("http://{addr}/item").parse().expect("uri");
    rt.block_on(async {
        let start = Instant::now();
        for _ in 0..n {
            let resp = client.get(url.clone()).await.expect("get");
            let body = resp.into_body().collect().await.expect("body").to_bytes();
            assert_eq!(body.len(), 12);
        }
        start.elapsed().as_secs_f64()
    })
}

fn job(source: String) -> Job {
    Job {
        source,
        filename: "bench.py".into(),
        ..Job::default()
    }
}

/// Seconds a script takes through the CLI's single-job runner with the broker and `token` bound as `t`.
fn run_script(engine: &Engine, io: &JobIo, source: String) -> f64 {
    let j = job(source);
    let start = Instant::now();
    let r = engine.run_job_with_io(&j, Some(io), |_, _| {});
    let took = start.elapsed().as_secs_f64();
    assert_eq!(r.status, JobStatus::Ok, "{:?}", r.error);
    took
}

fn main() {
    let s = scale();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let addr = start_server(&rt);
    let keys = keyring();
    let token = mint(&keys, &format!("127.0.0.1:{}", addr.port()));

    // Token verification.
    let n_verify = 20_000 * s;
    let verify: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..n_verify {
                let a = keys
                    .verify(&token, TENANT, "http", now())
                    .expect("verifies");
                std::hint::black_box(a);
            }
            start.elapsed().as_secs_f64() / n_verify as f64
        })
        .collect();

    let engine = Engine::new().expect("engine");
    let broker = Arc::new(
        npython_broker::Broker::new(npython_broker::BrokerConfig::default()).expect("broker"),
    );
    let verifier: Arc<dyn Verifier + Send + Sync> = Arc::new(keys);
    let io = JobIo {
        broker,
        capabilities: npython_vm::CapabilityContext::new(TENANT, verifier, Arc::new(now)),
        tokens: vec![("t".into(), token.clone())],
    };

    // Scope entry: with scope(...) versus a trivial context manager, same loop.
    let n_scope = 20_000 * s;
    let scoped = format!("for i in range({n_scope}):\n    with scope('http', t):\n        pass\n");
    let plain = format!(
        "class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return False\n\
         c = C()\nfor i in range({n_scope}):\n    with c:\n        pass\n"
    );
    let scope_cost: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let a = run_script(&engine, &io, scoped.clone());
            let b = run_script(&engine, &io, plain.clone());
            (a - b) / n_scope as f64
        })
        .collect();
    let scope_total: Vec<f64> = (0..ROUNDS)
        .map(|_| run_script(&engine, &io, scoped.clone()) / n_scope as f64)
        .collect();

    // Gated http.get versus raw hyper.
    let n_http = 500 * s;
    let script = format!(
        "import http\nwith scope('http', t):\n    for i in range({n_http}):\n        \
         r = http.get('http://{addr}/item')\n        assert r.status == 200\n"
    );
    let mut raw = Vec::new();
    let mut gated = Vec::new();
    for _ in 0..ROUNDS {
        raw.push(raw_gets(&rt, addr, n_http) / n_http as f64);
        gated.push(run_script(&engine, &io, script.clone()) / n_http as f64);
    }
    let (raw_m, gated_m) = (median(raw), median(gated));

    let us = |x: f64| format!("{:.2} µs", x * 1e6);
    println!("| measure | median of {ROUNDS} rounds |");
    println!("|---|---:|");
    println!(
        "| token verification (`Keyring::verify`, one host caveat) | {} |",
        us(median(verify))
    );
    println!(
        "| `with scope(\"http\", t):` enter + exit, whole loop iteration | {} |",
        us(median(scope_total))
    );
    println!(
        "| scope entry cost over a trivial user context manager | {} |",
        us(median(scope_cost))
    );
    println!("| raw hyper GET, loopback, keep-alive | {} |", us(raw_m));
    println!(
        "| gated `http.get` from a script (VM → broker → hyper → resume) | {} |",
        us(gated_m)
    );
    println!(
        "| gated call overhead over raw hyper | {} ({:.2}x) |",
        us(gated_m - raw_m),
        gated_m / raw_m
    );
}
