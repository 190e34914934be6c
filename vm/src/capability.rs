//! The heap objects of the capability layer (`Token`, `scope`, `Response`, tool functions) and the one
//! place the object protocol dispatches to them: their type, repr, attributes and methods. Each object's
//! own behaviour lives in its module (token.rs, scope.rs, response.rs, modules/tools.rs).
//!
//! Also how a gated call's answer becomes a Python value (`Answer`): the host resumes with `Data`, and
//! the call that blocked decides what its script sees (a Response, decoded text, a plain value).

use std::sync::Arc;

use crate::data::Data;
use crate::error::{exc, type_error, Exc, PyResult};
use crate::heap::{Handle, Obj};
use crate::interp::Vm;
use crate::response::ResponseObj;
use crate::scope::ScopeObj;
use crate::token::TokenCell;
use crate::types::Ty;
use crate::value::Value;

/// A capability-layer object on the heap.
#[derive(Debug)]
pub enum CapObj {
    Token(Arc<TokenCell>),
    Scope(ScopeObj),
    Response(ResponseObj),
    /// `tools.<name>`: calls the tool `name` (see modules/tools.rs).
    Tool(Box<str>),
}

impl CapObj {
    pub(crate) fn ty(&self) -> Ty {
        match self {
            CapObj::Token(_) => Ty::Token,
            CapObj::Scope(_) => Ty::Scope,
            CapObj::Response(_) => Ty::Response,
            CapObj::Tool(_) => Ty::BuiltinFunction,
        }
    }

    /// Heap bytes beyond the object itself, for the memory limit.
    pub(crate) fn size(&self) -> usize {
        match self {
            CapObj::Response(r) => r.size(),
            CapObj::Tool(name) => name.len(),
            CapObj::Token(_) | CapObj::Scope(_) => 0,
        }
    }

    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        if let CapObj::Response(r) = self {
            r.trace(f);
        }
    }

    pub(crate) fn repr(&self) -> String {
        match self {
            CapObj::Token(t) => t.repr(),
            CapObj::Scope(s) => s.repr(),
            CapObj::Response(r) => r.repr(),
            CapObj::Tool(name) => format!("<tool function '{name}'>"),
        }
    }
}

/// Whether objects of type `ty` have method `name` (`obj.name` gives a bound method). `scope` objects have
/// none a script can reach: only the `with` statement calls their `__enter__` and `__exit__`, so a scope
/// cannot be entered outside a block.
pub(crate) fn has_method(ty: Ty, name: &str) -> bool {
    match ty {
        Ty::Response => crate::response::METHODS.contains(&name),
        _ => false,
    }
}

/// What the script sees when a gated call's request is answered with `Ok(data)`.
#[derive(Clone, Debug, Default)]
pub(crate) enum Answer {
    /// `vm.from_data(data)`.
    #[default]
    Plain,
    /// An http answer: a `Response` for the request to `url`.
    Response { url: String },
    /// `fs.read_text`: the bytes decoded as UTF-8.
    Text { call: &'static str, path: String },
    /// `fs.read_bytes`: a bytes object.
    Bytes { call: &'static str },
}

impl Vm {
    /// The script value for a successful answer, or the exception the blocked call raises instead.
    pub(crate) fn convert_answer(&mut self, answer: Answer, data: &Data) -> PyResult<Value> {
        match answer {
            Answer::Plain => Ok(self.from_data(data)),
            Answer::Response { url } => crate::response::from_answer(self, data, url),
            Answer::Text { call, path } => {
                let bytes = match data {
                    Data::Bytes(b) => b,
                    _ => return Err(broker_error(call, "bytes")),
                };
                let text = decode_utf8(bytes, call, &path)?;
                Ok(self.new_str(text))
            }
            Answer::Bytes { call } => match data {
                Data::Bytes(b) => Ok(self.new_bytes(b.clone())),
                _ => Err(broker_error(call, "bytes")),
            },
        }
    }

    /// The capability object at `h`, if it is one.
    pub(crate) fn cap_obj(&self, v: Value) -> Option<&CapObj> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Cap(c) => Some(c),
                _ => None,
            },
            _ => None,
        }
    }

    /// `obj.name` for a capability object; None when the generic rules apply (`__class__`, `__doc__`,
    /// methods).
    pub(crate) fn cap_getattr(
        &mut self,
        obj: Value,
        h: Handle,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let Obj::Cap(c) = self.heap.get(h) else {
            return Ok(None);
        };
        match &**c {
            CapObj::Response(_) => crate::response::getattr(self, obj, name),
            CapObj::Tool(tool) if name == "__name__" || name == "__qualname__" => {
                let tool = tool.to_string();
                Ok(Some(self.new_str(tool)))
            }
            _ => Ok(None),
        }
    }

    /// Calls method `name` of a capability object (`resp.json()`, and the `with` statement's calls of a
    /// scope's `__enter__` and `__exit__`).
    pub(crate) fn cap_call_method(
        &mut self,
        recv: Value,
        h: Handle,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let Obj::Cap(c) = self.heap.get(h) else {
            return Err(no_attribute(self, recv, name));
        };
        match (&**c, name) {
            (CapObj::Scope(_), "__enter__") => self.enter_scope(h),
            (CapObj::Scope(_), "__exit__") => self.exit_scope(h),
            (CapObj::Response(_), _) if has_method(Ty::Response, name) => {
                crate::response::call_method(self, recv, name, args, kw)
            }
            _ => Err(no_attribute(self, recv, name)),
        }
    }

    /// Calls a callable capability object (a tool function).
    pub(crate) fn cap_call(
        &mut self,
        callee: Value,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        match self.cap_obj(callee) {
            Some(CapObj::Tool(name)) => {
                let name = name.to_string();
                crate::modules::tools::call_tool(self, &name, args, kw)
            }
            _ => Err(type_error(format!(
                "'{}' object is not callable",
                self.type_name(callee)
            ))),
        }
    }

    /// The bound `__exit__` and `__enter__` of a scope object, for `with`.
    pub(crate) fn scope_context_methods(&mut self, mgr: Value) -> Option<(Value, Value)> {
        if !matches!(self.cap_obj(mgr), Some(CapObj::Scope(_))) {
            return None;
        }
        let method = |vm: &mut Vm, name: &str| {
            Value::Obj(vm.heap.alloc(Obj::NativeMethod {
                recv: mgr,
                name: name.into(),
            }))
        };
        let exit = method(self, "__exit__");
        let enter = method(self, "__enter__");
        Some((exit, enter))
    }
}

fn no_attribute(vm: &Vm, recv: Value, name: &str) -> Exc {
    exc(
        Ty::AttributeError,
        format!("'{}' object has no attribute '{name}'", vm.type_name(recv)),
    )
}

/// The host answered a request with data of the wrong shape: a broken broker, not a script error, so the
/// job ends with an internal error.
pub(crate) fn broker_error(call: &str, expected: &str) -> Exc {
    crate::interp::internal(&format!(
        "the host answered {call} with data that is not {expected}"
    ))
}

/// Decodes UTF-8 as CPython's strict decoder would, with its message on failure.
pub(crate) fn decode_utf8(bytes: &[u8], call: &str, path: &str) -> PyResult<String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let pos = e.valid_up_to();
            let byte = bytes.get(pos).copied().unwrap_or(0);
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            Err(exc(
                Ty::UnicodeDecodeError,
                format!(
                    "'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason} \
                     ({call} of {path}; the file is not UTF-8 text)"
                ),
            ))
        }
    }
}
