//! Requests a VM cannot serve itself. A native that needs the outside world (a sleep, an HTTP call, a file or
//! a tool) does not perform it: the VM stops with `RunOutcome::Blocked(request)`, the host performs the
//! request however it likes (a timer, an async broker), and hands the answer back with `Vm::resume_io`.
//!
//! The request and answer types are plain data shared with the scheduler and the broker, so they live in
//! `npython-host`; this module re-exports them and maps an error kind to the exception a script sees.

pub use npython_host::{
    Authority, FsOp, FsRequest, Grant, HttpRequest, IoError, IoErrorKind, IoRequest, IoResult,
    ToolRequest,
};

use crate::types::Ty;

/// The Python exception type a failed request raises in the script.
pub(crate) trait IoErrorKindExt {
    fn python_type(self) -> Ty;
}

impl IoErrorKindExt for IoErrorKind {
    fn python_type(self) -> Ty {
        match self {
            IoErrorKind::Os => Ty::OSError,
            IoErrorKind::Timeout => Ty::TimeoutError,
            IoErrorKind::Connection => Ty::ConnectionError,
            IoErrorKind::Permission => Ty::PermissionError,
            IoErrorKind::NotFound => Ty::FileNotFoundError,
            IoErrorKind::Capability => Ty::CapabilityError,
            IoErrorKind::Invalid => Ty::ValueError,
        }
    }
}
