//! What nPython's VM, scheduler and I/O broker exchange: the requests a blocked VM hands out (`IoRequest`
//! and its gated forms), their answers (`IoResult`, `IoError`), host data (`Data`), the authority a gated
//! request runs under (`Grant`), and the broker boundary (`IoBroker`, `Completion`, `JobKey`).
//!
//! This crate sits at the bottom of the graph (it depends only on `npython-caps`, for `Authority`), so the
//! broker can serve VMs without linking the VM, the scheduler or the compiler, and the VM can describe its
//! requests without knowing who serves them.
//!
//! Invariants (what this crate must never do):
//! - Hold anything but plain data and traits: no I/O, no clock, no threads, no async runtime, no JSON.
//! - Depend on any other nPython crate than `npython-caps`.

#![deny(missing_docs)]

mod broker;
mod data;
mod io;

pub use broker::{Completion, CompletionTarget, IoBroker, JobKey};
pub use data::Data;
pub use io::{
    Authority, FsOp, FsRequest, Grant, HttpRequest, IoError, IoErrorKind, IoRequest, IoResult,
    ToolRequest,
};
