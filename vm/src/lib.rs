//! The nPython virtual machine: values, the per-VM heap and its collector, the bytecode format, the
//! interpreter loop, builtins and limits.
//!
//! What it owns: running compiled bytecode for one job at a time, resumably. `Vm::run(fuel)` returns at a
//! safepoint when the fuel quantum is spent (`Yielded`), when the script needs the host to perform a request
//! (`Blocked`, answered with `resume_io`), when the script ends (`Finished`), on an uncaught exception
//! (`Raised`), or when a limit ends the job (`Killed`, which no script can catch). It also owns the user
//! class machinery, the module allowlist (native modules and the Python ones in the module prelude), and
//! the script-visible half of capability security: `Token` objects (`Vm::bind_token`), `with scope(name,
//! token):` and the gated `http`, `fs` and `tools` modules, checked against the tenant, verifier and clock
//! the host gives each job (`Vm::set_capabilities`).
//!
//! Invariants:
//! - The VM never performs I/O, reads a host clock, or spawns a thread. Printed output is buffered and taken
//!   by the host; requests (a sleep, an http, fs or tool call) go out as `Blocked`; `time` reads a virtual
//!   clock; deadlines are enforced by whoever drives `run`. Token checks call the host's `Verifier` and
//!   token expiry reads the host's `UnixClock`, both given through `CapabilityContext`.
//! - Authority is never held by an object: a gated call is allowed only while a `with scope(...)` block of
//!   its capability is active on the VM's scope stack, and revocation and expiry are re-checked at each
//!   call. A token's text is never stored in the VM (only its parsed form) and no script-visible
//!   conversion reveals it.
//! - Python frames live on the VM's own frame stack, never on the Rust stack. Rust recursion that grows with
//!   script data is bounded: by `object::MAX_NESTING` for nested containers, and by `MAX_NESTED_CALLS` for
//!   dunder methods that builtins call (`Vm::call_nested`).
//! - Nothing a script can reach exposes the interpreter or the host: there are no frame or code objects,
//!   module objects are read-only tables of functions and constants, and attribute access follows one
//!   policy (`Vm::getattr`).
//! - The VM depends on no compiler: the prelude arrives as compiled bytecode from the host.

mod arith;
mod builtins;
pub mod bytecode;
mod bytes;
mod bytes_methods;
mod capability;
mod case;
mod casefold;
mod class;
mod data;
mod diag;
mod dict;
mod error;
mod format;
mod function;
mod generator;
mod heap;
mod interp;
mod io;
mod matching;
mod methods;
mod modules;
mod object;
mod response;
mod scope;
mod subclass;
mod titlecase;
mod token;
mod translate;
mod types;
mod value;

pub use builtins::import_hint;
pub use data::Data;
pub use diag::{Compiled, Diagnostic, Severity};
pub use error::{JobError, Limit};
pub use format::float_repr;
pub use heap::Heap;
pub use interp::{Limits, PyException, PyExceptionLink, RunOutcome, TraceEntry, Vm};
pub use io::{
    Authority, FsOp, FsRequest, Grant, HttpRequest, IoError, IoErrorKind, IoRequest, IoResult,
    ToolRequest,
};
pub use modules::{
    module_exists, module_names, module_public_names, module_uses_prelude_modules,
    program_uses_prelude_modules,
};
pub use scope::{CapabilityContext, UnixClock};
pub use value::Value;

/// Python source of the prelude (builtins written in Python); the host compiles it and passes it to
/// `Vm::install_prelude`.
pub const PRELUDE_SOURCE: &str = include_str!("prelude.py");

/// Python source of the module attributes written in Python; installed after `PRELUDE_SOURCE` for jobs that
/// use one of them (see `program_uses_prelude_modules`).
pub const PRELUDE_MODULES_SOURCE: &str = include_str!("prelude_modules.py");

/// The filename the host compiles `PRELUDE_MODULES_SOURCE` under (`Vm::has_prelude` tells whether a VM has it).
pub const MODULE_PRELUDE_FILENAME: &str = "<prelude-modules>";
