//! nPython's job store (crate `npython-store`): what `npython serve` must not forget across a crash or a
//! restart, behind one trait, [`JobStore`].
//!
//! What it owns: the durable records of accepted swarms and their jobs (source, inputs, limits, seed, tenant,
//! capability tokens), idempotency records, whether a job has made a gated call that can change the outside
//! world, each job's attempt number, and the final result lines in the order they were committed. Two
//! backends: [`SqliteStore`] (the default of the server: one SQLite file, WAL journal, `synchronous=NORMAL`,
//! mode 0600, a schema version table) and [`MemoryStore`] (loses everything when the process exits; only
//! ever chosen explicitly, for tests and side-by-side benchmarks). [`GroupCommit`] batches result writes so
//! that many lines share one transaction.
//!
//! What it must never do: run Python, or depend on the VM, frontend, scheduler, engine or server (the
//! dependency graph allows `store -> host` at most; today it needs neither); interpret the bytes it keeps
//! (sources, inputs, limits and result lines are opaque text to it); keep a job's tokens after the job has a
//! result line (they are deleted in the same transaction that stores it); or panic on a bad file: a
//! corrupt, unreadable or newer-version store is a [`StoreError`] naming the file and what to do.
//!
//! Durability: a call that returns `Ok` has committed. With WAL and `synchronous=NORMAL` a committed
//! transaction survives a crash of the process (SIGKILL included); a power loss may lose the last commits.

mod error;
mod group;
mod memory;
mod sqlite;

pub use error::{StoreError, StoreErrorKind};
pub use group::GroupCommit;
pub use memory::MemoryStore;
pub use sqlite::{SqliteStore, SCHEMA_VERSION};

/// One job as accepted, enough to run it again from the start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredJob {
    /// The client's own id of the job, if it gave one.
    pub client_id: Option<String>,
    /// The script's source (an uploaded script ref is stored resolved, so a restart needs no script store).
    pub source: String,
    pub filename: String,
    /// The job's inputs as a JSON object.
    pub inputs_json: String,
    /// The job's limits as a JSON object.
    pub limits_json: String,
    /// Capability tokens, `(global name, token string)`: deleted when the job ends.
    pub tokens: Vec<(String, String)>,
    pub seed: Option<u64>,
}

/// An `Idempotency-Key` submission: the key and the hash of the request body it was first used with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdempotencyKey {
    pub key: String,
    pub body_hash: [u8; 32],
}

/// A swarm as accepted: stored with all of its jobs (and its idempotency record) in one transaction.
#[derive(Clone, Debug)]
pub struct NewSwarm {
    pub id: String,
    pub tenant: String,
    /// Unix time in milliseconds.
    pub created_ms: u64,
    pub jobs: Vec<StoredJob>,
    pub idempotency: Option<IdempotencyKey>,
}

/// A job's final result line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultRecord {
    pub swarm: String,
    pub index: usize,
    /// The NDJSON line as streamed (with its `\n`).
    pub line: Vec<u8>,
    /// Unix time in milliseconds.
    pub at_ms: u64,
}

/// A job that had no result line when the store was loaded.
#[derive(Clone, Debug)]
pub struct UnfinishedJob {
    pub index: usize,
    pub job: StoredJob,
    /// 1 for the first run; [`JobStore::recover`] adds one for every restart that found the job unfinished.
    pub attempt: u32,
    /// Whether it made a gated call that can change the outside world ([`JobStore::mark_effect`]).
    pub effect: bool,
}

/// A stored swarm.
#[derive(Clone, Debug)]
pub struct LoadedSwarm {
    pub id: String,
    pub tenant: String,
    pub created_ms: u64,
    pub total: usize,
    /// `(job index, line)` in commit order: the order `?offset=` counts in.
    pub results: Vec<(usize, Vec<u8>)>,
    /// When the last result line was stored (0 if none).
    pub last_result_ms: u64,
    pub unfinished: Vec<UnfinishedJob>,
}

/// A stored idempotency record: a retry with the same tenant, key and body gets the same swarm.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedIdempotency {
    pub tenant: String,
    pub key: String,
    pub body_hash: [u8; 32],
    pub swarm: String,
    pub total: usize,
    pub created_ms: u64,
}

/// Everything a store holds, as a restarting server needs it.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    /// Oldest first.
    pub swarms: Vec<LoadedSwarm>,
    pub idempotency: Vec<LoadedIdempotency>,
}

/// The seam between the server and where its jobs are kept. Every method is a committed transaction by the
/// time it returns `Ok`; on `Err` nothing of that call is stored.
pub trait JobStore: Send + Sync {
    /// Stores a swarm, all its jobs and its idempotency record, or nothing. A swarm id is stored once.
    fn put_swarm(&self, swarm: &NewSwarm) -> Result<(), StoreError>;

    /// Stores result lines (one transaction for the whole batch) and deletes the tokens of their jobs. A
    /// second line for a job that already has one is ignored, so each job keeps exactly one.
    fn put_results(&self, results: &[ResultRecord]) -> Result<(), StoreError>;

    /// Records that job `index` of `swarm` is about to make a gated call that can change the outside world,
    /// so that a restart never runs it again from the start.
    fn mark_effect(&self, swarm: &str, index: usize) -> Result<(), StoreError>;

    /// Forgets a swarm: its jobs, tokens, results and idempotency record (retention).
    fn delete_swarm(&self, swarm: &str) -> Result<(), StoreError>;

    /// Forgets an idempotency record (its retention window passed).
    fn delete_idempotency(&self, tenant: &str, key: &str) -> Result<(), StoreError>;

    /// Everything stored, after adding one to the attempt of every job without a result line (the start of
    /// a new attempt for each). Called once when a server starts.
    fn recover(&self) -> Result<Loaded, StoreError>;

    /// Where the data lives, for messages (`memory` for the memory backend).
    fn describe(&self) -> String;
}

#[cfg(test)]
mod tests;
