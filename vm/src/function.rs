//! Functions as objects: the attributes CPython gives a function (`__name__`, `__qualname__`, `__doc__`,
//! `__module__`, `__defaults__`, `__kwdefaults__`, `__annotations__`, `__dict__`) and the ones scripts set
//! on it (`f.calls = 0`, `functools.wraps` copying `__name__` and `__wrapped__`).
//!
//! Nothing here reaches code objects, globals or closures: those attributes do not exist.

use crate::error::{exc, type_error, PyResult};
use crate::heap::{FuncAttrs, Handle, Obj};
use crate::interp::Vm;
use crate::types::Ty;
use crate::value::Value;

/// Function attributes that exist but cannot be set from a script (they would reach the interpreter, or
/// nPython does not model them).
const READ_ONLY: &[&str] = &[
    "__class__",
    "__dict__",
    "__defaults__",
    "__kwdefaults__",
    "__code__",
    "__globals__",
    "__closure__",
    "__builtins__",
    "__func__",
    "__self__",
];

impl Vm {
    fn func_attrs(&self, f: Handle) -> Option<&FuncAttrs> {
        match self.heap.get(f) {
            Obj::Function(func) => func.attrs.as_deref(),
            _ => None,
        }
    }

    /// `f.name` for a Python function; None when `name` is not a function attribute.
    pub(crate) fn function_getattr(&mut self, f: Handle, name: &str) -> PyResult<Option<Value>> {
        let code = match self.heap.get(f) {
            Obj::Function(func) => func.code,
            _ => return Ok(None),
        };
        // What the script set (or the def evaluated) comes first.
        let set = self.func_attrs(f).and_then(|a| match name {
            "__name__" => Some(a.name),
            "__qualname__" => Some(a.qualname),
            "__doc__" => Some(a.doc),
            "__module__" => Some(a.module),
            "__annotations__" => Some(a.annotations),
            _ => None,
        });
        if let Some(v) = set.filter(|v| !matches!(v, Value::Undef)) {
            return Ok(Some(v));
        }
        let value = match name {
            "__name__" | "__qualname__" => {
                let n = self.code_name(code, name == "__qualname__");
                self.new_str(n)
            }
            "__doc__" => match self.codes.get(code as usize).and_then(|c| c.doc.clone()) {
                Some(doc) => self.new_str(&*doc),
                None => Value::None,
            },
            "__module__" => self.new_str("__main__"),
            "__dict__" => self.function_dict(f),
            "__defaults__" => {
                let defaults = match self.heap.get(f) {
                    Obj::Function(func) => func.defaults.to_vec(),
                    _ => Vec::new(),
                };
                if defaults.is_empty() {
                    Value::None
                } else {
                    self.new_tuple(defaults)
                }
            }
            "__kwdefaults__" => {
                let kwdefaults = match self.heap.get(f) {
                    Obj::Function(func) => func.kwdefaults.to_vec(),
                    _ => Vec::new(),
                };
                if kwdefaults.is_empty() {
                    Value::None
                } else {
                    let d = self.new_dict();
                    for (k, v) in kwdefaults {
                        let key = self.new_str(&*k);
                        self.dict_set(d, key, v)?;
                    }
                    d
                }
            }
            "__annotations__" => {
                // Source text under `from __future__ import annotations`; otherwise the def had none.
                let annotations = self
                    .codes
                    .get(code as usize)
                    .map(|c| c.annotations.clone())
                    .unwrap_or_default();
                let d = self.new_dict();
                for (k, v) in annotations {
                    let key = self.new_str(k);
                    let v = self.new_str(v);
                    self.dict_set(d, key, v)?;
                }
                // Kept, so `f.__annotations__` is the same dict each time, as in CPython.
                if !self.heap.is_permanent(f) {
                    self.function_setattr(f, "__annotations__", d)?;
                }
                d
            }
            _ => {
                let dict = self.func_attrs(f).map(|a| a.dict);
                match dict.and_then(|d| self.dict_get_str_value(d, name)) {
                    Some(v) => v,
                    None => return Ok(None),
                }
            }
        };
        Ok(Some(value))
    }

    /// `f.__dict__`, made on first use.
    fn function_dict(&mut self, f: Handle) -> Value {
        if let Some(a) = self.func_attrs(f) {
            if !matches!(a.dict, Value::Undef) {
                return a.dict;
            }
        }
        let dict = self.new_dict();
        if let Obj::Function(func) = self.heap.get_mut(f) {
            match &mut func.attrs {
                Some(a) => a.dict = dict,
                None => func.attrs = Some(Box::new(FuncAttrs::new(dict))),
            }
        }
        dict
    }

    fn dict_get_str_value(&self, dict: Value, name: &str) -> Option<Value> {
        match dict {
            Value::Obj(d) => self.dict_get_str(d, name),
            _ => None,
        }
    }

    /// `f.name = value`.
    pub(crate) fn function_setattr(&mut self, f: Handle, name: &str, value: Value) -> PyResult<()> {
        if self.heap.is_permanent(f) {
            return Err(exc(
                Ty::AttributeError,
                format!(
                    "cannot set '{name}': functions of the standard library are read-only in nPython"
                ),
            ));
        }
        if READ_ONLY.contains(&name) {
            return Err(exc(
                Ty::AttributeError,
                format!("attribute '{name}' of 'function' objects is not writable in nPython"),
            ));
        }
        if matches!(name, "__name__" | "__qualname__") && self.str_ref(value).is_none() {
            return Err(type_error(format!("{name} must be set to a string object")));
        }
        let dict = self.function_dict(f);
        if let Obj::Function(func) = self.heap.get_mut(f) {
            if let Some(slot) = func.attrs.as_mut().and_then(|a| a.special(name)) {
                *slot = value;
                return Ok(());
            }
        }
        let key = self.new_str(name);
        self.dict_set(dict, key, value)
    }

    /// `del f.name`.
    pub(crate) fn function_delattr(&mut self, f: Handle, name: &str) -> PyResult<()> {
        if self.heap.is_permanent(f) || READ_ONLY.contains(&name) {
            return Err(exc(
                Ty::AttributeError,
                format!("cannot delete '{name}' of a function in nPython"),
            ));
        }
        if matches!(name, "__name__" | "__qualname__") {
            return Err(type_error(format!("{name} must be set to a string object")));
        }
        let Some(dict) = self.func_attrs(f).map(|a| a.dict) else {
            return Err(exc(
                Ty::AttributeError,
                format!("'function' object has no attribute '{name}'"),
            ));
        };
        if let Obj::Function(func) = self.heap.get_mut(f) {
            if let Some(slot) = func.attrs.as_mut().and_then(|a| a.special(name)) {
                *slot = Value::None;
                return Ok(());
            }
        }
        let key = self.new_str(name);
        if self.dict_remove(dict, key)?.is_none() {
            return Err(exc(
                Ty::AttributeError,
                format!("'function' object has no attribute '{name}'"),
            ));
        }
        Ok(())
    }
}
