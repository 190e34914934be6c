//! Errors inside the VM: Python exceptions a script can catch, and job errors it cannot.

use crate::types::Ty;
use crate::value::Value;

/// Which limit ended a job.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// The instruction budget (`max_instructions`).
    Instructions,
    /// Live heap bytes (`max_memory_bytes`).
    Memory,
    /// The wall-clock deadline (`timeout_ms`), enforced by whoever drives the VM.
    Time,
    /// Bytes printed (`max_output_bytes`).
    Output,
}

impl Limit {
    /// The stable name used in results and metrics.
    pub fn name(self) -> &'static str {
        match self {
            Limit::Instructions => "instructions",
            Limit::Memory => "memory",
            Limit::Time => "time",
            Limit::Output => "output",
        }
    }
}

/// Why a job ended without a Python-level outcome. Scripts can never catch these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JobError {
    /// A resource limit was reached.
    Limit(Limit),
    /// A bug or broken invariant inside the engine; the job fails alone.
    Internal(String),
}

impl std::fmt::Display for JobError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JobError::Limit(Limit::Instructions) => write!(f, "instruction limit exceeded"),
            JobError::Limit(Limit::Memory) => write!(f, "memory limit exceeded"),
            JobError::Limit(Limit::Time) => write!(f, "time limit exceeded"),
            JobError::Limit(Limit::Output) => write!(f, "output limit exceeded"),
            JobError::Internal(m) => write!(f, "internal error: {m}"),
        }
    }
}

/// An error raised inside the VM while executing an instruction or a builtin.
#[derive(Debug)]
pub enum Exc {
    /// A new Python exception of a builtin type with a message.
    New(Ty, String),
    /// A new Python exception of a builtin type with these args (KeyError keeps the key, not its repr).
    Args(Ty, Vec<Value>),
    /// An exception object raised by a `raise` statement (a traceback entry is added for this frame).
    Obj(Value),
    /// An exception re-raised as it was (bare `raise`, the end of a `finally` or an unmatched `except`):
    /// its traceback already covers this frame.
    Reraise(Value),
    /// An uncatchable job error.
    Kill(JobError),
    /// The running native asked the host for I/O (`Vm::block_on`); the VM stops with `Blocked`.
    Blocked,
}

/// Result of VM-internal operations.
pub type PyResult<T> = Result<T, Exc>;

/// Shorthand constructors.
#[cold]
pub fn exc(ty: Ty, msg: impl Into<String>) -> Exc {
    Exc::New(ty, msg.into())
}

#[cold]
pub fn type_error(msg: impl Into<String>) -> Exc {
    Exc::New(Ty::TypeError, msg.into())
}

#[cold]
pub fn value_error(msg: impl Into<String>) -> Exc {
    Exc::New(Ty::ValueError, msg.into())
}

#[cold]
pub fn memory_limit() -> Exc {
    Exc::Kill(JobError::Limit(Limit::Memory))
}
