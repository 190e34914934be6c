//! Memory admission: the sum of the `max_memory_bytes` of the jobs holding a VM stays within
//! `SchedulerConfig::memory_budget_bytes`, so a burst of memory-hungry jobs waits in the queue instead of
//! taking the process past the machine's RAM (and every tenant's work with it when the OOM killer comes).
//!
//! A job's need is its VM heap limit (what `Heap::new` is given), reserved when it gets a VM and given back
//! when the VM comes back, whether the job ran, blocked or was cancelled. A job whose need is above the whole
//! budget is refused at submit (`SubmitError::OverMemoryBudget`), so every queued job fits once enough jobs
//! end.
//!
//! Fairness: a job turned away for lack of room does not stop smaller jobs of other tenants that fit from
//! running past it, but only `MAX_BYPASSES` times: then it gets a reservation (one job at a time holds one,
//! the oldest first), and other jobs are admitted only into the room left beyond it. So a stream of small
//! jobs cannot starve a big one, and a big one does not idle the budget while small ones could use it.
//!
//! Everything here lives under the admission lock (`tenants::Admission` owns it); nothing is timed.

use std::collections::{BTreeMap, HashMap};

use npython_vm::Limits;

use crate::job::JobKey;

/// The smallest heap a VM is given whatever its limit says (`Heap::new(limit.max(1 MiB))`).
const MIN_HEAP: u64 = 1 << 20;

/// Admissions of other jobs a job waiting for memory lets pass before room is kept for it.
pub(crate) const MAX_BYPASSES: u32 = 16;

/// The memory account of the jobs holding a VM.
pub(crate) struct MemoryBudget {
    budget: u64,
    in_use: u64,
    peak: u64,
    held: HashMap<JobKey, u64>,
    /// A job that waited past `MAX_BYPASSES` admissions and its need: the room it waits for is kept for it.
    reserved: Option<(JobKey, u64)>,
    /// Jobs turned away at least once and not yet admitted or ended: their need and the admissions of
    /// other jobs since (each job is counted once in `waits`).
    waiting: BTreeMap<JobKey, (u64, u32)>,
    waits: u64,
}

/// A snapshot for `Stats`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct MemorySnapshot {
    pub budget: u64,
    pub in_use: u64,
    pub peak: u64,
    pub waiting: usize,
    pub waits: u64,
}

impl MemoryBudget {
    pub(crate) fn new(budget: u64) -> MemoryBudget {
        MemoryBudget {
            budget,
            in_use: 0,
            peak: 0,
            held: HashMap::new(),
            reserved: None,
            waiting: BTreeMap::new(),
            waits: 0,
        }
    }

    /// What a job with these limits reserves while it holds a VM.
    pub(crate) fn need(limits: &Limits) -> u64 {
        u64::try_from(limits.max_memory_bytes)
            .unwrap_or(u64::MAX)
            .max(MIN_HEAP)
    }

    pub(crate) fn budget(&self) -> u64 {
        self.budget
    }

    /// Whether job `key` may take `need` bytes now: it fits in the room left, minus the room kept for the
    /// reserved job unless it is that job.
    pub(crate) fn admits(&self, key: JobKey, need: u64) -> bool {
        let kept = match self.reserved {
            Some((k, _)) if k == key => 0,
            Some((_, n)) => n,
            None => 0,
        };
        self.in_use
            .checked_add(kept)
            .and_then(|n| n.checked_add(need))
            .is_some_and(|n| n <= self.budget)
    }

    /// Records that job `key` could not be admitted for lack of room.
    pub(crate) fn turn_away(&mut self, key: JobKey, need: u64) {
        if let std::collections::btree_map::Entry::Vacant(e) = self.waiting.entry(key) {
            e.insert((need, 0));
            self.waits += 1;
        }
    }

    /// Job `key` got a VM: its need is held until `release`. Every job waiting for memory was passed over
    /// once more; the oldest one passed over `MAX_BYPASSES` times gets the reservation if it is free.
    pub(crate) fn take(&mut self, key: JobKey, need: u64) {
        self.forget(key);
        self.in_use = self.in_use.saturating_add(need);
        self.peak = self.peak.max(self.in_use);
        self.held.insert(key, need);
        for (_, passed) in self.waiting.values_mut() {
            *passed = passed.saturating_add(1);
        }
        if self.reserved.is_none() {
            // BTreeMap order: keys grow with submission, so the first one is the oldest.
            self.reserved = self
                .waiting
                .iter()
                .find(|(_, &(_, passed))| passed >= MAX_BYPASSES)
                .map(|(&k, &(n, _))| (k, n));
        }
    }

    /// Job `key` gave its VM back.
    pub(crate) fn release(&mut self, key: JobKey) {
        if let Some(n) = self.held.remove(&key) {
            self.in_use = self.in_use.saturating_sub(n);
        }
    }

    /// Job `key` left the queue (cancelled or admitted): it keeps no reservation, and the next oldest job
    /// passed over often enough takes it over.
    pub(crate) fn forget(&mut self, key: JobKey) {
        self.waiting.remove(&key);
        if matches!(self.reserved, Some((k, _)) if k == key) {
            self.reserved = self
                .waiting
                .iter()
                .find(|(_, &(_, passed))| passed >= MAX_BYPASSES)
                .map(|(&k, &(n, _))| (k, n));
        }
    }

    pub(crate) fn snapshot(&self) -> MemorySnapshot {
        MemorySnapshot {
            budget: self.budget,
            in_use: self.in_use,
            peak: self.peak,
            waiting: self.waiting.len(),
            waits: self.waits,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MB: u64 = 1 << 20;

    #[test]
    fn holds_the_sum_of_admitted_needs_and_gives_it_back() {
        let mut m = MemoryBudget::new(100 * MB);
        assert!(m.admits(1, 60 * MB));
        m.take(1, 60 * MB);
        assert!(m.admits(2, 40 * MB));
        assert!(!m.admits(2, 41 * MB));
        m.take(2, 40 * MB);
        assert_eq!(m.snapshot().in_use, 100 * MB);
        m.release(1);
        assert_eq!(m.snapshot().in_use, 40 * MB);
        assert_eq!(m.snapshot().peak, 100 * MB);
        // Releasing twice (or a key never held) changes nothing.
        m.release(1);
        m.release(99);
        assert_eq!(m.snapshot().in_use, 40 * MB);
        m.release(2);
        assert_eq!(m.snapshot().in_use, 0);
    }

    /// Admits `n` small jobs (keys from 100) that fit beside the big one waiting, each ending at once.
    fn pass_over(m: &mut MemoryBudget, n: u32, need: u64) {
        for k in 100..100 + u64::from(n) {
            assert!(m.admits(k, need), "small job {k} should fit");
            m.take(k, need);
            m.release(k);
        }
    }

    #[test]
    fn small_jobs_pass_a_waiting_big_one_only_a_bounded_number_of_times() {
        let mut m = MemoryBudget::new(100 * MB);
        m.take(1, 50 * MB);
        // A big job does not fit; a small one that fits still runs past it.
        assert!(!m.admits(2, 80 * MB));
        m.turn_away(2, 80 * MB);
        pass_over(&mut m, MAX_BYPASSES, 10 * MB);
        // Passed over MAX_BYPASSES times: now its room is kept, and the next small job waits.
        assert!(!m.admits(3, 10 * MB));
        m.turn_away(3, 10 * MB);
        m.release(1);
        // 100 MB free: the big one fits; a 20 MB job fits beside its reservation, a 30 MB one not.
        assert!(m.admits(2, 80 * MB));
        assert!(m.admits(3, 20 * MB));
        assert!(!m.admits(4, 30 * MB));
        m.take(2, 80 * MB);
        // The reservation went with the admission.
        assert!(m.admits(3, 20 * MB));
        assert!(!m.admits(3, 21 * MB));
        let s = m.snapshot();
        assert_eq!((s.waits, s.waiting), (2, 1));
    }

    #[test]
    fn a_cancelled_reservation_passes_to_the_next_oldest_and_waits_count_once() {
        let mut m = MemoryBudget::new(100 * MB);
        m.take(1, 60 * MB);
        m.turn_away(2, 50 * MB);
        m.turn_away(2, 50 * MB);
        m.turn_away(3, 45 * MB);
        assert_eq!(m.snapshot().waits, 2);
        pass_over(&mut m, MAX_BYPASSES, 5 * MB);
        // Job 2 (the oldest) holds the room; job 3 cannot take 45 MB though 40 MB are free... nor 5 MB.
        assert!(!m.admits(4, 5 * MB));
        m.forget(2);
        // Job 3 was passed over as often: it takes the reservation over.
        assert!(m.admits(3, 40 * MB) && !m.admits(3, 41 * MB));
        assert!(!m.admits(4, 1));
        m.forget(3);
        assert!(m.admits(4, 40 * MB));
        assert_eq!(m.snapshot().waiting, 0);
    }

    #[test]
    fn an_unlimited_budget_never_overflows() {
        let mut m = MemoryBudget::new(u64::MAX);
        m.take(1, u64::MAX - 1);
        assert!(m.admits(2, 1));
        assert!(!m.admits(2, 2));
        m.turn_away(2, u64::MAX);
        assert!(!m.admits(3, u64::MAX));
    }

    #[test]
    fn a_need_is_the_vm_heap_limit_at_least_one_mebibyte() {
        let mut l = Limits {
            max_memory_bytes: 0,
            ..Limits::default()
        };
        assert_eq!(MemoryBudget::need(&l), MB);
        l.max_memory_bytes = 64 << 20;
        assert_eq!(MemoryBudget::need(&l), 64 * MB);
    }
}
