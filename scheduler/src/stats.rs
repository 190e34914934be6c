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
    /// Jobs accepted by `submit` (invalid scripts included).
    pub submitted: u64,
    /// Jobs that ended, whatever the outcome.
    pub finished: u64,
    /// Quanta that ended with the job requeued (its fuel quantum was spent).
    pub preemptions: u64,
    /// Quanta run, whatever they ended in.
    pub quanta: u64,
    /// Instructions executed by all jobs.
    pub instructions: u64,
    /// Jobs parked on the broker right now, and the most at once.
    pub blocked_now: u64,
    /// The most jobs parked on the broker at once.
    pub blocked_peak: u64,
    /// The largest VM heap (the VM's own accounting, `Heap::used_bytes`) seen when a job blocked.
    pub blocked_heap_peak: u64,
    /// Requests handed to the broker.
    pub io_requests: u64,
    /// Panics caught at the job boundary.
    pub panics: u64,
    /// VMs rebuilt after a panic or an internal error (never reused).
    pub vms_rebuilt: u64,
    /// Jobs waiting for a VM, all tenants.
    pub queued: usize,
    /// Jobs holding a VM (running, runnable or blocked), all tenants.
    pub running: usize,
    /// VMs in the pool waiting for a job.
    pub free_vms: usize,
    /// `SchedulerConfig::memory_budget_bytes`.
    pub memory_budget: u64,
    /// The sum of the memory limits of jobs holding a VM (what the budget is checked against).
    pub memory_in_use: u64,
    /// The most `memory_in_use` has been.
    pub memory_in_use_peak: u64,
    /// Jobs waiting for memory right now (they had a free VM's turn but did not fit the budget).
    pub memory_waiting: usize,
    /// Jobs that had to wait for memory at least once, since the start.
    pub memory_waits: u64,
    /// Scripts compiled (compile-cache misses).
    pub compiles: u64,
    /// Submissions served from the compile cache.
    pub compile_cache_hits: u64,
    /// Deadlines and wake-ups waiting on the timer thread.
    pub timer_entries: usize,
    /// Per-worker counters, by worker index.
    pub workers: Vec<WorkerStats>,
    /// Per-tenant queue, running jobs and fuel, in the order tenants became known.
    pub tenants: Vec<TenantStats>,
}

/// One tenant's share of the engine right now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TenantStats {
    /// The tenant's name.
    pub name: String,
    /// Its jobs waiting for a VM.
    pub queued: usize,
    /// Its jobs holding a VM (running, runnable or blocked).
    pub running: usize,
    /// Instructions its jobs have executed (what `TenantConfig::max_fuel` is checked against).
    pub fuel_used: u64,
}

impl Stats {
    /// Steals by all workers.
    pub fn steals(&self) -> u64 {
        self.workers.iter().map(|w| w.steals).sum()
    }
}
