//! The handlers: one function per endpoint of the route table, each turning a request into a response or an
//! `ApiError`. Request bodies are size-checked before they are read and parsed strictly; tenants reach only
//! their own swarms, jobs and scripts.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::header::CONTENT_LENGTH;
use hyper::{Request, Response, StatusCode};
use serde::Deserialize;

use super::auth::{require_admin, tenant_of, Caller};
use super::body::{self, ApiBody, ChannelBody};
use super::errors::ApiError;
use super::routes::Endpoint;
use super::swarms::{accepted_body, ClientToolError, JobView, Replay, SwarmEntry};
use super::toolcalls::CLIENT_ERROR_TYPES;
use super::{tokens, State};
use npython_engine::job::{JobLimits, JobLine};
use npython_engine::Job;

/// Reads a whole body, refusing (413) one larger than the configured limit before reading past it, and
/// cutting (408) one that arrives too slowly: the body gets `body_timeout_ms`, plus one second for every
/// `min_body_bytes_per_sec` bytes received, so a client keeping up the minimum rate is never cut.
async fn read_body(state: &State, req: Request<Incoming>) -> Result<Bytes, ApiError> {
    let limit = state.config.max_body_bytes;
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
            format!("request bodies are limited to {limit} bytes"),
        )
        .with("limit", limit)
    };
    let declared = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let start = tokio::time::Instant::now();
    let grace = state.config.body_timeout;
    let rate = state.config.min_body_bytes_per_sec.max(1);
    let mut body = req.into_body();
    let mut bytes = Vec::new();
    loop {
        let received = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
        let earned = Duration::from_millis(received.saturating_mul(1000) / rate);
        let deadline = start + grace.saturating_add(earned);
        let frame = match tokio::time::timeout_at(deadline, body.frame()).await {
            Err(_) => {
                state.metrics.body_timeout();
                return Err(ApiError::new(
                    StatusCode::REQUEST_TIMEOUT,
                    "body_timeout",
                    format!(
                        "the request body arrived too slowly ({received} bytes in {} ms; allowed: {} ms \
                         plus one second per {rate} bytes)",
                        start.elapsed().as_millis(),
                        grace.as_millis()
                    ),
                ));
            }
            Ok(None) => break,
            Ok(Some(Err(e))) => {
                return Err(ApiError::bad_request(
                    "body_unreadable",
                    format!("cannot read the request body: {e}"),
                ))
            }
            Ok(Some(Ok(frame))) => frame,
        };
        if let Ok(data) = frame.into_data() {
            if bytes.len().saturating_add(data.len()) > limit {
                return Err(too_large());
            }
            bytes.extend_from_slice(&data);
        }
    }
    Ok(Bytes::from(bytes))
}

fn parse_json<T: for<'de> Deserialize<'de>>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| ApiError::json(&e))
}

fn refuse_while_draining(state: &State) -> Result<(), ApiError> {
    if state.draining.load(Ordering::Acquire) {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "shutting_down",
            "the server is shutting down and accepts no new work",
        )
        .retry_after(5));
    }
    Ok(())
}

/// Runs blocking work (compiling, the key store) off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError::internal(format!("a worker task failed: {e}")))?
}

/// Dispatches an authenticated or public request.
pub async fn handle(
    state: Arc<State>,
    endpoint: Endpoint,
    param: Option<String>,
    req: Request<Incoming>,
) -> Result<Response<ApiBody>, ApiError> {
    let param = param.unwrap_or_default();
    match endpoint {
        Endpoint::Healthz => Ok(body::json(
            StatusCode::OK,
            &serde_json::json!({"status": "ok"}),
        )),
        Endpoint::Readyz => {
            if state.draining.load(Ordering::Acquire) {
                Err(ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "shutting_down",
                    "draining: finishing accepted jobs, accepting no new ones",
                ))
            } else {
                Ok(body::json(
                    StatusCode::OK,
                    &serde_json::json!({"status": "ready"}),
                ))
            }
        }
        Endpoint::Metrics => {
            let stats = state.engine.stats().ok();
            let text = state.metrics.render(
                stats.as_ref(),
                state.store.outstanding(),
                state.store.retained_bytes(),
            );
            Ok(body::text(
                StatusCode::OK,
                text,
                "text/plain; version=0.0.4; charset=utf-8",
            ))
        }
        Endpoint::OpenApi => Ok(body::json_bytes(
            StatusCode::OK,
            Bytes::from(super::openapi::served(&state.config.max_limits)),
        )),
        _ => {
            let caller = state.keys.authenticate(req.headers())?;
            authenticated(state, caller, endpoint, param, req).await
        }
    }
}

async fn authenticated(
    state: Arc<State>,
    caller: Caller,
    endpoint: Endpoint,
    param: String,
    req: Request<Incoming>,
) -> Result<Response<ApiBody>, ApiError> {
    match endpoint {
        Endpoint::MintToken | Endpoint::AttenuateToken | Endpoint::RevokeToken => {
            require_admin(caller)?;
            let body = read_body(&state, req).await?;
            let home = state.config.key_store.clone();
            let value = blocking(move || match endpoint {
                Endpoint::MintToken => tokens::mint(&home, tokens::MintRequest::parse(&body)?),
                Endpoint::AttenuateToken => {
                    tokens::attenuate(&home, tokens::AttenuateRequest::parse(&body)?)
                }
                _ => tokens::revoke(&home, &param),
            })
            .await?;
            let status = if endpoint == Endpoint::RevokeToken {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            Ok(body::json(status, &value))
        }
        _ => {
            let tenant = tenant_of(caller)?;
            tenant_endpoint(state, tenant, endpoint, param, req).await
        }
    }
}

async fn tenant_endpoint(
    state: Arc<State>,
    tenant: usize,
    endpoint: Endpoint,
    param: String,
    req: Request<Incoming>,
) -> Result<Response<ApiBody>, ApiError> {
    match endpoint {
        Endpoint::CreateScript => create_script(state, tenant, req).await,
        Endpoint::CreateSwarm => create_swarm(state, tenant, req).await,
        Endpoint::GetSwarm => {
            let swarm = state.store.swarm(tenant, &param)?;
            Ok(body::json(StatusCode::OK, &swarm.summary()))
        }
        Endpoint::CancelSwarm => {
            let swarm = state.store.swarm(tenant, &param)?;
            // A big swarm has many jobs to stop: off the async threads.
            let (st, sw) = (state.clone(), swarm.clone());
            let cancelled = blocking(move || Ok(st.store.cancel_swarm(&sw))).await?;
            let mut summary = swarm.summary();
            if let Some(o) = summary.as_object_mut() {
                o.insert("cancelling".into(), cancelled.into());
            }
            Ok(body::json(StatusCode::ACCEPTED, &summary))
        }
        Endpoint::SwarmResults => {
            let swarm = state.store.swarm(tenant, &param)?;
            // Past the last line there is nothing more to stream: an empty 200, like `offset == total`.
            let offset = offset_param(req.uri().query(), usize::MAX)?.min(swarm.total);
            Ok(body::ndjson(stream_results(swarm, offset)))
        }
        Endpoint::SwarmEvents => {
            let swarm = state.store.swarm(tenant, &param)?;
            let offset = offset_param(req.uri().query(), swarm.event_count())?;
            Ok(body::ndjson(stream_events(swarm, offset)))
        }
        Endpoint::ToolResults => tool_result(state, tenant, &param, req).await,
        Endpoint::GetJob => {
            let (_, view) = state.store.job(tenant, &param)?;
            Ok(body::json_bytes(StatusCode::OK, job_json(&view)))
        }
        Endpoint::CancelJob => {
            let (swarm, view) = state.store.job(tenant, &param)?;
            if view.result.is_some() {
                return Ok(body::json_bytes(StatusCode::OK, job_json(&view)));
            }
            state.store.cancel_job(&swarm, view.index);
            Ok(body::json(
                StatusCode::ACCEPTED,
                &serde_json::json!({"id": view.id, "swarm": view.swarm, "index": view.index, "state": "cancelling"}),
            ))
        }
        _ => Err(ApiError::internal("route without a handler")),
    }
}

/// `{"id", "swarm", "index", "state", "result"?}`; the result is the job's line as streamed.
fn job_json(view: &JobView) -> Bytes {
    let mut value = serde_json::json!({
        "id": view.id,
        "swarm": view.swarm,
        "index": view.index,
        "state": if view.result.is_some() { "done" } else { "pending" },
    });
    if let (Some(line), Some(obj)) = (&view.result, value.as_object_mut()) {
        // The line was written by `serde_json` from a `JobResult`, so it parses.
        let result = serde_json::from_slice(line).unwrap_or(serde_json::Value::Null);
        obj.insert("result".into(), result);
    }
    Bytes::from(value.to_string())
}

fn offset_param(query: Option<&str>, total: usize) -> Result<usize, ApiError> {
    let Some(q) = query else { return Ok(0) };
    for pair in q.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        if k == "offset" {
            let n: usize = v.parse().map_err(|_| {
                ApiError::bad_request("bad_offset", format!("offset `{v}` is not a number"))
            })?;
            if n > total {
                return Err(ApiError::bad_request(
                    "bad_offset",
                    format!("offset {n} is past the swarm's {total} lines"),
                ));
            }
            return Ok(n);
        }
    }
    Ok(0)
}

/// Streams a swarm's result lines from `offset`, following the log until every job has a line.
fn stream_results(swarm: Arc<SwarmEntry>, offset: usize) -> ChannelBody {
    let (body, tx) = ChannelBody::new(64);
    tokio::spawn(async move {
        let mut progress = swarm.subscribe();
        let mut next = offset;
        loop {
            let (lines, complete) = swarm.lines_from(next);
            for line in lines {
                if tx.send(line).await.is_err() {
                    return;
                }
                next += 1;
            }
            if complete && next >= swarm.total {
                return;
            }
            if progress.wait_for(|n| *n > next).await.is_err() {
                return;
            }
        }
    });
    body
}

/// Streams a swarm's event lines (client tool calls) from `offset`, following the log until every job of
/// the swarm has ended (no more calls can come).
fn stream_events(swarm: Arc<SwarmEntry>, offset: usize) -> ChannelBody {
    let (body, tx) = ChannelBody::new(64);
    tokio::spawn(async move {
        let mut progress = swarm.subscribe_events();
        let mut next = offset;
        loop {
            // Mark the current value seen before reading, so an event appended after the read wakes us.
            progress.borrow_and_update();
            let (events, finished) = swarm.events_from(next);
            for event in events {
                if tx.send(event).await.is_err() {
                    return;
                }
                next += 1;
            }
            if finished {
                return;
            }
            if progress.changed().await.is_err() {
                return;
            }
        }
    });
    body
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ToolErrorBody {
    message: String,
    #[serde(rename = "type")]
    kind: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ToolResultBody {
    call: String,
    /// Present (possibly `null`) for a successful answer.
    #[serde(default, deserialize_with = "present")]
    result: Option<serde_json::Value>,
    error: Option<ToolErrorBody>,
}

/// `Some(value)` for a field that is present, even as `null`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    serde_json::Value::deserialize(d).map(Some)
}

/// `POST /v1/jobs/{id}/tool-results`: answers one pending client tool call of the job.
async fn tool_result(
    state: Arc<State>,
    tenant: usize,
    job: &str,
    req: Request<Incoming>,
) -> Result<Response<ApiBody>, ApiError> {
    let (swarm, view) = state.store.job(tenant, job)?;
    let body = read_body(&state, req).await?;
    let answer: ToolResultBody = parse_json(&body)?;
    let value = match (answer.result, answer.error) {
        (Some(v), None) => Ok(v),
        (None, Some(e)) => {
            let kind = e.kind.unwrap_or_else(|| "OSError".into());
            if !CLIENT_ERROR_TYPES.contains(&kind.as_str()) {
                return Err(ApiError::bad_request(
                    "invalid_request",
                    format!(
                        "error.type `{kind}` is not one of {}",
                        CLIENT_ERROR_TYPES.join(", ")
                    ),
                ));
            }
            Err(ClientToolError {
                kind,
                message: e.message,
            })
        }
        _ => {
            return Err(ApiError::bad_request(
                "invalid_request",
                "give exactly one of `result` or `error`",
            ))
        }
    };
    swarm.answer_tool_call(view.index, &answer.call, value)?;
    Ok(body::json(
        StatusCode::OK,
        &serde_json::json!({"call": answer.call, "job": view.id, "state": "answered"}),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScriptUpload {
    source: String,
    filename: Option<String>,
}

async fn create_script(
    state: Arc<State>,
    tenant: usize,
    req: Request<Incoming>,
) -> Result<Response<ApiBody>, ApiError> {
    refuse_while_draining(&state)?;
    let body = read_body(&state, req).await?;
    let upload: ScriptUpload = parse_json(&body)?;
    let st = state.clone();
    let value = blocking(move || {
        let filename = upload.filename.unwrap_or_else(|| "script.py".into());
        let compiled = npython_engine::compile(&upload.source, &filename);
        let diagnostics: Vec<npython_engine::job::DiagnosticInfo> = compiled
            .diagnostics
            .iter()
            .map(npython_engine::job::DiagnosticInfo::from)
            .collect();
        let valid = !compiled.has_errors();
        let reference = st.scripts.put(tenant, upload.source, filename)?;
        Ok(serde_json::json!({"script": reference, "valid": valid, "diagnostics": diagnostics}))
    })
    .await?;
    Ok(body::json(StatusCode::CREATED, &value))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SwarmRequest {
    jobs: Vec<serde_json::Value>,
    /// Refuse the whole batch (422) if any job's script has compile errors, instead of `invalid` results.
    #[serde(default)]
    reject_invalid: bool,
}

fn job_error(index: usize, message: impl Into<String>) -> ApiError {
    ApiError::bad_request("invalid_job", format!("jobs[{index}]: {}", message.into()))
        .with("index", index)
}

fn with_defaults(mut l: JobLimits, d: &JobLimits) -> JobLimits {
    l.max_instructions = l.max_instructions.or(d.max_instructions);
    l.max_memory_bytes = l.max_memory_bytes.or(d.max_memory_bytes);
    l.timeout_ms = l.timeout_ms.or(d.timeout_ms);
    l.max_output_bytes = l.max_output_bytes.or(d.max_output_bytes);
    l.max_result_bytes = l.max_result_bytes.or(d.max_result_bytes);
    l
}

/// The first limit of a job above the server's ceiling, as (name, asked, ceiling).
fn over_ceiling(l: &JobLimits, max: &JobLimits) -> Option<(&'static str, u64, u64)> {
    let as_u64 = |n: Option<usize>| n.map(|v| u64::try_from(v).unwrap_or(u64::MAX));
    [
        ("max_instructions", l.max_instructions, max.max_instructions),
        (
            "max_memory_bytes",
            as_u64(l.max_memory_bytes),
            as_u64(max.max_memory_bytes),
        ),
        ("timeout_ms", l.timeout_ms, max.timeout_ms),
        (
            "max_output_bytes",
            as_u64(l.max_output_bytes),
            as_u64(max.max_output_bytes),
        ),
        (
            "max_result_bytes",
            as_u64(l.max_result_bytes),
            as_u64(max.max_result_bytes),
        ),
    ]
    .into_iter()
    .find_map(|(name, asked, ceiling)| match (asked, ceiling) {
        (Some(a), Some(c)) if a > c => Some((name, a, c)),
        _ => None,
    })
}

/// Turns the request's job objects into jobs of `tenant`, or the first reason one is not a job.
fn parse_jobs(
    state: &State,
    tenant: usize,
    raw: Vec<serde_json::Value>,
) -> Result<Vec<Job>, ApiError> {
    let tenant_name = state
        .config
        .tenants
        .get(tenant)
        .map(|t| t.name.clone())
        .unwrap_or_default();
    let mut jobs = Vec::with_capacity(raw.len());
    for (index, value) in raw.into_iter().enumerate() {
        if !value.is_object() {
            return Err(job_error(index, "a job must be a JSON object"));
        }
        let line: JobLine =
            serde_json::from_value(value).map_err(|e| job_error(index, e.to_string()))?;
        if line.file.is_some() {
            return Err(job_error(
                index,
                "`file` is for the command line; send `source` or an uploaded `script` ref",
            ));
        }
        if line.tenant.as_ref().is_some_and(|t| *t != tenant_name) {
            return Err(job_error(
                index,
                "`tenant` is set by the API key; leave it out",
            ));
        }
        if let Some(bad) = line.bad_input_name() {
            return Err(job_error(
                index,
                format!("input name `{bad}` is not a Python identifier"),
            ));
        }
        let tokens = line.token_pairs().map_err(|m| job_error(index, m))?;
        let seed = line.seed;
        let id = line.id_text();
        let (source, filename) = match (line.source, line.script) {
            (Some(s), None) => (
                s,
                format!(
                    "{}.py",
                    id.clone().unwrap_or_else(|| format!("job-{index}"))
                ),
            ),
            (None, Some(r)) => {
                // 404 like every other unknown (or another tenant's) id: the request is well-formed.
                let stored = state.scripts.get(tenant, &r).ok_or_else(|| {
                    ApiError::new(
                        StatusCode::NOT_FOUND,
                        "unknown_script",
                        format!("jobs[{index}]: no uploaded script `{r}` (POST /v1/scripts first)"),
                    )
                    .with("index", index)
                })?;
                (stored.source.clone(), stored.filename.clone())
            }
            (Some(_), Some(_)) => {
                return Err(job_error(
                    index,
                    "give either `source` or `script`, not both",
                ))
            }
            (None, None) => return Err(job_error(index, "a job needs `source` or `script`")),
        };
        let mut limits = with_defaults(line.limits, &state.config.default_limits);
        // A return value is bounded even when nothing sets its limit: by the ceiling.
        limits.max_result_bytes = limits
            .max_result_bytes
            .or(state.config.max_limits.max_result_bytes);
        if let Some((name, asked, ceiling)) = over_ceiling(&limits, &state.config.max_limits) {
            return Err(ApiError::bad_request(
                "limit_too_high",
                format!(
                    "jobs[{index}]: {name} {asked} is above this server's ceiling of {ceiling}"
                ),
            )
            .with("index", index)
            .with("limit", name)
            .with("ceiling", ceiling));
        }
        jobs.push(Job {
            id,
            source,
            filename,
            inputs: line.inputs,
            limits,
            quantum: 0,
            tenant: Some(tenant_name.clone()),
            tokens,
            seed,
        });
    }
    Ok(jobs)
}

/// 422 listing every job whose script does not compile (for `reject_invalid`).
fn check_compiles(jobs: &[Job]) -> Result<(), ApiError> {
    let mut seen = std::collections::HashMap::new();
    let mut failures = Vec::new();
    for (index, job) in jobs.iter().enumerate() {
        let diags = seen.entry(job.source.as_str()).or_insert_with(|| {
            let c = npython_engine::compile(&job.source, &job.filename);
            if c.has_errors() {
                Some(
                    c.diagnostics
                        .iter()
                        .map(npython_engine::job::DiagnosticInfo::from)
                        .collect::<Vec<_>>(),
                )
            } else {
                None
            }
        });
        if let Some(d) = diags {
            failures.push(serde_json::json!({"index": index, "diagnostics": d}));
        }
    }
    if failures.is_empty() {
        return Ok(());
    }
    Err(ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "compile_errors",
        format!(
            "{} jobs have scripts that do not compile; nothing was submitted",
            failures.len()
        ),
    )
    .with("jobs", failures))
}

async fn create_swarm(
    state: Arc<State>,
    tenant: usize,
    req: Request<Incoming>,
) -> Result<Response<ApiBody>, ApiError> {
    refuse_while_draining(&state)?;
    let idem_key = match req.headers().get("idempotency-key") {
        None => None,
        Some(v) => Some(
            v.to_str()
                .ok()
                .filter(|k| !k.is_empty() && k.len() <= 255)
                .ok_or_else(|| {
                    ApiError::bad_request(
                        "invalid_idempotency_key",
                        "Idempotency-Key must be 1-255 visible ASCII characters",
                    )
                })?
                .to_string(),
        ),
    };
    let body = read_body(&state, req).await?;
    let mut idem_record = None;
    if let Some(key) = &idem_key {
        let hash = super::config::hash_key(&String::from_utf8_lossy(&body));
        idem_record = Some(npython_store::IdempotencyKey {
            key: key.clone(),
            body_hash: hash,
        });
        match state.store.idempotent_begin(tenant, key, hash)? {
            Replay::Accepted(id, total) => {
                return Ok(body::json_bytes(
                    StatusCode::ACCEPTED,
                    accepted_body(&id, total),
                ))
            }
            Replay::New => {}
        }
    }
    let result = submit_swarm(state.clone(), tenant, body, idem_record).await;
    if let Some(key) = &idem_key {
        match &result {
            Ok(swarm) => state.store.idempotent_done(tenant, key, swarm),
            Err(_) => state.store.idempotent_abort(tenant, key),
        }
    }
    result
        .map(|swarm| body::json_bytes(StatusCode::ACCEPTED, accepted_body(&swarm.id, swarm.total)))
}

async fn submit_swarm(
    state: Arc<State>,
    tenant: usize,
    body: Bytes,
    idempotency: Option<npython_store::IdempotencyKey>,
) -> Result<Arc<SwarmEntry>, ApiError> {
    let request: SwarmRequest = parse_json(&body)?;
    if request.jobs.is_empty() {
        return Err(ApiError::bad_request("empty_swarm", "`jobs` is empty"));
    }
    let max = state.config.max_jobs_per_swarm;
    if request.jobs.len() > max {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_many_jobs",
            format!(
                "{} jobs in one swarm; the limit is {max}",
                request.jobs.len()
            ),
        )
        .with("limit", max));
    }
    blocking(move || {
        let jobs = parse_jobs(&state, tenant, request.jobs)?;
        if request.reject_invalid {
            check_compiles(&jobs)?;
        }
        let limit = state
            .config
            .tenants
            .get(tenant)
            .map_or(0, |t| t.outstanding_limit(state.config.pool_size));
        state.store.submit(
            &state.engine,
            tenant,
            jobs,
            (limit, state.config.max_outstanding_jobs),
            idempotency,
        )
    })
    .await
}
