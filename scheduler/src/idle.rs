//! Parking idle workers without busy waiting, and waking them without losing a wake-up.
//!
//! Protocol (why no wake-up is lost): a worker about to park takes the lock, announces itself in `sleepers`,
//! issues a SeqCst fence and then looks for work once more; only if there is none does it wait on the condvar
//! (which releases the lock atomically). A producer pushes its task, issues a SeqCst fence, then reads
//! `sleepers`; if it is non-zero it takes the lock and notifies. Either the producer's fence comes first and
//! the parker's re-check sees the task, or the parker's announcement comes first and the producer sees a
//! sleeper; taking the lock to notify waits until the parker is inside `wait`.

use crate::sync::{fence, AtomicUsize, Condvar, Mutex, Ordering};

#[derive(Default)]
pub(crate) struct Idle {
    lock: Mutex<()>,
    cv: Condvar,
    sleepers: AtomicUsize,
}

impl Idle {
    /// Parks the calling worker unless `has_work()` finds something after the announcement.
    pub(crate) fn park(&self, has_work: impl Fn() -> bool) -> bool {
        let mut g = self.lock.lock();
        self.sleepers.fetch_add(1, Ordering::SeqCst);
        fence(Ordering::SeqCst);
        if has_work() {
            self.sleepers.fetch_sub(1, Ordering::SeqCst);
            return false;
        }
        self.cv.wait(&mut g);
        self.sleepers.fetch_sub(1, Ordering::SeqCst);
        true
    }

    /// Wakes one parked worker, if any; call after making work visible.
    pub(crate) fn notify_one(&self) {
        fence(Ordering::SeqCst);
        if self.sleepers.load(Ordering::SeqCst) > 0 {
            let _g = self.lock.lock();
            self.cv.notify_one();
        }
    }

    /// Wakes every parked worker (shutdown).
    pub(crate) fn notify_all(&self) {
        let _g = self.lock.lock();
        self.cv.notify_all();
    }
}
