//! The swarm table: accepted swarms, their jobs in flight, their results in completion order, per-tenant
//! quotas, idempotent submissions, and the retention of finished results.
//!
//! One collector thread waits on the scheduler's completion channel for every job of every swarm (no thread
//! per job) and appends each result, as one NDJSON line, to its swarm's log; result streams follow the log.
//! Invariant: every accepted job gets exactly one line in its swarm's log, whether it ran, was refused by
//! the scheduler, or was cancelled (`finish` ignores a second result for a slot), so no job is ever lost.
//!
//! Locks are never nested: a swarm's own lock and the table lock are taken one after the other.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use hyper::StatusCode;
use parking_lot::Mutex;
use tokio::sync::watch;

use super::errors::ApiError;
use super::metrics::{outcome_label, Metrics, OUTCOMES};
use npython_engine::{
    Engine, Job, JobHandle, JobKey, JobResult, JobStatus, JobTiming, SubmitError,
};

/// Where one job of a swarm is.
#[derive(Clone, Copy, Debug)]
enum Slot {
    /// Accepted; `Some(key)` once the scheduler has it.
    Pending(Option<JobKey>),
    /// Ended: its line in the swarm's log.
    Done(usize),
}

struct SwarmState {
    /// Result lines (`\n`-terminated JSON) in completion order; `?offset=N` resumes after the first N.
    lines: Vec<Bytes>,
    slots: Vec<Slot>,
    /// Ended jobs by outcome, in `OUTCOMES` order.
    counts: [usize; 6],
    bytes: usize,
    cancel_requested: bool,
    /// Event lines (`\n`-terminated JSON: tool calls for the client) in order; `?offset=N` resumes.
    events: Vec<Bytes>,
    /// Client-answered tool calls of this swarm's jobs, by call id.
    calls: HashMap<String, ToolCallSlot>,
}

/// What a client's answer to a tool call is.
pub type ToolAnswer = Result<serde_json::Value, ClientToolError>;

/// An error the client answered a tool call with: the exception's type name (`OSError` unless given) and
/// message.
#[derive(Clone, Debug)]
pub struct ClientToolError {
    pub kind: String,
    pub message: String,
}

/// One client-answered tool call.
enum ToolCallSlot {
    /// Waiting for the client; the job's broker task holds the receiver.
    Waiting {
        index: usize,
        answer: tokio::sync::oneshot::Sender<ToolAnswer>,
    },
    /// Answered, timed out or dropped (the job was cancelled or ended).
    Closed { index: usize, why: &'static str },
}

/// One accepted swarm.
pub struct SwarmEntry {
    pub id: String,
    pub tenant: usize,
    pub total: usize,
    state: Mutex<SwarmState>,
    /// Lines in the log so far, for result streams to wait on.
    progress: watch::Sender<usize>,
    /// Bumped for every event line and when the swarm's last job ends, for event streams to wait on.
    event_progress: watch::Sender<usize>,
}

/// What a job id names.
pub struct JobView {
    pub id: String,
    pub swarm: String,
    pub index: usize,
    /// The result line, once the job ended.
    pub result: Option<Bytes>,
}

impl SwarmEntry {
    /// Lines from `offset` on, and whether the log is complete.
    pub fn lines_from(&self, offset: usize) -> (Vec<Bytes>, bool) {
        let st = self.state.lock();
        let lines = st.lines.get(offset..).unwrap_or(&[]).to_vec();
        (lines, st.lines.len() >= self.total)
    }

    pub fn subscribe(&self) -> watch::Receiver<usize> {
        self.progress.subscribe()
    }

    /// Event lines from `offset` on, and whether no more can come (every job has ended).
    pub fn events_from(&self, offset: usize) -> (Vec<Bytes>, bool) {
        let st = self.state.lock();
        let events = st.events.get(offset..).unwrap_or(&[]).to_vec();
        (events, st.lines.len() >= self.total)
    }

    pub fn event_count(&self) -> usize {
        self.state.lock().events.len()
    }

    pub fn subscribe_events(&self) -> watch::Receiver<usize> {
        self.event_progress.subscribe()
    }

    fn push_event(st: &mut SwarmState, event: &serde_json::Value) {
        let mut text = event.to_string();
        text.push('\n');
        st.bytes += text.len();
        st.events.push(Bytes::from(text));
    }

    /// Opens a client-answered tool call of job `index`: records it, appends its `tool_call` event, and
    /// returns the receiver of the answer. None if the job has already ended.
    pub fn open_tool_call(
        &self,
        call: &str,
        index: usize,
        tool: &str,
        args: serde_json::Value,
    ) -> Option<tokio::sync::oneshot::Receiver<ToolAnswer>> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let count = {
            let mut st = self.state.lock();
            if !matches!(st.slots.get(index), Some(Slot::Pending(_))) {
                return None;
            }
            let event = serde_json::json!({
                "type": "tool_call",
                "call": call,
                "job": self.job_id(index),
                "index": index,
                "tool": tool,
                "args": args,
            });
            SwarmEntry::push_event(&mut st, &event);
            st.calls.insert(
                call.to_string(),
                ToolCallSlot::Waiting { index, answer: tx },
            );
            st.events.len()
        };
        self.event_progress.send_replace(count);
        Some(rx)
    }

    /// Closes a call nobody answered (`why`: `timeout` or `cancelled`) and tells the client with a
    /// `tool_call_closed` event. Does nothing to an answered call.
    pub fn close_tool_call(&self, call: &str, why: &'static str) {
        let count = {
            let mut st = self.state.lock();
            let index = match st.calls.get(call) {
                Some(ToolCallSlot::Waiting { index, .. }) => *index,
                _ => return,
            };
            st.calls
                .insert(call.to_string(), ToolCallSlot::Closed { index, why });
            let event = serde_json::json!({
                "type": "tool_call_closed",
                "call": call,
                "job": self.job_id(index),
                "index": index,
                "reason": why,
            });
            SwarmEntry::push_event(&mut st, &event);
            st.events.len()
        };
        self.event_progress.send_replace(count);
    }

    /// Answers call `call` of job `index` (the client's `POST /v1/jobs/{id}/tool-results`).
    pub fn answer_tool_call(
        &self,
        index: usize,
        call: &str,
        answer: ToolAnswer,
    ) -> Result<(), ApiError> {
        let unknown = || {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "unknown_tool_call",
                format!("job {} has no tool call `{call}`", self.job_id(index)),
            )
        };
        let mut st = self.state.lock();
        let slot_index = match st.calls.get(call) {
            Some(ToolCallSlot::Waiting { index, .. } | ToolCallSlot::Closed { index, .. }) => {
                *index
            }
            None => return Err(unknown()),
        };
        if slot_index != index {
            return Err(unknown());
        }
        let closed = ToolCallSlot::Closed {
            index,
            why: "answered",
        };
        match st.calls.insert(call.to_string(), closed) {
            Some(ToolCallSlot::Waiting { answer: tx, .. }) => {
                drop(st);
                // The receiver is gone only if the job stopped waiting at this very moment.
                tx.send(answer).map_err(|_| closed_error(call, "cancelled"))
            }
            Some(ToolCallSlot::Closed { why, .. }) => {
                st.calls
                    .insert(call.to_string(), ToolCallSlot::Closed { index, why });
                Err(closed_error(call, why))
            }
            None => Err(unknown()),
        }
    }

    /// Progress as the API shows it.
    pub fn summary(&self) -> serde_json::Value {
        let st = self.state.lock();
        let finished = st.lines.len();
        let mut counts = serde_json::Map::new();
        for (name, n) in OUTCOMES.iter().zip(st.counts) {
            counts.insert((*name).into(), n.into());
        }
        serde_json::json!({
            "id": self.id,
            "state": if finished >= self.total { "done" } else { "running" },
            "total": self.total,
            "finished": finished,
            "pending": self.total - finished.min(self.total),
            "counts": counts,
        })
    }

    pub fn job_id(&self, index: usize) -> String {
        job_id(&self.id, index)
    }

    /// The scheduler's key of job `index`, while it runs.
    #[cfg(test)]
    pub fn job_key(&self, index: usize) -> Option<JobKey> {
        match self.state.lock().slots.get(index) {
            Some(Slot::Pending(key)) => *key,
            _ => None,
        }
    }

    fn job(&self, index: usize) -> Option<JobView> {
        let st = self.state.lock();
        let slot = *st.slots.get(index)?;
        Some(JobView {
            id: self.job_id(index),
            swarm: self.id.clone(),
            index,
            result: match slot {
                Slot::Done(line) => st.lines.get(line).cloned(),
                Slot::Pending(_) => None,
            },
        })
    }
}

struct Inflight {
    swarm: Arc<SwarmEntry>,
    index: usize,
    handle: JobHandle,
}

struct Idempotent {
    body_hash: [u8; 32],
    /// The swarm the first submission created (id, size); None while it is being submitted. The 202 body
    /// is rebuilt from it, so a record stays small whatever the batch size.
    accepted: Option<(String, usize)>,
    created: Instant,
}

/// What an `Idempotency-Key` lookup found.
pub enum Replay {
    /// First use: go ahead, then `idempotent_done` or `idempotent_abort`.
    New,
    /// The first submission's swarm: id and number of jobs.
    Accepted(String, usize),
}

#[derive(Default)]
struct Table {
    swarms: HashMap<String, Arc<SwarmEntry>>,
    inflight: HashMap<JobKey, Inflight>,
    /// Jobs that ended before their submitter registered them (an invalid script ends inside `submit`).
    early: HashSet<JobKey>,
    outstanding: Vec<usize>,
    total_outstanding: usize,
    /// Finished swarms, oldest first, for retention.
    finished: VecDeque<(Instant, String)>,
    retained_bytes: usize,
    idempotency: HashMap<(usize, String), Idempotent>,
}

/// The swarm table.
pub struct Store {
    table: Mutex<Table>,
    notify: Mutex<Sender<JobKey>>,
    metrics: Arc<Metrics>,
    tenant_names: Vec<String>,
    retention: Duration,
    retention_bytes: usize,
}

impl Store {
    /// A store and its collector thread.
    pub fn start(
        metrics: Arc<Metrics>,
        tenant_names: Vec<String>,
        retention: Duration,
        retention_bytes: usize,
    ) -> Result<Arc<Store>, String> {
        let (tx, rx) = channel();
        let store = Arc::new(Store {
            table: Mutex::new(Table {
                outstanding: vec![0; tenant_names.len()],
                ..Table::default()
            }),
            notify: Mutex::new(tx),
            metrics,
            tenant_names,
            retention,
            retention_bytes,
        });
        let s = store.clone();
        std::thread::Builder::new()
            .name("npython-serve-collector".into())
            .spawn(move || s.collect(rx))
            .map_err(|e| format!("cannot start the result collector: {e}"))?;
        Ok(store)
    }

    fn collect(&self, rx: Receiver<JobKey>) {
        while let Ok(key) = rx.recv() {
            let entry = {
                let mut t = self.table.lock();
                let entry = t.inflight.remove(&key);
                if entry.is_none() {
                    t.early.insert(key);
                }
                entry
            };
            if let Some(e) = entry {
                let (result, timing) = e.handle.wait_timed();
                self.finish(&e.swarm, e.index, result, Some(timing));
            }
        }
    }

    /// Jobs accepted and not ended, all tenants.
    pub fn outstanding(&self) -> usize {
        self.table.lock().total_outstanding
    }

    pub fn retained_bytes(&self) -> usize {
        self.table.lock().retained_bytes
    }

    /// The swarm and index of a job the scheduler runs, while it runs.
    pub fn locate(&self, key: JobKey) -> Option<(Arc<SwarmEntry>, usize)> {
        self.table
            .lock()
            .inflight
            .get(&key)
            .map(|i| (i.swarm.clone(), i.index))
    }

    /// Reserves room for `n` jobs of `tenant`, or says why not (429, retryable).
    fn reserve(
        &self,
        tenant: usize,
        n: usize,
        tenant_limit: usize,
        global_limit: usize,
    ) -> Result<(), ApiError> {
        let mut t = self.table.lock();
        let mine = t.outstanding.get(tenant).copied().unwrap_or(0);
        if mine.saturating_add(n) > tenant_limit {
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "quota_exceeded",
                format!(
                    "tenant `{}` has {mine} jobs in flight; {n} more would pass its limit of {tenant_limit}",
                    self.tenant_names.get(tenant).map_or("?", String::as_str)
                ),
            )
            .with("in_flight", mine)
            .with("limit", tenant_limit)
            .retry_after(1));
        }
        if t.total_outstanding.saturating_add(n) > global_limit {
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "queue_full",
                format!(
                    "the server holds {} jobs; {n} more would pass its limit of {global_limit}",
                    t.total_outstanding
                ),
            )
            .retry_after(1));
        }
        if let Some(m) = t.outstanding.get_mut(tenant) {
            *m += n;
        }
        t.total_outstanding += n;
        Ok(())
    }

    /// Accepts a batch for `tenant` and hands it to the scheduler. Blocking (it compiles): call it off the
    /// async threads. The quota check and the reservation are one step, so two racing batches cannot both
    /// squeeze past a limit.
    pub fn submit(
        &self,
        engine: &Engine,
        tenant: usize,
        jobs: Vec<Job>,
        limits: (usize, usize),
    ) -> Result<Arc<SwarmEntry>, ApiError> {
        let n = jobs.len();
        self.reserve(tenant, n, limits.0, limits.1)?;
        let id = super::random_id("sw_").map_err(ApiError::internal)?;
        let (progress, _) = watch::channel(0);
        let entry = Arc::new(SwarmEntry {
            id: id.clone(),
            tenant,
            total: n,
            state: Mutex::new(SwarmState {
                lines: Vec::with_capacity(n),
                slots: vec![Slot::Pending(None); n],
                counts: [0; 6],
                bytes: 0,
                cancel_requested: false,
                events: Vec::new(),
                calls: HashMap::new(),
            }),
            progress,
            event_progress: watch::channel(0).0,
        });
        self.table.lock().swarms.insert(id, entry.clone());
        let tenant_name = self.tenant_names.get(tenant).cloned().unwrap_or_default();
        self.metrics
            .jobs_submitted
            .with_label_values(&[&tenant_name])
            .inc_by(n as u64);
        let notify = self.notify.lock().clone();
        for (index, job) in jobs.into_iter().enumerate() {
            if entry.state.lock().cancel_requested {
                self.finish(&entry, index, cancelled_result(job.id), None);
                continue;
            }
            let client_id = job.id.clone();
            match engine.submit_notify(job, notify.clone()) {
                Ok(handle) => self.register(&entry, index, handle),
                Err(e) => self.finish(&entry, index, refused_result(client_id, &e), None),
            }
        }
        Ok(entry)
    }

    fn register(&self, swarm: &Arc<SwarmEntry>, index: usize, handle: JobHandle) {
        let key = handle.key();
        let cancel = {
            let mut st = swarm.state.lock();
            if let Some(slot @ Slot::Pending(None)) = st.slots.get_mut(index) {
                *slot = Slot::Pending(Some(key));
            }
            st.cancel_requested
        };
        let mut t = self.table.lock();
        if !t.early.remove(&key) {
            // A cancellation that raced with this submission did not see the key: carry it out here.
            if cancel {
                handle.cancel();
            }
            t.inflight.insert(
                key,
                Inflight {
                    swarm: swarm.clone(),
                    index,
                    handle,
                },
            );
            return;
        }
        drop(t);
        let (result, timing) = handle.wait_timed();
        self.finish(swarm, index, result, Some(timing));
    }

    /// Records a job's result: its line in the log, the counts, the quota, the metrics.
    fn finish(
        &self,
        swarm: &Arc<SwarmEntry>,
        index: usize,
        result: JobResult,
        timing: Option<JobTiming>,
    ) {
        let status = result.status;
        let line = result_line(&swarm.job_id(index), index, &result);
        let (done, lines, bytes) = {
            let mut st = swarm.state.lock();
            let next = st.lines.len();
            match st.slots.get_mut(index) {
                Some(slot @ Slot::Pending(_)) => *slot = Slot::Done(next),
                _ => return,
            }
            st.bytes += line.len();
            st.lines.push(line);
            if let Some(c) = OUTCOMES
                .iter()
                .position(|o| *o == outcome_label(status))
                .and_then(|i| st.counts.get_mut(i))
            {
                *c += 1;
            }
            (st.lines.len() >= swarm.total, st.lines.len(), st.bytes)
        };
        swarm.progress.send_replace(lines);
        if done {
            // Event streams end once no job can make another call.
            swarm.event_progress.send_modify(|_| {});
        }
        {
            let mut t = self.table.lock();
            if let Some(m) = t.outstanding.get_mut(swarm.tenant) {
                *m = m.saturating_sub(1);
            }
            t.total_outstanding = t.total_outstanding.saturating_sub(1);
            if done {
                t.finished.push_back((Instant::now(), swarm.id.clone()));
                t.retained_bytes += bytes;
            }
        }
        let tenant = self
            .tenant_names
            .get(swarm.tenant)
            .map_or("", String::as_str);
        self.metrics
            .jobs_finished
            .with_label_values(&[tenant, outcome_label(status)])
            .inc();
        if let Some(timing) = timing {
            if let Some(wait) = timing.queue_wait {
                self.metrics
                    .queue_wait
                    .with_label_values(&[tenant])
                    .observe(wait.as_secs_f64());
                self.metrics
                    .run_time
                    .with_label_values(&[tenant])
                    .observe(timing.running.as_secs_f64());
            }
        }
    }

    /// A swarm of `tenant`; another tenant's looks unknown.
    pub fn swarm(&self, tenant: usize, id: &str) -> Result<Arc<SwarmEntry>, ApiError> {
        self.table
            .lock()
            .swarms
            .get(id)
            .filter(|s| s.tenant == tenant)
            .cloned()
            .ok_or_else(|| ApiError::not_found("swarm", id))
    }

    /// A job of `tenant` by its id (`SWARM.INDEX`).
    pub fn job(&self, tenant: usize, id: &str) -> Result<(Arc<SwarmEntry>, JobView), ApiError> {
        let not_found = || ApiError::not_found("job", id);
        let (swarm_id, index) = id.rsplit_once('.').ok_or_else(not_found)?;
        let index: usize = index.parse().map_err(|_| not_found())?;
        let swarm = self.swarm(tenant, swarm_id).map_err(|_| not_found())?;
        let view = swarm.job(index).ok_or_else(not_found)?;
        Ok((swarm, view))
    }

    /// Cancels one job if it has not ended; true if a cancellation was sent.
    pub fn cancel_job(&self, swarm: &SwarmEntry, index: usize) -> bool {
        let slot = swarm.state.lock().slots.get(index).copied();
        match slot {
            Some(Slot::Pending(Some(key))) => {
                let t = self.table.lock();
                match t.inflight.get(&key) {
                    Some(i) => {
                        i.handle.cancel();
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        }
    }

    /// Cancels every job of a swarm that has not ended (and those still being submitted); returns how many.
    pub fn cancel_swarm(&self, swarm: &SwarmEntry) -> usize {
        let keys: Vec<JobKey> = {
            let mut st = swarm.state.lock();
            st.cancel_requested = true;
            st.slots
                .iter()
                .filter_map(|s| match s {
                    Slot::Pending(Some(k)) => Some(*k),
                    _ => None,
                })
                .collect()
        };
        let t = self.table.lock();
        keys.iter()
            .filter_map(|k| t.inflight.get(k))
            .map(|i| i.handle.cancel())
            .count()
    }

    /// Cancels every job in flight (the end of a shutdown's grace period).
    pub fn cancel_all(&self) {
        let swarms: Vec<Arc<SwarmEntry>> = self.table.lock().swarms.values().cloned().collect();
        for s in swarms {
            self.cancel_swarm(&s);
        }
    }

    /// Looks up an `Idempotency-Key` of `tenant`: a replay, a conflict, or a new submission (then recorded
    /// as in progress).
    pub fn idempotent_begin(
        &self,
        tenant: usize,
        key: &str,
        body_hash: [u8; 32],
    ) -> Result<Replay, ApiError> {
        let mut t = self.table.lock();
        match t.idempotency.get(&(tenant, key.to_string())) {
            Some(e) if e.body_hash != body_hash => Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency_key_reused",
                "this Idempotency-Key was used for a different request body",
            )),
            Some(Idempotent {
                accepted: Some((id, total)),
                ..
            }) => Ok(Replay::Accepted(id.clone(), *total)),
            Some(_) => Err(ApiError::new(
                StatusCode::CONFLICT,
                "idempotency_in_progress",
                "a request with this Idempotency-Key is still being submitted; retry shortly",
            )
            .retry_after(1)),
            None => {
                t.idempotency.insert(
                    (tenant, key.to_string()),
                    Idempotent {
                        body_hash,
                        accepted: None,
                        created: Instant::now(),
                    },
                );
                Ok(Replay::New)
            }
        }
    }

    pub fn idempotent_done(&self, tenant: usize, key: &str, swarm: &SwarmEntry) {
        if let Some(e) = self
            .table
            .lock()
            .idempotency
            .get_mut(&(tenant, key.to_string()))
        {
            e.accepted = Some((swarm.id.clone(), swarm.total));
        }
    }

    /// Forgets a key whose submission failed, so a retry can succeed.
    pub fn idempotent_abort(&self, tenant: usize, key: &str) {
        self.table
            .lock()
            .idempotency
            .remove(&(tenant, key.to_string()));
    }

    /// Drops finished swarms past the retention time, then the oldest ones while over the memory budget,
    /// and idempotency records past the retention time.
    pub fn evict(&self, now: Instant) {
        let mut t = self.table.lock();
        while let Some((at, id)) = t.finished.front().cloned() {
            let expired = now.saturating_duration_since(at) >= self.retention;
            if !expired && t.retained_bytes <= self.retention_bytes {
                break;
            }
            t.finished.pop_front();
            if let Some(s) = t.swarms.remove(&id) {
                let bytes = s.state.lock().bytes;
                t.retained_bytes = t.retained_bytes.saturating_sub(bytes);
            }
        }
        let retention = self.retention;
        t.idempotency.retain(|_, e| {
            e.accepted.is_none() || now.saturating_duration_since(e.created) < retention
        });
    }
}

fn closed_error(call: &str, why: &str) -> ApiError {
    let what = match why {
        "answered" => "was already answered",
        "timeout" => "timed out before this answer",
        _ => "was dropped (its job was cancelled or ended)",
    };
    ApiError::new(
        StatusCode::CONFLICT,
        "tool_call_closed",
        format!("tool call `{call}` {what}"),
    )
    .with("reason", why)
}

/// The API id of a swarm's job: `SWARM.INDEX`.
pub fn job_id(swarm: &str, index: usize) -> String {
    format!("{swarm}.{index}")
}

/// The 202 body of an accepted swarm (also what an idempotent retry gets).
pub fn accepted_body(swarm: &str, total: usize) -> Bytes {
    let ids: Vec<String> = (0..total).map(|i| job_id(swarm, i)).collect();
    let value = serde_json::json!({
        "swarm": swarm,
        "total": total,
        "jobs": ids,
        "results": format!("/v1/swarms/{swarm}/results"),
    });
    Bytes::from(value.to_string())
}

/// One NDJSON result line: the API's job id and index, then the result in the job schema.
fn result_line(job_id: &str, index: usize, result: &JobResult) -> Bytes {
    let mut obj = serde_json::Map::new();
    obj.insert("job_id".into(), job_id.into());
    obj.insert("index".into(), index.into());
    match serde_json::to_value(result) {
        Ok(serde_json::Value::Object(fields)) => obj.extend(fields),
        Ok(_) | Err(_) => {
            obj.insert("status".into(), "internal".into());
            obj.insert("reason".into(), "the result could not be encoded".into());
        }
    }
    let mut text = serde_json::Value::Object(obj).to_string();
    text.push('\n');
    Bytes::from(text)
}

fn refused_result(id: Option<String>, why: &SubmitError) -> JobResult {
    JobResult::refused(id, why)
}

fn cancelled_result(id: Option<String>) -> JobResult {
    let mut r = JobResult::refused(id, &SubmitError::ShuttingDown);
    r.status = JobStatus::Cancelled;
    r.reason = Some("cancelled before it was submitted".into());
    r
}
