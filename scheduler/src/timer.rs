//! One timer thread for the whole scheduler: job deadlines and `time.sleep` wake-ups are entries in one
//! ordered map, so ten thousand sleeping jobs cost ten thousand map entries, not ten thousand threads.
//!
//! Entries can be cancelled (a job that ends before its deadline removes its entry), which keeps the map as
//! small as the number of jobs actually waiting. Callbacks run on the timer thread after its lock is released,
//! so a callback may schedule or cancel other entries.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::sync::{Arc, Condvar, Mutex};

type Callback = Box<dyn FnOnce() + Send>;

/// Names a scheduled entry, for `Timer::cancel`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimerKey(Instant, u64);

struct State {
    entries: BTreeMap<TimerKey, Callback>,
    next_seq: u64,
    stop: bool,
}

struct Inner {
    state: Mutex<State>,
    wake: Condvar,
}

/// A handle to the timer thread; clones share it. The thread stops when `stop` is called.
#[derive(Clone)]
pub struct Timer {
    inner: Arc<Inner>,
}

impl Timer {
    /// Starts the timer thread.
    pub fn start() -> std::io::Result<(Timer, std::thread::JoinHandle<()>)> {
        let inner = Arc::new(Inner {
            state: Mutex::new(State {
                entries: BTreeMap::new(),
                next_seq: 0,
                stop: false,
            }),
            wake: Condvar::new(),
        });
        let thread_inner = inner.clone();
        let handle = std::thread::Builder::new()
            .name("npython-timer".into())
            .spawn(move || run(&thread_inner))?;
        Ok((Timer { inner }, handle))
    }

    /// Runs `f` on the timer thread at `at` (or at once if `at` has passed).
    pub fn schedule(&self, at: Instant, f: impl FnOnce() + Send + 'static) -> TimerKey {
        let mut st = self.inner.state.lock();
        let key = TimerKey(at, st.next_seq);
        st.next_seq += 1;
        st.entries.insert(key, Box::new(f));
        // Only a new earliest entry changes when the thread must wake.
        if st.entries.keys().next() == Some(&key) {
            self.inner.wake.notify_one();
        }
        key
    }

    /// Runs `f` after `delay`; a delay too large to represent waits for about a century.
    pub fn schedule_after(&self, delay: Duration, f: impl FnOnce() + Send + 'static) -> TimerKey {
        let now = Instant::now();
        let at = now
            .checked_add(delay)
            .or_else(|| now.checked_add(Duration::from_secs(100 * 365 * 86_400)))
            .unwrap_or(now);
        self.schedule(at, f)
    }

    /// Removes an entry that has not fired; returns whether it was still there.
    pub fn cancel(&self, key: TimerKey) -> bool {
        self.inner.state.lock().entries.remove(&key).is_some()
    }

    /// Entries waiting to fire.
    pub fn pending(&self) -> usize {
        self.inner.state.lock().entries.len()
    }

    /// Stops the thread; entries that have not fired are dropped without running.
    pub fn stop(&self) {
        let dropped = {
            let mut st = self.inner.state.lock();
            st.stop = true;
            self.inner.wake.notify_all();
            std::mem::take(&mut st.entries)
        };
        // Dropped outside the lock: a dropped callback may own a broker completion whose drop re-enters.
        drop(dropped);
    }
}

fn run(inner: &Inner) {
    let mut st = inner.state.lock();
    loop {
        if st.stop {
            return;
        }
        let now = Instant::now();
        let first = st.entries.keys().next().copied();
        match first {
            None => inner.wake.wait(&mut st),
            Some(key) if key.0 <= now => {
                let mut due = Vec::new();
                while let Some(entry) = st.entries.first_entry() {
                    if entry.key().0 > now {
                        break;
                    }
                    due.push(entry.remove());
                }
                drop(st);
                for f in due {
                    // A panicking callback must not take the timer (and every sleeping job) down with it.
                    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
                }
                st = inner.state.lock();
            }
            Some(key) => {
                inner.wake.wait_until(&mut st, key.0);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn entries_fire_in_time_order_and_cancelled_ones_never() {
        let (timer, thread) = Timer::start().expect("timer thread");
        let (tx, rx) = mpsc::channel();
        let now = Instant::now();
        for (i, ms) in [30u64, 10, 20].into_iter().enumerate() {
            let tx = tx.clone();
            timer.schedule(now + Duration::from_millis(ms), move || {
                let _ = tx.send(i);
            });
        }
        let tx2 = tx.clone();
        let k = timer.schedule(now + Duration::from_millis(5), move || {
            let _ = tx2.send(99);
        });
        assert!(timer.cancel(k));
        let got: Vec<usize> = (0..3).map(|_| rx.recv().expect("timer fires")).collect();
        assert_eq!(got, vec![1, 2, 0]);
        assert_eq!(timer.pending(), 0);
        timer.stop();
        thread.join().expect("timer thread exits");
    }
}
