//! The memory backend: the same contract as SQLite within one process, and nothing after it exits. It is
//! never the server's default and never a fallback; `[store] backend = "memory"` chooses it, for tests and
//! side-by-side benchmarks.

use std::collections::HashMap;

use parking_lot::Mutex;

use crate::{
    JobStore, Loaded, LoadedIdempotency, LoadedSwarm, NewSwarm, ResultRecord, StoreError,
    StoredJob, UnfinishedJob,
};

struct MemJob {
    job: StoredJob,
    attempt: u32,
    effect: bool,
    finished: bool,
}

struct MemSwarm {
    id: String,
    tenant: String,
    created_ms: u64,
    jobs: Vec<MemJob>,
    results: Vec<(usize, Vec<u8>, u64)>,
}

#[derive(Default)]
struct Inner {
    /// In acceptance order.
    swarms: Vec<MemSwarm>,
    by_id: HashMap<String, usize>,
    idempotency: Vec<LoadedIdempotency>,
}

/// A job store in memory: everything is lost when the process exits.
#[derive(Default)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }
}

impl JobStore for MemoryStore {
    fn put_swarm(&self, swarm: &NewSwarm) -> Result<(), StoreError> {
        let mut inner = self.inner.lock();
        if inner.by_id.contains_key(&swarm.id) {
            return Err(StoreError::new(
                crate::StoreErrorKind::Io,
                None,
                format!("swarm {} is already stored", swarm.id),
            ));
        }
        let at = inner.swarms.len();
        inner.by_id.insert(swarm.id.clone(), at);
        inner.swarms.push(MemSwarm {
            id: swarm.id.clone(),
            tenant: swarm.tenant.clone(),
            created_ms: swarm.created_ms,
            jobs: swarm
                .jobs
                .iter()
                .map(|j| MemJob {
                    job: j.clone(),
                    attempt: 1,
                    effect: false,
                    finished: false,
                })
                .collect(),
            results: Vec::new(),
        });
        if let Some(idem) = &swarm.idempotency {
            inner
                .idempotency
                .retain(|r| !(r.tenant == swarm.tenant && r.key == idem.key));
            inner.idempotency.push(LoadedIdempotency {
                tenant: swarm.tenant.clone(),
                key: idem.key.clone(),
                body_hash: idem.body_hash,
                swarm: swarm.id.clone(),
                total: swarm.jobs.len(),
                created_ms: swarm.created_ms,
            });
        }
        Ok(())
    }

    fn put_results(&self, results: &[ResultRecord]) -> Result<(), StoreError> {
        let mut inner = self.inner.lock();
        for r in results {
            let Some(at) = inner.by_id.get(&r.swarm).copied() else {
                continue;
            };
            let Some(swarm) = inner.swarms.get_mut(at) else {
                continue;
            };
            let Some(job) = swarm.jobs.get_mut(r.index) else {
                continue;
            };
            if job.finished {
                continue;
            }
            job.finished = true;
            job.job.tokens.clear();
            swarm.results.push((r.index, r.line.clone(), r.at_ms));
        }
        Ok(())
    }

    fn mark_effect(&self, swarm: &str, index: usize) -> Result<(), StoreError> {
        let mut inner = self.inner.lock();
        if let Some(at) = inner.by_id.get(swarm).copied() {
            if let Some(job) = inner.swarms.get_mut(at).and_then(|s| s.jobs.get_mut(index)) {
                job.effect = true;
            }
        }
        Ok(())
    }

    fn delete_swarm(&self, swarm: &str) -> Result<(), StoreError> {
        let mut inner = self.inner.lock();
        if inner.by_id.remove(swarm).is_some() {
            inner.swarms.retain(|s| s.id != swarm);
            let by_id = inner
                .swarms
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.clone(), i))
                .collect();
            inner.by_id = by_id;
        }
        inner.idempotency.retain(|r| r.swarm != swarm);
        Ok(())
    }

    fn delete_idempotency(&self, tenant: &str, key: &str) -> Result<(), StoreError> {
        self.inner
            .lock()
            .idempotency
            .retain(|r| !(r.tenant == tenant && r.key == key));
        Ok(())
    }

    fn recover(&self) -> Result<Loaded, StoreError> {
        let mut inner = self.inner.lock();
        let mut loaded = Loaded::default();
        for s in &mut inner.swarms {
            let mut unfinished = Vec::new();
            for (index, j) in s.jobs.iter_mut().enumerate() {
                if !j.finished {
                    j.attempt = j.attempt.saturating_add(1);
                    unfinished.push(UnfinishedJob {
                        index,
                        job: j.job.clone(),
                        attempt: j.attempt,
                        effect: j.effect,
                    });
                }
            }
            loaded.swarms.push(LoadedSwarm {
                id: s.id.clone(),
                tenant: s.tenant.clone(),
                created_ms: s.created_ms,
                total: s.jobs.len(),
                results: s.results.iter().map(|(i, l, _)| (*i, l.clone())).collect(),
                last_result_ms: s.results.iter().map(|r| r.2).max().unwrap_or(0),
                unfinished,
            });
        }
        loaded.idempotency = inner.idempotency.clone();
        Ok(loaded)
    }

    fn describe(&self) -> String {
        "memory (lost on exit)".into()
    }
}
