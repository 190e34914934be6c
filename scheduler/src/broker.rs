//! The boundary between the scheduler and whatever serves a blocked VM's request.
//!
//! A VM that returns `RunOutcome::Blocked(request)` leaves the workers: the scheduler parks it in its job and
//! hands the request to an [`IoBroker`] together with a [`Completion`]. The broker performs the request however
//! it likes (a timer here; an async runtime for HTTP, files and tools later, issue 5) and calls
//! `Completion::complete` from any thread. That puts the VM back in the run queue with the answer. A completion
//! for a job that was cancelled or killed meanwhile does nothing: it cannot resurrect the job.
//!
//! Invariant: a broker never runs a VM and never blocks the caller of `submit`; it holds no worker thread.

use std::time::Duration;

use npython_vm::{Data, IoError, IoErrorKind, IoRequest, IoResult};

use crate::job::{JobCell, JobKey};
use crate::sync::{Arc, Weak};
use crate::timer::Timer;
use crate::Shared;

/// Serves blocked VMs' requests.
pub trait IoBroker: Send + Sync {
    /// Starts serving `req` for job `job`; answer through `done` (exactly once, from any thread, any time).
    /// Dropping `done` without answering answers with an `OSError`, so a lost request never strands a job.
    fn submit(&self, job: JobKey, req: IoRequest, done: Completion);
}

/// The one-shot answer channel for a blocked job.
pub struct Completion {
    target: Option<(Weak<Shared>, Arc<JobCell>)>,
}

impl Completion {
    pub(crate) fn new(shared: Weak<Shared>, cell: Arc<JobCell>) -> Completion {
        Completion {
            target: Some((shared, cell)),
        }
    }

    /// Requeues the job with `result` (data for the blocked call, or an error raised there). Does nothing if
    /// the job ended meanwhile.
    pub fn complete(mut self, result: IoResult) {
        if let Some((shared, cell)) = self.target.take() {
            if let Some(shared) = shared.upgrade() {
                shared.resume(&cell, result);
            }
        }
    }

    /// Whether the job still waits for this answer; a broker may skip work for a job that no longer does.
    pub fn is_wanted(&self) -> bool {
        self.target
            .as_ref()
            .is_some_and(|(_, cell)| cell.is_blocked())
    }
}

impl Drop for Completion {
    fn drop(&mut self) {
        if let Some((shared, cell)) = self.target.take() {
            if let Some(shared) = shared.upgrade() {
                shared.resume(
                    &cell,
                    Err(IoError {
                        kind: IoErrorKind::Os,
                        message: "the I/O broker dropped the request".into(),
                    }),
                );
            }
        }
    }
}

/// The built-in broker: serves `time.sleep` with the scheduler's timer thread (a map entry per sleeping job,
/// no thread per job). It is the only request kind the VM produces today.
pub struct TimerBroker {
    timer: Timer,
}

impl TimerBroker {
    /// A broker waking sleepers with `timer`.
    pub fn new(timer: Timer) -> TimerBroker {
        TimerBroker { timer }
    }
}

impl IoBroker for TimerBroker {
    fn submit(&self, _job: JobKey, req: IoRequest, done: Completion) {
        match req {
            IoRequest::Sleep { seconds } => {
                // The VM refuses negative and NaN lengths itself; anything unrepresentable sleeps "forever",
                // which the job's deadline ends.
                let delay = Duration::try_from_secs_f64(seconds).unwrap_or(Duration::MAX);
                self.timer
                    .schedule_after(delay, move || done.complete(Ok(Data::None)));
            }
            IoRequest::Http(_) | IoRequest::Fs(_) | IoRequest::Tool(_) => {
                done.complete(Err(IoError {
                    kind: IoErrorKind::Os,
                    message: "this engine has no I/O broker for http, fs or tools".into(),
                }))
            }
        }
    }
}
