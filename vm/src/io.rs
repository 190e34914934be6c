//! Requests a VM cannot serve itself. A native that needs the outside world (a sleep, later an HTTP call, a
//! file or a tool) does not perform it: the VM stops with `RunOutcome::Blocked(request)`, the host performs
//! the request however it likes (a timer, an async broker), and hands the answer back with `Vm::resume_io`.
//! A blocked VM holds no thread and can be resumed on any core.

use crate::data::Data;
use crate::types::Ty;

/// What a blocked VM waits for.
#[derive(Clone, Debug, PartialEq)]
pub enum IoRequest {
    /// `time.sleep(seconds)`: resume with `Ok(Data::None)` once the time has passed. The VM's virtual clock
    /// advances by `seconds` when it resumes.
    Sleep { seconds: f64 },
}

/// Why a request failed; each kind becomes the Python exception a script would expect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IoErrorKind {
    /// OSError: the generic I/O failure.
    Os,
    Timeout,
    Connection,
    Permission,
    NotFound,
    /// The capability does not allow the request.
    Capability,
    /// The request's arguments were invalid (ValueError).
    Invalid,
}

impl IoErrorKind {
    pub(crate) fn python_type(self) -> Ty {
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

/// A failed request, raised in the script as a Python exception of `kind`'s type with `message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IoError {
    pub kind: IoErrorKind,
    pub message: String,
}

/// The host's answer to an `IoRequest`.
pub type IoResult = Result<Data, IoError>;
