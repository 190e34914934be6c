//! The VM: loading programs, the interpreter loop, calls, exception unwinding and safepoints.
//!
//! Python frames live in `Vm::frames` and their locals in `Vm::stack`; the Rust stack never grows with the
//! script's call depth, so `run` can return at any safepoint and continue later on another thread.

use std::collections::HashMap;
use std::sync::Arc;

use crate::bytecode::{Code, Const, Op, Program};
use crate::error::{exc, type_error, Exc, JobError, Limit, PyResult};
use crate::heap::{ExcObj, Function, Handle, Heap, Iter, Obj, PyStr, TypeObj};
use crate::io::{IoErrorKindExt, IoRequest, IoResult};
use crate::types::{Ty, TYPES};
use crate::value::Value;

/// False only in a build with the `unmetered` feature, which exists to measure what accounting costs
/// (BENCHMARKS.md, "Cost of accounting"): the interpreter then counts no instructions, charges no fuel, never
/// yields, and enforces no instruction, memory or output limit. The collector still runs on its byte tally.
/// Such a build cannot stop a job: never ship it.
pub(crate) const METERED: bool = !cfg!(feature = "unmetered");

/// Per-job limits. All are enforced by the VM except `timeout_ms`, which whoever drives the VM checks between
/// quanta (the VM never reads a clock).
#[derive(Clone, Debug)]
pub struct Limits {
    pub max_instructions: u64,
    pub max_memory_bytes: usize,
    pub max_output_bytes: usize,
    /// Python frames deep before RecursionError (catchable).
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_instructions: 10_000_000_000,
            max_memory_bytes: 256 << 20,
            max_output_bytes: 16 << 20,
            max_depth: 1000,
        }
    }
}

/// What `run` returned.
#[derive(Debug)]
pub enum RunOutcome {
    /// The script ended; the value of its last expression statement (or None).
    Finished(Value),
    /// The fuel quantum is spent; call `run` again.
    Yielded,
    /// The script waits for the host to perform a request; answer with `resume_io`, then call `run` again.
    Blocked(IoRequest),
    /// An uncaught Python exception ended the script.
    Raised(PyException),
    /// A limit or an internal failure ended the job; scripts cannot catch this.
    Killed(JobError),
}

/// An uncaught exception, rendered for the host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyException {
    /// The exception class name (`ValueError`).
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// Innermost-last (file, line, function) entries, as CPython prints them.
    pub traceback: Vec<TraceEntry>,
    /// Line of the innermost entry in the script (0 if unknown).
    pub line: u32,
    /// Earlier exceptions in the chain (cause or context), outermost first, with how they link.
    pub chain: Vec<(PyExceptionLink, String, String, Vec<TraceEntry>)>,
}

/// How an earlier exception links to the next one in a printed chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyExceptionLink {
    /// `raise ... from cause`.
    Cause,
    /// Raised while handling the earlier one.
    Context,
}

/// One traceback line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEntry {
    pub line: u32,
    pub function: String,
}

impl PyException {
    /// The last traceback line as CPython prints it (`ValueError: message` or just `ValueError`).
    pub fn summary(&self) -> String {
        if self.message.is_empty() {
            self.type_name.clone()
        } else {
            format!("{}: {}", self.type_name, self.message)
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame {
    pub code: u32,
    pub ip: u32,
    /// Stack index of local 0.
    pub base: u32,
    /// Stack length to restore before pushing this frame's result.
    pub ret: u32,
    /// Length of `handling` when the frame started.
    pub exc_base: u32,
}

#[derive(Clone, Copy, Debug)]
struct CodeInfo {
    const_base: u32,
    global_base: u32,
    /// Index of the first code of this code's program (MakeFunction operands are relative to it).
    code_base: u32,
}

/// A Python call a native asked for: callee, positional and keyword arguments.
type PendingCall = (Value, Vec<Value>, Vec<(String, Value)>);

/// A native builtin function.
pub type NativeFn = fn(&mut Vm, &[Value], &[(String, Value)]) -> PyResult<Value>;

/// The nPython virtual machine. One per job; reusable after `reset`.
pub struct Vm {
    pub(crate) heap: Heap,
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    /// Shared so a nested call (a dunder method run by a builtin) can execute while `run` holds them.
    pub(crate) codes: Arc<Vec<Arc<Code>>>,
    code_info: Vec<CodeInfo>,
    /// (name, qualname) of every loaded code, available while `codes` is lent to the run loop.
    code_names: Vec<(Box<str>, Box<str>)>,
    consts: Vec<Value>,
    globals: Vec<Value>,
    global_names: Vec<Box<str>>,
    /// The builtin each global slot falls back to after `del` (Undef when there is none).
    global_fallback: Vec<Value>,
    pub(crate) builtins: HashMap<Box<str>, Value>,
    /// Exceptions being handled (innermost last), for bare `raise` and `__context__`.
    pub(crate) handling: Vec<Value>,
    pub(crate) out: Vec<u8>,
    /// What `sys.stderr` received; a separate stream, counted against the same output limit as `out`.
    err: Vec<u8>,
    out_total: usize,
    pub(crate) limits: Limits,
    /// Bytecode instructions executed (written back by the interpreter loop at safepoints).
    steps: u64,
    /// Fuel charged by builtins for the elements they process.
    builtin_fuel: u64,
    /// The interpreter yields at the first safepoint with `steps >= stop_at`.
    stop_at: u64,
    /// A Python call a native asked for, whose result becomes the native's result (see `tail_call`).
    pending_call: Option<PendingCall>,
    /// Frames below this index belong to an outer activation of the interpreter: a nested call (see
    /// `call_nested`) returns when its frame returns to this depth. 0 outside nested calls.
    nested_floor: usize,
    /// How many nested calls are active (each holds a Rust stack frame of the interpreter).
    nested_depth: usize,
    /// Set when a property is assigned to a class after it was made: `TypeObj::has_properties` may then be
    /// stale for its subclasses, so attribute reads stop trusting it.
    pub(crate) properties_added_late: bool,
    /// Set when `__new__` is assigned to a class after it was made (`TypeObj::has_new` may then be stale).
    pub(crate) new_added_late: bool,
    /// Filenames of the installed preludes, and whether one is being installed (its `__npy_` names are
    /// visible to it, never to scripts).
    preludes: Vec<String>,
    installing_prelude: bool,
    /// Modules imported by the job, by name.
    pub(crate) modules: Vec<(Box<str>, Value)>,
    /// The request of a native that asked to block (see `block_on`), until `run` hands it to the host.
    pending_io: Option<IoRequest>,
    /// Whether the VM waits for `resume_io`, and for how long it sleeps if the request is a sleep.
    blocked: Option<IoRequest>,
    /// An exception to raise where the script stopped, when it resumes (a failed I/O request).
    pending_raise: Option<Exc>,
    /// How the answer to the pending request becomes a value (see `block_on_as`).
    answer: crate::capability::Answer,
    /// The job's tenant, token verifier and clock (see `set_capabilities`).
    pub(crate) capabilities: Option<crate::scope::CapabilityContext>,
    /// The `with scope(...)` blocks the running code is inside.
    pub(crate) scopes: crate::scope::ScopeStack,
    /// The virtual clock: the job's start as unix seconds, and seconds spent asleep.
    clock_base: f64,
    slept: f64,
    /// Objects being repr'd, for `[...]` on cycles.
    pub(crate) repr_active: Vec<Handle>,
    /// The seed `random` starts from (the host's per-job input) and its generator, made on first use.
    pub(crate) random_seed: u64,
    pub(crate) rng: Option<Box<crate::modules::random::Mt>>,
    /// The generators of the job's `random.Random` instances (swapped into `rng` while one is used).
    pub(crate) rng_slots: Vec<Option<Box<crate::modules::random::Mt>>>,
    /// Position in the job's `uuid4` stream.
    pub(crate) uuid_counter: u64,
    /// Running generators, innermost last (see `generator.rs`).
    pub(crate) gen_active: Vec<crate::generator::Activation>,
    /// A generator resumption a native asked for, started when it returns (`next(g)`, `g.send(v)`).
    pub(crate) pending_resume: Option<crate::generator::PendingResume>,
    /// How the generator resumed by a nested activation stopped.
    gen_event: Option<crate::generator::GenEvent>,
    base_sizes: (usize, usize, usize),
    filename: String,
    /// Set from outside when the deadline passes (see `interrupt_flag`).
    interrupt: Arc<std::sync::atomic::AtomicBool>,
    /// Handle of the interned one-character string "\0"; "\x01".."\x7f" follow it.
    first_char: u32,
    finished: bool,
}

/// Nested calls (builtins calling dunder methods) deeper than this raise RecursionError: each one holds an
/// interpreter activation on the Rust stack.
const MAX_NESTED_CALLS: usize = 64;

/// Instructions a nested call runs between checks of the deadline flag.
const NESTED_QUANTUM: u64 = 10_000;

impl Vm {
    /// A VM with the builtin types and native functions installed, ready for `install_prelude` and `load`.
    pub fn new(limits: Limits) -> Vm {
        let mut heap = Heap::new(limits.max_memory_bytes.max(1 << 20));
        for (ty, name, _) in TYPES {
            let mro = ty.mro().into_iter().map(Ty::handle).collect();
            let h = heap.alloc(Obj::Type(Box::new(TypeObj {
                name: (*name).into(),
                qualname: (*name).into(),
                mro,
                bases: Vec::new(),
                dict: None,
                has_properties: false,
                has_new: false,
                slots: None,
                builtin_base: None,
                module: ty.module().map(Into::into),
            })));
            debug_assert_eq!(h, ty.handle());
        }
        let mut builtins: HashMap<Box<str>, Value> = HashMap::new();
        for (ty, name, _) in TYPES {
            if !matches!(
                ty,
                Ty::NoneType
                    | Ty::Function
                    | Ty::BuiltinFunction
                    | Ty::Method
                    | Ty::Cell
                    | Ty::Iterator
                    | Ty::DictKeys
                    | Ty::DictValues
                    | Ty::DictItems
                    | Ty::Module
                    | Ty::NotImplementedType
                    | Ty::JSONDecodeError
                    | Ty::DefaultDict
                    | Ty::Counter
                    | Ty::OrderedDict
                    | Ty::Token
                    | Ty::Scope
                    | Ty::Response
                    | Ty::HTTPError
                    | Ty::Pattern
                    | Ty::Match
                    | Ty::ReError
                    | Ty::Generator
                    | Ty::Hash
                    | Ty::Uuid
                    | Ty::BinasciiError
            ) {
                builtins.insert((*name).into(), Value::Obj(ty.handle()));
            }
        }
        for (i, (name, _)) in crate::builtins::NATIVES.iter().enumerate() {
            if !name.starts_with("__") || name.starts_with("__npy_") {
                builtins.insert((*name).into(), Value::Native(i as u16));
            }
        }
        let not_implemented = heap.alloc(Obj::NotImplemented);
        builtins.insert("NotImplemented".into(), Value::Obj(not_implemented));
        // One-character ASCII strings are shared, as in CPython: indexing and iterating strings is common.
        let first_char = heap.alloc(Obj::Str(PyStr::new("\0"))).0;
        for c in 1u8..128 {
            heap.alloc(Obj::Str(PyStr::new((c as char).to_string())));
        }
        let main_name = heap.alloc(Obj::Str(PyStr::new("__main__")));
        builtins.insert("__name__".into(), Value::Obj(main_name));
        heap.seal_permanent();
        Vm {
            heap,
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            codes: Arc::new(Vec::new()),
            code_info: Vec::new(),
            code_names: Vec::new(),
            consts: Vec::new(),
            globals: Vec::new(),
            global_names: Vec::new(),
            global_fallback: Vec::new(),
            builtins,
            handling: Vec::new(),
            out: Vec::new(),
            err: Vec::new(),
            out_total: 0,
            limits,
            steps: 0,
            builtin_fuel: 0,
            stop_at: 0,
            pending_call: None,
            nested_floor: 0,
            nested_depth: 0,
            properties_added_late: false,
            new_added_late: false,
            preludes: Vec::new(),
            installing_prelude: false,
            modules: Vec::new(),
            pending_io: None,
            blocked: None,
            pending_raise: None,
            answer: Default::default(),
            capabilities: None,
            scopes: Default::default(),
            clock_base: 0.0,
            slept: 0.0,
            repr_active: Vec::new(),
            gen_active: Vec::new(),
            random_seed: 0,
            rng: None,
            rng_slots: Vec::new(),
            uuid_counter: 0,
            pending_resume: None,
            gen_event: None,
            base_sizes: (0, 0, 0),
            filename: String::new(),
            finished: true,
            first_char,
            interrupt: Arc::new(std::sync::atomic::AtomicBool::new(false)),
        }
    }

    /// Runs the prelude (Python-level builtins such as `sorted`) and makes its top-level functions builtins.
    /// Everything it creates becomes permanent: kept by `reset`, never collected.
    ///
    /// A VM can take several preludes, one after another, before any job or after `reset` (the module half of
    /// the prelude is installed into a pooled VM the first time one of its jobs imports such a module).
    pub fn install_prelude(&mut self, program: Arc<Program>) -> Result<(), String> {
        let names = program.globals.clone();
        let gbase = self.globals.len();
        let filename = program.filename.clone();
        self.installing_prelude = true;
        self.load(program);
        self.installing_prelude = false;
        // Installing the prelude is the engine's work, not the job's: it runs outside the job's instruction
        // limit and costs the job nothing.
        let (limit, steps, builtin_fuel) =
            (self.limits.max_instructions, self.steps, self.builtin_fuel);
        self.limits.max_instructions = u64::MAX;
        let outcome = self.run(u64::MAX);
        self.limits.max_instructions = limit;
        (self.steps, self.builtin_fuel) = (steps, builtin_fuel);
        match outcome {
            RunOutcome::Finished(_) => {}
            other => return Err(format!("prelude failed: {other:?}")),
        }
        for (i, name) in names.iter().enumerate() {
            let v = self.globals[gbase + i];
            if matches!(v, Value::Obj(_)) && !name.starts_with('_') || name.starts_with("__npy_") {
                self.builtins.insert(name.as_str().into(), v);
            }
        }
        // Prelude globals keep pointing at the prelude's own helpers; scripts never see them.
        self.heap.seal_permanent();
        self.base_sizes = (self.codes.len(), self.consts.len(), self.globals.len());
        self.stack.clear();
        self.preludes.push(filename);
        Ok(())
    }

    /// Whether the job changed an object the preludes own (a script can reach a prelude class's container
    /// attribute and mutate it). Such a VM must not run another job: the host builds a fresh one instead.
    pub fn touched_shared_state(&self) -> bool {
        self.heap.permanent_written()
    }

    /// Whether a prelude compiled under `filename` is installed.
    pub fn has_prelude(&self, filename: &str) -> bool {
        self.preludes.iter().any(|p| p == filename)
    }

    /// Loads a compiled script and prepares to run its module body.
    pub fn load(&mut self, program: Arc<Program>) {
        self.finished = false;
        self.filename = program.filename.clone();
        let code_base = self.codes.len() as u32;
        let global_base = self.globals.len() as u32;
        let is_prelude = self.installing_prelude || self.codes.is_empty();
        for name in &program.globals {
            // Prelude helpers (`__npy_*`) are builtins for the prelude only; scripts cannot name them. The
            // compiler reaches one as `.name` (for `__npy_name`), a global no script can spell.
            let hidden = !is_prelude && name.starts_with("__npy_");
            let v = if let Some(helper) = name.strip_prefix('.') {
                self.builtins
                    .get(format!("__npy_{helper}").as_str())
                    .copied()
            } else if hidden {
                None
            } else {
                self.builtins.get(name.as_str()).copied()
            };
            let v = v.unwrap_or(Value::Undef);
            self.globals.push(v);
            self.global_fallback.push(v);
            self.global_names.push(name.as_str().into());
        }
        for code in &program.codes {
            let const_base = self.consts.len() as u32;
            for c in &code.consts {
                let v = self.const_value(c);
                self.consts.push(v);
            }
            self.code_names
                .push((code.name.as_str().into(), code.qualname.as_str().into()));
            Arc::make_mut(&mut self.codes).push(Arc::new(code.clone()));
            self.code_info.push(CodeInfo {
                const_base,
                global_base,
                code_base,
            });
        }
        let main = code_base;
        let nlocals = self.codes[main as usize].nlocals();
        self.stack.clear();
        self.stack.resize(nlocals, Value::Undef);
        self.frames.clear();
        self.handling.clear();
        self.frames.push(Frame {
            code: main,
            ip: 0,
            base: 0,
            ret: 0,
            exc_base: 0,
        });
    }

    fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::Float(f) => Value::Float(*f),
            Const::BigInt(digits) => match digits.parse::<num_bigint::BigInt>() {
                Ok(b) => self.bigint(b),
                Err(_) => Value::None,
            },
            Const::Str(s) => self.new_str(s.as_str()),
            Const::Bytes(b) => self.new_bytes(b.clone()),
            Const::Tuple(items) => {
                let vals: Vec<Value> = items.iter().map(|c| self.const_value(c)).collect();
                self.new_tuple(vals)
            }
        }
    }

    /// Drops the loaded script and everything it allocated, keeping the builtins and prelude.
    pub fn reset(&mut self, limits: Limits) {
        let (ncodes, nconsts, nglobals) = self.base_sizes;
        Arc::make_mut(&mut self.codes).truncate(ncodes);
        self.code_info.truncate(ncodes);
        self.code_names.truncate(ncodes);
        self.consts.truncate(nconsts);
        self.globals.truncate(nglobals);
        self.global_names.truncate(nglobals);
        self.global_fallback.truncate(nglobals);
        self.heap.reset(limits.max_memory_bytes.max(1 << 20));
        self.limits = limits;
        self.stack.clear();
        self.frames.clear();
        self.handling.clear();
        self.out.clear();
        self.err.clear();
        self.out_total = 0;
        self.steps = 0;
        self.builtin_fuel = 0;
        self.interrupt
            .store(false, std::sync::atomic::Ordering::Relaxed);
        self.pending_call = None;
        self.nested_floor = 0;
        self.nested_depth = 0;
        self.properties_added_late = false;
        self.new_added_late = false;
        self.modules.clear();
        self.pending_io = None;
        self.blocked = None;
        self.pending_raise = None;
        self.answer = Default::default();
        self.capabilities = None;
        self.scopes.clear();
        self.clock_base = 0.0;
        self.slept = 0.0;
        self.repr_active.clear();
        self.gen_active.clear();
        self.random_seed = 0;
        self.rng = None;
        self.rng_slots.clear();
        self.uuid_counter = 0;
        self.pending_resume = None;
        self.gen_event = None;
        self.finished = true;
    }

    /// Binds a module global (a job input) by name; names the script never mentions are ignored.
    pub fn set_global(&mut self, name: &str, value: Value) -> bool {
        let start = self.base_sizes.2;
        match self.global_names[start..].iter().position(|n| &**n == name) {
            Some(i) => {
                self.globals[start + i] = value;
                true
            }
            None => false,
        }
    }

    /// The name (or qualified name) of a loaded code object.
    pub(crate) fn code_name(&self, code: u32, qualified: bool) -> String {
        match self.code_names.get(code as usize) {
            Some((n, q)) => {
                if qualified {
                    q.to_string()
                } else {
                    n.to_string()
                }
            }
            None => "?".into(),
        }
    }

    /// Instructions executed so far by this job, with the work builtins charged as instructions.
    pub fn instructions(&self) -> u64 {
        self.steps.saturating_add(self.builtin_fuel)
    }

    /// Takes the output printed since the last call.
    pub fn take_output(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.out)
    }

    /// Takes what the script wrote to `sys.stderr` since the last call.
    pub fn take_stderr(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.err)
    }

    /// The heap (for tests and accounting).
    pub fn heap(&self) -> &Heap {
        &self.heap
    }

    /// The file name of the loaded script.
    pub fn filename(&self) -> &str {
        &self.filename
    }

    /// Appends printed text, enforcing the output limit.
    /// The call-depth limit in force (`sys.getrecursionlimit`).
    pub(crate) fn max_depth(&self) -> usize {
        self.limits.max_depth
    }

    /// How many Python frames are active.
    pub(crate) fn call_depth(&self) -> usize {
        self.frames.len()
    }

    /// `sys.setrecursionlimit`: the job's limit can be lowered, never raised.
    pub(crate) fn lower_max_depth(&mut self, n: usize) {
        self.limits.max_depth = self.limits.max_depth.min(n);
    }

    pub(crate) fn write_out(&mut self, s: &str) -> PyResult<()> {
        self.out_total += s.len();
        if METERED && self.out_total > self.limits.max_output_bytes {
            return Err(Exc::Kill(JobError::Limit(Limit::Output)));
        }
        self.out.extend_from_slice(s.as_bytes());
        Ok(())
    }

    /// Writes to the job's stderr stream. Both streams share `max_output_bytes`, so a script cannot double
    /// its output allowance by switching streams.
    pub(crate) fn write_err(&mut self, s: &str) -> PyResult<()> {
        self.out_total += s.len();
        if METERED && self.out_total > self.limits.max_output_bytes {
            return Err(Exc::Kill(JobError::Limit(Limit::Output)));
        }
        self.err.extend_from_slice(s.as_bytes());
        Ok(())
    }

    /// Asks the interpreter to call `func(args)` and use its result as the current native call's result.
    /// Natives that need to run Python code (a sort key, say) use this so the VM stays suspendable.
    pub(crate) fn tail_call(&mut self, func: Value, args: Vec<Value>) -> PyResult<Value> {
        self.pending_call = Some((func, args, Vec::new()));
        Ok(Value::Undef)
    }

    /// `tail_call` with keyword arguments.
    pub(crate) fn tail_call_kw(
        &mut self,
        func: Value,
        args: Vec<Value>,
        kw: Vec<(String, Value)>,
    ) -> PyResult<Value> {
        self.pending_call = Some((func, args, kw));
        Ok(Value::Undef)
    }

    /// Calls a Python callable from Rust and returns its result: how builtins reach user dunder methods
    /// (`__repr__` inside `print`, `__eq__` inside `list.index`, `__lt__` inside `sorted`). The call runs to
    /// completion on a nested activation of the interpreter, so it cannot be suspended: its instructions are
    /// charged as builtin fuel, limits and the deadline still apply, and blocking I/O inside it is an error.
    /// The garbage collector waits until the outermost activation (Rust callers hold values the collector
    /// cannot see); the memory limit is still enforced on allocation.
    pub(crate) fn call_nested(
        &mut self,
        func: Value,
        args: &[Value],
        kw: Vec<(String, Value)>,
    ) -> PyResult<Value> {
        if self.nested_depth >= MAX_NESTED_CALLS {
            return Err(exc(
                Ty::RecursionError,
                "maximum recursion depth exceeded in a method called by a builtin",
            ));
        }
        let codes = self.codes.clone();
        let fpos = self.stack.len();
        self.stack.push(func);
        self.stack.extend_from_slice(args);
        let floor = self.frames.len();
        let steps_before = self.steps;
        let saved = (self.nested_floor, self.stop_at);
        self.nested_floor = floor;
        self.nested_depth += 1;
        let result = self.run_nested(&codes, fpos, floor, kw);
        self.nested_depth -= 1;
        self.nested_floor = saved.0;
        self.stop_at = saved.1;
        // The outer activation owns `steps` and will write its own count back; what ran here is builtin fuel.
        let ran = self.steps.saturating_sub(steps_before);
        self.steps = steps_before;
        self.charge_fuel(ran)?;
        if result.is_err() {
            self.stack.truncate(fpos);
            self.frames.truncate(floor);
        }
        result
    }

    fn run_nested(
        &mut self,
        codes: &[Arc<Code>],
        fpos: usize,
        floor: usize,
        kw: Vec<(String, Value)>,
    ) -> PyResult<Value> {
        self.call_at(codes, fpos, kw)?;
        if self.frames.len() == floor {
            // A native callee: its result is already in place.
            return self
                .stack
                .pop()
                .ok_or_else(|| internal("nested call lost its result"));
        }
        self.drive_nested(codes)
    }

    /// Resumes generator `h` on a nested activation (for builtins that iterate natively), raising `throw`
    /// at its yield if given. None when the generator was already finished.
    pub(crate) fn resume_nested(
        &mut self,
        h: Handle,
        throw: Option<Value>,
    ) -> PyResult<Option<crate::generator::GenEvent>> {
        if self.nested_depth >= MAX_NESTED_CALLS {
            return Err(exc(
                Ty::RecursionError,
                "maximum recursion depth exceeded in a generator iterated by a builtin",
            ));
        }
        let codes = self.codes.clone();
        let floor = self.frames.len();
        let sp = self.stack.len();
        let steps_before = self.steps;
        let saved = (self.nested_floor, self.stop_at);
        self.nested_floor = floor;
        self.nested_depth += 1;
        self.gen_event = None;
        let result =
            match self.resume_generator(h, Value::None, crate::generator::Resume::Nested, throw) {
                Ok(crate::generator::Started::Exhausted) => Ok(None),
                Ok(crate::generator::Started::Frame) => {
                    self.drive_nested(&codes).map(|_| self.gen_event.take())
                }
                // A throw into a started generator: unwind it from its own frame.
                Err(e) if self.frames.len() > floor => self
                    .continue_nested_after(&codes, e)
                    .map(|_| self.gen_event.take()),
                Err(e) => Err(e),
            };
        self.nested_depth -= 1;
        self.nested_floor = saved.0;
        self.stop_at = saved.1;
        let ran = self.steps.saturating_sub(steps_before);
        self.steps = steps_before;
        self.charge_fuel(ran)?;
        if result.is_err() {
            self.stack.truncate(sp);
            self.frames.truncate(floor);
            self.gen_active.retain(|a| a.frame < floor);
        }
        result
    }

    /// Unwinds `e` inside a nested activation, then keeps running it if a handler caught it.
    fn continue_nested_after(&mut self, codes: &[Arc<Code>], e: Exc) -> PyResult<Value> {
        let reraise = matches!(e, Exc::Reraise(_));
        let v = self.materialize(e);
        if let Some(v) = self.unwind(codes, v, !reraise)? {
            return Err(Exc::Obj(v));
        }
        self.drive_nested(codes)
    }

    /// Runs the frames above `nested_floor` until the bottom one returns (or a generator there yields).
    fn drive_nested(&mut self, codes: &[Arc<Code>]) -> PyResult<Value> {
        loop {
            let budget = self
                .limits
                .max_instructions
                .saturating_sub(self.builtin_fuel);
            self.stop_at = self.steps.saturating_add(NESTED_QUANTUM).min(budget);
            let step = self.execute(codes);
            let e = match step {
                Ok(RunOutcome::Finished(v)) => return Ok(v),
                Ok(RunOutcome::Yielded) => {
                    if self.steps.saturating_add(self.builtin_fuel) >= self.limits.max_instructions
                    {
                        return Err(Exc::Kill(JobError::Limit(Limit::Instructions)));
                    }
                    if self.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
                        return Err(Exc::Kill(JobError::Limit(Limit::Time)));
                    }
                    continue;
                }
                Ok(_) => return Err(internal("unexpected outcome in a nested call")),
                Err(Exc::Kill(k)) => return Err(Exc::Kill(k)),
                Err(Exc::Blocked) => {
                    self.pending_io = None;
                    exc(
                        Ty::RuntimeError,
                        "I/O (a sleep, http, fs or tool call) cannot run inside a method that a builtin \
                         calls (__repr__, __eq__, __hash__, a sort key...); do the I/O outside it",
                    )
                }
                Err(e) => e,
            };
            let fresh = matches!(e, Exc::New(..) | Exc::Args(..));
            let reraise = matches!(e, Exc::Reraise(_));
            let v = self.materialize(e);
            if fresh {
                self.set_context(v);
            }
            if let Some(v) = self.unwind(codes, v, !reraise)? {
                // Raised anew in the caller's frame, so its traceback gains the caller's line.
                return Err(Exc::Obj(v));
            }
        }
    }

    /// Stops the current native call until the host answers `req` (see `resume_io`); the answer becomes the
    /// call's result. Natives return this function's value directly.
    pub(crate) fn block_on(&mut self, req: IoRequest) -> PyResult<Value> {
        self.block_on_as(req, crate::capability::Answer::Plain)
    }

    /// `block_on`, with the answer converted as `answer` says (a Response, decoded text, bytes) before the
    /// script sees it.
    pub(crate) fn block_on_as(
        &mut self,
        req: IoRequest,
        answer: crate::capability::Answer,
    ) -> PyResult<Value> {
        self.answer = answer;
        self.pending_io = Some(req);
        Ok(Value::Undef)
    }

    /// Answers the request the VM is blocked on: its data becomes the result of the blocked call, or its
    /// error is raised there as a Python exception. Call `run` next. Returns false (and changes nothing) when
    /// the VM is not blocked.
    pub fn resume_io(&mut self, result: IoResult) -> bool {
        let Some(req) = self.blocked.take() else {
            return false;
        };
        let answer = std::mem::take(&mut self.answer);
        match result {
            Ok(data) => {
                if let IoRequest::Sleep { seconds } = req {
                    self.slept += seconds;
                }
                match self.convert_answer(answer, &data) {
                    Ok(v) => self.stack.push(v),
                    Err(e) => self.pending_raise = Some(e),
                }
            }
            Err(e) => self.pending_raise = Some(Exc::New(e.kind.python_type(), e.message)),
        }
        true
    }

    /// Whether the VM waits for `resume_io`.
    pub fn is_blocked(&self) -> bool {
        self.blocked.is_some()
    }

    /// Sets the virtual clock's start (unix seconds) that `time.time()` counts from.
    pub fn set_clock(&mut self, unix_seconds: f64) {
        self.clock_base = unix_seconds;
    }

    pub(crate) fn clock_base(&self) -> f64 {
        self.clock_base
    }

    /// Virtual seconds the job has run: time asleep plus 10 ns per instruction executed.
    pub(crate) fn elapsed_seconds(&self) -> f64 {
        self.slept + (self.steps + self.builtin_fuel) as f64 * 1e-8
    }

    /// A prelude helper by name.
    pub(crate) fn prelude_fn(&self, name: &str) -> PyResult<Value> {
        self.builtins
            .get(name)
            .copied()
            .ok_or_else(|| Exc::Kill(JobError::Internal(format!("prelude helper {name} missing"))))
    }

    /// Runs until the script ends or `fuel` instructions have passed and a safepoint is reached.
    pub fn run(&mut self, fuel: u64) -> RunOutcome {
        if self.finished || self.frames.is_empty() {
            return RunOutcome::Killed(JobError::Internal(
                "run called with no script loaded".into(),
            ));
        }
        if self.blocked.is_some() {
            return RunOutcome::Killed(JobError::Internal(
                "run called while the job waits for resume_io".into(),
            ));
        }
        let codes = self.codes.clone();
        self.stop_at = self.steps.saturating_add(fuel.max(1)).min(
            self.limits
                .max_instructions
                .saturating_sub(self.builtin_fuel),
        );
        let mut raise_first = self.pending_raise.take();
        let outcome = loop {
            let step = match raise_first.take() {
                Some(e) => Err(e),
                None => self.execute(&codes),
            };
            match step {
                Ok(outcome) => break outcome,
                Err(Exc::Kill(e)) => break RunOutcome::Killed(e),
                Err(Exc::Blocked) => match self.pending_io.take() {
                    Some(req) => {
                        self.blocked = Some(req.clone());
                        break RunOutcome::Blocked(req);
                    }
                    None => {
                        break RunOutcome::Killed(JobError::Internal(
                            "blocked without a request".into(),
                        ))
                    }
                },
                Err(e) => {
                    let fresh = matches!(e, Exc::New(..) | Exc::Args(..));
                    let reraise = matches!(e, Exc::Reraise(_));
                    let v = self.materialize(e);
                    if fresh {
                        // An operation or builtin failing inside an `except` block chains implicitly.
                        self.set_context(v);
                    }
                    match self.unwind(&codes, v, !reraise) {
                        Ok(None) => continue,
                        Ok(Some(v)) => break RunOutcome::Raised(self.render_exception(&codes, v)),
                        Err(Exc::Kill(k)) => break RunOutcome::Killed(k),
                        Err(_) => {
                            break RunOutcome::Killed(JobError::Internal(
                                "exception while unwinding".into(),
                            ))
                        }
                    }
                }
            }
        };
        if !matches!(outcome, RunOutcome::Yielded | RunOutcome::Blocked(_)) {
            self.finished = true;
        }
        outcome
    }

    /// Turns an `Exc` into an exception object on the heap.
    pub(crate) fn materialize(&mut self, e: Exc) -> Value {
        let (ty, args) = match e {
            Exc::Obj(v) | Exc::Reraise(v) => return v,
            Exc::New(ty, msg) => {
                let args = if msg.is_empty() {
                    vec![]
                } else {
                    vec![self.new_str(msg)]
                };
                (ty, args)
            }
            Exc::Args(ty, args) => (ty, args),
            Exc::Kill(_) | Exc::Blocked => (Ty::RuntimeError, vec![]),
        };
        self.new_exception(ty.handle(), args)
    }

    pub(crate) fn new_exception(&mut self, class: Handle, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        let h = self.heap.alloc(Obj::Exception(Box::new(ExcObj {
            class,
            args,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            traceback: Vec::new(),
            attrs: Vec::new(),
        })));
        Value::Obj(h)
    }

    /// Finds a handler for exception `v`, unwinding frames: Ok(None) when one caught it, else the exception
    /// that got out (`v`, or the RuntimeError a StopIteration becomes when it leaves a generator). A
    /// traceback entry is added for the raising frame (unless `v` is being re-raised as it was) and for every
    /// caller it propagates into, as CPython does.
    fn unwind(
        &mut self,
        codes: &[Arc<Code>],
        v: Value,
        mut add_entry: bool,
    ) -> PyResult<Option<Value>> {
        let Value::Obj(eh) = v else {
            return Err(Exc::Kill(JobError::Internal("non-object exception".into())));
        };
        loop {
            if self.frames.len() <= self.nested_floor {
                // The rest of the stack belongs to an outer activation; the exception leaves the nested call.
                return Ok(Some(v));
            }
            let Some(frame) = self.frames.last().copied() else {
                return Ok(Some(v));
            };
            let code = &codes[frame.code as usize];
            let ip = frame.ip.saturating_sub(1);
            let line = code.line_at(ip as usize);
            if add_entry {
                if let Obj::Exception(e) = self.heap.get_mut(eh) {
                    e.traceback.push((frame.code, line));
                }
            }
            add_entry = true;
            if let Some(h) = code.handlers.iter().find(|h| h.start <= ip && ip < h.end) {
                let sp = frame.base as usize + code.nlocals() + h.depth as usize;
                self.stack.truncate(sp);
                self.handling
                    .truncate(frame.exc_base as usize + h.exc_depth as usize);
                self.stack.push(v);
                if let Some(f) = self.frames.last_mut() {
                    f.ip = h.target;
                }
                return Ok(None);
            }
            self.handling.truncate(frame.exc_base as usize);
            self.stack.truncate(frame.ret as usize);
            self.frames.pop();
            if !self.gen_active.is_empty() {
                let replaced = self.unwind_generator_frame(self.frames.len(), v);
                if !matches!((replaced, v), (Value::Obj(a), Value::Obj(b)) if a == b) {
                    return self.unwind(codes, replaced, true);
                }
            }
        }
    }

    fn render_exception(&mut self, codes: &[Arc<Code>], v: Value) -> PyException {
        let mut chain = Vec::new();
        let mut cur = v;
        let mut seen = Vec::new();
        // Walk __cause__/__context__ back to the first exception (bounded: a cycle stops it).
        let mut links = Vec::new();
        while let Value::Obj(h) = cur {
            if seen.contains(&h) || seen.len() > 32 {
                break;
            }
            seen.push(h);
            let Obj::Exception(e) = self.heap.get(h) else {
                break;
            };
            let next = if !matches!(e.cause, Value::None) {
                Some((PyExceptionLink::Cause, e.cause))
            } else if !e.suppress_context && !matches!(e.context, Value::None) {
                Some((PyExceptionLink::Context, e.context))
            } else {
                None
            };
            match next {
                Some((link, n)) => {
                    links.push((link, n));
                    cur = n;
                }
                None => break,
            }
        }
        for (link, ev) in links.into_iter().rev() {
            let (t, m, tb) = self.describe_exception(codes, ev);
            chain.push((link, t, m, tb));
        }
        let (type_name, message, traceback) = self.describe_exception(codes, v);
        let line = traceback.last().map(|t| t.line).unwrap_or(0);
        PyException {
            type_name,
            message,
            traceback,
            line,
            chain,
        }
    }

    fn describe_exception(
        &mut self,
        codes: &[Arc<Code>],
        v: Value,
    ) -> (String, String, Vec<TraceEntry>) {
        let type_name = self.type_name(v).to_string();
        // CPython prints a module's exception with its module (`json.decoder.JSONDecodeError: ...`).
        let module = match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Exception(e) => match self.heap.get(e.class) {
                    Obj::Type(t) => t.module.clone(),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        let type_name = match module {
            Some(m) => format!("{m}.{type_name}"),
            None => type_name,
        };
        let message = self
            .str_of(v)
            .unwrap_or_else(|_| "<exception str() failed>".into());
        let mut traceback = Vec::new();
        if let Value::Obj(h) = v {
            if let Obj::Exception(e) = self.heap.get(h) {
                for &(code, line) in e.traceback.iter().rev() {
                    if (code as usize) < self.base_sizes.0 {
                        continue;
                    }
                    let function = codes
                        .get(code as usize)
                        .map(|c| c.name.clone())
                        .unwrap_or_default();
                    traceback.push(TraceEntry { line, function });
                }
            }
        }
        (type_name, message, traceback)
    }

    /// Collects garbage at a safepoint and enforces the memory limit.
    fn collect_garbage(&mut self) -> PyResult<()> {
        if self.nested_depth > 0 {
            // Rust callers of a nested call hold values the collector cannot see: collect later.
            return if self.heap.hard_over_limit() {
                Err(Exc::Kill(JobError::Limit(Limit::Memory)))
            } else {
                Ok(())
            };
        }
        let pending: Vec<Value> = self
            .pending_call
            .iter()
            .flat_map(|(f, a, k)| {
                std::iter::once(*f)
                    .chain(a.iter().copied())
                    .chain(k.iter().map(|(_, v)| *v))
            })
            .chain(self.repr_active.iter().map(|h| Value::Obj(*h)))
            .chain(self.gen_active.iter().map(|a| Value::Obj(a.gen)))
            .chain(
                self.pending_resume
                    .iter()
                    .flat_map(|p| [Value::Obj(p.gen), p.sent, p.throw.unwrap_or(Value::None)]),
            )
            .collect();
        let roots = self
            .stack
            .iter()
            .chain(self.consts.iter())
            .chain(self.globals.iter())
            .chain(self.handling.iter())
            .chain(self.builtins.values())
            .chain(self.modules.iter().map(|(_, m)| m))
            .chain(pending.iter());
        self.heap.collect(roots);
        if self.heap.over_limit_after_gc() {
            return Err(Exc::Kill(JobError::Limit(Limit::Memory)));
        }
        Ok(())
    }

    /// Whether the memory limit is already certainly exceeded (checked by bulk builtins mid-instruction).
    pub(crate) fn check_memory(&self) -> PyResult<()> {
        if self.heap.hard_over_limit() {
            Err(Exc::Kill(JobError::Limit(Limit::Memory)))
        } else {
            Ok(())
        }
    }

    /// Charges `n` units of work done inside a builtin against the instruction budget.
    /// Long builtins call this as they go, so it also notices a deadline set through `interrupt_flag`.
    pub(crate) fn charge_fuel(&mut self, n: u64) -> PyResult<()> {
        if !METERED {
            return Ok(());
        }
        // Kept apart from `steps`, which the interpreter loop owns and writes back at safepoints. `self.steps`
        // is therefore the count at the last safepoint (or call), the same at every quantum, which keeps the
        // kill point below independent of how the job was sliced.
        self.builtin_fuel = self.builtin_fuel.saturating_add(n);
        self.stop_at = self.stop_at.saturating_sub(n);
        if self.steps.saturating_add(self.builtin_fuel) > self.limits.max_instructions {
            Err(Exc::Kill(JobError::Limit(Limit::Instructions)))
        } else if self.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
            Err(Exc::Kill(JobError::Limit(Limit::Time)))
        } else {
            Ok(())
        }
    }

    /// A flag another thread sets when the job's deadline passes. The VM reads no clock: it checks the flag
    /// inside long-running builtins, and whoever drives `run` checks the clock between quanta.
    pub fn interrupt_flag(&self) -> Arc<std::sync::atomic::AtomicBool> {
        self.interrupt.clone()
    }

    /// The interpreter loop. Returns at safepoints when fuel runs out, or when the module returns.
    fn execute(&mut self, codes: &[Arc<Code>]) -> PyResult<RunOutcome> {
        let mut steps = self.steps;
        let mut fi = self.frames.len() - 1;
        let mut frame = self.frames[fi];
        let mut code: &Code = &codes[frame.code as usize];
        let mut info = self.code_info[frame.code as usize];
        let mut ip = frame.ip as usize;
        let mut base = frame.base as usize;

        macro_rules! save {
            () => {{
                self.frames[fi].ip = ip as u32;
                self.steps = steps;
            }};
        }
        // Evaluates a fallible expression; on error records where the frame stopped, then propagates.
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => {
                        save!();
                        return Err(e);
                    }
                }
            };
        }
        macro_rules! pop {
            () => {
                match self.stack.pop() {
                    Some(v) => v,
                    None => {
                        save!();
                        return Err(internal("stack underflow"));
                    }
                }
            };
        }
        macro_rules! top {
            () => {
                match self.stack.last() {
                    Some(v) => *v,
                    None => {
                        save!();
                        return Err(internal("stack underflow"));
                    }
                }
            };
        }
        macro_rules! reload {
            () => {{
                fi = self.frames.len() - 1;
                frame = self.frames[fi];
                code = &codes[frame.code as usize];
                info = self.code_info[frame.code as usize];
                ip = frame.ip as usize;
                base = frame.base as usize;
            }};
        }
        macro_rules! safepoint {
            () => {
                // Written back at every safepoint, not only when yielding: `charge_fuel` compares `self.steps`
                // with the budget, and if it were fresher after a yield than after a plain back-edge, a builtin
                // could be killed at a different point (and print a different output) at different quanta.
                if METERED {
                    self.steps = steps;
                }
                // `stop_at` is a field: builtins that charge fuel pull it closer (see `charge_fuel`).
                if (METERED && steps >= self.stop_at) || self.heap.gc_pending {
                    save!();
                    if self.heap.gc_pending {
                        self.collect_garbage()?;
                    }
                    if METERED
                        && steps.saturating_add(self.builtin_fuel) >= self.limits.max_instructions
                    {
                        return Err(Exc::Kill(JobError::Limit(Limit::Instructions)));
                    }
                    if METERED && steps >= self.stop_at {
                        return Ok(RunOutcome::Yielded);
                    }
                }
            };
        }

        loop {
            let Some(&op) = code.ops.get(ip) else {
                save!();
                return Err(internal("ran off the end of the code"));
            };
            ip += 1;
            if METERED {
                steps += 1;
            }
            match op {
                Op::Nop => {}
                Op::LoadConst(i) => {
                    let v = self.consts[info.const_base as usize + i as usize];
                    self.stack.push(v);
                }
                Op::LoadInt(i) => self.stack.push(Value::Int(i as i64)),
                Op::LoadNone => self.stack.push(Value::None),
                Op::LoadBool(b) => self.stack.push(Value::Bool(b)),
                Op::LoadLocal(i) => {
                    let v = self.stack[base + i as usize];
                    match v {
                        Value::Undef => {
                            save!();
                            return Err(unbound_local(&code.local_names[i as usize]));
                        }
                        Value::Builder(h) => {
                            // The string escapes the slot: from now on it is shared and immutable.
                            self.stack[base + i as usize] = Value::Obj(h);
                            self.stack.push(Value::Obj(h));
                        }
                        _ => self.stack.push(v),
                    }
                }
                Op::StoreLocal(i) => {
                    let v = pop!();
                    self.stack[base + i as usize] = v;
                }
                Op::LoadDeref(i) => {
                    let cell = self.stack[base + i as usize];
                    let v = match cell {
                        Value::Obj(h) => match self.heap.get(h) {
                            Obj::Cell(v) => *v,
                            _ => Value::Undef,
                        },
                        _ => Value::Undef,
                    };
                    if let Value::Undef = v {
                        save!();
                        let name = &code.local_names[i as usize];
                        // A cell this function owns (a local captured by an inner function) is a local
                        // variable to CPython: UnboundLocalError. Only a free variable gets the NameError.
                        if !code.free_slots.contains(&i) {
                            return Err(unbound_local(name));
                        }
                        return Err(exc(
                            Ty::NameError,
                            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                        ));
                    }
                    self.stack.push(v);
                }
                Op::StoreDeref(i) | Op::DeleteDeref(i) => {
                    let v = if let Op::StoreDeref(_) = op {
                        pop!()
                    } else {
                        Value::Undef
                    };
                    if let Value::Obj(h) = self.stack[base + i as usize] {
                        if let Obj::Cell(c) = self.heap.get_mut(h) {
                            *c = v;
                        }
                    }
                }
                Op::LoadCell(i) => {
                    let v = self.stack[base + i as usize];
                    self.stack.push(v);
                }
                Op::LoadGlobal(i) => {
                    let slot = info.global_base as usize + i as usize;
                    let v = self.globals[slot];
                    match v {
                        Value::Undef => {
                            save!();
                            let name = &self.global_names[slot];
                            return Err(exc(
                                Ty::NameError,
                                format!("name '{name}' is not defined"),
                            ));
                        }
                        Value::Builder(h) => {
                            self.globals[slot] = Value::Obj(h);
                            self.stack.push(Value::Obj(h));
                        }
                        _ => self.stack.push(v),
                    }
                }
                Op::StoreGlobal(i) => {
                    let v = pop!();
                    self.globals[info.global_base as usize + i as usize] = v;
                }
                Op::LoadSubscr => {
                    let key = pop!();
                    let obj = pop!();
                    let v = match self.index_fast(obj, key) {
                        Some(v) => v,
                        None => tri!(self.getitem(obj, key)),
                    };
                    self.stack.push(v);
                }
                Op::SubscrLI(x, k) => {
                    let obj = self.stack[base + x as usize];
                    let key = Value::Int(k as i64);
                    let v = match self.index_fast(obj, key) {
                        Some(v) => v,
                        None => {
                            if let Value::Undef = obj {
                                tri!(Err(unbound_local(&code.local_names[x as usize])));
                            }
                            tri!(self.getitem(obj.plain(), key))
                        }
                    };
                    self.stack.push(v);
                }
                Op::SubscrLL(x, y) => {
                    let obj = self.stack[base + x as usize];
                    let key = self.stack[base + y as usize];
                    let v = match self.index_fast(obj, key) {
                        Some(v) => v,
                        None => {
                            if let Value::Undef = obj {
                                tri!(Err(unbound_local(&code.local_names[x as usize])));
                            }
                            if let Value::Undef = key {
                                tri!(Err(unbound_local(&code.local_names[y as usize])));
                            }
                            tri!(self.getitem(obj.plain(), key.plain()))
                        }
                    };
                    self.stack.push(v);
                }
                Op::StoreSubscr | Op::StoreSubscrLI(..) => {
                    let (obj, key) = match op {
                        Op::StoreSubscrLI(x, k) => {
                            let obj = self.stack[base + x as usize];
                            if let Value::Undef = obj {
                                tri!(Err(unbound_local(&code.local_names[x as usize])));
                            }
                            (obj.plain(), Value::Int(k as i64))
                        }
                        _ => {
                            let key = pop!();
                            let obj = pop!();
                            (obj, key)
                        }
                    };
                    let v = pop!();
                    let done = match (obj, key) {
                        (Value::Obj(h), Value::Int(i)) => match self.heap.get_mut(h) {
                            Obj::List(l) => {
                                let n = l.len() as i64;
                                let j = if i < 0 { i + n } else { i };
                                if j >= 0 && j < n {
                                    l[j as usize] = v;
                                    true
                                } else {
                                    false
                                }
                            }
                            _ => false,
                        },
                        _ => false,
                    };
                    if !done {
                        tri!(self.setitem(obj, key, v));
                    }
                }
                Op::Pop => {
                    pop!();
                }
                Op::Dup => {
                    let v = top!();
                    self.stack.push(v);
                }
                Op::Rot2 => {
                    let n = self.stack.len();
                    if n < 2 {
                        save!();
                        return Err(internal("stack underflow"));
                    }
                    self.stack.swap(n - 1, n - 2);
                }
                Op::Binary(b) => {
                    let rhs = pop!();
                    let lhs = pop!();
                    let r = match (lhs, rhs) {
                        (Value::Int(x), Value::Int(y)) => match crate::arith::int_fast(b, x, y) {
                            Some(v) => v,
                            None => tri!(self.binary(b, lhs, rhs)),
                        },
                        (Value::Float(x), Value::Float(y)) => {
                            match crate::arith::float_fast(b, x, y) {
                                Some(v) => v,
                                None => tri!(self.binary(b, lhs, rhs)),
                            }
                        }
                        _ => tri!(self.binary(b, lhs, rhs)),
                    };
                    self.stack.push(r);
                }
                Op::InplaceBinary(b) => {
                    let rhs = pop!();
                    let lhs = pop!();
                    let r = match (lhs, rhs) {
                        (Value::Int(x), Value::Int(y)) => match crate::arith::int_fast(b, x, y) {
                            Some(v) => v,
                            None => tri!(self.binary(b, lhs, rhs)),
                        },
                        _ => tri!(self.inplace(b, lhs, rhs)),
                    };
                    self.stack.push(r);
                }
                Op::Compare(c) => {
                    let rhs = pop!();
                    let lhs = pop!();
                    let r = match (lhs, rhs) {
                        (Value::Int(x), Value::Int(y)) if crate::arith::int_fast_cmp(c) => {
                            Value::Bool(crate::arith::cmp_ints(c, x, y))
                        }
                        _ => tri!(self.compare(c, lhs, rhs)),
                    };
                    self.stack.push(r);
                }
                Op::CompareJump(c, t) => {
                    let rhs = pop!();
                    let lhs = pop!();
                    let b = match (lhs, rhs) {
                        (Value::Int(x), Value::Int(y)) if crate::arith::int_fast_cmp(c) => {
                            crate::arith::cmp_ints(c, x, y)
                        }
                        _ => match tri!(self.compare(c, lhs, rhs)) {
                            Value::Bool(b) => b,
                            v => tri!(self.truthy(v)),
                        },
                    };
                    if !b {
                        ip = t as usize;
                    }
                }
                Op::Jump(t) => ip = t as usize,
                Op::Loop(t) => {
                    ip = t as usize;
                    safepoint!();
                }
                Op::JumpIfFalse(t) => {
                    let v = pop!();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => tri!(self.truthy(v)),
                    };
                    if !b {
                        ip = t as usize;
                    }
                }
                Op::JumpIfTrue(t) => {
                    let v = pop!();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => tri!(self.truthy(v)),
                    };
                    if b {
                        ip = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = top!();
                    if !tri!(self.truthy(v)) {
                        ip = t as usize;
                    } else {
                        self.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = top!();
                    if tri!(self.truthy(v)) {
                        ip = t as usize;
                    } else {
                        self.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = pop!();
                    let it = tri!(self.get_iter(v));
                    self.stack.push(it);
                }
                Op::ForIter(t) => {
                    let it = top!();
                    // Fast paths for ranges and lists/tuples; everything else goes through iter_next.
                    let fast = match it {
                        Value::Obj(h) => match self.heap.get_mut(h) {
                            Obj::Iter(Iter::Range { cur, stop, step }) => {
                                let c = *cur;
                                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                                    *cur = c.checked_add(*step).unwrap_or(*stop);
                                    Some(Some(Value::Int(c)))
                                } else {
                                    Some(None)
                                }
                            }
                            Obj::Iter(Iter::Seq { seq, idx }) => {
                                let (seq, i) = (*seq, *idx);
                                *idx = i + 1;
                                match self.heap.get(seq) {
                                    Obj::List(l) => Some(l.get(i).copied()),
                                    Obj::Tuple(tu) => Some(tu.get(i).copied()),
                                    _ => Some(None),
                                }
                            }
                            _ => None,
                        },
                        _ => None,
                    };
                    let next = match fast {
                        Some(n) => n,
                        None => match self.is_generator(it) {
                            Some(g) => {
                                save!();
                                let mode = crate::generator::Resume::ForIter { exit: t };
                                match self.resume_generator(g, Value::None, mode, None)? {
                                    crate::generator::Started::Frame => {
                                        reload!();
                                        safepoint!();
                                        continue;
                                    }
                                    crate::generator::Started::Exhausted => None,
                                }
                            }
                            None => tri!(self.iter_next(it)),
                        },
                    };
                    match next {
                        Some(v) => self.stack.push(v),
                        None => {
                            self.stack.pop();
                            ip = t as usize;
                        }
                    }
                    safepoint!();
                }
                Op::Call(argc) => {
                    save!();
                    let fpos = self.stack.len() - argc as usize - 1;
                    self.call_at(codes, fpos, Vec::new())?;
                    reload!();
                    safepoint!();
                }
                Op::CallKw(argc, names) => {
                    save!();
                    let kwnames = self.consts[info.const_base as usize + names as usize];
                    let names = self.tuple_items(kwnames)?;
                    let fpos = self.stack.len() - argc as usize - names.len() - 1;
                    let kwstart = self.stack.len() - names.len();
                    let mut kw = Vec::with_capacity(names.len());
                    for (i, n) in names.iter().enumerate() {
                        kw.push((
                            self.str_ref(*n).unwrap_or("").to_string(),
                            self.stack[kwstart + i],
                        ));
                    }
                    self.stack.truncate(kwstart);
                    self.call_at(codes, fpos, kw)?;
                    reload!();
                    safepoint!();
                }
                Op::CallEx => {
                    save!();
                    let kwargs = pop!();
                    let args = pop!();
                    let mut kw = Vec::new();
                    if let Value::Obj(h) = kwargs {
                        if let Obj::Dict(d) = self.heap.get(h) {
                            let pairs: Vec<(Value, Value)> =
                                d.iter().map(|(_, k, v)| (k, v)).collect();
                            for (k, v) in pairs {
                                match self.str_ref(k) {
                                    Some(s) => kw.push((s.to_string(), v)),
                                    None => return Err(type_error("keywords must be strings")),
                                }
                            }
                        }
                    }
                    let items = self.collect_iterable(args)?;
                    let fpos = self.stack.len() - 1;
                    self.stack.extend(items);
                    self.call_at(codes, fpos, kw)?;
                    reload!();
                    safepoint!();
                }
                Op::CallMethod(argc, name) => {
                    save!();
                    let rpos = self.stack.len() - argc as usize - 1;
                    let recv = self.stack[rpos];
                    let name = &code.names[name as usize];
                    if let Some(r) = self.call_builtin_method(recv, name, rpos)? {
                        self.stack.truncate(rpos);
                        self.stack.push(r);
                    } else if let Some(func) = self.plain_method(recv, name) {
                        // A method of a user class: call the function with the instance first, without
                        // allocating a bound method.
                        self.stack[rpos] = func;
                        self.stack.insert(rpos + 1, recv);
                        self.call_at(codes, rpos, Vec::new())?;
                    } else {
                        // Not a builtin method: look the attribute up and call it like any callable.
                        let f = self.getattr(recv, name)?;
                        self.stack[rpos] = f;
                        self.call_at(codes, rpos, Vec::new())?;
                    }
                    reload!();
                    safepoint!();
                }
                Op::Return if code.is_generator => {
                    use crate::generator::{GenEvent, Resume};
                    let v = pop!();
                    save!();
                    let mode = self.return_from_generator()?;
                    let at_floor = self.frames.len() <= self.nested_floor;
                    match mode {
                        Resume::Nested => {
                            self.gen_event = Some(GenEvent::Returned);
                            return Ok(RunOutcome::Finished(Value::None));
                        }
                        Resume::Call { default: Some(d) } => {
                            if at_floor {
                                return Ok(RunOutcome::Finished(d));
                            }
                            self.stack.push(d);
                            reload!();
                        }
                        Resume::Call { default: None } => {
                            let args = if matches!(v, Value::None) {
                                Vec::new()
                            } else {
                                vec![v]
                            };
                            // Raised where the resumer stopped (its frame's ip was saved when it
                            // called); at a nested floor it goes back to the builtin.
                            let e = self.new_exception(Ty::StopIteration.handle(), args);
                            return Err(Exc::Obj(e));
                        }
                        Resume::ForIter { exit } => {
                            self.stack.pop();
                            if let Some(f) = self.frames.last_mut() {
                                f.ip = exit;
                            }
                            reload!();
                        }
                        Resume::Delegate { exit } => {
                            self.stack.pop();
                            self.stack.push(v);
                            if let Some(f) = self.frames.last_mut() {
                                f.ip = exit;
                            }
                            reload!();
                        }
                    }
                    safepoint!();
                }
                Op::Yield => {
                    use crate::generator::{GenEvent, Resume};
                    let v = pop!();
                    save!();
                    let mode = self.suspend_generator(ip as u32)?;
                    if self.frames.len() <= self.nested_floor {
                        // Resumed by a builtin (nested) or by a call made from one: the value goes back there.
                        if let Resume::Nested = mode {
                            self.gen_event = Some(GenEvent::Yielded(v));
                        }
                        return Ok(RunOutcome::Finished(v));
                    }
                    self.stack.push(v);
                    reload!();
                    safepoint!();
                }
                Op::SendTo(t) => {
                    let sent = pop!();
                    let sub = top!();
                    match self.is_generator(sub) {
                        Some(g) => {
                            save!();
                            let mode = crate::generator::Resume::Delegate { exit: t };
                            match self.resume_generator(g, sent, mode, None)? {
                                crate::generator::Started::Frame => reload!(),
                                crate::generator::Started::Exhausted => {
                                    self.stack.pop();
                                    self.stack.push(Value::None);
                                    ip = t as usize;
                                }
                            }
                        }
                        None => {
                            if !matches!(sent, Value::None) {
                                save!();
                                return Err(type_error(format!(
                                    "'{}' object has no attribute 'send'",
                                    self.type_name(sub)
                                )));
                            }
                            match tri!(self.iter_next(sub)) {
                                Some(y) => self.stack.push(y),
                                None => {
                                    self.stack.pop();
                                    self.stack.push(Value::None);
                                    ip = t as usize;
                                }
                            }
                        }
                    }
                    safepoint!();
                }
                Op::Return => {
                    let v = pop!();
                    let f = self.frames.pop().unwrap_or(frame);
                    self.stack.truncate(f.ret as usize);
                    self.handling.truncate(f.exc_base as usize);
                    if self.frames.len() <= self.nested_floor {
                        self.steps = steps;
                        return Ok(RunOutcome::Finished(v));
                    }
                    self.stack.push(v);
                    reload!();
                    safepoint!();
                }
                Op::Raise(kind) => {
                    save!();
                    let e = match kind {
                        0 => match self.handling.last() {
                            Some(v) => return Err(Exc::Reraise(*v)),
                            None => {
                                return Err(exc(Ty::RuntimeError, "No active exception to reraise"))
                            }
                        },
                        1 => {
                            let e = pop!();
                            let e = self.make_raisable(e)?;
                            self.set_context(e);
                            e
                        }
                        _ => {
                            let cause = pop!();
                            let e = pop!();
                            let e = self.make_raisable(e)?;
                            let cause = if let Value::None = cause {
                                cause
                            } else {
                                self.make_raisable(cause)?
                            };
                            self.set_context(e);
                            if let Value::Obj(h) = e {
                                if let Obj::Exception(x) = self.heap.get_mut(h) {
                                    x.cause = cause;
                                    x.suppress_context = true;
                                }
                            }
                            e
                        }
                    };
                    return Err(Exc::Obj(e));
                }
                Op::Reraise => {
                    let e = pop!();
                    save!();
                    return Err(Exc::Reraise(e));
                }
                Op::PushExcInfo => {
                    let e = top!();
                    self.handling.push(e);
                }
                Op::PopExcInfo => {
                    self.handling.pop();
                }
                Op::BinaryLL(b, x, y) => {
                    let lhs = self.stack[base + x as usize];
                    let rhs = self.stack[base + y as usize];
                    let r = tri!(self.fast_binary(b, lhs, rhs, code, x, y));
                    self.stack.push(r);
                }
                Op::BinaryLI(b, x, k) => {
                    let lhs = self.stack[base + x as usize];
                    let r = tri!(self.local_op_imm(b, false, lhs, k as i64, code, x));
                    self.stack.push(r);
                }
                Op::BinaryLLStore(b, d, x, y) | Op::InplaceLL(b, d, x, y) => {
                    let lhs = self.stack[base + x as usize];
                    let rhs = self.stack[base + y as usize];
                    if b == crate::bytecode::BinOp::Add
                        && d == x
                        && matches!(lhs, Value::Obj(_) | Value::Builder(_))
                    {
                        if let Some(v) = tri!(self.concat_in_place(lhs, rhs.plain())) {
                            self.stack[base + d as usize] = v;
                            continue;
                        }
                    }
                    let r = match op {
                        Op::InplaceLL(..)
                            if !matches!((lhs, rhs), (Value::Int(_), Value::Int(_))) =>
                        {
                            if let Value::Undef = lhs {
                                tri!(Err(unbound_local(&code.local_names[x as usize])));
                            }
                            if let Value::Undef = rhs {
                                tri!(Err(unbound_local(&code.local_names[y as usize])));
                            }
                            tri!(self.inplace(b, lhs.plain(), rhs.plain()))
                        }
                        _ => tri!(self.fast_binary(b, lhs, rhs, code, x, y)),
                    };
                    self.stack[base + d as usize] = r;
                }
                Op::UpdateLocal(b, inplace, x) => {
                    let rhs = pop!();
                    let lhs = self.stack[base + x as usize];
                    if let Value::Undef = lhs {
                        tri!(Err(unbound_local(&code.local_names[x as usize])));
                    }
                    let r = tri!(self.update(b, inplace, lhs, rhs));
                    self.stack[base + x as usize] = r;
                }
                Op::UpdateGlobal(b, inplace, g) => {
                    let rhs = pop!();
                    let slot = info.global_base as usize + g as usize;
                    let lhs = self.globals[slot];
                    if let Value::Undef = lhs {
                        save!();
                        let name = &self.global_names[slot];
                        return Err(exc(Ty::NameError, format!("name '{name}' is not defined")));
                    }
                    let r = tri!(self.update(b, inplace, lhs, rhs));
                    self.globals[slot] = r;
                }
                Op::InplaceLI(b, d, x, k) | Op::BinaryLIStore(b, d, x, k) => {
                    let lhs = self.stack[base + x as usize];
                    let inplace = matches!(op, Op::InplaceLI(..));
                    let r = tri!(self.local_op_imm(b, inplace, lhs, k as i64, code, x));
                    self.stack[base + d as usize] = r;
                }
                Op::CompareLL(c, x, y) => {
                    let lhs = self.stack[base + x as usize];
                    let rhs = self.stack[base + y as usize];
                    let r = match (lhs, rhs) {
                        (Value::Int(p), Value::Int(q)) if crate::arith::int_fast_cmp(c) => {
                            Value::Bool(crate::arith::cmp_ints(c, p, q))
                        }
                        (Value::Undef, _) => {
                            tri!(Err(unbound_local(&code.local_names[x as usize])))
                        }
                        (_, Value::Undef) => {
                            tri!(Err(unbound_local(&code.local_names[y as usize])))
                        }
                        _ => tri!(self.compare(c, lhs, rhs)),
                    };
                    self.stack.push(r);
                }
                Op::CompareLI(c, x, k) => {
                    let lhs = self.stack[base + x as usize];
                    let r = match lhs {
                        Value::Int(p) if crate::arith::int_fast_cmp(c) => {
                            Value::Bool(crate::arith::cmp_ints(c, p, k as i64))
                        }
                        Value::Undef => tri!(Err(unbound_local(&code.local_names[x as usize]))),
                        _ => tri!(self.compare(c, lhs.plain(), Value::Int(k as i64))),
                    };
                    self.stack.push(r);
                }
                _ => {
                    save!();
                    self.exec_simple(op, code, info, base)?;
                }
            }
        }
    }

    /// Instructions that neither change frames nor jump, kept out of `execute` so the hot loop stays small
    /// (fewer spilled registers). The caller has saved the frame's position.
    #[inline(never)]
    #[cold]
    fn exec_simple(&mut self, op: Op, code: &Code, info: CodeInfo, base: usize) -> PyResult<()> {
        macro_rules! pop {
            () => {
                self.stack
                    .pop()
                    .ok_or_else(|| internal("stack underflow"))?
            };
        }
        macro_rules! top {
            () => {
                *self
                    .stack
                    .last()
                    .ok_or_else(|| internal("stack underflow"))?
            };
        }
        macro_rules! try_ {
            ($e:expr) => {
                $e?
            };
        }
        macro_rules! save {
            () => {};
        }
        let _ = base;
        match op {
            Op::DeleteLocal(i) => {
                if let Value::Undef = self.stack[base + i as usize] {
                    save!();
                    return Err(unbound_local(&code.local_names[i as usize]));
                }
                self.stack[base + i as usize] = Value::Undef;
            }
            Op::DeleteGlobal(i) => {
                let g = info.global_base as usize + i as usize;
                if let Value::Undef = self.globals[g] {
                    save!();
                    let name = &self.global_names[g];
                    return Err(exc(Ty::NameError, format!("name '{name}' is not defined")));
                }
                self.globals[g] = self.global_fallback[g];
            }
            Op::LoadAttr(i) => {
                let obj = pop!();
                let v = try_!(self.getattr(obj, &code.names[i as usize]));
                self.stack.push(v);
            }
            Op::StoreAttr(i) => {
                let obj = pop!();
                let v = pop!();
                try_!(self.setattr(obj, &code.names[i as usize], v));
            }
            Op::DeleteAttr(i) => {
                let obj = pop!();
                save!();
                return self.delattr(obj, &code.names[i as usize]);
            }
            Op::DeleteSubscr => {
                let key = pop!();
                let obj = pop!();
                try_!(self.delitem(obj, key));
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { pop!() } else { Value::None };
                let stop = pop!();
                let start = pop!();
                let h = self.heap.alloc(Obj::Slice(Box::new([start, stop, step])));
                self.stack.push(Value::Obj(h));
            }
            Op::Dup2 => {
                let n = self.stack.len();
                if n < 2 {
                    save!();
                    return Err(internal("stack underflow"));
                }
                let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                self.stack.push(a);
                self.stack.push(b);
            }
            Op::Rot3 => {
                let c = pop!();
                let n = self.stack.len();
                if n < 2 {
                    save!();
                    return Err(internal("stack underflow"));
                }
                self.stack.insert(n - 2, c);
            }
            Op::Unary(u) => {
                let v = pop!();
                let r = try_!(self.unary(u, v));
                self.stack.push(r);
            }
            Op::BuildList(n) => {
                let items = self.pop_n(n as usize)?;
                let v = self.new_list(items);
                self.stack.push(v);
            }
            Op::BuildTuple(n) => {
                let items = self.pop_n(n as usize)?;
                let v = self.new_tuple(items);
                self.stack.push(v);
            }
            Op::BuildSet(n) => {
                let items = self.pop_n(n as usize)?;
                let v = try_!(self.new_set(items));
                self.stack.push(v);
            }
            Op::BuildMap(n) => {
                let items = self.pop_n(2 * n as usize)?;
                let d = self.new_dict();
                for kv in items.chunks(2) {
                    try_!(self.dict_set(d, kv[0], kv[1]));
                }
                self.stack.push(d);
            }
            Op::BuildString(n) => {
                let start = try_!(self
                    .stack
                    .len()
                    .checked_sub(n as usize)
                    .ok_or_else(|| internal("stack")));
                let mut s = String::new();
                for i in start..self.stack.len() {
                    s.push_str(self.str_ref(self.stack[i]).unwrap_or(""));
                }
                self.stack.truncate(start);
                let v = self.new_str(s);
                self.stack.push(v);
            }
            Op::ListAppend(d) | Op::SetAdd(d) => {
                let v = pop!();
                let target = self.stack[self.stack.len() - d as usize];
                if let Op::ListAppend(_) = op {
                    try_!(self.list_append(target, v));
                } else {
                    try_!(self.set_add(target, v));
                }
            }
            Op::MapAdd(d) => {
                let v = pop!();
                let k = pop!();
                let target = self.stack[self.stack.len() - d as usize];
                try_!(self.dict_set(target, k, v));
            }
            Op::ListExtend => {
                let src = pop!();
                let list = top!();
                try_!(self.list_extend(list, src));
            }
            Op::SetUpdate => {
                let src = pop!();
                let set = top!();
                let items = try_!(self.collect_iterable(src));
                for v in items {
                    try_!(self.set_add(set, v));
                }
            }
            Op::DictUpdate => {
                let src = pop!();
                let d = top!();
                try_!(self.dict_update(d, src));
            }
            Op::ListToTuple => {
                let l = pop!();
                let items = try_!(self.collect_iterable(l));
                let t = self.new_tuple(items);
                self.stack.push(t);
            }
            Op::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { Some(pop!()) } else { None };
                let v = pop!();
                if flags == 0 && self.exact_str_ref(v).is_some() {
                    // `{s}` of a str is the str itself.
                    self.stack.push(v);
                    return Ok(());
                }
                let s = try_!(self.format_field(v, flags & 3, spec));
                let r = self.new_str(s);
                self.stack.push(r);
            }
            Op::UnpackSequence(n) => {
                let v = pop!();
                try_!(self.unpack(v, n as usize, None));
            }
            Op::UnpackEx(before, after) => {
                let v = pop!();
                try_!(self.unpack(v, before as usize, Some(after as usize)));
            }
            Op::MakeFunction(flags, ci) => {
                let closure = if flags & 4 != 0 {
                    let t = pop!();
                    try_!(self.tuple_items(t))
                } else {
                    Vec::new()
                };
                let annotations = if flags & 8 != 0 { pop!() } else { Value::Undef };
                let kwdefaults = if flags & 2 != 0 {
                    let d = pop!();
                    try_!(self.kwdefaults(d))
                } else {
                    Vec::new()
                };
                let defaults = if flags & 1 != 0 {
                    let t = pop!();
                    try_!(self.tuple_items(t))
                } else {
                    Vec::new()
                };
                let f = Function {
                    code: info.code_base + ci,
                    defaults: defaults.into(),
                    kwdefaults: kwdefaults.into(),
                    closure: closure.into(),
                    attrs: (!matches!(annotations, Value::Undef)).then(|| {
                        let mut attrs = crate::heap::FuncAttrs::new(Value::Undef);
                        attrs.annotations = annotations;
                        Box::new(attrs)
                    }),
                };
                let h = self.heap.alloc(Obj::Function(Box::new(f)));
                self.stack.push(Value::Obj(h));
            }
            Op::ExcMatch => {
                let ty = pop!();
                let e = top!();
                let m = try_!(self.exception_matches(e, ty));
                self.stack.push(Value::Bool(m));
            }
            Op::AssertFail(has_msg) => {
                let args = if has_msg { vec![pop!()] } else { vec![] };
                save!();
                return Err(Exc::Args(Ty::AssertionError, args));
            }
            Op::Import(i) => {
                let m = self.import_module(&code.names[i as usize])?;
                self.stack.push(m);
            }
            Op::WithEnter => {
                let mgr = pop!();
                let (exit, enter) = self.context_methods(mgr)?;
                self.stack.push(exit);
                self.stack.push(enter);
            }
            Op::MatchSequence(n, star) => {
                let subject = pop!();
                let r = self.match_sequence(subject, n as usize, star)?;
                self.stack.push(r);
            }
            Op::MatchMapping(n, rest) => {
                let keys = pop!();
                let subject = pop!();
                let r = self.match_mapping(subject, keys, n as usize, rest)?;
                self.stack.push(r);
            }
            Op::MatchClass(npos, names) => {
                let class = pop!();
                let subject = pop!();
                let names = self.consts[info.const_base as usize + names as usize];
                let r = self.match_class(subject, class, npos as usize, names)?;
                self.stack.push(r);
            }
            Op::ExcTriple => {
                let e = pop!();
                let class = Value::Obj(self.type_of(e));
                self.stack.push(class);
                self.stack.push(e);
                self.stack.push(Value::None);
            }
            Op::ClassNamespace => {
                let ns = self.new_dict();
                for (i, name) in code.local_names.iter().enumerate() {
                    if name.starts_with('.') || code.free_slots.contains(&(i as u16)) {
                        continue;
                    }
                    let mut v = self.stack[base + i];
                    let is_cell = code.cell_slots.contains(&(i as u16));
                    if name == "__class__" {
                        if is_cell {
                            let key = self.new_str("__classcell__");
                            self.dict_set(ns, key, v)?;
                        }
                        continue;
                    }
                    if is_cell {
                        if let Value::Obj(c) = v {
                            if let Obj::Cell(inner) = self.heap.get(c) {
                                v = *inner;
                            }
                        }
                    }
                    if let Value::Undef = v {
                        continue;
                    }
                    let key = self.new_str(name.as_str());
                    self.dict_set(ns, key, v)?;
                }
                let qualname = self
                    .frames
                    .last()
                    .and_then(|f| self.code_names.get(f.code as usize))
                    .map(|n| n.1.clone())
                    .unwrap_or_default();
                let key = self.new_str("__qualname__");
                let q = self.new_str(&*qualname);
                self.dict_set(ns, key, q)?;
                self.stack.push(ns);
            }
            Op::MakeClass(nbases, name) | Op::MakeClassKw(nbases, name) => {
                let kwargs = match op {
                    Op::MakeClassKw(..) => {
                        let d = pop!();
                        self.class_keywords(d)?
                    }
                    _ => Vec::new(),
                };
                let bases = self.pop_n(nbases as usize)?;
                let ns = pop!();
                let qualname = match ns {
                    Value::Obj(d) => self
                        .dict_get_str(d, "__qualname__")
                        .and_then(|q| self.str_ref(q).map(str::to_string)),
                    _ => None,
                };
                let key = self.new_str("__qualname__");
                self.dict_remove(ns, key)?;
                let name = &code.names[name as usize];
                let qualname = qualname.unwrap_or_else(|| name.to_string());
                let class = self.make_class(name, &qualname, ns, &bases)?;
                self.init_subclass(class, kwargs)?;
                self.stack.push(class);
            }
            Op::ImportFrom(i) => {
                let name = &code.names[i as usize];
                let m = top!();
                let v = match m {
                    Value::Obj(h) => match self.heap.get(h) {
                        Obj::Module(md) => {
                            let (attrs, module) = (md.attrs, md.name.clone());
                            self.dict_get_str(attrs, name).ok_or_else(|| {
                                exc(
                                    Ty::ImportError,
                                    format!("cannot import name '{name}' from '{module}'"),
                                )
                            })?
                        }
                        _ => return Err(internal("ImportFrom on a non-module")),
                    },
                    _ => return Err(internal("ImportFrom on a non-module")),
                };
                self.stack.push(v);
            }
            _ => return Err(internal("instruction routed to the wrong handler")),
        }
        Ok(())
    }

    /// Pops the top `n` values, in stack order.
    fn pop_n(&mut self, n: usize) -> PyResult<Vec<Value>> {
        let start = self
            .stack
            .len()
            .checked_sub(n)
            .ok_or_else(|| internal("stack underflow"))?;
        Ok(self.stack.drain(start..).collect())
    }

    /// `obj[key]` for a list or tuple and an in-range int: the subscript fast path.
    #[inline(always)]
    fn index_fast(&self, obj: Value, key: Value) -> Option<Value> {
        let (Value::Obj(h), Value::Int(i)) = (obj, key) else {
            return None;
        };
        let items: &[Value] = match self.heap.get(h) {
            Obj::List(l) => l,
            Obj::Tuple(t) => t,
            _ => return None,
        };
        let n = items.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j >= 0 && j < n {
            Some(items[j as usize])
        } else {
            None
        }
    }

    /// `local x op imm` (or `op=`), with the int fast path.
    #[inline(always)]
    fn local_op_imm(
        &mut self,
        b: crate::bytecode::BinOp,
        inplace: bool,
        lhs: Value,
        k: i64,
        code: &Code,
        x: u16,
    ) -> PyResult<Value> {
        match lhs {
            Value::Int(v) => match crate::arith::int_fast(b, v, k) {
                Some(r) => Ok(r),
                None => self.binary(b, lhs, Value::Int(k)),
            },
            Value::Undef => Err(unbound_local(&code.local_names[x as usize])),
            _ if inplace => self.inplace(b, lhs.plain(), Value::Int(k)),
            _ => self.binary(b, lhs.plain(), Value::Int(k)),
        }
    }

    /// A binary operator on two locals, with the int and float fast paths.
    #[inline(always)]
    fn fast_binary(
        &mut self,
        b: crate::bytecode::BinOp,
        lhs: Value,
        rhs: Value,
        code: &Code,
        x: u16,
        y: u16,
    ) -> PyResult<Value> {
        match (lhs, rhs) {
            (Value::Int(p), Value::Int(q)) => match crate::arith::int_fast(b, p, q) {
                Some(r) => Ok(r),
                None => self.binary(b, lhs, rhs),
            },
            (Value::Float(p), Value::Float(q)) => match crate::arith::float_fast(b, p, q) {
                Some(r) => Ok(r),
                None => self.binary(b, lhs, rhs),
            },
            (Value::Undef, _) => Err(unbound_local(&code.local_names[x as usize])),
            (_, Value::Undef) => Err(unbound_local(&code.local_names[y as usize])),
            _ => self.binary(b, lhs.plain(), rhs.plain()),
        }
    }

    /// `s = s + t` / `s += t` where `s` is a variable holding a str: appends in place when the variable
    /// holds a builder string (referenced by nothing else), otherwise makes one with room to grow.
    /// Returns the value to store back (None when the operands are not two strings).
    fn concat_in_place(&mut self, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
        let Some(hl) = lhs.handle() else {
            return Ok(None);
        };
        let Some(hr) = rhs.handle() else {
            return Ok(None);
        };
        let (llen, rlen) = match (self.heap.get(hl), self.heap.get(hr)) {
            (Obj::Str(a), Obj::Str(b)) => (a.s.len(), b.s.len()),
            _ => return Ok(None),
        };
        let total = llen + rlen;
        if let Value::Builder(h) = lhs {
            let limit = self.heap.limit();
            if let Some((Obj::Str(a), Obj::Str(b))) = self.heap.pair_mut(h, hr) {
                let before = a.s.capacity();
                if a.s.capacity() - a.s.len() < rlen && total > limit {
                    return Err(crate::error::memory_limit());
                }
                a.push_str(b);
                let grown = a.s.capacity() - before;
                if grown > 0 {
                    self.heap.charge(grown);
                    self.check_memory()?;
                }
                return Ok(Some(lhs));
            }
        }
        self.heap
            .check_room(total * 2)
            .map_err(|_| crate::error::memory_limit())?;
        let mut s = String::with_capacity((total * 2).max(64));
        let mut ascii = true;
        for h in [hl, hr] {
            if let Obj::Str(p) = self.heap.get(h) {
                s.push_str(&p.s);
                ascii &= p.ascii;
            }
        }
        let h = self.heap.alloc(Obj::Str(PyStr::from_parts(s, ascii)));
        Ok(Some(Value::Builder(h)))
    }

    /// `var = var op rhs` for a variable's current value `lhs`: the value to store back.
    #[inline(always)]
    fn update(
        &mut self,
        b: crate::bytecode::BinOp,
        inplace: bool,
        lhs: Value,
        rhs: Value,
    ) -> PyResult<Value> {
        match (lhs, rhs) {
            (Value::Int(p), Value::Int(q)) => {
                if let Some(r) = crate::arith::int_fast(b, p, q) {
                    return Ok(r);
                }
            }
            (Value::Float(p), Value::Float(q)) => {
                if let Some(r) = crate::arith::float_fast(b, p, q) {
                    return Ok(r);
                }
            }
            (Value::Obj(_) | Value::Builder(_), Value::Obj(_))
                if b == crate::bytecode::BinOp::Add =>
            {
                if let Some(v) = self.concat_in_place(lhs, rhs)? {
                    return Ok(v);
                }
            }
            _ => {}
        }
        if inplace {
            self.inplace(b, lhs.plain(), rhs)
        } else {
            self.binary(b, lhs.plain(), rhs)
        }
    }

    /// Calls the callable at `stack[fpos]` with the positional arguments above it and keywords `kw`.
    /// Python functions get a new frame (the caller reloads); natives run to completion here.
    fn call_at(
        &mut self,
        codes: &[Arc<Code>],
        fpos: usize,
        kw: Vec<(String, Value)>,
    ) -> PyResult<()> {
        let callee = self.stack[fpos];
        match callee {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Function(f) => {
                    let ci = f.code;
                    let code = &codes[ci as usize];
                    let argc = self.stack.len() - fpos - 1;
                    if kw.is_empty()
                        && argc == code.nparams as usize
                        && code.nkwonly == 0
                        && !code.varargs
                        && !code.varkw
                    {
                        if code.cell_slots.is_empty()
                            && code.free_slots.is_empty()
                            && !code.is_generator
                        {
                            // The common case: positional arguments exactly, no cells to set up.
                            if self.frames.len() >= self.limits.max_depth {
                                self.stack.truncate(fpos);
                                return Err(exc(
                                    Ty::RecursionError,
                                    "maximum recursion depth exceeded",
                                ));
                            }
                            let base = fpos + 1;
                            let nlocals = code.nlocals();
                            let need = nlocals + code.max_stack as usize + 8;
                            if self.stack.capacity() - self.stack.len() < need {
                                self.heap.charge(need * std::mem::size_of::<Value>() * 2);
                                self.stack.reserve(need.max(self.stack.len()));
                            }
                            if argc < nlocals {
                                self.stack.resize(base + nlocals, Value::Undef);
                            }
                            self.frames.push(Frame {
                                code: ci,
                                ip: 0,
                                base: base as u32,
                                ret: fpos as u32,
                                exc_base: self.handling.len() as u32,
                            });
                            return Ok(());
                        }
                        self.push_frame(codes, h, fpos)
                    } else {
                        let args: Vec<Value> = self.stack.drain(fpos + 1..).collect();
                        let locals = self.bind_args(code, h, args, kw)?;
                        self.stack.extend(locals);
                        self.push_frame(codes, h, fpos)
                    }
                }
                Obj::BoundMethod { recv, func } => {
                    let (recv, func) = (*recv, *func);
                    self.stack[fpos] = func;
                    self.stack.insert(fpos + 1, recv);
                    self.call_at(codes, fpos, kw)
                }
                _ => {
                    let args: Vec<Value> = self.stack.drain(fpos + 1..).collect();
                    let r = self.call_object(callee, &args, &kw)?;
                    self.finish_native(codes, fpos, r)
                }
            },
            Value::Native(id) => {
                let args: Vec<Value> = self.stack.drain(fpos + 1..).collect();
                let f = crate::modules::native(id).1;
                let r = f(self, &args, &kw)?;
                self.finish_native(codes, fpos, r)
            }
            _ => Err(type_error(format!(
                "'{}' object is not callable",
                self.type_name(callee)
            ))),
        }
    }

    /// Stores a native call's result, or starts the Python call it asked for (`tail_call`).
    fn finish_native(&mut self, codes: &[Arc<Code>], fpos: usize, r: Value) -> PyResult<()> {
        if let Value::Undef = r {
            if let Some(p) = self.pending_resume.take() {
                self.stack.truncate(fpos);
                return match self.resume_generator(p.gen, p.sent, p.mode, p.throw)? {
                    crate::generator::Started::Frame => Ok(()),
                    crate::generator::Started::Exhausted => match p.mode {
                        crate::generator::Resume::Call { default: Some(d) } => {
                            self.stack.push(d);
                            Ok(())
                        }
                        _ => Err(Exc::Args(Ty::StopIteration, vec![])),
                    },
                };
            }
            if self.pending_io.is_some() {
                // The call's result arrives with `resume_io`, pushed where the callee was.
                self.stack.truncate(fpos);
                return Err(Exc::Blocked);
            }
            if let Some((func, args, kw)) = self.pending_call.take() {
                self.stack.truncate(fpos);
                self.stack.push(func);
                self.stack.extend(args);
                return self.call_at(codes, fpos, kw);
            }
        }
        self.stack.truncate(fpos);
        self.stack.push(r);
        Ok(())
    }

    /// Pushes a frame for function `fh` whose locals (parameters bound) start at `fpos + 1`.
    fn push_frame(&mut self, codes: &[Arc<Code>], fh: Handle, fpos: usize) -> PyResult<()> {
        if self.frames.len() >= self.limits.max_depth {
            self.stack.truncate(fpos);
            return Err(exc(Ty::RecursionError, "maximum recursion depth exceeded"));
        }
        let Obj::Function(f) = self.heap.get(fh) else {
            return Err(internal("not a function"));
        };
        let ci = f.code as usize;
        let code = &codes[ci];
        let base = fpos + 1;
        let nparams_bound = self.stack.len() - base;
        let nlocals = code.nlocals();
        let need = nlocals + code.max_stack as usize + 8;
        if self.stack.capacity() - self.stack.len() < need {
            self.heap.charge(need * std::mem::size_of::<Value>() * 2);
            self.stack.reserve(need.max(self.stack.len()));
        }
        if nparams_bound < nlocals {
            self.stack.resize(base + nlocals, Value::Undef);
        }
        if !code.free_slots.is_empty() {
            for (i, &slot) in code.free_slots.iter().enumerate() {
                let Obj::Function(f) = self.heap.get(fh) else {
                    break;
                };
                let cell = f.closure.get(i).copied().unwrap_or(Value::Undef);
                self.stack[base + slot as usize] = cell;
            }
        }
        for &slot in &code.cell_slots {
            let v = self.stack[base + slot as usize];
            let cell = self.heap.alloc(Obj::Cell(v));
            self.stack[base + slot as usize] = Value::Obj(cell);
        }
        if code.is_generator {
            // The call makes the generator; the body runs when it is resumed.
            let g = self.make_generator(fh, ci as u32, fpos);
            self.stack.push(g);
            return Ok(());
        }
        self.frames.push(Frame {
            code: ci as u32,
            ip: 0,
            base: base as u32,
            ret: fpos as u32,
            exc_base: self.handling.len() as u32,
        });
        Ok(())
    }

    /// Stack slots a frame of code `code` may need above its base.
    pub(crate) fn code_stack_need(&self, code: u32) -> usize {
        self.codes
            .get(code as usize)
            .map_or(64, |c| c.nlocals() + c.max_stack as usize + 8)
    }

    /// Binds arguments to parameters the general way (defaults, keywords, *args, **kwargs).
    fn bind_args(
        &mut self,
        code: &Code,
        fh: Handle,
        args: Vec<Value>,
        kw: Vec<(String, Value)>,
    ) -> PyResult<Vec<Value>> {
        let (defaults, kwdefaults) = match self.heap.get(fh) {
            Obj::Function(f) => (f.defaults.to_vec(), f.kwdefaults.to_vec()),
            _ => (Vec::new(), Vec::new()),
        };
        // CPython names the function by its qualified name in these messages (`B.m()`, `outer.<locals>.f()`).
        let name = code.qualname.as_str();
        let np = code.nparams as usize;
        let nk = code.nkwonly as usize;
        let mut locals = vec![Value::Undef; code.nlocals()];
        if args.len() > np && !code.varargs {
            let given = args.len();
            let takes = if defaults.is_empty() {
                format!("{np} positional argument{}", if np == 1 { "" } else { "s" })
            } else {
                format!("from {} to {np} positional arguments", np - defaults.len())
            };
            return Err(type_error(format!(
                "{name}() takes {takes} but {given} {} given",
                if given == 1 { "was" } else { "were" }
            )));
        }
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < np {
                locals[i] = a;
            } else {
                extra.push(a);
            }
        }
        let mut slot = np + nk;
        if code.varargs {
            locals[slot] = self.new_tuple(extra);
            slot += 1;
        }
        let kwdict = if code.varkw {
            let d = self.new_dict();
            locals[slot] = d;
            Some(d)
        } else {
            None
        };
        let posonly = code.nposonly as usize;
        let mut posonly_as_kw = Vec::new();
        for (k, v) in kw {
            match code.local_names[..np + nk].iter().position(|n| *n == k) {
                // A positional-only name given as a keyword belongs to **kwargs, or is an error.
                Some(i) if i < posonly => match kwdict {
                    Some(d) => {
                        let key = self.new_str(k);
                        self.dict_set(d, key, v)?;
                    }
                    None => posonly_as_kw.push(k),
                },
                Some(i) => {
                    if !matches!(locals[i], Value::Undef) {
                        return Err(type_error(format!(
                            "{name}() got multiple values for argument '{k}'"
                        )));
                    }
                    locals[i] = v;
                }
                None => match kwdict {
                    Some(d) => {
                        let key = self.new_str(k);
                        self.dict_set(d, key, v)?;
                    }
                    None => {
                        return Err(type_error(format!(
                            "{name}() got an unexpected keyword argument '{k}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            let names: Vec<String> = posonly_as_kw.iter().map(|k| format!("'{k}'")).collect();
            return Err(type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: {}",
                names.join(", ")
            )));
        }
        let first_default = np - defaults.len().min(np);
        let mut missing = Vec::new();
        for i in 0..np {
            if matches!(locals[i], Value::Undef) {
                if i >= first_default {
                    locals[i] = defaults[i - first_default];
                } else {
                    missing.push(code.local_names[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(name, "positional", &missing));
        }
        for (slot, pname) in locals[np..np + nk]
            .iter_mut()
            .zip(&code.local_names[np..np + nk])
        {
            if matches!(slot, Value::Undef) {
                match kwdefaults.iter().find(|(n, _)| **n == **pname) {
                    Some((_, v)) => *slot = *v,
                    None => missing.push(pname.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(name, "keyword-only", &missing));
        }
        Ok(locals)
    }

    fn set_context(&mut self, e: Value) {
        let Some(&ctx) = self.handling.last() else {
            return;
        };
        if ctx.is_same(e) {
            return;
        }
        if let Value::Obj(h) = e {
            if let Obj::Exception(x) = self.heap.get_mut(h) {
                if matches!(x.context, Value::None) {
                    x.context = ctx;
                }
            }
        }
    }

    /// `raise X` accepts an exception instance or class.
    pub(crate) fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(h) = v {
            match self.heap.get(h) {
                Obj::Exception(_) => return Ok(v),
                Obj::Type(_) if self.is_subclass(h, Ty::BaseException.handle()) => {
                    if !self.is_user_class(h) {
                        return Ok(self.new_exception(h, Vec::new()));
                    }
                    // `raise E` calls `E()`, so a script's `__init__` (and its required arguments) runs.
                    let e = self.call_nested(v, &[], Vec::new())?;
                    return match e {
                        Value::Obj(x) if matches!(self.heap.get(x), Obj::Exception(_)) => Ok(e),
                        _ => Err(type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            self.repr(v)?,
                            self.type_name(e)
                        ))),
                    };
                }
                _ => {}
            }
        }
        Err(type_error("exceptions must derive from BaseException"))
    }

    fn exception_matches(&mut self, e: Value, ty: Value) -> PyResult<bool> {
        let class = self.type_of(e);
        match ty {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Type(_) => Ok(self.is_subclass(class, h)),
                Obj::Tuple(items) => {
                    let items = items.to_vec();
                    for t in items {
                        if self.exception_matches(e, t)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                _ => Err(type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            },
            _ => Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn kwdefaults(&mut self, d: Value) -> PyResult<Vec<(Box<str>, Value)>> {
        let Value::Obj(h) = d else {
            return Ok(Vec::new());
        };
        let Obj::Dict(d) = self.heap.get(h) else {
            return Ok(Vec::new());
        };
        let pairs: Vec<(Value, Value)> = d.iter().map(|(_, k, v)| (k, v)).collect();
        Ok(pairs
            .into_iter()
            .map(|(k, v)| (self.str_ref(k).unwrap_or("").into(), v))
            .collect())
    }

    fn unpack(&mut self, v: Value, before: usize, after: Option<usize>) -> PyResult<()> {
        if after.is_none() {
            if let Value::Obj(h) = v {
                // Exact-length tuples and lists unpack without copying.
                let items: Option<&[Value]> = match self.heap.get(h) {
                    Obj::Tuple(t) => Some(t),
                    Obj::List(l) => Some(l),
                    _ => None,
                };
                if let Some(items) = items.filter(|i| i.len() == before) {
                    self.stack.extend(items.iter().rev());
                    return Ok(());
                }
            }
        }
        let items = match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Tuple(t) => t.to_vec(),
                Obj::List(l) => l.clone(),
                _ => self.collect_iterable(v).map_err(|e| match e {
                    Exc::New(Ty::TypeError, m) if m.ends_with("is not iterable") => type_error(
                        format!("cannot unpack non-iterable {} object", self.type_name(v)),
                    ),
                    e => e,
                })?,
            },
            _ => {
                return Err(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(v)
                )))
            }
        };
        match after {
            None => {
                if items.len() != before {
                    return Err(if items.len() > before {
                        crate::error::value_error(format!(
                            "too many values to unpack (expected {before})"
                        ))
                    } else {
                        crate::error::value_error(format!(
                            "not enough values to unpack (expected {before}, got {})",
                            items.len()
                        ))
                    });
                }
                self.stack.extend(items.into_iter().rev());
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(crate::error::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mid_end = items.len() - after;
                for v in items[mid_end..].iter().rev() {
                    self.stack.push(*v);
                }
                let mid = self.new_list(items[before..mid_end].to_vec());
                self.stack.push(mid);
                for v in items[..before].iter().rev() {
                    self.stack.push(*v);
                }
            }
        }
        Ok(())
    }

    /// The str of one character (shared for ASCII).
    #[inline]
    pub fn char_str(&mut self, c: char) -> Value {
        if c.is_ascii() {
            return Value::Obj(Handle(self.first_char + c as u32));
        }
        let mut buf = [0u8; 4];
        self.new_str(&*c.encode_utf8(&mut buf))
    }

    /// Allocates a string.
    pub fn new_str(&mut self, s: impl Into<String>) -> Value {
        Value::Obj(self.heap.alloc(Obj::Str(PyStr::new(s))))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Obj::List(items)))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Obj::Tuple(items.into())))
    }

    pub fn new_dict(&mut self) -> Value {
        Value::Obj(self.heap.alloc(Obj::Dict(Box::default())))
    }

    /// The items of a tuple value (empty for anything else).
    pub(crate) fn tuple_items(&self, v: Value) -> PyResult<Vec<Value>> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Tuple(t) => Ok(t.to_vec()),
                _ => Err(internal("expected a tuple")),
            },
            _ => Err(internal("expected a tuple")),
        }
    }
}

#[cold]
pub(crate) fn internal(msg: &str) -> Exc {
    Exc::Kill(JobError::Internal(msg.to_string()))
}

#[cold]
fn unbound_local(name: &str) -> Exc {
    exc(
        Ty::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

fn missing_args(func: &str, kind: &str, names: &[String]) -> Exc {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    type_error(format!(
        "{func}() missing {} required {kind} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    ))
}
