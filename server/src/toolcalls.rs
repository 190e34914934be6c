//! The server's side of the I/O broker: tool calls answered by the client that submitted the job
//! (`ClientRoute`, DESIGN.md section 6), and the audit sink that turns every gated call into metrics before
//! forwarding it to the configured audit log (`MetricsAudit`).
//!
//! A client-routed call becomes a pending call in its swarm's state and a `tool_call` event on
//! `GET /v1/swarms/{id}/events`; `POST /v1/jobs/{id}/tool-results` answers it. The job waits as a broker
//! future (no thread is held), bounded by `[tools] client_timeout_ms`; if the job is cancelled, the broker
//! drops the future and the call is closed with a `tool_call_closed` event.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use npython_broker::{
    AuditRecord, AuditSink, ClientToolRoute, FileAuditSink, Outcome, ToolCall, ToolError,
    ToolFuture,
};

use super::metrics::Metrics;
use super::swarms::{ClientToolError, Store, SwarmEntry, ToolAnswer};

/// How long a call waits for its job to appear in the swarm table (it is registered right after the
/// scheduler accepted it, so a job can start running, and call a tool, a moment before).
const LOCATE_PATIENCE: Duration = Duration::from_secs(5);

/// Exception types a client may answer with, and the broker error each becomes.
pub const CLIENT_ERROR_TYPES: &[&str] =
    &["OSError", "ValueError", "TimeoutError", "FileNotFoundError"];

/// Routes the configured tools to the job's client.
pub struct ClientRoute {
    store: Arc<Store>,
    tools: HashSet<String>,
    timeout: Duration,
    tenant_names: Vec<String>,
}

impl ClientRoute {
    pub fn new(
        store: Arc<Store>,
        tools: HashSet<String>,
        timeout: Duration,
        tenant_names: Vec<String>,
    ) -> ClientRoute {
        ClientRoute {
            store,
            tools,
            timeout,
            tenant_names,
        }
    }
}

/// Closes a call nobody answered when its waiting future is dropped (the job was cancelled or killed).
struct CloseOnDrop {
    swarm: Arc<SwarmEntry>,
    call: String,
}

impl Drop for CloseOnDrop {
    fn drop(&mut self) {
        self.swarm.close_tool_call(&self.call, "cancelled");
    }
}

async fn locate(store: &Store, key: u64) -> Option<(Arc<SwarmEntry>, usize)> {
    let start = Instant::now();
    loop {
        if let Some(found) = store.locate(key) {
            return Some(found);
        }
        if start.elapsed() > LOCATE_PATIENCE {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

fn into_tool_result(answer: ToolAnswer) -> Result<npython_engine::Data, ToolError> {
    match answer {
        Ok(value) => Ok(npython_engine::json_to_data(&value)),
        Err(ClientToolError { kind, message }) => Err(match kind.as_str() {
            "ValueError" => ToolError::invalid(message),
            "TimeoutError" => ToolError::timeout(message),
            "FileNotFoundError" => ToolError::not_found(message),
            _ => ToolError::failed(message),
        }),
    }
}

impl ClientToolRoute for ClientRoute {
    fn route(&self, call: &ToolCall) -> Option<ToolFuture> {
        if !self.tools.contains(&call.name) {
            return None;
        }
        let store = self.store.clone();
        let timeout = self.timeout;
        let key = call.job;
        let tool = call.name.clone();
        let tenant = call.tenant.clone();
        let args = npython_engine::data_to_json(&call.args);
        let tenant_names = self.tenant_names.clone();
        Some(Box::pin(async move {
            let (swarm, index) = locate(&store, key).await.ok_or_else(|| {
                ToolError::failed(format!(
                    "tool '{tool}' is answered by the job's client, and this job has none"
                ))
            })?;
            if tenant_names.get(swarm.tenant) != Some(&tenant) {
                return Err(ToolError::failed(format!(
                    "tool '{tool}': the call's tenant is not the job's"
                )));
            }
            let id = super::random_id("tc_").map_err(ToolError::failed)?;
            let answer = swarm
                .open_tool_call(&id, index, &tool, args)
                .ok_or_else(|| ToolError::failed("the job has already ended"))?;
            let _close = CloseOnDrop {
                swarm: swarm.clone(),
                call: id.clone(),
            };
            match tokio::time::timeout(timeout, answer).await {
                Ok(Ok(answer)) => into_tool_result(answer),
                Ok(Err(_)) => Err(ToolError::failed(format!(
                    "tool call '{tool}' was dropped before the client answered"
                ))),
                Err(_) => {
                    swarm.close_tool_call(&id, "timeout");
                    Err(ToolError::timeout(format!(
                        "the client did not answer tool '{tool}' within {} ms",
                        timeout.as_millis()
                    )))
                }
            }
        }))
    }
}

/// Feeds `npython_io_requests_total`, `npython_io_request_duration_seconds` and
/// `npython_capability_denials_total` from the broker's audit records, then forwards each record to the
/// audit log, if one is configured.
pub struct MetricsAudit {
    metrics: Arc<Metrics>,
    file: Option<FileAuditSink>,
}

impl MetricsAudit {
    pub fn new(metrics: Arc<Metrics>, file: Option<FileAuditSink>) -> MetricsAudit {
        MetricsAudit { metrics, file }
    }
}

/// The `outcome` label of an audited call, and the denial reason if it was refused.
pub fn io_labels(record: &AuditRecord) -> (&'static str, Option<&'static str>) {
    match record.outcome {
        Outcome::Ok => ("ok", None),
        // The broker refuses with a capability error (the token's constraints, expiry, another tenant's
        // token, the private-address rule, a read-only token) or a permission error (the fs quota, the
        // host's file permissions).
        Outcome::Denied => (
            "denied",
            Some(match record.error_kind {
                Some("permission") => "quota",
                _ => "caveat",
            }),
        ),
        Outcome::Error if record.error_kind == Some("timeout") => ("timeout", None),
        Outcome::Error => ("error", None),
    }
}

impl AuditSink for MetricsAudit {
    fn record(&self, record: &AuditRecord) {
        let (outcome, denial) = io_labels(record);
        self.metrics.io_request(
            record.capability,
            outcome,
            Duration::from_millis(record.duration_ms),
        );
        if let Some(reason) = denial {
            self.metrics.denial(reason);
        }
        if let Some(file) = &self.file {
            file.record(record);
        }
    }
}

/// The longest a per-tool webhook may take, and the largest reply it may send.
const WEBHOOK_TIMEOUT: Duration = Duration::from_secs(30);
const WEBHOOK_MAX_REPLY: usize = 10 << 20;

type WebhookClient = hyper_util::client::legacy::Client<
    hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>,
    http_body_util::Full<bytes::Bytes>,
>;

/// A `[tools] name = "https://..."` route: every tenant's calls of that tool are POSTed there as
/// `{"tool", "tenant", "args"}`; a 2xx JSON reply is the result. Like the broker's per-tenant webhooks, it is
/// the operator's configuration (no private-address rule), bounded by 30 s and a 10 MiB reply, and no
/// message shows the URL.
pub struct ToolWebhook {
    url: hyper::Uri,
    client: WebhookClient,
}

impl ToolWebhook {
    pub fn new(url: String) -> Result<ToolWebhook, String> {
        let uri: hyper::Uri = url
            .parse()
            .map_err(|e| format!("tool webhook `{url}` is not a URL: {e}"))?;
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(provider)
            .map_err(|e| format!("cannot configure TLS for tool webhooks: {e}"))?
            .https_or_http()
            .enable_http1()
            .build();
        let client =
            hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
                .build(https);
        Ok(ToolWebhook { url: uri, client })
    }
}

impl npython_broker::ToolHandler for ToolWebhook {
    fn call(&self, call: ToolCall) -> ToolFuture {
        use http_body_util::BodyExt;
        let client = self.client.clone();
        let url = self.url.clone();
        Box::pin(async move {
            let body = serde_json::json!({
                "tool": call.name,
                "tenant": call.tenant,
                "args": npython_engine::data_to_json(&call.args),
            });
            let request = hyper::Request::post(url)
                .header("content-type", "application/json")
                .body(http_body_util::Full::new(bytes::Bytes::from(
                    body.to_string(),
                )))
                .map_err(|e| ToolError::failed(format!("invalid webhook request: {e}")))?;
            let name = call.name;
            let exchange = async {
                let response = client.request(request).await.map_err(|_| {
                    ToolError::failed(format!("cannot reach the webhook of tool '{name}'"))
                })?;
                let status = response.status().as_u16();
                let limited = http_body_util::Limited::new(response.into_body(), WEBHOOK_MAX_REPLY);
                let reply = limited.collect().await.map_err(|_| {
                    ToolError::failed(format!(
                        "the webhook of tool '{name}' sent an unreadable reply or one over {WEBHOOK_MAX_REPLY} bytes"
                    ))
                })?;
                Ok::<_, ToolError>((status, reply.to_bytes()))
            };
            let (status, reply) = tokio::time::timeout(WEBHOOK_TIMEOUT, exchange)
                .await
                .map_err(|_| {
                    ToolError::timeout(format!("the webhook of tool '{name}' timed out"))
                })??;
            if !(200..300).contains(&status) {
                return Err(ToolError::failed(format!(
                    "the webhook of tool '{name}' answered with HTTP status {status}"
                )));
            }
            let value: serde_json::Value = serde_json::from_slice(&reply).map_err(|e| {
                ToolError::failed(format!(
                    "the webhook of tool '{name}' did not answer JSON: {e}"
                ))
            })?;
            Ok(npython_engine::json_to_data(&value))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use npython_engine::IoErrorKind;
    use npython_engine::{Engine, Job, TenantConfig};
    use serde_json::json;

    struct Fixture {
        engine: Engine,
        store: Arc<Store>,
        swarm: Arc<SwarmEntry>,
        rt: tokio::runtime::Runtime,
    }

    /// A store with one swarm of `n` jobs of tenant `acme` that sleep (so they stay in flight).
    fn fixture(n: usize) -> Fixture {
        let names = vec!["acme".to_string(), "globex".to_string()];
        let metrics = Arc::new(Metrics::new(&names, 8));
        let store = Store::start(
            metrics,
            names,
            Duration::from_secs(60),
            1 << 20,
            Arc::new(npython_store::MemoryStore::new()),
        )
        .expect("store");
        let engine = Engine::builder()
            .workers(1)
            .vms(8)
            .tenant("acme", TenantConfig::default())
            .tenant("globex", TenantConfig::default())
            .build()
            .expect("engine");
        let jobs = (0..n)
            .map(|_| Job {
                source: "import time\ntime.sleep(30)".into(),
                filename: "t.py".into(),
                tenant: Some("acme".into()),
                ..Job::default()
            })
            .collect();
        let swarm = store
            .submit(&engine, 0, jobs, (100, 100), None)
            .expect("submitted");
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        Fixture {
            engine,
            store,
            swarm,
            rt,
        }
    }

    impl Fixture {
        fn route(&self, timeout: Duration) -> ClientRoute {
            ClientRoute::new(
                self.store.clone(),
                ["search".to_string()].into_iter().collect(),
                timeout,
                vec!["acme".into(), "globex".into()],
            )
        }

        fn call(&self, index: usize, tenant: &str, name: &str) -> ToolCall {
            ToolCall {
                tenant: tenant.into(),
                job: self.swarm.job_key(index).expect("in flight"),
                name: name.into(),
                args: npython_engine::json_to_data(&json!({"q": "rust", "n": 3})),
            }
        }

        /// Waits for the swarm's event log to hold `n` events and returns them.
        fn events(&self, n: usize) -> Vec<serde_json::Value> {
            let start = Instant::now();
            loop {
                let (events, _) = self.swarm.events_from(0);
                if events.len() >= n {
                    return events
                        .iter()
                        .map(|e| serde_json::from_slice(e).expect("JSON event"))
                        .collect();
                }
                assert!(start.elapsed() < Duration::from_secs(10), "no event");
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }

    impl Drop for Fixture {
        fn drop(&mut self) {
            self.store.cancel_swarm(&self.swarm);
            self.engine.shutdown();
        }
    }

    #[test]
    fn a_client_routed_call_is_an_event_and_the_answer_is_its_result() {
        let f = fixture(2);
        let route = f.route(Duration::from_secs(10));
        assert!(route.route(&f.call(0, "acme", "other")).is_none());
        let pending =
            f.rt.spawn(route.route(&f.call(1, "acme", "search")).expect("routed"));
        let events = f.events(1);
        let e = &events[0];
        assert_eq!(e["type"], "tool_call");
        assert_eq!(e["tool"], "search");
        assert_eq!(e["args"], json!({"q": "rust", "n": 3}));
        assert_eq!(e["index"], 1);
        assert_eq!(e["job"], f.swarm.job_id(1));
        let call = e["call"].as_str().expect("call id").to_string();
        // The wrong job, or an unknown call: 404.
        let err = f
            .swarm
            .answer_tool_call(0, &call, Ok(json!(1)))
            .expect_err("wrong job");
        assert_eq!(err.code, "unknown_tool_call");
        f.swarm
            .answer_tool_call(1, &call, Ok(json!({"hits": ["a", "b"]})))
            .expect("answered");
        let result = f.rt.block_on(pending).expect("task").expect("result");
        assert_eq!(
            npython_engine::data_to_json(&result),
            json!({"hits": ["a", "b"]})
        );
        let again = f
            .swarm
            .answer_tool_call(1, &call, Ok(json!(2)))
            .expect_err("answered twice");
        assert_eq!(
            (again.status.as_u16(), again.code),
            (409, "tool_call_closed")
        );
    }

    #[test]
    fn error_answers_timeouts_and_drops() {
        let f = fixture(3);
        let route = f.route(Duration::from_millis(300));
        // An error answer raises the chosen exception type.
        let pending =
            f.rt.spawn(route.route(&f.call(0, "acme", "search")).expect("routed"));
        let call = f.events(1)[0]["call"].as_str().expect("id").to_string();
        f.swarm
            .answer_tool_call(
                0,
                &call,
                Err(ClientToolError {
                    kind: "ValueError".into(),
                    message: "no such index".into(),
                }),
            )
            .expect("answered");
        let err = f.rt.block_on(pending).expect("task").expect_err("error");
        assert_eq!(
            (err.kind(), err.message()),
            (IoErrorKind::Invalid, "no such index")
        );

        // Nobody answers: TimeoutError, a closing event, and a late answer is 409.
        let late =
            f.rt.block_on(route.route(&f.call(1, "acme", "search")).expect("routed"));
        assert_eq!(late.expect_err("timeout").kind(), IoErrorKind::Timeout);
        let events = f.events(3);
        assert_eq!(events[1]["type"], "tool_call");
        assert_eq!(events[2]["type"], "tool_call_closed");
        assert_eq!(events[2]["reason"], "timeout");
        let call = events[1]["call"].as_str().expect("id").to_string();
        let err = f
            .swarm
            .answer_tool_call(1, &call, Ok(json!(0)))
            .expect_err("late");
        assert_eq!(err.code, "tool_call_closed");

        // The broker drops the call (its job was cancelled): closed as `cancelled`.
        let pending =
            f.rt.spawn(route.route(&f.call(2, "acme", "search")).expect("routed"));
        let events = f.events(4);
        pending.abort();
        let _ = f.rt.block_on(pending);
        let events_after = f.events(5);
        assert_eq!(events_after[4]["type"], "tool_call_closed");
        assert_eq!(events_after[4]["reason"], "cancelled");
        assert_eq!(events_after[4]["call"], events[3]["call"]);

        // A call whose tenant is not the job's is refused.
        let wrong =
            f.rt.block_on(route.route(&f.call(0, "globex", "search")).expect("routed"));
        assert!(wrong.is_err());
    }

    #[test]
    fn audit_records_become_io_labels() {
        let record = |outcome, error_kind| AuditRecord {
            ts_ms: 0,
            tenant: "acme".into(),
            job: 1,
            capability: "http",
            action: "GET".into(),
            target: "http://x/".into(),
            outcome,
            error_kind,
            bytes_out: 0,
            bytes_in: 0,
            duration_ms: 3,
            token_id: "t".into(),
        };
        assert_eq!(io_labels(&record(Outcome::Ok, None)), ("ok", None));
        assert_eq!(
            io_labels(&record(Outcome::Denied, Some("capability"))),
            ("denied", Some("caveat"))
        );
        assert_eq!(
            io_labels(&record(Outcome::Denied, Some("permission"))),
            ("denied", Some("quota"))
        );
        assert_eq!(
            io_labels(&record(Outcome::Error, Some("timeout"))),
            ("timeout", None)
        );
        assert_eq!(
            io_labels(&record(Outcome::Error, Some("connection"))),
            ("error", None)
        );
    }
}
