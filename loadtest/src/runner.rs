//! The load itself: an open-loop schedule of swarms (or a closed loop at full speed), each submitted with
//! `POST /v1/swarms` and collected from its NDJSON result stream, with every latency measured from the
//! swarm's INTENDED send time.
//!
//! Coordinated omission: a load generator that waits for a slow answer before sending the next request
//! stops measuring exactly when the server is slow. Here the send times are fixed in advance
//! (`intended(i) = start + i / rate`); a send that happens late (all `max_in_flight` slots busy, or the
//! client's own runtime behind) still measures from its intended time, so a stall shows up in the latency of
//! every request that was due during it.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use hdrhistogram::Histogram;
use http_body_util::{BodyExt, Full};
use hyper::{Request, StatusCode};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::{json, Value};

use crate::prom::Scrape;
use crate::report::{Percentiles, Report, ServerFigures, SwarmSample};
use crate::scenario::{Mix, TokenSpec};
use crate::tokens::{self, Minted};

pub type HttpClient = Client<HttpConnector, Full<Bytes>>;

/// Latencies are recorded in microseconds, up to one hour, 3 significant digits.
const HIST_MAX_US: u64 = 3_600_000_000;

/// The open-loop schedule: swarm `i` is due `i / rate` seconds after the start. Computed from `i`, never
/// accumulated, so there is no drift over long runs.
#[derive(Clone, Copy, Debug)]
pub struct Schedule {
    pub rate: f64,
}

impl Schedule {
    pub fn offset(&self, i: u64) -> Duration {
        Duration::from_secs_f64(i as f64 / self.rate)
    }

    /// Swarms due within `[0, span)`.
    pub fn count_within(&self, span: Duration) -> u64 {
        (span.as_secs_f64() * self.rate).ceil() as u64
    }
}

#[derive(Clone, Debug)]
pub enum Mode {
    /// Fixed arrival rate, swarms per second.
    Open { rate: f64 },
    /// `concurrency` swarms in flight, each sent as soon as the previous one of its slot ended.
    Max { concurrency: usize },
}

/// A script as jobs name it.
#[derive(Clone, Debug)]
pub struct PreparedScript {
    pub name: String,
    pub source: String,
    pub inputs: Option<Value>,
    pub limits: Option<Value>,
    pub expect: String,
}

#[derive(Clone, Debug)]
pub struct Plan {
    pub name: String,
    pub mode: Mode,
    pub swarm_size: usize,
    pub duration: Duration,
    pub warmup: Duration,
    pub max_in_flight: usize,
    pub drain_timeout: Duration,
    pub scripts: Vec<PreparedScript>,
    pub weights: Vec<u32>,
    /// Tokens to mint at start (placeholders filled) and attach to the jobs of the scripts that use them.
    pub tokens: Vec<TokenSpec>,
    /// Scrape `/metrics` at start and end (and sample gauges during the run).
    pub scrape_metrics: bool,
    /// Print a progress line to stderr once a second (only when stderr is a terminal).
    pub progress: bool,
}

#[derive(Clone, Debug)]
pub struct Target {
    pub url: String,
    pub api_keys: Vec<String>,
    /// For `POST /v1/tokens`; needed only when the plan has tokens.
    pub admin_key: Option<String>,
    /// The tenant of each API key (same order); needed only when the plan has tokens.
    pub tenants: Vec<String>,
}

#[derive(Default)]
struct Counts {
    swarms_sent: u64,
    swarms_accepted: u64,
    swarms_rejected: u64,
    jobs_sent: u64,
    jobs_accepted: u64,
    jobs_rejected: u64,
    results: u64,
    lost: u64,
    by_status: BTreeMap<String, u64>,
    /// Rejections by error code (`queue_full`, ...; `transport` when no HTTP answer came).
    errors_by_code: BTreeMap<String, u64>,
    /// Jobs that ended otherwise than their script's `expect`: script -> status -> count.
    unexpected: BTreeMap<String, BTreeMap<String, u64>>,
    stream_errors: u64,
}

struct Shared {
    client: HttpClient,
    target: Target,
    plan: Plan,
    script_refs: Vec<String>,
    /// For each tenant (API key index), then each script: the job's `tokens` field, if any.
    job_tokens: Vec<Vec<Option<Value>>>,
    mix: Mix,
    start: Instant,
    measure_start: Instant,
    measure_end: Instant,
    submit_hist: Mutex<Histogram<u64>>,
    job_hist: Mutex<Histogram<u64>>,
    counts: Mutex<Counts>,
    samples: Mutex<Vec<SwarmSample>>,
    /// Results received inside [measure_start, measure_end): the throughput.
    results_in_window: AtomicU64,
    in_flight: AtomicUsize,
    results_total: AtomicU64,
}

fn micros(d: Duration) -> u64 {
    (d.as_micros() as u64).clamp(1, HIST_MAX_US)
}

pub fn new_client() -> HttpClient {
    let mut connector = HttpConnector::new();
    connector.set_nodelay(true);
    Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(usize::MAX)
        .pool_idle_timeout(Duration::from_secs(30))
        .build(connector)
}

/// GET a path; the status and the whole body.
pub async fn get(
    client: &HttpClient,
    url: &str,
    key: Option<&str>,
) -> Result<(u16, Bytes), String> {
    let mut b = Request::builder().method("GET").uri(url);
    if let Some(k) = key {
        b = b.header("authorization", format!("Bearer {k}"));
    }
    let req = b.body(Full::new(Bytes::new())).map_err(|e| e.to_string())?;
    let resp = client
        .request(req)
        .await
        .map_err(|e| format!("GET {url}: {e}"))?;
    let status = resp.status().as_u16();
    let body = resp
        .into_body()
        .collect()
        .await
        .map_err(|e| format!("GET {url}: {e}"))?
        .to_bytes();
    Ok((status, body))
}

pub(crate) async fn post(
    client: &HttpClient,
    url: &str,
    key: &str,
    body: Vec<u8>,
) -> Result<(u16, Bytes), String> {
    let req = Request::builder()
        .method("POST")
        .uri(url)
        .header("authorization", format!("Bearer {key}"))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body)))
        .map_err(|e| e.to_string())?;
    let resp = client
        .request(req)
        .await
        .map_err(|e| format!("POST {url}: {e}"))?;
    let status = resp.status().as_u16();
    let body = resp
        .into_body()
        .collect()
        .await
        .map_err(|e| format!("POST {url}: {e}"))?
        .to_bytes();
    Ok((status, body))
}

pub async fn scrape(client: &HttpClient, base: &str) -> Result<Scrape, String> {
    let (status, body) = get(client, &format!("{base}/metrics"), None).await?;
    if status != 200 {
        return Err(format!("GET /metrics: {status}"));
    }
    Ok(Scrape::parse(&String::from_utf8_lossy(&body)))
}

fn error_code(body: &[u8]) -> Option<String> {
    let v: Value = serde_json::from_slice(body).ok()?;
    Some(v.get("error")?.get("code")?.as_str()?.to_string())
}

/// Uploads each script once (`POST /v1/scripts`, per tenant key: refs belong to the uploading tenant) and
/// returns the refs.
async fn upload_scripts(
    client: &HttpClient,
    target: &Target,
    scripts: &[PreparedScript],
) -> Result<Vec<String>, String> {
    let mut refs = Vec::new();
    for s in scripts {
        let mut r = String::new();
        for key in &target.api_keys {
            let body = serde_json::to_vec(
                &json!({"source": s.source, "filename": format!("{}.py", s.name)}),
            )
            .map_err(|e| e.to_string())?;
            let (status, resp) =
                post(client, &format!("{}/v1/scripts", target.url), key, body).await?;
            if status != 201 && status != 200 {
                return Err(format!(
                    "uploading script `{}`: {status} {}",
                    s.name,
                    String::from_utf8_lossy(&resp)
                ));
            }
            let v: Value = serde_json::from_slice(&resp).map_err(|e| e.to_string())?;
            r = v
                .get("script")
                .and_then(Value::as_str)
                .ok_or("the script upload answered no ref")?
                .to_string();
        }
        refs.push(r);
    }
    Ok(refs)
}

impl Shared {
    fn swarm_body(&self, i: u64, tenant: usize) -> (Vec<u8>, Vec<usize>) {
        let n = self.plan.swarm_size as u64;
        let mut jobs = Vec::with_capacity(n as usize);
        let mut which = Vec::with_capacity(n as usize);
        for j in 0..n {
            let k = self.mix.pick(i * n + j);
            which.push(k);
            let s = &self.plan.scripts[k];
            let mut job = serde_json::Map::new();
            job.insert("id".into(), json!(format!("{}-{i}-{j}", s.name)));
            job.insert("script".into(), json!(self.script_refs[k]));
            if let Some(inputs) = &s.inputs {
                job.insert("inputs".into(), inputs.clone());
            }
            if let Some(limits) = &s.limits {
                job.insert("limits".into(), limits.clone());
            }
            if let Some(tokens) = &self.job_tokens[tenant][k] {
                job.insert("tokens".into(), tokens.clone());
            }
            jobs.push(Value::Object(job));
        }
        let body = serde_json::to_vec(&json!({ "jobs": jobs })).expect("json");
        (body, which)
    }

    fn measured(&self, intended: Instant) -> bool {
        intended >= self.measure_start
    }

    fn count_error(&self, code: String, jobs: u64) {
        let mut c = self.counts.lock().unwrap();
        c.swarms_rejected += 1;
        c.jobs_rejected += jobs;
        *c.errors_by_code.entry(code).or_insert(0) += jobs;
    }

    /// One swarm: submit, then read its result stream to the end (resuming with `?offset=` if the stream
    /// breaks). Latencies from `intended`.
    async fn run_swarm(self: Arc<Self>, i: u64, intended: Instant) {
        let sent_at = Instant::now();
        let tenant = (i as usize) % self.target.api_keys.len();
        let key = &self.target.api_keys[tenant];
        let (body, which) = self.swarm_body(i, tenant);
        let n = which.len() as u64;
        {
            let mut c = self.counts.lock().unwrap();
            c.swarms_sent += 1;
            c.jobs_sent += n;
        }
        let answer = post(
            &self.client,
            &format!("{}/v1/swarms", self.target.url),
            key,
            body,
        )
        .await;
        let submitted = Instant::now();
        let submit_latency = submitted - intended;
        let mut sample = SwarmSample {
            index: i,
            intended,
            sent_at,
            submit_latency,
            accepted: false,
        };
        let (status, resp) = match answer {
            Ok(a) => a,
            Err(_) => {
                self.count_error("transport".into(), n);
                self.samples.lock().unwrap().push(sample);
                return;
            }
        };
        if status != StatusCode::ACCEPTED.as_u16() {
            let code = error_code(&resp).unwrap_or_else(|| format!("http_{status}"));
            self.count_error(code, n);
            self.samples.lock().unwrap().push(sample);
            return;
        }
        sample.accepted = true;
        let measured = self.measured(intended);
        if measured {
            let _ = self
                .submit_hist
                .lock()
                .unwrap()
                .record(micros(submit_latency));
        }
        {
            let mut c = self.counts.lock().unwrap();
            c.swarms_accepted += 1;
            c.jobs_accepted += n;
        }
        self.samples.lock().unwrap().push(sample);
        let results = serde_json::from_slice::<Value>(&resp)
            .ok()
            .and_then(|v| v.get("results").and_then(Value::as_str).map(str::to_string));
        let Some(results) = results else {
            let mut c = self.counts.lock().unwrap();
            c.lost += n;
            return;
        };
        let mut received = 0u64;
        let mut attempts = 0;
        while received < n {
            let url = format!("{}{results}?offset={received}", self.target.url);
            match self.stream(&url, key, &which, intended, measured).await {
                Ok(k) => received += k,
                Err((k, _)) => {
                    received += k;
                    self.counts.lock().unwrap().stream_errors += 1;
                }
            }
            if received >= n {
                break;
            }
            attempts += 1;
            if attempts > 5 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        if received < n {
            self.counts.lock().unwrap().lost += n - received;
        }
    }

    /// Reads one result stream; the number of lines read (also on error).
    async fn stream(
        &self,
        url: &str,
        key: &str,
        which: &[usize],
        intended: Instant,
        measured: bool,
    ) -> Result<u64, (u64, String)> {
        let req = Request::builder()
            .method("GET")
            .uri(url)
            .header("authorization", format!("Bearer {key}"))
            .body(Full::new(Bytes::new()))
            .map_err(|e| (0, e.to_string()))?;
        let resp = self
            .client
            .request(req)
            .await
            .map_err(|e| (0, e.to_string()))?;
        if resp.status() != StatusCode::OK {
            return Err((0, format!("results: {}", resp.status())));
        }
        let mut body = resp.into_body();
        let mut buf: Vec<u8> = Vec::new();
        let mut lines = 0u64;
        loop {
            let frame = match body.frame().await {
                None => break,
                Some(Ok(f)) => f,
                Some(Err(e)) => return Err((lines, e.to_string())),
            };
            let Ok(data) = frame.into_data() else {
                continue;
            };
            buf.extend_from_slice(&data);
            while let Some(nl) = buf.iter().position(|&b| b == b'\n') {
                let line: Vec<u8> = buf.drain(..=nl).collect();
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let now = Instant::now();
                self.result_line(&line, which, intended, measured, now);
                lines += 1;
            }
        }
        Ok(lines)
    }

    fn result_line(
        &self,
        line: &[u8],
        which: &[usize],
        intended: Instant,
        measured: bool,
        now: Instant,
    ) {
        let v: Value = serde_json::from_slice(line).unwrap_or(Value::Null);
        let status = v
            .get("status")
            .and_then(Value::as_str)
            .unwrap_or("unparsed")
            .to_string();
        let index = v.get("index").and_then(Value::as_u64);
        if measured {
            let _ = self.job_hist.lock().unwrap().record(micros(now - intended));
        }
        if now >= self.measure_start && now < self.measure_end {
            self.results_in_window.fetch_add(1, Ordering::Relaxed);
        }
        self.results_total.fetch_add(1, Ordering::Relaxed);
        let mut c = self.counts.lock().unwrap();
        c.results += 1;
        if let Some(script) = index.and_then(|i| which.get(i as usize)) {
            let s = &self.plan.scripts[*script];
            if s.expect != status {
                *c.unexpected
                    .entry(s.name.clone())
                    .or_default()
                    .entry(status.clone())
                    .or_insert(0) += 1;
            }
        }
        *c.by_status.entry(status).or_insert(0) += 1;
    }
}

/// Peaks of server gauges sampled during the run.
#[derive(Default)]
struct Peaks {
    vms_blocked: f64,
    pool_in_use: f64,
    queue_depth: f64,
    outstanding: f64,
}

/// The `tokens` field of each (tenant, script) pair, built once rather than per job.
fn job_tokens(minted: &Minted, plan: &Plan) -> Vec<Vec<Option<Value>>> {
    minted
        .iter()
        .map(|for_tenant| {
            plan.scripts
                .iter()
                .map(|s| tokens::for_job(for_tenant, &plan.tokens, &s.name))
                .collect()
        })
        .collect()
}

/// Runs a plan against a target on the current tokio runtime.
pub async fn run(plan: Plan, target: Target) -> Result<Report, String> {
    if target.api_keys.is_empty() {
        return Err("no API key".into());
    }
    let client = new_client();
    // Tokens first: a refused mint (no admin key, a bad restriction) ends the run before any upload.
    let minted = tokens::mint_all(&client, &target, &plan.tokens).await?;
    let script_refs = upload_scripts(&client, &target, &plan.scripts).await?;
    let job_tokens = job_tokens(&minted, &plan);
    let before = if plan.scrape_metrics {
        Some(scrape(&client, &target.url).await?)
    } else {
        None
    };
    let start = Instant::now() + Duration::from_millis(20);
    let measure_start = start + plan.warmup;
    let measure_end = measure_start + plan.duration;
    let new_hist =
        || Histogram::<u64>::new_with_bounds(1, HIST_MAX_US, 3).expect("histogram bounds");
    let shared = Arc::new(Shared {
        client: client.clone(),
        mix: Mix::new(&plan.weights),
        target: target.clone(),
        plan: plan.clone(),
        script_refs,
        job_tokens,
        start,
        measure_start,
        measure_end,
        submit_hist: Mutex::new(new_hist()),
        job_hist: Mutex::new(new_hist()),
        counts: Mutex::new(Counts::default()),
        samples: Mutex::new(Vec::new()),
        results_in_window: AtomicU64::new(0),
        in_flight: AtomicUsize::new(0),
        results_total: AtomicU64::new(0),
    });

    // Gauges sampled during the run (peaks), and the progress line.
    let peaks = Arc::new(Mutex::new(Peaks::default()));
    let sampler = plan.scrape_metrics.then(|| {
        let (client, url, peaks) = (client.clone(), target.url.clone(), peaks.clone());
        tokio::spawn(async move {
            loop {
                if let Ok(s) = scrape(&client, &url).await {
                    let mut p = peaks.lock().unwrap();
                    p.vms_blocked = p.vms_blocked.max(s.sum("npython_vms_blocked", &[]));
                    p.pool_in_use = p.pool_in_use.max(s.sum("npython_vm_pool_in_use", &[]));
                    p.queue_depth = p.queue_depth.max(s.sum("npython_queue_depth", &[]));
                    p.outstanding = p.outstanding.max(s.sum("npython_jobs_outstanding", &[]));
                }
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        })
    });
    let progress = (plan.progress && std::io::stderr().is_terminal()).then(|| {
        let shared = shared.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_secs(1)).await;
                let (sent, accepted, rejected) = {
                    let c = shared.counts.lock().unwrap();
                    (c.swarms_sent, c.jobs_accepted, c.jobs_rejected)
                };
                let p99 = shared.job_hist.lock().unwrap().value_at_quantile(0.99) as f64 / 1000.0;
                let t = shared.start.elapsed().as_secs_f64();
                let phase = if Instant::now() < shared.measure_start {
                    "warm-up"
                } else if Instant::now() < shared.measure_end {
                    "measuring"
                } else {
                    "draining"
                };
                eprint!(
                    "\r\x1b[2K{t:6.1}s {phase:9} swarms sent {sent}  in flight {}  jobs accepted {accepted}  results {}  rejected {rejected}  job p99 {p99:.1} ms",
                    shared.in_flight.load(Ordering::Relaxed),
                    shared.results_total.load(Ordering::Relaxed),
                );
            }
        })
    });

    let mut tasks = tokio::task::JoinSet::new();
    let sem = Arc::new(tokio::sync::Semaphore::new(plan.max_in_flight.max(1)));
    let scheduled;
    match plan.mode {
        Mode::Open { rate } => {
            let schedule = Schedule { rate };
            let total = schedule.count_within(plan.warmup + plan.duration);
            for i in 0..total {
                let intended = start + schedule.offset(i);
                tokio::time::sleep_until(intended.into()).await;
                // Waiting for a slot delays the send, not the intended time: the wait is measured.
                let permit = sem.clone().acquire_owned().await.expect("semaphore");
                let shared = shared.clone();
                shared.in_flight.fetch_add(1, Ordering::Relaxed);
                tasks.spawn(async move {
                    shared.clone().run_swarm(i, intended).await;
                    shared.in_flight.fetch_sub(1, Ordering::Relaxed);
                    drop(permit);
                });
                // Reap finished tasks as we go so the set does not grow with the run.
                while tasks.try_join_next().is_some() {}
            }
            scheduled = total;
        }
        Mode::Max { concurrency } => {
            let next = Arc::new(AtomicU64::new(0));
            let end = measure_end;
            for _ in 0..concurrency.max(1) {
                let (shared, next) = (shared.clone(), next.clone());
                tasks.spawn(async move {
                    while Instant::now() < end {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        shared.in_flight.fetch_add(1, Ordering::Relaxed);
                        // Closed loop: the intended time is the send time.
                        shared.clone().run_swarm(i, Instant::now()).await;
                        shared.in_flight.fetch_sub(1, Ordering::Relaxed);
                    }
                });
            }
            tokio::time::sleep_until(end.into()).await;
            scheduled = 0;
        }
    }
    let schedule_done = Instant::now();
    let drained = tokio::time::timeout(plan.drain_timeout, async {
        while tasks.join_next().await.is_some() {}
    })
    .await
    .is_ok();
    if !drained {
        tasks.abort_all();
        while tasks.join_next().await.is_some() {}
    }
    let end = Instant::now();
    if let Some(p) = progress {
        p.abort();
        eprintln!();
    }
    if let Some(s) = sampler {
        s.abort();
    }

    let mut report = {
        let c = shared.counts.lock().unwrap();
        let submit = shared.submit_hist.lock().unwrap();
        let job = shared.job_hist.lock().unwrap();
        let mut lost = c.lost;
        // Swarms cut off by the drain timeout: their missing lines are lost too.
        lost += c.jobs_accepted.saturating_sub(c.results + c.lost);
        let window = plan.duration.as_secs_f64();
        Report {
            scenario: plan.name.clone(),
            mode: match plan.mode {
                Mode::Open { .. } => "open".into(),
                Mode::Max { .. } => "max-rate".into(),
            },
            rate_swarms_per_s: match plan.mode {
                Mode::Open { rate } => Some(rate),
                Mode::Max { .. } => None,
            },
            concurrency: match plan.mode {
                Mode::Open { .. } => None,
                Mode::Max { concurrency } => Some(concurrency),
            },
            swarm_size: plan.swarm_size,
            warmup_s: plan.warmup.as_secs_f64(),
            duration_s: window,
            elapsed_s: (end - start).as_secs_f64(),
            drain_s: (end - schedule_done).as_secs_f64(),
            drained,
            swarms_scheduled: scheduled,
            swarms_sent: c.swarms_sent,
            swarms_accepted: c.swarms_accepted,
            swarms_rejected: c.swarms_rejected,
            jobs_sent: c.jobs_sent,
            jobs_accepted: c.jobs_accepted,
            jobs_rejected: c.jobs_rejected,
            results: c.results,
            lost,
            stream_errors: c.stream_errors,
            by_status: c.by_status.clone(),
            errors_by_code: c.errors_by_code.clone(),
            unexpected: c.unexpected.clone(),
            throughput_jobs_per_s: shared.results_in_window.load(Ordering::Relaxed) as f64 / window,
            submit_latency_ms: Percentiles::of(&submit),
            job_latency_ms: Percentiles::of(&job),
            server: None,
            slo: Default::default(),
            samples: std::mem::take(&mut *shared.samples.lock().unwrap()),
            mock: None,
        }
    };
    report.samples.sort_by_key(|s| s.index);
    if let Some(before) = before {
        // The server counts a job finished as it writes its line; give the last counters a moment.
        let mut after = scrape(&client, &target.url).await?;
        for _ in 0..20 {
            let fig = ServerFigures::between(&before, &after, end - start);
            if fig.jobs_finished as u64 >= report.results {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
            after = scrape(&client, &target.url).await?;
        }
        let mut fig = ServerFigures::between(&before, &after, end - start);
        let p = peaks.lock().unwrap();
        fig.peak_vms_blocked = p.vms_blocked;
        fig.peak_pool_in_use = p.pool_in_use;
        fig.peak_queue_depth = p.queue_depth;
        fig.peak_jobs_outstanding = p.outstanding;
        report.server = Some(fig);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_is_evenly_spaced_without_drift() {
        let s = Schedule { rate: 3.0 };
        assert_eq!(s.offset(0), Duration::ZERO);
        assert_eq!(s.offset(3), Duration::from_secs(1));
        // A million sends at 3/s: the last is due exactly 333,333.33 s in (no accumulated rounding).
        let last = s.offset(1_000_000).as_secs_f64();
        assert!((last - 1_000_000.0 / 3.0).abs() < 1e-6);
        assert_eq!(s.count_within(Duration::from_secs(2)), 6);
        assert_eq!(
            Schedule { rate: 2.5 }.count_within(Duration::from_secs(1)),
            3
        );
        // Every send due within the span is counted, none after it.
        let s = Schedule { rate: 7.0 };
        let span = Duration::from_millis(1500);
        let n = s.count_within(span);
        assert!(s.offset(n - 1) < span && s.offset(n) >= span);
    }
}
