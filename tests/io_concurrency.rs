//! A VM blocked on I/O holds no worker thread (issues 5 and 6): with 2 worker threads, 1,000 scripts each
//! call a local endpoint that holds every request until 1,000 are in flight at once, then answers them all.
//! The server counts requests in flight; the test asserts that all 1,000 were held together (a count, not a
//! timing) and that every job ended ok. Tokens are real (minted with a `Keyring`) and name 127.0.0.1:PORT
//! explicitly, which is what lets the broker reach loopback.

use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::Full;
use hyper::service::service_fn;
use hyper::Response;
use hyper_util::rt::TokioIo;
use npython::{Engine, Job, JobLimits, JobStatus};
use npython_caps::{Caveat, HostPattern, KeyId, Keyring, MintSpec, SigningKey, TokenId};

const JOBS: usize = 1_000;

/// The held requests: how many arrived, the most in flight at once, and the gate opened at `JOBS`.
struct Gate {
    arrived: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    open: tokio::sync::watch::Sender<bool>,
}

#[test]
fn a_thousand_jobs_block_on_http_at_once_on_two_workers() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("server runtime");
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("binds");
    let port = listener.local_addr().expect("addr").port();
    let (open, _) = tokio::sync::watch::channel(false);
    let gate = Arc::new(Gate {
        arrived: AtomicUsize::new(0),
        in_flight: AtomicUsize::new(0),
        max_in_flight: AtomicUsize::new(0),
        open,
    });
    let server_gate = gate.clone();
    runtime.spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let gate = server_gate.clone();
            tokio::spawn(async move {
                let service = service_fn(move |_req| {
                    let gate = gate.clone();
                    async move {
                        let mut opened = gate.open.subscribe();
                        let now = gate.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                        gate.max_in_flight.fetch_max(now, Ordering::SeqCst);
                        if gate.arrived.fetch_add(1, Ordering::SeqCst) + 1 == JOBS {
                            gate.open.send_replace(true);
                        }
                        // Held until all JOBS requests are here (or the test's own deadline ends it).
                        let _ = opened.wait_for(|open| *open).await;
                        gate.in_flight.fetch_sub(1, Ordering::SeqCst);
                        Ok::<_, Infallible>(Response::new(Full::new(Bytes::from_static(b"ok"))))
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });

    let ring = Keyring::new(KeyId::new(1), SigningKey::from_bytes([3; 32]));
    let host = format!("127.0.0.1:{port}");
    let spec = MintSpec::new("agents", "http").with_caveat(Caveat::Hosts(vec![
        HostPattern::parse(&host).expect("host pattern"),
    ]));
    let token = ring
        .mint(&spec, TokenId::generate().expect("id"))
        .expect("mints")
        .encode();
    let broker =
        npython_broker::Broker::new(npython_broker::BrokerConfig::default()).expect("broker");
    let engine = Engine::builder()
        .workers(2)
        .vms(JOBS)
        .verifier(Arc::new(ring))
        .broker(Arc::new(broker))
        .build()
        .expect("engine");
    let source =
        "import http\nwith scope(\"http\", tok):\n    r = http.get(url)\n(r.status, r.text)\n";
    let jobs: Vec<Job> = (0..JOBS)
        .map(|i| {
            let mut job = Job {
                id: Some(i.to_string()),
                source: source.into(),
                filename: "call.py".into(),
                tenant: Some("agents".into()),
                tokens: vec![("tok".into(), token.clone())],
                limits: JobLimits {
                    timeout_ms: Some(60_000),
                    ..JobLimits::default()
                },
                ..Job::default()
            };
            job.inputs.insert(
                "url".into(),
                serde_json::json!(format!("http://{host}/job/{i}")),
            );
            job
        })
        .collect();
    let started = Instant::now();
    let results = engine.run_swarm(jobs);
    let elapsed = started.elapsed();
    assert_eq!(results.len(), JOBS);
    for r in &results {
        assert_eq!(r.status, JobStatus::Ok, "{r:?}");
        assert_eq!(r.result, serde_json::json!([200, "ok"]));
    }
    assert_eq!(gate.arrived.load(Ordering::SeqCst), JOBS);
    assert_eq!(
        gate.max_in_flight.load(Ordering::SeqCst),
        JOBS,
        "every request was held at the server at the same moment"
    );
    eprintln!("{JOBS} jobs blocked together on 2 workers, done in {elapsed:?}");
    assert!(elapsed < Duration::from_secs(60), "{elapsed:?}");
}
