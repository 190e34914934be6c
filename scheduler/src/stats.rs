//! Counters the scheduler keeps for tests, benchmarks and (later) the metrics endpoint. Updated with
//! relaxed atomics: they are statistics, never used to decide anything.

use crate::sync::{AtomicU64, Ordering};

#[derive(Default)]
pub(crate) struct Counters {
    pub submitted: AtomicU64,
    pub finished: AtomicU64,
    pub preemptions: AtomicU64,
    pub quanta: AtomicU64,
    pub instructions: AtomicU64,
    pub blocked_now: AtomicU64,
    pub blocked_peak: AtomicU64,
    pub blocked_heap_peak: AtomicU64,
    pub io_requests: AtomicU64,
    pub panics: AtomicU64,
    pub vms_rebuilt: AtomicU64,
}

#[derive(Default)]
pub(crate) struct WorkerCounters {
    pub quanta: AtomicU64,
    pub steals: AtomicU64,
    pub parks: AtomicU64,
}

impl Counters {
    pub(crate) fn add(c: &AtomicU64, n: u64) {
        c.fetch_add(n, Ordering::Relaxed);
    }

    pub(crate) fn max(c: &AtomicU64, n: u64) {
        c.fetch_max(n, Ordering::Relaxed);
    }

    pub(crate) fn blocked_inc(&self) {
        let now = self.blocked_now.fetch_add(1, Ordering::Relaxed) + 1;
        self.blocked_peak.fetch_max(now, Ordering::Relaxed);
    }

    pub(crate) fn blocked_dec(&self) {
        self.blocked_now.fetch_sub(1, Ordering::Relaxed);
    }
}

/// One worker's share of the work.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkerStats {
    /// Quanta this worker ran.
    pub quanta: u64,
    /// Successful steals from other workers' queues.
    pub steals: u64,
    /// Times it parked with nothing to do.
    pub parks: u64,
}

/// A snapshot of the scheduler's counters.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub submitted: u64,
    pub finished: u64,
    /// Quanta that ended with the job requeued (its fuel quantum was spent).
    pub preemptions: u64,
    pub quanta: u64,
    pub instructions: u64,
    /// Jobs parked on the broker right now, and the most at once.
    pub blocked_now: u64,
    pub blocked_peak: u64,
    /// The largest VM heap (the VM's own accounting, `Heap::used_bytes`) seen when a job blocked.
    pub blocked_heap_peak: u64,
    pub io_requests: u64,
    /// Panics caught at the job boundary, and VMs rebuilt after a panic or an internal error.
    pub panics: u64,
    pub vms_rebuilt: u64,
    pub queued: usize,
    pub running: usize,
    pub free_vms: usize,
    pub compiles: u64,
    pub compile_cache_hits: u64,
    pub timer_entries: usize,
    pub workers: Vec<WorkerStats>,
}

impl Stats {
    /// Steals by all workers.
    pub fn steals(&self) -> u64 {
        self.workers.iter().map(|w| w.steals).sum()
    }
}
