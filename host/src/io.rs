//! Requests a VM cannot serve itself. A native that needs the outside world (a sleep, an HTTP call, a
//! file or a tool) does not perform it: the VM stops with `RunOutcome::Blocked(request)`, the host performs
//! the request however it likes (a timer, an async broker), and hands the answer back with `Vm::resume_io`.
//! A blocked VM holds no thread and can be resumed on any core.

use std::sync::Arc;
use std::time::Duration;

pub use npython_caps::Authority;

use crate::data::Data;

/// What a blocked VM waits for. Gated requests are boxed so `RunOutcome` stays small.
#[derive(Clone, Debug, PartialEq)]
pub enum IoRequest {
    /// `time.sleep(seconds)`: resume with `Ok(Data::None)` once the time has passed. The VM's virtual clock
    /// advances by `seconds` when it resumes.
    Sleep {
        /// How long, as the script asked (never negative or NaN: the VM refuses those itself).
        seconds: f64,
    },
    /// A gated `http` call made inside `with scope("http", token)`.
    Http(Box<HttpRequest>),
    /// A gated `fs` call made inside `with scope("fs", token)`.
    Fs(Box<FsRequest>),
    /// A gated `tools` call made inside `with scope("tools", token)`.
    Tool(Box<ToolRequest>),
}

/// The authority a gated request runs under. The VM has verified the token (signature, tenant,
/// capability) on scope entry and re-checked expiry and revocation and the `allows_*` constraint for the
/// request as the script wrote it, just before blocking. The broker enforces what only it can see: every
/// redirect hop and DNS answer against the same authority, byte and time limits, the fs quota.
#[derive(Clone, Debug)]
pub struct Grant {
    /// The job's tenant (the token was minted for it).
    pub tenant: String,
    /// What the verified token allows.
    pub authority: Arc<Authority>,
}

impl PartialEq for Grant {
    /// Two grants are the same when they come from the same token for the same tenant.
    fn eq(&self, other: &Grant) -> bool {
        self.tenant == other.tenant && self.authority.token_id() == other.authority.token_id()
    }
}

/// `http.request(method, url, ...)` and its shorthands.
///
/// Resume with `Data::Dict` of `status` (Int), `url` (Str: the final URL after redirects), `headers`
/// (List of two-item Lists `[name, value]`, names lower-case, in arrival order) and `body` (Bytes).
#[derive(Clone, Debug, PartialEq)]
pub struct HttpRequest {
    /// The authority the request runs under.
    pub grant: Grant,
    /// Upper-case method name (`GET`, `POST`, ...).
    pub method: String,
    /// The absolute URL, query string included (params already encoded into it by the VM).
    pub url: String,
    /// Request headers, `(name, value)`, in the script's order.
    pub headers: Vec<(String, String)>,
    /// The request body (empty for none).
    pub body: Vec<u8>,
    /// The script's `timeout=`, if any; the broker uses the smaller of it, the token's and its own default.
    pub timeout: Option<Duration>,
}

/// One `fs` call. `path` is the normalised POSIX path inside the tenant's virtual root that the
/// authority's `allows_fs` returned (`/` separated, no `.`/`..`, never empty segments); the broker maps it
/// below the tenant's root directory and must still refuse symlinks that lead out of it.
#[derive(Clone, Debug, PartialEq)]
pub struct FsRequest {
    /// The authority the call runs under.
    pub grant: Grant,
    /// What the call does.
    pub op: FsOp,
    /// `FsPath::as_str()` of what `allows_fs` returned: relative, without a leading `/` (`reports/a.txt`;
    /// `""` is the root itself), so it is joined below the root and never replaces it.
    pub path: String,
}

/// What an `fs` call does, and what the VM resumes with on success.
#[derive(Clone, Debug, PartialEq)]
pub enum FsOp {
    /// `read_text`/`read_bytes`: resume with `Bytes` (the VM decodes text as UTF-8).
    Read,
    /// `write_text`/`write_bytes`: atomic replace (temp file + rename); resume with `Int` bytes written.
    Write {
        /// The file's new content.
        data: Vec<u8>,
    },
    /// `append_text`: resume with `Int` bytes written.
    Append {
        /// The bytes to append.
        data: Vec<u8>,
    },
    /// `list`: resume with a `List` of `Str` entry names, sorted.
    List,
    /// `exists`: resume with `Bool`.
    Exists,
    /// `delete`: a file or an empty directory; resume with `None`.
    Delete,
    /// `mkdir`: with parents, fine if it exists; resume with `None`.
    Mkdir,
    /// `stat`: resume with a `Dict` of `size` (Int), `is_dir` (Bool), `is_file` (Bool), `modified`
    /// (Float, unix seconds).
    Stat,
}

impl FsOp {
    /// Whether the call changes the file system (a read-only token refuses it).
    pub fn writes(&self) -> bool {
        matches!(
            self,
            FsOp::Write { .. } | FsOp::Append { .. } | FsOp::Delete | FsOp::Mkdir
        )
    }
}

/// `tools.call(name, **args)` or `tools.name(**args)`: resume with the tool's JSON result as `Data`.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolRequest {
    /// The authority the call runs under.
    pub grant: Grant,
    /// The tool's name, as the token allows it.
    pub name: String,
    /// The keyword arguments as a `Data::Dict`.
    pub args: Data,
}

/// Why a request failed; each kind becomes the Python exception a script would expect (the VM maps
/// kinds to exception types).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IoErrorKind {
    /// OSError: the generic I/O failure.
    Os,
    /// TimeoutError: the request ran out of time.
    Timeout,
    /// ConnectionError: the peer could not be reached or the connection broke.
    Connection,
    /// PermissionError: the operation is not permitted (a read-only token writing, say).
    Permission,
    /// FileNotFoundError: the path does not exist.
    NotFound,
    /// The capability does not allow the request.
    Capability,
    /// The request's arguments were invalid (ValueError).
    Invalid,
}

/// A failed request, raised in the script as a Python exception of `kind`'s type with `message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IoError {
    /// Which exception the script sees.
    pub kind: IoErrorKind,
    /// The exception's message.
    pub message: String,
}

/// The host's answer to an `IoRequest`.
pub type IoResult = Result<Data, IoError>;
