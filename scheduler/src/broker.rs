//! The scheduler's side of the broker boundary (`npython-host`'s `IoBroker` and `Completion`, re-exported
//! here): the completion target that requeues a blocked job, and the built-in `TimerBroker`.
//!
//! A VM that returns `RunOutcome::Blocked(request)` leaves the workers: the scheduler parks it in its job and
//! hands the request to an [`IoBroker`] together with a [`Completion`]. The broker performs the request however
//! it likes and calls `Completion::complete` from any thread. That puts the VM back in the run queue with the
//! answer. A completion for a job that was cancelled or killed meanwhile does nothing: it cannot resurrect the
//! job.
//!
//! Invariant: a broker never runs a VM and never blocks the caller of `submit`; it holds no worker thread.

use std::time::Duration;

pub use npython_host::{Completion, IoBroker};
use npython_host::{CompletionTarget, JobKey};
use npython_vm::{Data, IoError, IoErrorKind, IoRequest, IoResult};

use crate::job::JobCell;
use crate::sync::{Arc, Weak};
use crate::timer::Timer;
use crate::Shared;

/// The blocked job a completion answers. Holds the scheduler weakly, so an answer that arrives after the
/// scheduler is gone does nothing.
struct BlockedJob {
    shared: Weak<Shared>,
    cell: Arc<JobCell>,
}

impl CompletionTarget for BlockedJob {
    fn resume(&self, result: IoResult) {
        if let Some(shared) = self.shared.upgrade() {
            shared.resume(&self.cell, result);
        }
    }

    fn is_wanted(&self) -> bool {
        self.cell.is_blocked()
    }
}

/// The answer channel for job `cell` of scheduler `shared`.
pub(crate) fn completion(shared: Weak<Shared>, cell: Arc<JobCell>) -> Completion {
    Completion::new(Box::new(BlockedJob { shared, cell }))
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
