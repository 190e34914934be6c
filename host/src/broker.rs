//! The boundary between whoever runs VMs (the scheduler) and whatever serves a blocked VM's request (a broker).
//!
//! A VM that returns `RunOutcome::Blocked(request)` leaves the workers: the scheduler parks it in its job and
//! hands the request to an [`IoBroker`] together with a [`Completion`]. The broker performs the request however
//! it likes (a timer, an async runtime for HTTP, files and tools) and calls `Completion::complete` from any
//! thread. That puts the VM back in the run queue with the answer. A completion for a job that was cancelled or
//! killed meanwhile does nothing: it cannot resurrect the job.
//!
//! Invariant: a broker never runs a VM and never blocks the caller of `submit`; it holds no worker thread.

use crate::io::{IoError, IoErrorKind, IoRequest, IoResult};

/// The scheduler's name for a job; brokers receive it with each request (audit records, routing a tool call
/// back to the job's submitter).
pub type JobKey = u64;

/// Serves blocked VMs' requests.
pub trait IoBroker: Send + Sync {
    /// Starts serving `req` for job `job`; answer through `done` (exactly once, from any thread, any time).
    /// Dropping `done` without answering answers with an `OSError`, so a lost request never strands a job.
    fn submit(&self, job: JobKey, req: IoRequest, done: Completion);
}

/// Where a [`Completion`] delivers its answer: the blocked job, as the scheduler knows it.
pub trait CompletionTarget: Send + Sync {
    /// Requeues the job with `result`; does nothing if the job ended meanwhile. Called at most once.
    fn resume(&self, result: IoResult);

    /// Whether the job still waits for an answer.
    fn is_wanted(&self) -> bool;
}

/// The one-shot answer channel for a blocked job.
pub struct Completion {
    target: Option<Box<dyn CompletionTarget>>,
}

impl Completion {
    /// A completion answering `target`; built by the scheduler when a job blocks.
    pub fn new(target: Box<dyn CompletionTarget>) -> Completion {
        Completion {
            target: Some(target),
        }
    }

    /// Requeues the job with `result` (data for the blocked call, or an error raised there). Does nothing if
    /// the job ended meanwhile.
    pub fn complete(mut self, result: IoResult) {
        if let Some(target) = self.target.take() {
            target.resume(result);
        }
    }

    /// Whether the job still waits for this answer; a broker may skip work for a job that no longer does.
    pub fn is_wanted(&self) -> bool {
        self.target.as_ref().is_some_and(|t| t.is_wanted())
    }
}

impl Drop for Completion {
    fn drop(&mut self) {
        if let Some(target) = self.target.take() {
            target.resume(Err(IoError {
                kind: IoErrorKind::Os,
                message: "the I/O broker dropped the request".into(),
            }));
        }
    }
}
