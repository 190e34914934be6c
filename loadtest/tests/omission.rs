//! The open-loop schedule and the coordinated-omission correction, against a synthetic server that stalls
//! every submission arriving in a known window until the window ends.
//!
//! What must hold: every swarm whose intended send time falls in the stall has a measured latency of at least
//! (stall end - intended time), whether the client sent it on time (open loop, the server held it) or late
//! (one slot in flight, so the client itself was held up: a naive client would have measured a fast answer).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use npython_loadtest::{Mode, Plan, PreparedScript, Target};

const STALL_AFTER: Duration = Duration::from_millis(300);
const STALL_FOR: Duration = Duration::from_millis(400);

struct Stalled {
    /// First submission's arrival; the stall is [first + STALL_AFTER, first + STALL_AFTER + STALL_FOR).
    first: Mutex<Option<Instant>>,
    swarms: AtomicU64,
    /// Answer every `reject_every`-th submission 429 `queue_full` (0: never).
    reject_every: u64,
}

impl Stalled {
    fn window(&self) -> Option<(Instant, Instant)> {
        let first = (*self.first.lock().unwrap())?;
        Some((first + STALL_AFTER, first + STALL_AFTER + STALL_FOR))
    }
}

async fn handle(
    state: Arc<Stalled>,
    req: Request<hyper::body::Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let now = Instant::now();
    let path = req.uri().path().to_string();
    let query = req.uri().query().unwrap_or("").to_string();
    let method = req.method().clone();
    let body = req.into_body().collect().await.unwrap().to_bytes();
    let reply = |status: u16, body: String| {
        let mut r = Response::new(Full::new(Bytes::from(body)));
        *r.status_mut() = hyper::StatusCode::from_u16(status).unwrap();
        Ok(r)
    };
    match (method.as_str(), path.as_str()) {
        ("POST", "/v1/scripts") => {
            reply(201, format!("{{\"script\":\"sha256:{}\"}}", "0".repeat(64)))
        }
        ("POST", "/v1/swarms") => {
            state.first.lock().unwrap().get_or_insert(now);
            let (start, end) = state.window().unwrap();
            if now >= start && now < end {
                tokio::time::sleep_until(end.into()).await;
            }
            let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
            let n = v["jobs"].as_array().unwrap().len();
            let k = state.swarms.fetch_add(1, Ordering::Relaxed);
            if state.reject_every > 0 && k % state.reject_every == state.reject_every - 1 {
                return reply(
                    429,
                    "{\"error\":{\"code\":\"queue_full\",\"message\":\"full\"}}".into(),
                );
            }
            let id = format!("sw_{k}_{n}");
            let jobs: Vec<String> = (0..n).map(|i| format!("\"{id}.{i}\"")).collect();
            reply(
                202,
                format!(
                    "{{\"swarm\":\"{id}\",\"total\":{n},\"jobs\":[{}],\"results\":\"/v1/swarms/{id}/results\"}}",
                    jobs.join(",")
                ),
            )
        }
        ("GET", p) if p.ends_with("/results") => {
            let id = p
                .trim_start_matches("/v1/swarms/")
                .trim_end_matches("/results");
            let n: usize = id.rsplit('_').next().unwrap().parse().unwrap();
            let offset: usize = query
                .strip_prefix("offset=")
                .map(|o| o.parse().unwrap())
                .unwrap_or(0);
            let lines: String = (offset..n)
                .map(|i| format!("{{\"job_id\":\"{id}.{i}\",\"index\":{i},\"status\":\"ok\"}}\n"))
                .collect();
            reply(200, lines)
        }
        _ => reply(
            404,
            "{\"error\":{\"code\":\"no_route\",\"message\":\"\"}}".into(),
        ),
    }
}

async fn start_stalled(reject_every: u64) -> (SocketAddr, Arc<Stalled>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let state = Arc::new(Stalled {
        first: Mutex::new(None),
        swarms: AtomicU64::new(0),
        reject_every,
    });
    let st = state.clone();
    tokio::spawn(async move {
        loop {
            let (stream, _) = listener.accept().await.unwrap();
            let _ = stream.set_nodelay(true);
            let st = st.clone();
            tokio::spawn(async move {
                let svc = service_fn(move |req| handle(st.clone(), req));
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), svc)
                    .await;
            });
        }
    });
    (addr, state)
}

fn plan(max_in_flight: usize) -> Plan {
    Plan {
        name: "stall".into(),
        mode: Mode::Open { rate: 100.0 },
        swarm_size: 2,
        duration: Duration::from_millis(1200),
        warmup: Duration::ZERO,
        max_in_flight,
        drain_timeout: Duration::from_secs(20),
        scripts: vec![PreparedScript {
            name: "s".into(),
            source: "1".into(),
            inputs: None,
            limits: None,
            expect: "ok".into(),
        }],
        weights: vec![1],
        tokens: vec![],
        scrape_metrics: false,
        progress: false,
    }
}

/// Runs the plan; checks the lower bound for every swarm due during the stall; returns how many of those a
/// naive client (measuring from the actual send) would have seen answered within 100 ms.
async fn run_and_check(max_in_flight: usize) -> (usize, usize, npython_loadtest::Report) {
    let (addr, state) = start_stalled(0).await;
    let target = Target {
        url: format!("http://{addr}"),
        api_keys: vec!["k".into()],
        admin_key: None,
        tenants: vec![],
    };
    let report = npython_loadtest::runner::run(plan(max_in_flight), target)
        .await
        .unwrap();
    // Schedule: 100/s over 1.2 s is 120 swarms, all sent, all accounted for.
    assert_eq!(report.swarms_scheduled, 120);
    assert_eq!(report.swarms_sent, 120);
    assert_eq!(report.jobs_accepted, 240);
    assert!(report.accounted(), "{}", report.table());
    // Intended times are exactly i / rate after the first.
    let t0 = report.samples[0].intended;
    for s in &report.samples {
        let want = Duration::from_secs_f64(s.index as f64 / 100.0);
        let got = s.intended - t0;
        assert!(
            got.abs_diff(want) < Duration::from_micros(2),
            "{got:?} {want:?}"
        );
        assert!(s.sent_at >= s.intended);
    }
    let (stall_start, stall_end) = state.window().unwrap();
    let mut during = 0;
    let mut naive_fast = 0;
    for s in report
        .samples
        .iter()
        .filter(|s| s.intended >= stall_start && s.intended < stall_end)
    {
        during += 1;
        let floor = stall_end - s.intended;
        assert!(
            s.submit_latency >= floor,
            "swarm {} due {:?} into the stall measured {:?}, below the {floor:?} it waited",
            s.index,
            s.intended - stall_start,
            s.submit_latency
        );
        let naive = s.submit_latency - (s.sent_at - s.intended);
        if naive < Duration::from_millis(100) {
            naive_fast += 1;
        }
    }
    (during, naive_fast, report)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_loop_measures_the_stall_for_every_request_due_during_it() {
    let (during, _, report) = run_and_check(10_000).await;
    // About 40 swarms are due in a 400 ms stall at 100/s.
    assert!((30..=45).contains(&during), "{during}");
    // The worst is the first one due in the stall: it waited the whole 400 ms.
    assert!(report.submit_latency_ms.max >= 390.0, "{}", report.table());
    // And the stall shows in the job latency too (measured from the same intended time).
    assert!(report.job_latency_ms.max >= 390.0, "{}", report.table());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_held_up_by_the_stall_still_measures_it() {
    // One swarm in flight: the client cannot send while the stalled one is out, like a closed-loop tester.
    let (during, naive_fast, report) = run_and_check(1).await;
    assert!((30..=45).contains(&during), "{during}");
    // Measured from the actual send, most of them would look fast: that is the omission being corrected.
    assert!(
        naive_fast * 2 > during,
        "{naive_fast} of {during} naive-fast"
    );
    assert!(report.submit_latency_ms.p90 >= 100.0, "{}", report.table());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rejections_are_counted_by_error_code_and_not_as_lost() {
    let (addr, _state) = start_stalled(3).await;
    let target = Target {
        url: format!("http://{addr}"),
        api_keys: vec!["k".into()],
        admin_key: None,
        tenants: vec![],
    };
    let report = npython_loadtest::runner::run(plan(10_000), target)
        .await
        .unwrap();
    // 120 swarms of 2; every third refused with 429 queue_full.
    assert_eq!(report.swarms_sent, 120);
    assert_eq!(report.swarms_rejected, 40, "{}", report.table());
    assert_eq!(report.errors_by_code.get("queue_full"), Some(&80));
    assert_eq!(report.jobs_accepted, 160);
    assert_eq!(report.results, 160);
    assert_eq!(report.lost, 0);
    assert!(report.accounted());
    assert_eq!(
        report.jobs_sent,
        report.jobs_accepted + report.jobs_rejected
    );
}
