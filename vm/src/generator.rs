//! Generators: functions with `yield`, and generator expressions.
//!
//! A generator's frame lives on the VM's value stack only while it runs. When it yields, its window (locals
//! and operand stack) and the exceptions it is handling move into the generator object on the heap, and the
//! frame is popped; resuming pushes them back as a new frame on top of whoever resumed it. So a suspended
//! generator costs only its saved values, and a job can be preempted, or blocked on I/O, inside a running
//! generator like inside any other frame: nothing about it lives on the Rust stack.
//!
//! Who resumes a generator decides what its yield and its return mean (`Resume`): a `for` loop (the value
//! goes to the loop; a return ends the loop), `yield from` (the value goes up a level; a return becomes the
//! expression's value), a call (`next(g)`, `g.send(v)`: the value is the call's result; a return raises
//! StopIteration), or a builtin iterating natively (`list(g)`, `sum(g)`), which resumes it in a nested
//! activation of the interpreter, like the dunder methods builtins call.
//!
//! `throw` and `close` on a generator suspended in `yield from` go to the innermost generator first, as in
//! CPython: the outer frame is pushed back at its yield and the inner one is resumed above it with the
//! exception, so whatever the inner generator does (handle it and yield, return, raise) reaches the outer one
//! through the ordinary delegation paths.
//!
//! Not supported: running a suspended generator's `finally` blocks when the generator is dropped (CPython
//! does that on finalization).

use crate::error::{exc, type_error, Exc, PyResult};
use crate::heap::{Handle, Obj};
use crate::interp::{internal, Frame, Vm};
use crate::types::Ty;
use crate::value::Value;

/// A generator object.
#[derive(Debug)]
pub struct GenObj {
    /// The generator function (for its name).
    pub func: Value,
    pub code: u32,
    pub state: GenState,
    /// Where it continues.
    pub ip: u32,
    /// Its locals and operand stack while suspended.
    pub window: Vec<Value>,
    /// Exceptions it was handling when it yielded (a yield inside an `except` block).
    pub handling: Vec<Value>,
    /// Capability scopes it entered itself and was inside when it yielded (see `scope.rs`).
    pub(crate) scopes: Vec<crate::scope::ActiveScope>,
}

impl std::fmt::Debug for crate::scope::ActiveScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<scope>")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

/// What a yield and a return of a resumed generator do.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Resume {
    /// A `for` loop: the value is pushed for the loop body; a return pops the iterator and jumps to `exit`.
    ForIter { exit: u32 },
    /// `yield from`: the value is pushed above the subiterator; a return replaces the subiterator with the
    /// return value and jumps to `exit`.
    Delegate { exit: u32 },
    /// `next(g)`, `g.send(v)`, `g.__next__()`: the value is the call's result; a return raises
    /// StopIteration(value), or gives `default` when there is one.
    Call { default: Option<Value> },
    /// A builtin iterating in a nested activation: the outcome goes to `Vm::gen_event`.
    Nested,
}

/// A running generator: the index of its frame, the generator, and who resumed it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Activation {
    pub frame: usize,
    pub gen: Handle,
    pub mode: Resume,
    /// The scope stack's depth when it was resumed: scopes above it are the generator's own.
    pub scope_base: usize,
}

/// How a nested resumption ended.
#[derive(Clone, Copy, Debug)]
pub(crate) enum GenEvent {
    Yielded(Value),
    Returned,
}

/// A resumption a native asked for (`next(g)`, `g.send(v)`, `g.throw(e)`), started when it returns.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PendingResume {
    pub gen: Handle,
    pub sent: Value,
    pub mode: Resume,
    pub throw: Option<Value>,
}

/// Whether a resumption started a frame or found the generator finished.
pub(crate) enum Started {
    Frame,
    Exhausted,
}

impl Vm {
    /// Makes the generator object for a call of a generator function whose frame was just set up (locals
    /// bound at `base`): the window moves into the object, and the object becomes the call's result.
    pub(crate) fn make_generator(&mut self, fh: Handle, code: u32, fpos: usize) -> Value {
        let window: Vec<Value> = self.stack.drain(fpos + 1..).collect();
        self.stack.truncate(fpos);
        let g = self.heap.alloc(Obj::Generator(Box::new(GenObj {
            func: Value::Obj(fh),
            code,
            state: GenState::Created,
            ip: 0,
            window,
            handling: Vec::new(),
            scopes: Vec::new(),
        })));
        Value::Obj(g)
    }

    pub(crate) fn is_generator(&self, v: Value) -> Option<Handle> {
        match v {
            Value::Obj(h) if matches!(self.heap.get(h), Obj::Generator(_)) => Some(h),
            _ => None,
        }
    }

    /// Pushes generator `h`'s frame to continue it: `sent` becomes the value of the `yield` it stopped at.
    /// With `throw`, that exception is raised at the yield instead (returned as the error, which the
    /// interpreter unwinds from the generator's frame).
    pub(crate) fn resume_generator(
        &mut self,
        h: Handle,
        sent: Value,
        mode: Resume,
        throw: Option<Value>,
    ) -> PyResult<Started> {
        let (state, code) = match self.heap.get(h) {
            Obj::Generator(g) => (g.state, g.code),
            _ => return Err(internal("not a generator")),
        };
        match state {
            GenState::Running => return Err(exc(Ty::ValueError, "generator already executing")),
            GenState::Done => {
                return match throw {
                    Some(e) => Err(Exc::Obj(e)),
                    None => Ok(Started::Exhausted),
                }
            }
            GenState::Created => {
                if let Some(e) = throw {
                    self.finish_generator(h);
                    return Err(Exc::Obj(e));
                }
                if !matches!(sent, Value::None) {
                    return Err(type_error(
                        "can't send non-None value to a just-started generator",
                    ));
                }
            }
            GenState::Suspended => {}
        }
        if let (Some(e), GenState::Suspended) = (throw, state) {
            if let Some((inner, exit, yield_ip)) = self.delegation(h, code) {
                self.push_generator_frame(h, code, None, Some(yield_ip), mode)?;
                return self.resume_generator(
                    inner,
                    Value::None,
                    Resume::Delegate { exit },
                    Some(e),
                );
            }
        }
        let sent = (state == GenState::Suspended && throw.is_none()).then_some(sent);
        self.push_generator_frame(h, code, sent, None, mode)?;
        match throw {
            Some(e) => Err(Exc::Obj(e)),
            None => Ok(Started::Frame),
        }
    }

    /// When generator `h` is suspended inside `yield from` over another generator: that generator, the
    /// delegation's exit, and the index of the `Yield` the outer generator stopped at. The compiler emits
    /// `SendTo(exit); Yield; Loop` for `yield from` and nowhere else, and the subiterator stays on top of the
    /// saved operand stack.
    fn delegation(&self, h: Handle, code: u32) -> Option<(Handle, u32, u32)> {
        let Obj::Generator(g) = self.heap.get(h) else {
            return None;
        };
        let ip = g.ip as usize;
        let sub = *g.window.last()?;
        let ops = &self.codes.get(code as usize)?.ops;
        let exit = match (ops.get(ip.checked_sub(2)?), ops.get(ip - 1)) {
            (Some(crate::bytecode::Op::SendTo(exit)), Some(crate::bytecode::Op::Yield)) => *exit,
            _ => return None,
        };
        let inner = self.is_generator(sub)?;
        Some((inner, exit, (ip - 1) as u32))
    }

    /// Pushes generator `h`'s saved frame back on the VM (at `ip`, or where it stopped) and records who
    /// resumed it; `sent` is the value its `yield` evaluates to.
    fn push_generator_frame(
        &mut self,
        h: Handle,
        code: u32,
        sent: Option<Value>,
        ip: Option<u32>,
        mode: Resume,
    ) -> PyResult<()> {
        if self.frames.len() >= self.limits.max_depth {
            return Err(exc(Ty::RecursionError, "maximum recursion depth exceeded"));
        }
        let base = self.stack.len();
        let exc_base = self.handling.len();
        let need = self.code_stack_need(code);
        if self.stack.capacity() - self.stack.len() < need {
            self.heap.charge(need * std::mem::size_of::<Value>() * 2);
            self.stack.reserve(need.max(self.stack.len()));
        }
        let Obj::Generator(g) = self.heap.get_mut(h) else {
            return Err(internal("not a generator"));
        };
        self.stack.append(&mut g.window);
        self.handling.append(&mut g.handling);
        let scope_base = self.scopes.depth();
        self.scopes.restore(std::mem::take(&mut g.scopes));
        let ip = ip.unwrap_or(g.ip);
        g.state = GenState::Running;
        if let Some(sent) = sent {
            self.stack.push(sent);
        }
        self.frames.push(Frame {
            code,
            ip,
            base: base as u32,
            ret: base as u32,
            exc_base: exc_base as u32,
        });
        self.gen_active.push(Activation {
            frame: self.frames.len() - 1,
            gen: h,
            mode,
            scope_base,
        });
        Ok(())
    }

    /// Suspends the running generator at a `yield` (its frame is on top; `ip` is after the yield).
    /// Returns who resumed it.
    pub(crate) fn suspend_generator(&mut self, ip: u32) -> PyResult<Resume> {
        let act = self.top_activation()?;
        let Some(f) = self.frames.pop() else {
            return Err(internal("yield without a frame"));
        };
        let Obj::Generator(g) = self.heap.get_mut(act.gen) else {
            return Err(internal("not a generator"));
        };
        g.window.extend(self.stack.drain(f.base as usize..));
        g.handling
            .extend(self.handling.drain(f.exc_base as usize..));
        g.ip = ip;
        g.state = GenState::Suspended;
        g.scopes = self.scopes.take_above(act.scope_base);
        self.gen_active.pop();
        Ok(act.mode)
    }

    /// Ends the running generator at its `return` (its frame is on top). Returns who resumed it.
    pub(crate) fn return_from_generator(&mut self) -> PyResult<Resume> {
        let act = self.top_activation()?;
        let Some(f) = self.frames.pop() else {
            return Err(internal("return without a frame"));
        };
        self.stack.truncate(f.ret as usize);
        self.handling.truncate(f.exc_base as usize);
        self.scopes.truncate(act.scope_base);
        self.gen_active.pop();
        self.finish_generator(act.gen);
        Ok(act.mode)
    }

    /// Called by `unwind` as it pops frame `index` for an exception: if the frame is a running generator,
    /// the generator is finished. A StopIteration leaving a generator becomes a RuntimeError (PEP 479).
    pub(crate) fn unwind_generator_frame(&mut self, index: usize, e: Value) -> Value {
        match self.gen_active.last() {
            Some(act) if act.frame == index => {
                let gen = act.gen;
                self.scopes.truncate(act.scope_base);
                self.gen_active.pop();
                self.finish_generator(gen);
                if self.isinstance(e, Ty::StopIteration.handle()) {
                    let msg = self.new_str("generator raised StopIteration");
                    let r = self.new_exception(Ty::RuntimeError.handle(), vec![msg]);
                    if let (Value::Obj(rh), Value::Obj(_)) = (r, e) {
                        if let Obj::Exception(x) = self.heap.get_mut(rh) {
                            x.cause = e;
                            x.context = e;
                            x.suppress_context = true;
                        }
                    }
                    return r;
                }
                e
            }
            _ => e,
        }
    }

    fn top_activation(&self) -> PyResult<Activation> {
        match self.gen_active.last() {
            Some(a) if a.frame + 1 == self.frames.len() => Ok(*a),
            _ => Err(internal("yield outside a running generator")),
        }
    }

    fn finish_generator(&mut self, h: Handle) {
        if let Obj::Generator(g) = self.heap.get_mut(h) {
            g.state = GenState::Done;
            g.window = Vec::new();
            g.handling = Vec::new();
            g.scopes = Vec::new();
        }
    }

    /// The next value of a generator for a builtin iterating it natively (a nested activation).
    pub(crate) fn generator_next_nested(&mut self, h: Handle) -> PyResult<Option<Value>> {
        match self.resume_nested(h, None)? {
            Some(crate::generator::GenEvent::Yielded(v)) => Ok(Some(v)),
            _ => Ok(None),
        }
    }

    /// `g.__next__()`, `g.send(v)`, `g.throw(e)`: a resumption the interpreter starts when the native
    /// returns (see `finish_native`), so the generator runs suspendably on the job's own frames.
    fn resume_after_native(
        &mut self,
        h: Handle,
        sent: Value,
        default: Option<Value>,
        throw: Option<Value>,
    ) -> PyResult<Value> {
        self.pending_resume = Some(PendingResume {
            gen: h,
            sent,
            mode: Resume::Call { default },
            throw,
        });
        Ok(Value::Undef)
    }

    /// `next(g[, default])`.
    pub(crate) fn generator_next_call(
        &mut self,
        h: Handle,
        default: Option<Value>,
    ) -> PyResult<Value> {
        self.resume_after_native(h, Value::None, default, None)
    }

    /// Methods of generator objects.
    pub(crate) fn generator_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let Some(h) = self.is_generator(recv) else {
            return Err(internal("not a generator"));
        };
        crate::builtins::no_kw(name, kw)?;
        match name {
            "__next__" => {
                crate::builtins::arity(name, args, 0, 0)?;
                self.resume_after_native(h, Value::None, None, None)
            }
            "__iter__" => {
                crate::builtins::arity(name, args, 0, 0)?;
                Ok(recv)
            }
            "send" => {
                crate::builtins::arity(name, args, 1, 1)?;
                self.resume_after_native(h, args[0], None, None)
            }
            "throw" => {
                crate::builtins::arity(name, args, 1, 3)?;
                let e = if args.len() >= 2 && !matches!(args[1], Value::None) {
                    let call = self.call_nested(args[0], &[args[1]], Vec::new())?;
                    self.make_raisable(call)?
                } else {
                    self.make_raisable(args[0])?
                };
                self.resume_after_native(h, Value::None, None, Some(e))
            }
            "close" => {
                crate::builtins::arity(name, args, 0, 0)?;
                self.close_generator(h)?;
                Ok(Value::None)
            }
            _ => Err(exc(
                Ty::AttributeError,
                format!("'generator' object has no attribute '{name}'"),
            )),
        }
    }

    /// `g.close()`: raises GeneratorExit at the suspended yield; the generator must end.
    fn close_generator(&mut self, h: Handle) -> PyResult<()> {
        let state = match self.heap.get(h) {
            Obj::Generator(g) => g.state,
            _ => return Ok(()),
        };
        match state {
            GenState::Created | GenState::Done => {
                self.finish_generator(h);
                Ok(())
            }
            GenState::Running => Err(exc(Ty::ValueError, "generator already executing")),
            GenState::Suspended => {
                let e = self.new_exception(Ty::GeneratorExit.handle(), Vec::new());
                match self.resume_nested(h, Some(e)) {
                    Ok(Some(GenEvent::Yielded(_))) => {
                        Err(exc(Ty::RuntimeError, "generator ignored GeneratorExit"))
                    }
                    Ok(_) => Ok(()),
                    Err(Exc::Obj(v))
                        if self.isinstance(v, Ty::GeneratorExit.handle())
                            || self.isinstance(v, Ty::StopIteration.handle()) =>
                    {
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// `<generator object f>` (CPython adds an address; there is none to show here).
    pub(crate) fn generator_repr(&self, h: Handle) -> String {
        let name = match self.heap.get(h) {
            Obj::Generator(g) => self.code_name(g.code, true),
            _ => "?".into(),
        };
        format!("<generator object {name}>")
    }
}
