//! The swarm table: accepted swarms, their jobs in flight, their results in completion order, per-tenant
//! quotas, idempotent submissions, and the retention of finished results.
//!
//! One collector thread waits on the scheduler's completion channel for every job of every swarm (no thread
//! per job) and appends each result, as one NDJSON line, to its swarm's log; result streams follow the log.
//! Invariant: every accepted job gets exactly one line in its swarm's log, whether it ran, was refused by
//! the scheduler, or was cancelled (`finish` ignores a second result for a slot), so no job is ever lost.
//!
//! Durability (the job store, `npython-store`): a swarm and all its jobs are stored before `submit`
//! returns (so before its 202); a result line goes through the store's group commit and reaches the log,
//! and so any result stream, only once it is stored. A slot is `Committing` in between, which is what
//! keeps a second result for the job out. On start, `recover` rebuilds the table from the store: finished
//! lines in their stored order (so `?offset=` counts the same), idempotency records, and every job without
//! a line is run again from the start, unless it had made a gated call that can change the outside world
//! (the broker's `EffectGate`, recorded before the call): that one ends `interrupted`, never silently
//! repeated. Every line carries the job's `attempt`.
//!
//! Locks are never nested: a swarm's own lock and the table lock are taken one after the other.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use hyper::StatusCode;
use parking_lot::Mutex;
use tokio::sync::watch;

use super::errors::ApiError;
use super::metrics::{outcome_label, Metrics, OUTCOMES};
use npython_engine::job::JobLimits;
use npython_engine::{
    Engine, Job, JobHandle, JobKey, JobResult, JobStatus, JobTiming, SubmitError,
};
use npython_store::{
    GroupCommit, IdempotencyKey, JobStore, Loaded, NewSwarm, ResultRecord, StoreError,
    StoreErrorKind, StoredJob,
};

/// How long the effect gate waits for a job to appear in the table (it is registered right after the
/// scheduler accepted it, so a job can start, and make a call, a moment before).
const LOCATE_PATIENCE: Duration = Duration::from_secs(5);

/// Where one job of a swarm is.
#[derive(Clone, Copy, Debug)]
enum Slot {
    /// Accepted; `Some(key)` once the scheduler has it.
    Pending(Option<JobKey>),
    /// Ended; its line is being stored and is not visible yet.
    Committing,
    /// Ended: its line in the swarm's log.
    Done(usize),
}

struct SwarmState {
    /// Result lines (`\n`-terminated JSON) in completion order; `?offset=N` resumes after the first N.
    lines: Vec<Bytes>,
    slots: Vec<Slot>,
    /// Ended jobs by outcome, in `OUTCOMES` order.
    counts: [usize; 7],
    /// Each job's attempt: 1, plus one for every restart that found it without a result line.
    attempts: Vec<u32>,
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
                Slot::Pending(_) | Slot::Committing => None,
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
    /// Each tenant's finished swarms, oldest first, for retention.
    finished: Vec<VecDeque<(Instant, String)>>,
    retained_bytes: usize,
    /// Bytes of each tenant's finished swarms' results.
    tenant_bytes: Vec<usize>,
    idempotency: HashMap<(usize, String), Idempotent>,
}

impl Table {
    /// Keeps a finished swarm's results for retention.
    fn retain(&mut self, tenant: usize, at: Instant, id: &str, bytes: usize) {
        if let Some(q) = self.finished.get_mut(tenant) {
            q.push_back((at, id.to_string()));
        }
        if let Some(b) = self.tenant_bytes.get_mut(tenant) {
            *b += bytes;
        }
        self.retained_bytes += bytes;
    }

    /// Drops a tenant's oldest finished swarm; its id.
    fn drop_oldest(&mut self, tenant: usize) -> Option<String> {
        let (_, id) = self.finished.get_mut(tenant)?.pop_front()?;
        if let Some(s) = self.swarms.remove(&id) {
            let bytes = s.state.lock().bytes;
            self.retained_bytes = self.retained_bytes.saturating_sub(bytes);
            if let Some(b) = self.tenant_bytes.get_mut(tenant) {
                *b = b.saturating_sub(bytes);
            }
        }
        Some(id)
    }
}

/// The swarm table.
pub struct Store {
    table: Mutex<Table>,
    /// Where swarms, jobs and lines are kept across restarts.
    backend: Arc<dyn JobStore>,
    commit: GroupCommit,
    /// This store, for the group commit's callbacks.
    me: Weak<Store>,
    notify: Mutex<Sender<JobKey>>,
    metrics: Arc<Metrics>,
    tenant_names: Vec<String>,
    retention: Duration,
    /// Bytes of finished results kept for each tenant: one tenant's results never evict another's.
    retention_bytes_per_tenant: usize,
}

impl Store {
    /// A store and its collector thread.
    pub fn start(
        metrics: Arc<Metrics>,
        tenant_names: Vec<String>,
        retention: Duration,
        retention_bytes_per_tenant: usize,
        backend: Arc<dyn JobStore>,
    ) -> Result<Arc<Store>, String> {
        let (tx, rx) = channel();
        let commit = GroupCommit::start(backend.clone())
            .map_err(|e| format!("cannot start the result committer: {e}"))?;
        let store = Arc::new_cyclic(|me| Store {
            table: Mutex::new(Table {
                outstanding: vec![0; tenant_names.len()],
                finished: vec![VecDeque::new(); tenant_names.len()],
                tenant_bytes: vec![0; tenant_names.len()],
                ..Table::default()
            }),
            backend,
            commit,
            me: me.clone(),
            notify: Mutex::new(tx),
            metrics,
            tenant_names,
            retention,
            retention_bytes_per_tenant,
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
        idempotency: Option<IdempotencyKey>,
    ) -> Result<Arc<SwarmEntry>, ApiError> {
        let n = jobs.len();
        self.reserve(tenant, n, limits.0, limits.1)?;
        let id = match super::random_id("sw_") {
            Ok(id) => id,
            Err(e) => {
                self.release(tenant, n);
                return Err(ApiError::internal(e));
            }
        };
        let tenant_name = self.tenant_names.get(tenant).cloned().unwrap_or_default();
        // Write-ahead: nothing is accepted (no 202, no job on the scheduler) that is not stored.
        let record = NewSwarm {
            id: id.clone(),
            tenant: tenant_name.clone(),
            created_ms: unix_ms(),
            jobs: jobs.iter().map(stored_job).collect(),
            idempotency,
        };
        if let Err(e) = self.backend.put_swarm(&record) {
            self.release(tenant, n);
            return Err(store_error(&e));
        }
        drop(record);
        let entry = new_entry(id.clone(), tenant, n, vec![1; n]);
        self.table.lock().swarms.insert(id, entry.clone());
        self.metrics
            .jobs_submitted
            .with_label_values(&[&tenant_name])
            .inc_by(n as u64);
        let notify = self.notify.lock().clone();
        for (index, job) in jobs.into_iter().enumerate() {
            self.start_job(engine, &entry, index, job, &notify);
        }
        Ok(entry)
    }

    /// Hands one stored job to the scheduler (or ends it at once: cancelled, or refused).
    fn start_job(
        &self,
        engine: &Engine,
        entry: &Arc<SwarmEntry>,
        index: usize,
        job: Job,
        notify: &Sender<JobKey>,
    ) {
        if entry.state.lock().cancel_requested {
            self.finish(entry, index, cancelled_result(job.id), None);
            return;
        }
        let client_id = job.id.clone();
        match engine.submit_notify(job, notify.clone()) {
            Ok(handle) => self.register(entry, index, handle),
            Err(e) => self.finish(entry, index, refused_result(client_id, &e), None),
        }
    }

    /// Gives back a reservation whose swarm was not accepted.
    fn release(&self, tenant: usize, n: usize) {
        let mut t = self.table.lock();
        if let Some(m) = t.outstanding.get_mut(tenant) {
            *m = m.saturating_sub(n);
        }
        t.total_outstanding = t.total_outstanding.saturating_sub(n);
    }

    /// Rebuilds the table from the store at start: finished lines stay readable, idempotency records
    /// replay, jobs without a line run again (a new attempt) or, if they had made a gated call that can
    /// change the outside world, end `interrupted`. Swarms of tenants no longer configured stay stored and
    /// unseen. Returns (swarms, jobs run again, jobs interrupted).
    pub fn recover(&self, engine: &Engine, loaded: Loaded) -> (usize, usize, usize) {
        let now = Instant::now();
        let now_ms = unix_ms();
        let ago = |ms: u64| {
            now.checked_sub(Duration::from_millis(now_ms.saturating_sub(ms)))
                .unwrap_or(now)
        };
        let notify = self.notify.lock().clone();
        let (mut swarms, mut rerun, mut interrupted) = (0, 0, 0);
        for s in loaded.swarms {
            let Some(tenant) = self.tenant_names.iter().position(|t| *t == s.tenant) else {
                eprintln!(
                    "npython serve: stored swarm {} belongs to tenant `{}`, which is not configured; it stays stored",
                    s.id, s.tenant
                );
                continue;
            };
            let mut attempts = vec![1; s.total];
            for u in &s.unfinished {
                if let Some(a) = attempts.get_mut(u.index) {
                    *a = u.attempt;
                }
            }
            let entry = new_entry(s.id.clone(), tenant, s.total, attempts);
            {
                let mut st = entry.state.lock();
                for (index, line) in s.results {
                    let next = st.lines.len();
                    match st.slots.get_mut(index) {
                        Some(slot @ Slot::Pending(_)) => *slot = Slot::Done(next),
                        _ => continue,
                    }
                    let (line, outcome) = recovered_line(line);
                    if let Some(c) = outcome
                        .and_then(|o| OUTCOMES.iter().position(|x| *x == o))
                        .and_then(|i| st.counts.get_mut(i))
                    {
                        *c += 1;
                    }
                    st.bytes += line.len();
                    st.lines.push(Bytes::from(line));
                }
            }
            let (lines, bytes) = {
                let st = entry.state.lock();
                (st.lines.len(), st.bytes)
            };
            entry.progress.send_replace(lines);
            let pending = s.total.saturating_sub(lines);
            {
                let mut t = self.table.lock();
                t.swarms.insert(s.id.clone(), entry.clone());
                if let Some(m) = t.outstanding.get_mut(tenant) {
                    *m += pending;
                }
                t.total_outstanding += pending;
                if pending == 0 {
                    t.retain(tenant, ago(s.last_result_ms), &s.id, bytes);
                }
            }
            swarms += 1;
            for u in s.unfinished {
                if u.effect {
                    interrupted += 1;
                    let line = interrupted_line(&entry.job_id(u.index), u.index, u.attempt, &u.job);
                    self.finish_line(&entry, u.index, line, "interrupted", None);
                    continue;
                }
                rerun += 1;
                let tenant_name = self.tenant_names.get(tenant).map_or("", String::as_str);
                match job_of(u.job, tenant_name) {
                    Ok(job) => self.start_job(engine, &entry, u.index, job, &notify),
                    Err(why) => {
                        let mut r = JobResult::refused(None, &SubmitError::ShuttingDown);
                        r.status = JobStatus::Internal;
                        r.reason = Some(why);
                        self.finish(&entry, u.index, r, None);
                    }
                }
            }
        }
        {
            let mut t = self.table.lock();
            for r in loaded.idempotency {
                let Some(tenant) = self.tenant_names.iter().position(|t| *t == r.tenant) else {
                    continue;
                };
                t.idempotency.insert(
                    (tenant, r.key),
                    Idempotent {
                        body_hash: r.body_hash,
                        accepted: Some((r.swarm, r.total)),
                        created: ago(r.created_ms),
                    },
                );
            }
        }
        (swarms, rerun, interrupted)
    }

    /// Records that the job the scheduler knows as `key` is about to change the outside world (the
    /// broker's effect gate), so that a restart ends it `interrupted` instead of running it again.
    pub fn before_effect(&self, key: JobKey) -> Result<(), String> {
        let start = Instant::now();
        let (swarm, index) = loop {
            if let Some(found) = self.locate(key) {
                break found;
            }
            if start.elapsed() > LOCATE_PATIENCE {
                return Err("this job is not in the server's job table".into());
            }
            std::thread::sleep(Duration::from_millis(1));
        };
        self.backend
            .mark_effect(&swarm.id, index)
            .map_err(|e| format!("the job store cannot record this call, so it was not made: {e}"))
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

    /// Records a job's result: stores its line, then `publish`es it.
    fn finish(
        &self,
        swarm: &Arc<SwarmEntry>,
        index: usize,
        result: JobResult,
        timing: Option<JobTiming>,
    ) {
        let attempt = swarm.state.lock().attempts.get(index).copied().unwrap_or(1);
        let line = result_line(&swarm.job_id(index), index, attempt, &result);
        self.finish_line(swarm, index, line, outcome_label(result.status), timing);
    }

    /// Stores a job's final line through the group commit; once stored, it is published. A second line
    /// for the same job is dropped here.
    fn finish_line(
        &self,
        swarm: &Arc<SwarmEntry>,
        index: usize,
        line: Bytes,
        outcome: &'static str,
        timing: Option<JobTiming>,
    ) {
        {
            let mut st = swarm.state.lock();
            match st.slots.get_mut(index) {
                Some(slot @ Slot::Pending(_)) => *slot = Slot::Committing,
                _ => return,
            }
        }
        let record = ResultRecord {
            swarm: swarm.id.clone(),
            index,
            line: line.to_vec(),
            at_ms: unix_ms(),
        };
        let me = self.me.clone();
        let swarm = swarm.clone();
        self.commit.push(
            record,
            Box::new(move |stored| {
                if let Err(e) = &stored {
                    // The job has ended and its client waits for the line: it is served from memory, and
                    // the job runs again after a restart (its line was not stored).
                    eprintln!(
                        "npython serve: the result of job {} was not stored: {e}",
                        swarm.job_id(index)
                    );
                }
                if let Some(store) = me.upgrade() {
                    store.publish(&swarm, index, line, outcome, timing);
                }
            }),
        );
    }

    /// Makes a stored line visible: the log, the counts, the quota, the metrics.
    fn publish(
        &self,
        swarm: &Arc<SwarmEntry>,
        index: usize,
        line: Bytes,
        outcome: &'static str,
        timing: Option<JobTiming>,
    ) {
        let (done, lines, bytes) = {
            let mut st = swarm.state.lock();
            let next = st.lines.len();
            match st.slots.get_mut(index) {
                Some(slot @ Slot::Committing) => *slot = Slot::Done(next),
                _ => return,
            }
            st.bytes += line.len();
            st.lines.push(line);
            if let Some(c) = OUTCOMES
                .iter()
                .position(|o| *o == outcome)
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
                t.retain(swarm.tenant, Instant::now(), &swarm.id, bytes);
            }
        }
        let tenant = self
            .tenant_names
            .get(swarm.tenant)
            .map_or("", String::as_str);
        self.metrics
            .jobs_finished
            .with_label_values(&[tenant, outcome])
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

    /// Drops finished swarms past the retention time, then each tenant's oldest ones while that tenant is
    /// over its share of the memory budget (only its own), and idempotency records past the retention time.
    /// The same goes for the store. Blocking (store writes): call it off the async threads.
    pub fn evict(&self, now: Instant) {
        let mut gone_swarms = Vec::new();
        let mut gone_keys = Vec::new();
        {
            let mut t = self.table.lock();
            for tenant in 0..t.finished.len() {
                while let Some((at, _)) = t.finished.get(tenant).and_then(VecDeque::front) {
                    let expired = now.saturating_duration_since(*at) >= self.retention;
                    let over = t.tenant_bytes.get(tenant).copied().unwrap_or(0)
                        > self.retention_bytes_per_tenant;
                    if !expired && !over {
                        break;
                    }
                    match t.drop_oldest(tenant) {
                        Some(id) => gone_swarms.push(id),
                        None => break,
                    }
                }
            }
            let retention = self.retention;
            t.idempotency.retain(|(tenant, key), e| {
                let keep =
                    e.accepted.is_none() || now.saturating_duration_since(e.created) < retention;
                if !keep {
                    gone_keys.push((*tenant, key.clone()));
                }
                keep
            });
        }
        // A failed delete only keeps data longer; the next start evicts it again.
        for id in gone_swarms {
            if let Err(e) = self.backend.delete_swarm(&id) {
                eprintln!("npython serve: cannot delete swarm {id} from the store: {e}");
            }
        }
        for (tenant, key) in gone_keys {
            let name = self.tenant_names.get(tenant).map_or("", String::as_str);
            let _ = self.backend.delete_idempotency(name, &key);
        }
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

/// A swarm entry with every job pending.
fn new_entry(id: String, tenant: usize, n: usize, attempts: Vec<u32>) -> Arc<SwarmEntry> {
    Arc::new(SwarmEntry {
        id,
        tenant,
        total: n,
        state: Mutex::new(SwarmState {
            lines: Vec::with_capacity(n),
            slots: vec![Slot::Pending(None); n],
            counts: [0; 7],
            attempts,
            bytes: 0,
            cancel_requested: false,
            events: Vec::new(),
            calls: HashMap::new(),
        }),
        progress: watch::channel(0).0,
        event_progress: watch::channel(0).0,
    })
}

fn unix_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// A store failure at submission: 507 `store_full` when the disk is full, else 503 `store_unavailable`.
/// Either way nothing was accepted.
fn store_error(e: &StoreError) -> ApiError {
    let (status, code) = match e.kind() {
        StoreErrorKind::Full => (StatusCode::INSUFFICIENT_STORAGE, "store_full"),
        _ => (StatusCode::SERVICE_UNAVAILABLE, "store_unavailable"),
    };
    ApiError::new(status, code, format!("nothing was accepted: {e}")).retry_after(5)
}

fn limits_json(l: &JobLimits) -> String {
    let mut obj = serde_json::Map::new();
    let mut put = |name: &str, v: Option<u64>| {
        if let Some(v) = v {
            obj.insert(name.into(), v.into());
        }
    };
    let wide = |n: Option<usize>| n.map(|v| u64::try_from(v).unwrap_or(u64::MAX));
    put("max_instructions", l.max_instructions);
    put("max_memory_bytes", wide(l.max_memory_bytes));
    put("timeout_ms", l.timeout_ms);
    put("max_output_bytes", wide(l.max_output_bytes));
    put("max_result_bytes", wide(l.max_result_bytes));
    serde_json::Value::Object(obj).to_string()
}

/// What the store keeps of a job: enough to run it again from the start.
fn stored_job(job: &Job) -> StoredJob {
    StoredJob {
        client_id: job.id.clone(),
        source: job.source.clone(),
        filename: job.filename.clone(),
        inputs_json: serde_json::Value::Object(job.inputs.clone()).to_string(),
        limits_json: limits_json(&job.limits),
        tokens: job.tokens.clone(),
        seed: job.seed,
    }
}

/// A stored job as the scheduler takes it again. Its tokens are checked again (expiry, revocation) when
/// the script uses them, as on the first run.
fn job_of(stored: StoredJob, tenant: &str) -> Result<Job, String> {
    let inputs = match serde_json::from_str(&stored.inputs_json) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => return Err("the stored inputs of this job are unreadable".into()),
    };
    let limits: JobLimits = serde_json::from_str(&stored.limits_json)
        .map_err(|e| format!("the stored limits of this job are unreadable: {e}"))?;
    Ok(Job {
        id: stored.client_id,
        source: stored.source,
        filename: stored.filename,
        inputs,
        limits,
        quantum: 0,
        tenant: Some(tenant.to_string()),
        tokens: stored.tokens,
        seed: stored.seed,
    })
}

/// A stored line as it is served again, and its `status` (for the counts of a recovered swarm). Lines
/// stored before results had `stderr` get `"stderr": ""` after `stdout`, so that every line a client reads
/// has the field; any other line is kept byte for byte (the store's lines are the record of what was
/// streamed, and `?offset=` readers may already have seen them).
fn recovered_line(line: Vec<u8>) -> (Vec<u8>, Option<&'static str>) {
    let Ok(serde_json::Value::Object(fields)) = serde_json::from_slice(&line) else {
        return (line, None);
    };
    let outcome = fields
        .get("status")
        .and_then(serde_json::Value::as_str)
        .and_then(|status| OUTCOMES.iter().copied().find(|o| *o == status));
    if fields.contains_key("stderr") {
        return (line, outcome);
    }
    let mut patched = serde_json::Map::with_capacity(fields.len() + 1);
    let mut placed = false;
    for (key, value) in fields {
        let after_stdout = key == "stdout";
        patched.insert(key, value);
        if after_stdout {
            patched.insert("stderr".into(), "".into());
            placed = true;
        }
    }
    if !placed {
        patched.insert("stderr".into(), "".into());
    }
    let mut text = serde_json::Value::Object(patched).to_string();
    text.push('\n');
    (text.into_bytes(), outcome)
}

/// The line of a job that was running when the server stopped, after it had made a gated call that can
/// change the outside world: running it again could repeat that call.
fn interrupted_line(job_id: &str, index: usize, attempt: u32, job: &StoredJob) -> Bytes {
    let mut obj = serde_json::Map::new();
    obj.insert("job_id".into(), job_id.into());
    obj.insert("index".into(), index.into());
    if let Some(id) = &job.client_id {
        obj.insert("id".into(), id.clone().into());
    }
    obj.insert("status".into(), "interrupted".into());
    obj.insert("stdout".into(), "".into());
    obj.insert("stderr".into(), "".into());
    obj.insert("result".into(), serde_json::Value::Null);
    obj.insert("instructions".into(), 0.into());
    obj.insert("wall_ms".into(), 0.into());
    obj.insert("cpu_ms".into(), 0.into());
    obj.insert(
        "reason".into(),
        "the server stopped while this job ran, after it had made a call that can change the outside \
         world (http other than GET/HEAD, an fs write or a tool call); it is not run again, so that call \
         is not repeated"
            .into(),
    );
    obj.insert("attempt".into(), attempt.saturating_sub(1).max(1).into());
    let mut text = serde_json::Value::Object(obj).to_string();
    text.push('\n');
    Bytes::from(text)
}

/// One NDJSON result line: the API's job id and index, then the result in the job schema, then `attempt`.
fn result_line(job_id: &str, index: usize, attempt: u32, result: &JobResult) -> Bytes {
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
    obj.insert("attempt".into(), attempt.into());
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

#[cfg(test)]
mod tests {
    use super::recovered_line;

    #[test]
    fn a_line_stored_before_stderr_existed_gains_an_empty_one_after_stdout() {
        let old = b"{\"job_id\":\"sw_1.0\",\"index\":0,\"status\":\"ok\",\"stdout\":\"hi\\n\",\"result\":1,\"attempt\":1}\n";
        let (line, outcome) = recovered_line(old.to_vec());
        assert_eq!(outcome, Some("ok"));
        assert_eq!(
            String::from_utf8(line).unwrap(),
            "{\"job_id\":\"sw_1.0\",\"index\":0,\"status\":\"ok\",\"stdout\":\"hi\\n\",\"stderr\":\"\",\"result\":1,\"attempt\":1}\n"
        );
    }

    #[test]
    fn a_current_line_and_an_unreadable_one_are_kept_byte_for_byte() {
        let new = b"{\"status\":\"error\",\"stdout\":\"\",\"stderr\":\"w\\n\",\"result\":1.50}\n"
            .to_vec();
        assert_eq!(recovered_line(new.clone()), (new, Some("error")));
        let junk = b"not json\n".to_vec();
        assert_eq!(recovered_line(junk.clone()), (junk, None));
    }
}
