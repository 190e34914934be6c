//! `with scope(name, token):` and the gate every gated call passes.
//!
//! Authority lives on a per-VM stack, never in an object. Entering a scope verifies the token once
//! (signature, tenant, capability, revocation, expiry) and pushes the resulting `Authority`; leaving the
//! block pops it, on every exit path, because the compiler's `with` machinery calls `__exit__` on normal
//! exit, exceptions, `return`, `break` and `continue`. A gated call (`http.get`, `fs.read_text`,
//! `tools.call`) asks `Vm::authorize` for the innermost scope of its capability, re-checks revocation and
//! expiry there, and only then builds its request. So a Token, a bound method, a closure or a Response
//! kept past the block grants nothing: when the block ends the stack no longer holds its authority.
//!
//! Generators: a running generator is inside the dynamic extent of whoever resumed it, so it has that
//! code's scopes (`for r in fetch_all(urls):` inside a `with scope` block works). Scopes a generator
//! entered itself leave the stack when it yields (`take_above`) and come back when it is resumed
//! (`restore`), so they never leak into its resumer; a generator kept past the block it was resumed in
//! has only what its next resumer has.
//!
//! The VM reads no clock: expiry is checked against the host's `UnixClock` (see `CapabilityContext`).

use std::fmt;
use std::sync::Arc;

use npython_caps::{Authority, CapError, Verifier};

use crate::builtins::{arity, no_kw};
use crate::capability::CapObj;
use crate::error::{exc, type_error, Exc, PyResult};
use crate::heap::{Handle, Obj};
use crate::interp::Vm;
use crate::io::Grant;
use crate::token::TokenCell;
use crate::types::Ty;
use crate::value::Value;

/// The host's wall clock, in unix seconds. The VM calls it when a scope is entered and before every gated
/// call, so a token that expires mid-job stops working at once, however long the job has been blocked.
pub type UnixClock = Arc<dyn Fn() -> u64 + Send + Sync>;

/// What a VM needs to check capability tokens for one job: the job's tenant, the verifier that knows the
/// signing keys and revocations, and the host's clock. Set with `Vm::set_capabilities` after each `reset`;
/// without it every scope entry raises `CapabilityError`.
#[derive(Clone)]
pub struct CapabilityContext {
    tenant: String,
    verifier: Arc<dyn Verifier + Send + Sync>,
    clock: UnixClock,
}

impl CapabilityContext {
    /// The context for a job of `tenant`, checking tokens with `verifier` at the time `clock` gives.
    pub fn new(
        tenant: impl Into<String>,
        verifier: Arc<dyn Verifier + Send + Sync>,
        clock: UnixClock,
    ) -> CapabilityContext {
        CapabilityContext {
            tenant: tenant.into(),
            verifier,
            clock,
        }
    }

    /// The tenant tokens must have been minted for.
    pub fn tenant(&self) -> &str {
        &self.tenant
    }

    fn now(&self) -> u64 {
        (self.clock)()
    }
}

impl fmt::Debug for CapabilityContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CapabilityContext")
            .field("tenant", &self.tenant)
            .finish_non_exhaustive()
    }
}

/// One entered scope.
#[derive(Clone)]
pub(crate) struct ActiveScope {
    /// Which `scope` object pushed it (its `ScopeState::Entered` serial).
    serial: u64,
    capability: String,
    authority: Arc<Authority>,
}

/// The scopes the running code is inside, innermost last.
#[derive(Default)]
pub(crate) struct ScopeStack {
    active: Vec<ActiveScope>,
    next_serial: u64,
}

impl ScopeStack {
    pub(crate) fn clear(&mut self) {
        self.active.clear();
    }

    /// How many scopes are active (for tests through `Vm::active_scopes`).
    pub(crate) fn depth(&self) -> usize {
        self.active.len()
    }

    /// Removes and returns the scopes above `depth` (a generator's own, when it yields).
    pub(crate) fn take_above(&mut self, depth: usize) -> Vec<ActiveScope> {
        if depth >= self.active.len() {
            return Vec::new();
        }
        self.active.split_off(depth)
    }

    /// Puts back scopes taken by `take_above` (a generator resumed inside its own `with scope` block).
    pub(crate) fn restore(&mut self, scopes: Vec<ActiveScope>) {
        self.active.extend(scopes);
    }

    /// Drops the scopes above `depth` (a generator that ended).
    pub(crate) fn truncate(&mut self, depth: usize) {
        self.active.truncate(depth);
    }

    fn innermost(&self, capability: &str) -> Option<&ActiveScope> {
        self.active
            .iter()
            .rev()
            .find(|s| s.capability == capability)
    }
}

/// A `scope(name, token)` object: made by the builtin, entered once by a `with` statement.
#[derive(Debug)]
pub struct ScopeObj {
    capability: String,
    token: Arc<TokenCell>,
    state: ScopeState,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ScopeState {
    Fresh,
    Entered(u64),
    Exited,
}

impl ScopeObj {
    pub(crate) fn repr(&self) -> String {
        format!("<scope {}>", self.capability)
    }
}

/// `scope(name, token)`: a context manager for `with`. Checks only the argument types; the token is
/// verified when the block is entered.
pub(crate) fn scope(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("scope", kw)?;
    arity("scope", args, 2, 2)?;
    let Some(capability) = vm.str_ref(args[0]).map(str::to_string) else {
        return Err(type_error(format!(
            "scope() argument 1 must be a capability name (str) such as \"http\", not {}",
            vm.type_name(args[0])
        )));
    };
    let Some(token) = vm.token_cell(args[1]) else {
        return Err(type_error(format!(
            "scope() argument 2 must be a Token the job was given, not {}",
            vm.type_name(args[1])
        )));
    };
    let obj = ScopeObj {
        capability,
        token,
        state: ScopeState::Fresh,
    };
    Ok(Value::Obj(
        vm.heap.alloc(Obj::Cap(Box::new(CapObj::Scope(obj)))),
    ))
}

/// A capability failure as the script sees it: `CapabilityError` with the caps crate's message, which
/// names tokens by id only.
pub(crate) fn capability_error(message: impl Into<String>) -> Exc {
    exc(Ty::CapabilityError, message)
}

fn scope_obj(vm: &mut Vm, h: Handle) -> PyResult<&mut ScopeObj> {
    match vm.heap.get_mut(h) {
        Obj::Cap(c) => match &mut **c {
            CapObj::Scope(s) => Ok(s),
            _ => Err(type_error("expected a scope object")),
        },
        _ => Err(type_error("expected a scope object")),
    }
}

impl Vm {
    /// Gives the VM its capability context for the next job (`reset` removes it).
    pub fn set_capabilities(&mut self, context: CapabilityContext) {
        self.capabilities = Some(context);
    }

    /// How many `with scope(...)` blocks the running code is inside.
    pub fn active_scopes(&self) -> usize {
        self.scopes.depth()
    }

    /// `scope.__enter__`: verifies the token for this job's tenant and the scope's capability, then pushes
    /// its authority.
    pub(crate) fn enter_scope(&mut self, h: Handle) -> PyResult<Value> {
        let scope = scope_obj(self, h)?;
        if scope.state != ScopeState::Fresh {
            return Err(exc(
                Ty::RuntimeError,
                "this scope object was already used by a `with` block; write `with scope(name, token):` \
                 for each block",
            ));
        }
        let (capability, token) = (scope.capability.clone(), scope.token.clone());
        let Some(context) = &self.capabilities else {
            return Err(capability_error(
                "capability tokens cannot be checked in this job: the host gave the engine no verifier",
            ));
        };
        let parsed = token
            .parsed()
            .map_err(|e| capability_error(e.to_string()))?;
        let authority = context
            .verifier
            .verify_token(parsed, &context.tenant, &capability, context.now())
            .map_err(|e| capability_error(e.to_string()))?;
        let serial = self.scopes.next_serial;
        self.scopes.next_serial += 1;
        self.scopes.active.push(ActiveScope {
            serial,
            capability,
            authority: Arc::new(authority),
        });
        scope_obj(self, h)?.state = ScopeState::Entered(serial);
        Ok(Value::None)
    }

    /// `scope.__exit__`: pops the scope this object pushed, and anything still above it (nothing can be,
    /// as `with` blocks nest, but taking more authority away is the safe direction). Never swallows the
    /// exception.
    pub(crate) fn exit_scope(&mut self, h: Handle) -> PyResult<Value> {
        let scope = scope_obj(self, h)?;
        if let ScopeState::Entered(serial) = scope.state {
            scope.state = ScopeState::Exited;
            if let Some(pos) = self.scopes.active.iter().position(|s| s.serial == serial) {
                self.scopes.active.truncate(pos);
            }
        }
        Ok(Value::None)
    }

    /// The gate of every gated call: the innermost scope of `capability`, re-checked for revocation and
    /// expiry now. `call` names the function for messages (`http.get`). The caller then checks the
    /// authority's `allows_*` for its request (see `denied`) and blocks with the returned grant.
    pub(crate) fn authorize(&self, capability: &str, call: &str) -> PyResult<Grant> {
        let Some(scope) = self.scopes.innermost(capability) else {
            return Err(capability_error(format!(
                "{call} needs `with scope(\"{capability}\", token):` around it; no \"{capability}\" scope is \
                 active here (a scope ends with its with block, and functions, objects or tokens kept from \
                 inside one grant nothing)"
            )));
        };
        let Some(context) = &self.capabilities else {
            return Err(capability_error(format!(
                "{call}: capability tokens cannot be checked in this job: the host gave the engine no verifier"
            )));
        };
        context
            .verifier
            .check_live(&scope.authority, context.now())
            .map_err(|e: CapError| capability_error(format!("{call}: {e}")))?;
        Ok(Grant {
            tenant: context.tenant.clone(),
            authority: scope.authority.clone(),
        })
    }
}

/// A request outside the scope's authority, as a CapabilityError naming the call.
pub(crate) fn denied(call: &str, d: npython_caps::Denied) -> Exc {
    capability_error(format!("{call}: {d}"))
}
