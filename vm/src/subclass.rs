//! Subclasses of builtin types (`class Env(dict)`, `class Celsius(float)`, `class Stack(list)`).
//!
//! An instance of such a class is an ordinary user instance that also carries a value of the builtin type
//! (`Obj::Instance::base`). The class's own methods and dunders come first, exactly as for any user class;
//! whatever the class does not define falls back to the builtin value: its methods (`env.get`), its
//! protocols (`len`, iteration, `in`, subscripts, operators, comparison, hashing, repr, formatting, json),
//! and `super().__init__`/`super().__getitem__` and friends. `dict.__missing__` is honoured as in CPython.

use crate::error::{type_error, Exc, PyResult};
use crate::heap::{Handle, Obj};
use crate::interp::Vm;
use crate::types::Ty;
use crate::value::Value;

/// The builtin types a user class may extend.
pub(crate) fn extensible(ty: Ty) -> bool {
    matches!(
        ty,
        Ty::Dict
            | Ty::List
            | Ty::Set
            | Ty::FrozenSet
            | Ty::Str
            | Ty::Int
            | Ty::Float
            | Ty::Tuple
            | Ty::Bytes
            | Ty::DefaultDict
            | Ty::Counter
            | Ty::OrderedDict
    )
}

/// Whether a value of the type is built whole by its constructor (`str(...)`), rather than made empty and
/// filled by `__init__` (`dict`, `list`, `set`).
fn immutable(ty: Ty) -> bool {
    matches!(
        ty,
        Ty::Str | Ty::Int | Ty::Float | Ty::Tuple | Ty::FrozenSet | Ty::Bytes
    )
}

impl Vm {
    /// The builtin type a user class extends, if any.
    pub(crate) fn builtin_base(&self, class: Handle) -> Option<Ty> {
        match self.heap.get(class) {
            Obj::Type(t) => t.builtin_base,
            _ => None,
        }
    }

    /// The builtin value an instance of a subclass of a builtin type carries.
    #[inline]
    pub(crate) fn payload(&self, v: Value) -> Option<Value> {
        let Value::Obj(h) = v else { return None };
        match self.heap.get(h) {
            Obj::Instance { base, .. } if !matches!(base, Value::Undef) => Some(*base),
            _ => None,
        }
    }

    /// The number an instance of an int or float subclass carries: its base's `__int__`, `__float__` and
    /// `%d` use it before any `__index__` of the subclass.
    pub(crate) fn number_payload(&self, v: Value) -> Option<Value> {
        self.payload(v).filter(|p| self.num(*p).is_some())
    }

    /// `v`, or the builtin value it carries.
    #[inline]
    pub(crate) fn unwrap_payload(&self, v: Value) -> Value {
        self.payload(v).unwrap_or(v)
    }

    /// The builtin value for a new instance of `class`: built from the call's arguments for immutable
    /// types, or when `fill` (no `__init__` of the class's own will fill it); empty otherwise.
    pub(crate) fn new_payload(
        &mut self,
        ty: Ty,
        args: &[Value],
        kw: &[(String, Value)],
        fill: bool,
    ) -> PyResult<Value> {
        let ctor = Value::Obj(ty.handle());
        if immutable(ty) || fill {
            self.call_nested(ctor, args, kw.to_vec())
        } else {
            let first = match ty {
                // A defaultdict's factory comes with `super().__init__(factory)`.
                Ty::DefaultDict => vec![Value::None],
                _ => Vec::new(),
            };
            self.call_nested(ctor, &first, Vec::new())
        }
    }

    /// `ty.__new__(cls, *args)` for a builtin type `ty`: a plain value when `cls` is `ty`, else an instance of
    /// the subclass `cls` carrying it (how `namedtuple`-style classes build themselves).
    pub(crate) fn builtin_type_new(
        &mut self,
        ty_value: Value,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let (Value::Obj(ty_handle), Some(ty)) =
            (ty_value, ty_value.handle().and_then(Ty::from_handle))
        else {
            return Err(crate::interp::internal("type.__new__ on a non-type"));
        };
        let ty_name = self.class_name(ty_handle);
        let Some((&cls, rest)) = args.split_first() else {
            return Err(type_error(format!(
                "{ty_name}.__new__(): not enough arguments"
            )));
        };
        let class = match cls {
            Value::Obj(c) if matches!(self.heap.get(c), Obj::Type(_)) => c,
            _ => {
                return Err(type_error(format!(
                    "{ty_name}.__new__(X): X is not a type object ({})",
                    self.type_name(cls)
                )))
            }
        };
        if class == ty_handle {
            return self.call_nested(ty_value, rest, kw.to_vec());
        }
        if !self.is_user_class(class) || !self.is_subclass(class, ty_handle) {
            let cls_name = self.class_name(class);
            return Err(type_error(format!(
                "{ty_name}.__new__({cls_name}): {cls_name} is not a subtype of {ty_name}"
            )));
        }
        let base = self.new_payload(ty, rest, kw, true)?;
        self.instance_with_base(class, base)
    }

    /// `super().__init__(*args, **kw)` reaching the builtin type: fills the (empty) mutable value the
    /// way the type's own `__init__` would; immutable types ignore it, as in CPython.
    pub(crate) fn payload_init(
        &mut self,
        payload: Value,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let Value::Obj(h) = payload else {
            return Ok(Value::None);
        };
        let ty = Ty::from_handle(self.type_of(payload));
        match ty {
            Some(Ty::List) => {
                if args.len() > 1 || !kw.is_empty() {
                    return Err(type_error(format!(
                        "list expected at most 1 argument, got {}",
                        args.len() + kw.len()
                    )));
                }
                if let Obj::List(l) = self.heap.get_mut(h) {
                    l.clear();
                }
                if let Some(src) = args.first() {
                    self.list_extend(payload, *src)?;
                }
            }
            Some(Ty::Set) => {
                if args.len() > 1 || !kw.is_empty() {
                    return Err(type_error(format!(
                        "set expected at most 1 argument, got {}",
                        args.len() + kw.len()
                    )));
                }
                if let Some(src) = args.first() {
                    for item in self.collect_iterable(*src)? {
                        self.set_add(payload, item)?;
                    }
                }
            }
            Some(Ty::Dict | Ty::OrderedDict | Ty::DefaultDict | Ty::Counter) => {
                let mut rest = args;
                if ty == Some(Ty::DefaultDict) {
                    if let Some((&factory, tail)) = args.split_first() {
                        if !matches!(factory, Value::None) && !self.is_callable(factory) {
                            return Err(type_error("first argument must be callable or None"));
                        }
                        self.set_default_factory(payload, factory);
                        rest = tail;
                    }
                }
                if rest.len() > 1 {
                    return Err(type_error(format!(
                        "dict expected at most 1 argument, got {}",
                        rest.len()
                    )));
                }
                let kwargs = self.new_dict();
                for (k, v) in kw {
                    let key = self.new_str(k.as_str());
                    self.dict_set(kwargs, key, v.to_owned())?;
                }
                let counter = ty == Some(Ty::Counter);
                for src in rest.iter().copied().chain([kwargs]) {
                    if counter {
                        self.counter_update(payload, src, 1)?;
                    } else {
                        self.dict_update(payload, src)?;
                    }
                }
            }
            _ => {}
        }
        Ok(Value::None)
    }

    /// `dict.__getitem__(d, key)` where `d` may be an instance of a dict subclass: its `__missing__`
    /// answers a missing key, as in CPython.
    pub(crate) fn dict_subclass_getitem(&mut self, d: Value, key: Value) -> PyResult<Value> {
        match self.payload(d) {
            Some(p) => self.payload_getitem(d, p, key),
            None => self.getitem(d, key),
        }
    }

    /// `d[key]` for a dict subclass: the dict's item, else the class's `__missing__(key)`, else KeyError.
    pub(crate) fn payload_getitem(
        &mut self,
        obj: Value,
        payload: Value,
        key: Value,
    ) -> PyResult<Value> {
        let is_dict = matches!(payload, Value::Obj(h) if matches!(self.heap.get(h), Obj::Dict(_)));
        if is_dict {
            if let Some(v) = self.dict_get(payload, key)? {
                return Ok(v);
            }
            if let Some(r) = self.call_dunder(obj, "__missing__", &[key])? {
                return Ok(r);
            }
        }
        self.getitem(payload, key)
    }

    /// A dunder of a builtin value called as a method (`super().__setitem__(k, v)`, `dict.__repr__(d)`).
    pub(crate) fn builtin_dunder(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        use crate::bytecode::{BinOp, CmpOp};
        let arg = |i: usize| -> PyResult<Value> {
            args.get(i).copied().ok_or_else(|| {
                type_error(format!(
                    "expected {} argument{}, got {}",
                    i + 1,
                    if i == 0 { "" } else { "s" },
                    args.len()
                ))
            })
        };
        let binop = match name {
            "__add__" => Some(BinOp::Add),
            "__sub__" => Some(BinOp::Sub),
            "__mul__" => Some(BinOp::Mul),
            "__truediv__" => Some(BinOp::TrueDiv),
            "__floordiv__" => Some(BinOp::FloorDiv),
            "__mod__" => Some(BinOp::Mod),
            "__pow__" => Some(BinOp::Pow),
            "__and__" => Some(BinOp::BitAnd),
            "__or__" => Some(BinOp::BitOr),
            "__xor__" => Some(BinOp::BitXor),
            "__lshift__" => Some(BinOp::LShift),
            "__rshift__" => Some(BinOp::RShift),
            _ => None,
        };
        if let Some(op) = binop {
            let other = self.unwrap_payload(arg(0)?);
            return self.binary(op, recv, other);
        }
        let cmp = match name {
            "__eq__" => Some(CmpOp::Eq),
            "__ne__" => Some(CmpOp::Ne),
            "__lt__" => Some(CmpOp::Lt),
            "__le__" => Some(CmpOp::Le),
            "__gt__" => Some(CmpOp::Gt),
            "__ge__" => Some(CmpOp::Ge),
            _ => None,
        };
        if let Some(op) = cmp {
            let other = self.unwrap_payload(arg(0)?);
            return self.compare(op, recv, other);
        }
        match name {
            "__init__" => self.payload_init(recv, args, kw),
            "__getitem__" => self.getitem(recv, arg(0)?),
            "__setitem__" => {
                self.setitem(recv, arg(0)?, arg(1)?)?;
                Ok(Value::None)
            }
            "__delitem__" => {
                self.delitem(recv, arg(0)?)?;
                Ok(Value::None)
            }
            "__contains__" => Ok(Value::Bool(self.contains(recv, arg(0)?)?)),
            "__len__" => Ok(Value::Int(self.len_of(recv)? as i64)),
            "__iter__" => self.get_iter(recv),
            "__bool__" => Ok(Value::Bool(self.truthy(recv)?)),
            "__hash__" => Ok(Value::Int(self.py_hash(recv)?)),
            "__repr__" => {
                let s = self.repr(recv)?;
                Ok(self.new_str(s))
            }
            "__str__" => {
                let s = self.str_of(recv)?;
                Ok(self.new_str(s))
            }
            "__format__" => {
                let spec = arg(0)?;
                let spec = self.str_ref(spec).unwrap_or("").to_string();
                let s = self.format_value(recv, &spec)?;
                Ok(self.new_str(s))
            }
            "__int__" | "__index__" => {
                self.call_nested(Value::Obj(Ty::Int.handle()), &[recv], Vec::new())
            }
            "__float__" => self.call_nested(Value::Obj(Ty::Float.handle()), &[recv], Vec::new()),
            _ => Err(Exc::New(
                Ty::AttributeError,
                format!(
                    "'{}' object has no attribute '{name}'",
                    self.type_name(recv)
                ),
            )),
        }
    }
}
