//! User classes: building them (C3 MRO), instances, attribute lookup with descriptors (methods,
//! staticmethod, classmethod, property), `super()`, and the dunder methods builtins call.
//!
//! A class is a `TypeObj` whose attributes live in a dict object; an instance is its class plus a dict.
//! Exceptions of user classes stay `ExcObj`s whose class is the user class, so raising and matching them is
//! unchanged. Classes may inherit from `object`, the exception types and other user classes; builtin
//! containers cannot be subclassed (a clear TypeError says so).
//!
//! Attribute policy: an instance or class exposes its own attributes, its class's attributes and the
//! harmless dunders (`__class__`, `__dict__` of instances, `__name__`, `__qualname__`, `__mro__`,
//! `__bases__`, `__doc__`, `__module__`); nothing reaches frames, code or globals, because no such object
//! exists in the VM.

use crate::bytecode::{BinOp, CmpOp};
use crate::error::{exc, type_error, value_error, Exc, PyResult};
use crate::heap::{Handle, Obj, TypeObj};
use crate::interp::Vm;
use crate::object::str_table_hash;
use crate::types::Ty;
use crate::value::Value;

/// The descriptor protocol a class attribute implements.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Descriptor {
    pub get: bool,
    pub set: bool,
    pub delete: bool,
    /// A data descriptor (`__set__` or `__delete__`) takes precedence over the instance dict.
    pub data: bool,
}

/// How many user classes deep an inheritance chain may be (bounds the MRO computation).
const MAX_MRO: usize = 256;

impl Vm {
    /// `Op::MakeClass`: a class named `name` from the namespace the class body built and its bases.
    pub(crate) fn make_class(
        &mut self,
        name: &str,
        qualname: &str,
        ns: Value,
        bases: &[Value],
    ) -> PyResult<Value> {
        let bases = &self.resolve_mro_entries(bases)?;
        let mut base_handles = Vec::with_capacity(bases.len());
        for &b in bases {
            let Value::Obj(h) = b else {
                return Err(type_error(format!(
                    "class {name}: base {} is not a class",
                    self.repr(b)?
                )));
            };
            let Obj::Type(_) = self.heap.get(h) else {
                return Err(type_error(format!(
                    "class {name}: base {} is not a class",
                    self.repr(b)?
                )));
            };
            if let Some(ty) = Ty::from_handle(h) {
                if ty != Ty::Object && !ty.is_exception() && !crate::subclass::extensible(ty) {
                    return Err(type_error(format!(
                        "type '{}' is not an acceptable base type",
                        ty.name()
                    )));
                }
            }
            if base_handles.contains(&h) {
                return Err(type_error(format!(
                    "duplicate base class {}",
                    self.class_name(h)
                )));
            }
            base_handles.push(h);
        }
        if base_handles.is_empty() {
            base_handles.push(Ty::Object.handle());
        }
        let mut mro = self.c3_linearize(&base_handles)?;
        let Value::Obj(dict) = ns else {
            return Err(crate::interp::internal("class namespace is not a dict"));
        };
        // The class cell (for zero-argument super) is set below, once the class exists.
        let cell = self.dict_get_str(dict, "__classcell__");
        if cell.is_some() {
            let key = self.new_str("__classcell__");
            self.dict_remove(ns, key)?;
        }
        let own_values: Vec<(Value, Value)> = match self.heap.get(dict) {
            Obj::Dict(d) => d.iter().map(|(_, k, v)| (k, v)).collect(),
            _ => Vec::new(),
        };
        let own_properties = own_values.iter().any(|&(_, v)| {
            matches!(v, Value::Obj(p) if matches!(self.heap.get(p), Obj::Property(_)))
                || self.descriptor(v).is_some_and(|d| d.data)
        });
        let has_properties = own_properties
            || mro
                .iter()
                .any(|k| matches!(self.heap.get(*k), Obj::Type(t) if t.has_properties));
        let has_new = self.dict_get_str(dict, "__new__").is_some()
            || mro
                .iter()
                .any(|k| matches!(self.heap.get(*k), Obj::Type(t) if t.has_new));
        let slots = self.class_slots(dict, &mro)?;
        let builtin_base = self.class_builtin_base(name, &mro)?;
        let h = self.heap.alloc(Obj::Type(Box::new(TypeObj {
            name: name.into(),
            qualname: qualname.into(),
            mro: Vec::new(),
            bases: base_handles,
            dict: Some(dict),
            has_properties,
            has_new,
            slots,
            builtin_base,
            module: None,
        })));
        mro.insert(0, h);
        if let Obj::Type(t) = self.heap.get_mut(h) {
            t.mro = mro;
        }
        if let Some(Value::Obj(c)) = cell {
            if let Obj::Cell(slot) = self.heap.get_mut(c) {
                *slot = Value::Obj(h);
            }
        }
        // Descriptors learn the name they were bound to (`__set_name__`), in definition order.
        for (k, v) in own_values {
            if self.user_dunder(v).is_some() {
                self.call_dunder(v, "__set_name__", &[Value::Obj(h), k])?;
            }
        }
        Ok(Value::Obj(h))
    }

    /// The instance attributes a new class allows: the union of `__slots__` along the MRO when the class
    /// and every user base declare them (an undeclared base gives instances a `__dict__`).
    fn class_slots(
        &mut self,
        dict: Handle,
        bases_mro: &[Handle],
    ) -> PyResult<Option<Box<[Box<str>]>>> {
        let Some(declared) = self.dict_get_str(dict, "__slots__") else {
            return Ok(None);
        };
        let names: Vec<Value> = match self.str_ref(declared) {
            Some(_) => vec![declared],
            None => self.collect_iterable(declared)?,
        };
        let mut slots: Vec<Box<str>> = Vec::with_capacity(names.len());
        for n in names {
            let Some(s) = self.str_ref(n) else {
                return Err(type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(n)
                )));
            };
            if self.dict_get_str(dict, s).is_some() {
                return Err(value_error(format!(
                    "'{s}' in __slots__ conflicts with class variable"
                )));
            }
            slots.push(s.into());
        }
        for &base in bases_mro {
            match self.heap.get(base) {
                Obj::Type(t) if t.dict.is_none() => {}
                Obj::Type(t) => match &t.slots {
                    Some(inherited) => slots.extend(inherited.iter().cloned()),
                    None => return Ok(None),
                },
                _ => {}
            }
        }
        Ok(Some(slots.into_boxed_slice()))
    }

    /// The bases of a class statement after `__mro_entries__` (`class Stack(Generic[T])` derives from
    /// `Generic`; `class Names(list[str])` from `list`), as CPython resolves them.
    fn resolve_mro_entries(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(bases.len());
        let original = self.new_tuple(bases.to_vec());
        for &b in bases {
            let is_class = matches!(b, Value::Obj(h) if matches!(self.heap.get(h), Obj::Type(_)));
            if !is_class && self.user_dunder(b).is_some() {
                if let Some(r) = self.call_dunder(b, "__mro_entries__", &[original])? {
                    out.extend(self.collect_iterable(r)?);
                    continue;
                }
            }
            out.push(b);
        }
        Ok(out)
    }

    /// The one builtin type a new class extends through its MRO (`dict` for `class Env(dict)`, also when
    /// inherited from a user base); two different ones conflict, as in CPython.
    fn class_builtin_base(&self, name: &str, mro: &[Handle]) -> PyResult<Option<Ty>> {
        let mut found: Option<Ty> = None;
        for &k in mro {
            let ty = match self.heap.get(k) {
                Obj::Type(t) if t.dict.is_some() => t.builtin_base,
                Obj::Type(_) => Ty::from_handle(k).filter(|&t| crate::subclass::extensible(t)),
                _ => None,
            };
            let Some(ty) = ty else { continue };
            match found {
                None => found = Some(ty),
                // `Counter` is a `dict`: the more derived type wins.
                Some(f) if f == ty || ty.mro().contains(&f) || f.mro().contains(&ty) => {}
                Some(_) => {
                    return Err(type_error(format!(
                        "class {name}: multiple bases have instance lay-out conflict"
                    )))
                }
            }
        }
        Ok(found)
    }

    /// `obj.__dict__` of an instance whose `__slots__` include `'__dict__'`: its attributes other than
    /// the slots (a copy); None when the slots leave the instance no `__dict__`.
    fn slotted_instance_dict(&mut self, class: Handle, dict: Handle) -> PyResult<Option<Value>> {
        let Some(slots) = self.instance_slots(class) else {
            return Ok(None);
        };
        if !slots.iter().any(|s| &**s == "__dict__") {
            return Ok(None);
        }
        let slots: Vec<Box<str>> = slots.to_vec();
        let copy = self.dict_copy(Value::Obj(dict))?;
        for s in slots {
            let key = self.new_str(&*s);
            self.dict_remove(copy, key)?;
        }
        Ok(Some(copy))
    }

    /// Whether instances of `class` have a `__dict__` (no `__slots__`, or `'__dict__'` among them).
    pub(crate) fn instance_has_dict(&self, class: Handle) -> bool {
        self.instance_slots(class)
            .is_none_or(|slots| slots.iter().any(|s| &**s == "__dict__"))
    }

    /// The `__slots__` of an instance's class, when it has them.
    pub(crate) fn instance_slots(&self, class: Handle) -> Option<&[Box<str>]> {
        match self.heap.get(class) {
            Obj::Type(t) => t.slots.as_deref(),
            _ => None,
        }
    }

    /// What `v` does as a class attribute when it is an instance of a user class defining `__get__`,
    /// `__set__` or `__delete__` (a descriptor); None for anything else.
    pub(crate) fn descriptor(&self, v: Value) -> Option<Descriptor> {
        let Value::Obj(h) = v else { return None };
        let Obj::Instance { class, .. } = self.heap.get(h) else {
            return None;
        };
        let class = *class;
        let get = self.class_lookup(class, "__get__").is_some();
        let set = self.class_lookup(class, "__set__").is_some();
        let delete = self.class_lookup(class, "__delete__").is_some();
        (get || set || delete).then_some(Descriptor {
            get,
            set,
            delete,
            data: set || delete,
        })
    }

    /// `prop.__get__(obj[, owner])`, `prop.__set__(obj, value)`, `prop.__delete__(obj)` called directly.
    pub(crate) fn property_dunder(
        &mut self,
        prop: Value,
        p: [Value; 4],
        name: &str,
        args: &[Value],
    ) -> PyResult<Value> {
        let (want, slot, missing) = match name {
            "__get__" => (1..=2, 0, "getter"),
            "__set__" => (2..=2, 1, "setter"),
            _ => (1..=1, 2, "deleter"),
        };
        if !want.contains(&args.len()) {
            return Err(type_error(format!(
                "{name} expected {} arguments, got {}",
                want.end(),
                args.len()
            )));
        }
        if name == "__get__" && matches!(args[0], Value::None) {
            return Ok(prop);
        }
        if let Value::None = p[slot] {
            return Err(exc(
                Ty::AttributeError,
                format!(
                    "property of '{}' object has no {missing}",
                    self.type_name(args[0])
                ),
            ));
        }
        let call_args = if name == "__set__" {
            &args[..2]
        } else {
            &args[..1]
        };
        let r = self.call_nested(p[slot], call_args, Vec::new())?;
        Ok(if name == "__get__" { r } else { Value::None })
    }

    /// `descr.__get__(obj, owner)`: obj is None for access through the class.
    fn descriptor_get(&mut self, descr: Value, obj: Value, owner: Handle) -> PyResult<Value> {
        Ok(self
            .call_dunder(descr, "__get__", &[obj, Value::Obj(owner)])?
            .unwrap_or(descr))
    }

    /// Runs the nearest base's `__init_subclass__` on a class just made (an implicit classmethod, as in
    /// CPython). A nested call: class statements are not where scripts block on I/O.
    pub(crate) fn init_subclass(
        &mut self,
        class: Value,
        kwargs: Vec<(String, Value)>,
    ) -> PyResult<()> {
        let Value::Obj(h) = class else { return Ok(()) };
        let mro = match self.heap.get(h) {
            Obj::Type(t) => t.mro.clone(),
            _ => return Ok(()),
        };
        for &k in mro.iter().skip(1) {
            let Some(d) = (match self.heap.get(k) {
                Obj::Type(t) => t.dict,
                _ => None,
            }) else {
                continue;
            };
            let Some(hook) = self.dict_get_str(d, "__init_subclass__") else {
                continue;
            };
            let hook = match hook {
                Value::Obj(f) => match self.heap.get(f) {
                    Obj::ClassMethod(f) | Obj::StaticMethod(f) => *f,
                    _ => hook,
                },
                _ => hook,
            };
            self.call_nested(hook, &[class], kwargs)?;
            return Ok(());
        }
        if !kwargs.is_empty() {
            return Err(type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                self.class_name(h)
            )));
        }
        Ok(())
    }

    /// The keywords of a class statement, as `__init_subclass__` receives them. `metaclass=` is refused
    /// unless it names `type` (nPython has no metaclasses).
    pub(crate) fn class_keywords(&mut self, d: Value) -> PyResult<Vec<(String, Value)>> {
        let Value::Obj(h) = d else {
            return Ok(Vec::new());
        };
        let pairs: Vec<(Value, Value)> = match self.heap.get(h) {
            Obj::Dict(m) => m.iter().map(|(_, k, v)| (k, v)).collect(),
            _ => Vec::new(),
        };
        let mut out = Vec::with_capacity(pairs.len());
        for (k, v) in pairs {
            let key = self.str_ref(k).unwrap_or("").to_string();
            if key == "metaclass" {
                if matches!(v, Value::Obj(t) if Ty::from_handle(t) == Some(Ty::Type)) {
                    continue;
                }
                return Err(type_error(format!(
                    "metaclasses are not supported in nPython (metaclass={}); use a base class with \
                     __init_subclass__, or a class decorator",
                    self.repr(v)?
                )));
            }
            out.push((key, v));
        }
        Ok(out)
    }

    /// C3 linearization of `bases` (without the new class itself), as CPython computes `__mro__`.
    fn c3_linearize(&self, bases: &[Handle]) -> PyResult<Vec<Handle>> {
        let mut seqs: Vec<Vec<Handle>> = bases
            .iter()
            .map(|b| match self.heap.get(*b) {
                Obj::Type(t) => t.mro.clone(),
                _ => vec![*b],
            })
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            if out.len() > MAX_MRO {
                return Err(type_error("class hierarchy too deep"));
            }
            let candidate = seqs
                .iter()
                .map(|s| s[0])
                .find(|c| seqs.iter().all(|s| !s[1..].contains(c)));
            let Some(c) = candidate else {
                let names: Vec<String> = bases
                    .iter()
                    .map(|b| self.class_name(*b).to_string())
                    .collect();
                return Err(type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(c);
            for s in &mut seqs {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    /// `name` looked up along `class`'s MRO in user class dicts.
    pub(crate) fn class_lookup(&self, class: Handle, name: &str) -> Option<Value> {
        self.class_lookup_hashed(class, name, str_table_hash(name))
    }

    fn class_lookup_hashed(&self, class: Handle, name: &str, hash: u64) -> Option<Value> {
        let Obj::Type(t) = self.heap.get(class) else {
            return None;
        };
        for &k in &t.mro {
            if let Obj::Type(kt) = self.heap.get(k) {
                if let Some(d) = kt.dict {
                    if let Some(v) = self.dict_get_str_hashed(d, name, hash) {
                        return Some(v);
                    }
                }
            }
        }
        None
    }

    /// Whether `class` is a user class (it has a namespace dict).
    pub(crate) fn is_user_class(&self, class: Handle) -> bool {
        matches!(self.heap.get(class), Obj::Type(t) if t.dict.is_some())
    }

    /// The user-defined method `name` of `v`'s class, if `v` is an instance of a user class that has one.
    pub(crate) fn user_dunder(&self, v: Value) -> Option<Handle> {
        let Value::Obj(h) = v else { return None };
        match self.heap.get(h) {
            Obj::Instance { class, .. } => Some(*class),
            Obj::Exception(e) if self.is_user_class(e.class) => Some(e.class),
            _ => None,
        }
    }

    /// Calls `v.name(*args)` when `v`'s user class defines `name`; None when it does not.
    pub(crate) fn call_dunder(
        &mut self,
        v: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(class) = self.user_dunder(v) else {
            return Ok(None);
        };
        let Some(f) = self.class_lookup(class, name) else {
            return Ok(None);
        };
        let f = self.bind(f, v, class);
        self.call_nested(f, args, Vec::new()).map(Some)
    }

    /// A class attribute seen through an instance (or a class, with `obj` the class): functions bind to
    /// the instance, classmethods to the class, staticmethods unwrap.
    pub(crate) fn bind(&mut self, attr: Value, obj: Value, class: Handle) -> Value {
        let Value::Obj(a) = attr else { return attr };
        match self.heap.get(a) {
            Obj::Function(_) => Value::Obj(self.heap.alloc(Obj::BoundMethod {
                recv: obj,
                func: attr,
            })),
            Obj::StaticMethod(f) => *f,
            Obj::ClassMethod(f) => {
                let f = *f;
                Value::Obj(self.heap.alloc(Obj::BoundMethod {
                    recv: Value::Obj(class),
                    func: f,
                }))
            }
            _ => attr,
        }
    }

    /// The plain function `obj.name` would bind, when `obj` is an instance of a user class whose class
    /// defines `name` as a function and the instance does not shadow it.
    #[inline]
    pub(crate) fn plain_method(&self, obj: Value, name: &str) -> Option<Value> {
        let Value::Obj(h) = obj else { return None };
        let Obj::Instance { class, dict, .. } = self.heap.get(h) else {
            return None;
        };
        let hash = str_table_hash(name);
        let f = self.class_lookup_hashed(*class, name, hash)?;
        let Value::Obj(fh) = f else { return None };
        if !matches!(self.heap.get(fh), Obj::Function(_)) {
            return None;
        }
        if self.dict_get_str_hashed(*dict, name, hash).is_some() {
            return None;
        }
        Some(f)
    }

    /// A class's `__doc__`: its own docstring, never a base class's (as CPython, where every class
    /// namespace has `__doc__`).
    pub(crate) fn class_doc(&self, class: Handle) -> Value {
        match self.heap.get(class) {
            Obj::Type(t) => t
                .dict
                .and_then(|d| self.dict_get_str(d, "__doc__"))
                .unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    /// `obj.name` for an instance of a user class.
    pub(crate) fn instance_getattr(
        &mut self,
        obj: Value,
        class: Handle,
        dict: Handle,
        name: &str,
    ) -> PyResult<Value> {
        if name == "__doc__" {
            return Ok(self
                .dict_get_str(dict, name)
                .unwrap_or_else(|| self.class_doc(class)));
        }
        let hash = str_table_hash(name);
        let no_properties = !self.properties_added_late
            && matches!(self.heap.get(class), Obj::Type(t) if !t.has_properties);
        if no_properties {
            // No data descriptor can shadow the instance dict: read it first.
            if let Some(v) = self.dict_get_str_hashed(dict, name, hash) {
                return Ok(v);
            }
        }
        let class_attr = self.class_lookup_hashed(class, name, hash);
        let descr = class_attr.and_then(|a| self.descriptor(a));
        if let (Some(a), Some(d)) = (class_attr, descr) {
            if d.data && d.get {
                return self.descriptor_get(a, obj, class);
            }
        }
        if let Some(Value::Obj(a)) = class_attr {
            if let Obj::Property(p) = self.heap.get(a) {
                let fget = p[0];
                if let Value::None = fget {
                    return Err(exc(
                        Ty::AttributeError,
                        format!(
                            "property '{name}' of '{}' object has no getter",
                            self.class_name(class)
                        ),
                    ));
                }
                return self.call_nested(fget, &[obj], Vec::new());
            }
        }
        if let Some(v) = self.dict_get_str_hashed(dict, name, hash) {
            return Ok(v);
        }
        if let Some(a) = class_attr {
            if descr.is_some_and(|d| d.get) {
                return self.descriptor_get(a, obj, class);
            }
            return Ok(self.bind(a, obj, class));
        }
        match name {
            "__class__" => return Ok(Value::Obj(class)),
            // A permanent (prelude) instance shows a copy: jobs sharing the VM must not change it.
            "__dict__" if self.instance_slots(class).is_some() => {
                if let Some(d) = self.slotted_instance_dict(class, dict)? {
                    return Ok(d);
                }
            }
            "__dict__" if self.heap.is_permanent(dict) => return self.dict_copy(Value::Obj(dict)),
            "__dict__" => return Ok(Value::Obj(dict)),
            "__module__" => {
                let module = match self.heap.get(class) {
                    Obj::Type(t) => t.module.as_deref().unwrap_or("__main__").to_string(),
                    _ => "__main__".to_string(),
                };
                return Ok(self.new_str(module));
            }
            "__doc__" => return Ok(Value::None),
            _ => {}
        }
        if let Some(p) = self.payload(obj) {
            if matches!(name, "real" | "imag" | "numerator" | "denominator") {
                if let Some(v) = self.number_attr(p, name) {
                    return Ok(v);
                }
                if let Value::Float(_) = p {
                    return self.getattr(p, name);
                }
            }
            // The builtin type's methods, bound to the value (`env.get`, `stack.append`).
            if !name.starts_with("__")
                && crate::methods::has_method(Ty::from_handle(self.type_of(p)), name)
            {
                return self.getattr(p, name);
            }
            if name.starts_with("__")
                && Ty::from_handle(self.type_of(p)).is_some_and(|t| subclass_base_has(t, name))
            {
                return Ok(Value::Obj(self.heap.alloc(Obj::NativeMethod {
                    recv: p,
                    name: name.into(),
                })));
            }
        }
        // object's own dunders are found by the normal lookup, before `__getattr__` is asked.
        if let Some(m) = self.object_dunder(class, obj, name) {
            return Ok(m);
        }
        if let Some(hook) = self.class_lookup(class, "__getattr__") {
            let hook = self.bind(hook, obj, class);
            let n = self.new_str(name);
            return self.call_nested(hook, &[n], Vec::new());
        }
        Err(exc(
            Ty::AttributeError,
            format!(
                "'{}' object has no attribute '{name}'",
                self.class_name(class)
            ),
        ))
    }

    /// `obj.name = value` for an instance of a user class.
    pub(crate) fn instance_setattr(
        &mut self,
        obj: Value,
        class: Handle,
        dict: Handle,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        if let Some(hook) = self.class_lookup(class, "__setattr__") {
            let hook = self.bind(hook, obj, class);
            let n = self.new_str(name);
            self.call_nested(hook, &[n, value], Vec::new())?;
            return Ok(());
        }
        self.generic_setattr(obj, class, dict, name, value)
    }

    /// `object.__setattr__(obj, name, value)` for an instance of a user class: a data descriptor (property)
    /// of the class, else the instance's `__slots__` or `__dict__`.
    fn generic_setattr(
        &mut self,
        obj: Value,
        class: Handle,
        dict: Handle,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        let hash = str_table_hash(name);
        if let Some(Value::Obj(a)) = self.class_lookup_hashed(class, name, hash) {
            if let Obj::Property(p) = self.heap.get(a) {
                let fset = p[1];
                if let Value::None = fset {
                    return Err(exc(
                        Ty::AttributeError,
                        format!(
                            "property '{name}' of '{}' object has no setter",
                            self.class_name(class)
                        ),
                    ));
                }
                self.call_nested(fset, &[obj, value], Vec::new())?;
                return Ok(());
            }
            let a = Value::Obj(a);
            if let Some(d) = self.descriptor(a).filter(|d| d.data) {
                if !d.set {
                    // A data descriptor (it has `__delete__`) without `__set__` refuses the store.
                    return Err(exc(Ty::AttributeError, "__set__"));
                }
                self.call_dunder(a, "__set__", &[obj, value])?;
                return Ok(());
            }
        }
        if let Some(slots) = self.instance_slots(class) {
            if !slots.iter().any(|s| &**s == name || &**s == "__dict__") {
                let class_attr = self.class_lookup_hashed(class, name, hash).is_some();
                return Err(exc(
                    Ty::AttributeError,
                    if class_attr {
                        format!(
                            "'{}' object attribute '{name}' is read-only",
                            self.class_name(class)
                        )
                    } else {
                        format!(
                            "'{}' object has no attribute '{name}'",
                            self.class_name(class)
                        )
                    },
                ));
            }
        }
        // Updating an existing attribute allocates nothing (the common `self.total += x`).
        if self.dict_replace_str(dict, name, hash, value) {
            return Ok(());
        }
        let key = self.new_str(name);
        self.dict_set(Value::Obj(dict), key, value)
    }

    /// `object.__setattr__(obj, name, value)`: the plain store, bypassing a user `__setattr__`.
    pub(crate) fn plain_setattr(&mut self, obj: Value, name: &str, value: Value) -> PyResult<()> {
        if let Value::Obj(h) = obj {
            if let Obj::Instance { class, dict, .. } = self.heap.get(h) {
                let (class, dict) = (*class, *dict);
                return self.generic_setattr(obj, class, dict, name, value);
            }
        }
        self.setattr(obj, name, value)
    }

    /// `del obj.name` for an instance of a user class.
    pub(crate) fn instance_delattr(
        &mut self,
        obj: Value,
        class: Handle,
        dict: Handle,
        name: &str,
    ) -> PyResult<()> {
        if let Some(hook) = self.class_lookup(class, "__delattr__") {
            let hook = self.bind(hook, obj, class);
            let n = self.new_str(name);
            self.call_nested(hook, &[n], Vec::new())?;
            return Ok(());
        }
        self.plain_delattr(obj, class, dict, name)
    }

    /// `object.__delattr__(obj, name)`: a data descriptor's delete, else removal from the instance dict,
    /// bypassing a user `__delattr__`.
    pub(crate) fn plain_delattr(
        &mut self,
        obj: Value,
        class: Handle,
        dict: Handle,
        name: &str,
    ) -> PyResult<()> {
        if let Some(Value::Obj(a)) = self.class_lookup(class, name) {
            if let Obj::Property(p) = self.heap.get(a) {
                let fdel = p[2];
                if let Value::None = fdel {
                    return Err(exc(
                        Ty::AttributeError,
                        format!(
                            "property '{name}' of '{}' object has no deleter",
                            self.class_name(class)
                        ),
                    ));
                }
                self.call_nested(fdel, &[obj], Vec::new())?;
                return Ok(());
            }
            let a = Value::Obj(a);
            if let Some(d) = self.descriptor(a).filter(|d| d.data) {
                if !d.delete {
                    return Err(exc(Ty::AttributeError, "__delete__"));
                }
                self.call_dunder(a, "__delete__", &[obj])?;
                return Ok(());
            }
        }
        let key = self.new_str(name);
        let is_slot = self
            .instance_slots(class)
            .is_some_and(|slots| slots.iter().any(|s| &**s == name));
        match self.dict_remove(Value::Obj(dict), key)? {
            Some(_) => Ok(()),
            // An unset slot: CPython's message is the bare name.
            None if is_slot => Err(exc(Ty::AttributeError, name)),
            None => Err(exc(
                Ty::AttributeError,
                format!(
                    "'{}' object has no attribute '{name}'",
                    self.class_name(class)
                ),
            )),
        }
    }

    /// `Class.name` for a user class.
    pub(crate) fn class_getattr(&mut self, class: Handle, name: &str) -> PyResult<Option<Value>> {
        match self.class_lookup(class, name) {
            Some(Value::Obj(a)) => Ok(Some(match self.heap.get(a) {
                Obj::StaticMethod(f) => *f,
                Obj::ClassMethod(f) => {
                    let f = *f;
                    Value::Obj(self.heap.alloc(Obj::BoundMethod {
                        recv: Value::Obj(class),
                        func: f,
                    }))
                }
                _ if self.descriptor(Value::Obj(a)).is_some_and(|d| d.get) => {
                    self.descriptor_get(Value::Obj(a), Value::None, class)?
                }
                _ => Value::Obj(a),
            })),
            Some(v) => Ok(Some(v)),
            None => Ok(None),
        }
    }

    /// `super(class, obj).name`: the MRO of obj's class (or of obj, for a class) after `class`.
    pub(crate) fn super_getattr(
        &mut self,
        class: Handle,
        obj: Value,
        name: &str,
    ) -> PyResult<Value> {
        let (start_class, obj_is_class) = match obj {
            Value::Obj(h) if matches!(self.heap.get(h), Obj::Type(_)) => (h, true),
            _ => (self.type_of(obj), false),
        };
        let mro = match self.heap.get(start_class) {
            Obj::Type(t) => t.mro.clone(),
            _ => Vec::new(),
        };
        let after = mro
            .iter()
            .position(|k| *k == class)
            .map_or(mro.len(), |i| i + 1);
        for &k in &mro[after..] {
            let d = match self.heap.get(k) {
                Obj::Type(t) => t.dict,
                _ => None,
            };
            let Some(d) = d else { continue };
            if let Some(v) = self.dict_get_str(d, name) {
                if let Value::Obj(a) = v {
                    if let Obj::Property(p) = self.heap.get(a) {
                        let fget = p[0];
                        return self.call_nested(fget, &[obj], Vec::new());
                    }
                }
                if obj_is_class && name == "__init_subclass__" {
                    // An implicit classmethod: `super().__init_subclass__()` binds the class.
                    let f = match v {
                        Value::Obj(a) => match self.heap.get(a) {
                            Obj::ClassMethod(f) => *f,
                            _ => v,
                        },
                        _ => v,
                    };
                    return Ok(Value::Obj(
                        self.heap.alloc(Obj::BoundMethod { recv: obj, func: f }),
                    ));
                }
                if obj_is_class {
                    return Ok(match v {
                        Value::Obj(a) => match self.heap.get(a) {
                            Obj::ClassMethod(f) => {
                                let f = *f;
                                Value::Obj(self.heap.alloc(Obj::BoundMethod { recv: obj, func: f }))
                            }
                            Obj::StaticMethod(f) => *f,
                            _ => v,
                        },
                        _ => v,
                    });
                }
                return Ok(self.bind(v, obj, start_class));
            }
        }
        // Past the user classes: the builtin type a subclass extends, bound to the instance's value.
        if !obj_is_class {
            if let Some(p) = self.payload(obj) {
                let ty = Ty::from_handle(self.type_of(p));
                // Only str and bytes define `__str__`; other builtins inherit `object.__str__` (below).
                let inherits_object_str =
                    name == "__str__" && !matches!(ty, Some(Ty::Str | Ty::Bytes));
                if name == "__getitem__" && ty == Some(Ty::Dict) {
                    // dict's `__getitem__` calls the subclass's `__missing__`: it needs the instance.
                    return Ok(Value::Obj(self.heap.alloc(Obj::NativeMethod {
                        recv: obj,
                        name: "dict.__getitem__".into(),
                    })));
                }
                if !inherits_object_str
                    && name.starts_with("__")
                    && ty.is_some_and(|t| subclass_base_has(t, name))
                    || crate::methods::has_method(ty, name)
                {
                    return Ok(Value::Obj(self.heap.alloc(Obj::NativeMethod {
                        recv: p,
                        name: name.into(),
                    })));
                }
            }
        }
        // Past the user classes: the methods every object has.
        if matches!(name, "__new__" | "__init_subclass__") || OBJECT_DUNDERS.contains(&name) {
            return Ok(Value::Obj(self.heap.alloc(Obj::NativeMethod {
                recv: obj,
                name: format!("object.{name}").into(),
            })));
        }
        Err(exc(
            Ty::AttributeError,
            format!("'super' object has no attribute '{name}'"),
        ))
    }

    /// `object`'s own dunder `name` as seen from a user class (or an instance of it, when `recv` is the
    /// instance): `V.__lt__`, `v.__eq__`. Bound to `recv`; unbound when `recv` is the class. `__hash__` is
    /// None when the class defines `__eq__` (as CPython makes it).
    pub(crate) fn object_dunder(
        &mut self,
        class: Handle,
        recv: Value,
        name: &str,
    ) -> Option<Value> {
        if !OBJECT_DUNDERS.contains(&name) {
            return None;
        }
        if name == "__hash__" && self.class_lookup(class, "__eq__").is_some() {
            return Some(Value::None);
        }
        let recv = if recv.is_same(Value::Obj(class)) {
            Value::Obj(Ty::Object.handle())
        } else {
            recv
        };
        Some(Value::Obj(self.heap.alloc(Obj::NativeMethod {
            recv,
            name: format!("object.{name}").into(),
        })))
    }

    /// The methods of `object` reached through `super()` (`super().__init__(...)` and friends).
    pub(crate) fn object_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Value> {
        match name {
            // Reached bound to the class (`super().__new__(cls)`, where `cls` comes again as the first
            // argument) or unbound (`object.__new__(cls)`, where `recv` is `cls`).
            "__new__" => {
                let rest = match args.first() {
                    Some(first) if first.is_same(recv) => &args[1..],
                    _ => args,
                };
                self.object_new(recv, rest)
            }
            "__init_subclass__" => {
                if !args.is_empty() {
                    return Err(type_error(format!(
                        "{}.__init_subclass__() takes no arguments ({} given)",
                        self.class_name(self.type_of(recv)),
                        args.len()
                    )));
                }
                Ok(Value::None)
            }
            "__init__" => {
                if let Value::Obj(h) = recv {
                    if let Obj::Exception(_) = self.heap.get(h) {
                        let t = self.new_tuple(args.to_vec());
                        if let Obj::Exception(e) = self.heap.get_mut(h) {
                            e.args = t;
                        }
                        return Ok(Value::None);
                    }
                }
                if !args.is_empty() {
                    return Err(type_error(
                        "object.__init__() takes exactly one argument (the instance to initialize)",
                    ));
                }
                Ok(Value::None)
            }
            "__repr__" => {
                let s = self.default_repr(recv);
                Ok(self.new_str(s))
            }
            // `object.__str__` is `repr(self)` (through the class's own `__repr__`), never `__str__` again;
            // BaseException's is the args' text.
            "__str__" => {
                let s = match recv {
                    Value::Obj(h) if matches!(self.heap.get(h), Obj::Exception(_)) => {
                        self.exception_str(h)?
                    }
                    _ => self.repr(recv)?,
                };
                Ok(self.new_str(s))
            }
            "__eq__" => Ok(match args.first() {
                Some(o) if o.is_same(recv) => Value::Bool(true),
                _ => self.not_implemented(),
            }),
            "__lt__" | "__le__" | "__gt__" | "__ge__" => Ok(self.not_implemented()),
            "__format__" => {
                let spec = args.first().and_then(|s| self.str_ref(*s)).unwrap_or("");
                if !spec.is_empty() {
                    return Err(type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(recv)
                    )));
                }
                let s = self.str_of(recv)?;
                Ok(self.new_str(s))
            }
            // `object.__ne__` inverts the class's `__eq__` unless that is NotImplemented.
            "__ne__" => {
                let Some(&other) = args.first() else {
                    return Ok(self.not_implemented());
                };
                let eq = match self.call_dunder(recv, "__eq__", &[other])? {
                    Some(r) => r,
                    None if other.is_same(recv) => Value::Bool(true),
                    None => self.not_implemented(),
                };
                if self.is_not_implemented(eq) {
                    return Ok(eq);
                }
                Ok(Value::Bool(!self.truthy(eq)?))
            }
            "__hash__" => Ok(Value::Int(match recv {
                Value::Obj(h) => (h.0 as i64) << 4,
                _ => 0,
            })),
            "__setattr__" => {
                let (Some(&n), Some(&v)) = (args.first(), args.get(1)) else {
                    return Err(type_error("__setattr__ expected 2 arguments"));
                };
                let n = self
                    .str_ref(n)
                    .ok_or_else(|| type_error("attribute name must be string"))?
                    .to_string();
                self.plain_setattr(recv, &n, v)?;
                Ok(Value::None)
            }
            "__delattr__" => {
                let Some(&n) = args.first() else {
                    return Err(type_error("__delattr__ expected 1 argument"));
                };
                let n = self
                    .str_ref(n)
                    .ok_or_else(|| type_error("attribute name must be string"))?
                    .to_string();
                match recv {
                    Value::Obj(h) => match self.heap.get(h) {
                        Obj::Instance { class, dict, .. } => {
                            let (class, dict) = (*class, *dict);
                            self.plain_delattr(recv, class, dict, &n)?;
                        }
                        _ => self.delattr(recv, &n)?,
                    },
                    _ => self.delattr(recv, &n)?,
                }
                Ok(Value::None)
            }
            _ => Err(exc(
                Ty::AttributeError,
                format!("'object' has no attribute '{name}'"),
            )),
        }
    }

    /// `<__main__.Point object at 0x...>`; the number is the object's heap slot, never a host address.
    pub(crate) fn default_repr(&self, v: Value) -> String {
        let class = self.type_of(v);
        let h = match v {
            Value::Obj(h) => h.0,
            _ => 0,
        };
        format!(
            "<__main__.{} object at 0x{:x}>",
            self.class_qualname(class),
            0x1000 + (h as u64) * 16
        )
    }

    pub(crate) fn class_qualname(&self, class: Handle) -> &str {
        match self.heap.get(class) {
            Obj::Type(t) => &t.qualname,
            _ => "?",
        }
    }

    /// Calling a user class: a new instance, then `__init__` (through the prelude helper `__npy_init`, so
    /// the initializer runs as an ordinary, suspendable Python call).
    pub(crate) fn instantiate(
        &mut self,
        class: Handle,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let has_new =
            self.new_added_late || matches!(self.heap.get(class), Obj::Type(t) if t.has_new);
        if has_new {
            if let Some(new) = self.class_lookup(class, "__new__") {
                return self.instantiate_with_new(class, new, args, kw);
            }
        }
        let is_exc = self.is_subclass(class, Ty::BaseException.handle());
        let init = self.class_lookup(class, "__init__");
        let inst = match self.builtin_base(class) {
            // A builtin type's own `__init__` fills the value when the class does not define one.
            Some(ty) => {
                let base = self.new_payload(ty, args, kw, init.is_none())?;
                self.instance_with_base(class, base)?
            }
            None => self.bare_instance(class, is_exc, args)?,
        };
        if init.is_none() && self.builtin_base(class).is_some() {
            return Ok(inst);
        }
        match init {
            Some(init) => {
                let Some(helper) = self.builtins.get("__npy_init").copied() else {
                    // Only while the prelude itself runs (it defines `__npy_init`): a plain nested call.
                    let mut call_args = Vec::with_capacity(args.len() + 1);
                    call_args.push(inst);
                    call_args.extend_from_slice(args);
                    self.call_nested(init, &call_args, kw.to_vec())?;
                    return Ok(inst);
                };
                let mut call_args = Vec::with_capacity(args.len() + 2);
                call_args.push(inst);
                call_args.push(init);
                call_args.extend_from_slice(args);
                self.tail_call_kw(helper, call_args, kw.to_vec())
            }
            None => {
                if !is_exc && (!args.is_empty() || !kw.is_empty()) {
                    return Err(type_error(format!(
                        "{}() takes no arguments",
                        self.class_name(class)
                    )));
                }
                Ok(inst)
            }
        }
    }

    /// An instance of user class `class` before `__init__`: an exception carrying `args` (when `is_exc`, the
    /// class derives from BaseException), or an instance with an empty dict.
    fn bare_instance(&mut self, class: Handle, is_exc: bool, args: &[Value]) -> PyResult<Value> {
        if is_exc {
            return Ok(self.new_exception(class, args.to_vec()));
        }
        self.instance_with_base(class, Value::Undef)
    }

    /// A new instance of user class `class` with an empty `__dict__`, extending the builtin value `base`
    /// (`Value::Undef` for none).
    pub(crate) fn instance_with_base(&mut self, class: Handle, base: Value) -> PyResult<Value> {
        let Value::Obj(dict) = self.new_dict() else {
            return Err(crate::interp::internal("new_dict returned a non-object"));
        };
        Ok(Value::Obj(self.heap.alloc(Obj::Instance {
            class,
            dict,
            base,
        })))
    }

    /// Calling a class whose MRO defines `__new__`: the prelude helper `__npy_new` calls `new(cls, ...)`,
    /// then `__init__` on the result when it is an instance of the class, as `type.__call__` does.
    fn instantiate_with_new(
        &mut self,
        class: Handle,
        new: Value,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        // `__new__` is a static method whether or not the class says so.
        let new = match new {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::StaticMethod(f) => *f,
                _ => new,
            },
            _ => new,
        };
        let init = self.class_lookup(class, "__init__").unwrap_or(Value::None);
        let Some(helper) = self.builtins.get("__npy_new").copied() else {
            return Err(crate::interp::internal("the prelude defines no __npy_new"));
        };
        let mut call_args = Vec::with_capacity(args.len() + 3);
        call_args.extend([Value::Obj(class), new, init]);
        call_args.extend_from_slice(args);
        self.tail_call_kw(helper, call_args, kw.to_vec())
    }

    /// `object.__new__(cls)`: a bare instance of the user class `cls`.
    fn object_new(&mut self, cls: Value, args: &[Value]) -> PyResult<Value> {
        let class = match cls {
            Value::Obj(h) if matches!(self.heap.get(h), Obj::Type(_)) => h,
            _ => {
                return Err(type_error(format!(
                    "object.__new__(X): X is not a type object ({})",
                    self.type_name(cls)
                )))
            }
        };
        if !self.is_user_class(class) {
            return Err(type_error(format!(
                "object.__new__({}) is not supported in nPython: call {}() instead",
                self.class_name(class),
                self.class_name(class)
            )));
        }
        let is_exc = self.is_subclass(class, Ty::BaseException.handle());
        if let Some(ty) = self.builtin_base(class) {
            // `super().__new__(cls, value)` in a subclass of an immutable builtin builds its value here.
            let base = self.new_payload(ty, args, &[], false)?;
            return self.instance_with_base(class, base);
        }
        if !is_exc && !args.is_empty() {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        self.bare_instance(class, is_exc, args)
    }

    /// `lhs op rhs` through `__op__` / `__rop__` when either operand is a user instance; None when neither
    /// defines it (or both return NotImplemented), so the caller raises its usual TypeError.
    pub(crate) fn user_binary(
        &mut self,
        op: BinOp,
        lhs: Value,
        rhs: Value,
    ) -> PyResult<Option<Value>> {
        let (name, rname) = match op {
            BinOp::Add => ("__add__", "__radd__"),
            BinOp::Sub => ("__sub__", "__rsub__"),
            BinOp::Mul => ("__mul__", "__rmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__"),
            BinOp::Pow => ("__pow__", "__rpow__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__"),
            BinOp::LShift => ("__lshift__", "__rlshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__"),
            BinOp::BitAnd => ("__and__", "__rand__"),
            BinOp::BitOr => ("__or__", "__ror__"),
            BinOp::BitXor => ("__xor__", "__rxor__"),
        };
        // CPython's binary_op1: the right operand goes first when its type is a proper subclass of the
        // left's that overrides the reflected method; the reflected method is never tried between two
        // operands of the same type; an inherited builtin method of the left (an int subclass's `__add__`)
        // answers before the right's reflected one when it accepts the right operand.
        let (lt, rt) = (self.type_of(lhs), self.type_of(rhs));
        let same_type = lt == rt;
        let rhs_first = !same_type && self.overrides_reflected(rt, lt, rname);
        if rhs_first {
            if let Some(r) = self.answered(rhs, rname, lhs)? {
                return Ok(Some(r));
            }
        }
        match self.call_dunder(lhs, name, &[rhs])? {
            Some(r) if !self.is_not_implemented(r) => return Ok(Some(r)),
            Some(_) => {}
            None if self.builtin_answers(lhs) && self.builtin_accepts(op, lhs, rhs) => {
                return Ok(None);
            }
            None => {}
        }
        if !same_type && !rhs_first {
            return self.answered(rhs, rname, lhs);
        }
        Ok(None)
    }

    /// `recv.method(arg)` unless `recv`'s class lacks it or it returns NotImplemented.
    fn answered(&mut self, recv: Value, method: &str, arg: Value) -> PyResult<Option<Value>> {
        match self.call_dunder(recv, method, &[arg])? {
            Some(r) if !self.is_not_implemented(r) => Ok(Some(r)),
            _ => Ok(None),
        }
    }

    /// Whether `sub` is a proper subclass of `base` with its own (not inherited from `base`) `name`.
    fn overrides_reflected(&self, sub: Handle, base: Handle, name: &str) -> bool {
        if sub == base || !self.is_subclass(sub, base) {
            return false;
        }
        match (self.class_lookup(sub, name), self.class_lookup(base, name)) {
            (Some(a), Some(b)) => !a.is_same(b),
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// Whether `v`'s dunders are a builtin type's: a builtin value, or an instance of a subclass of one
    /// (for the dunders the subclass does not define).
    fn builtin_answers(&self, v: Value) -> bool {
        self.user_dunder(v).is_none() || self.payload(v).is_some()
    }

    /// Whether the builtin operation of `lhs`'s builtin base takes `rhs` (so `int.__add__` answers for an
    /// int subclass before the right operand's `__radd__` is asked).
    fn builtin_accepts(&self, op: BinOp, lhs: Value, rhs: Value) -> bool {
        let l = self.unwrap_payload(lhs);
        if self.user_dunder(rhs).is_some() && self.payload(rhs).is_none() {
            return false;
        }
        let r = self.unwrap_payload(rhs);
        if let (Some(_), Some(_)) = (self.num(l), self.num(r)) {
            let floats = matches!(l, Value::Float(_)) || matches!(r, Value::Float(_));
            if floats && !matches!(l, Value::Float(_)) {
                // `int.__sub__(1, 2.0)` is NotImplemented: float's reflected method answers.
                return false;
            }
            return match op {
                BinOp::MatMul => false,
                BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
                    !floats
                }
                _ => true,
            };
        }
        let (ltype, rtype) = (self.type_of(l), self.type_of(r));
        let int_like = |v: Value| matches!(v, Value::Int(_) | Value::Bool(_));
        match op {
            BinOp::Add => ltype == rtype,
            BinOp::Mul => int_like(r) || int_like(l),
            BinOp::Mod => ltype == Ty::Str.handle() || ltype == Ty::Bytes.handle(),
            BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor | BinOp::Sub => ltype == rtype,
            _ => false,
        }
    }

    /// A rich comparison in CPython's order: `rhs.rname(lhs)` first when `rhs`'s type is a proper subclass
    /// of `lhs`'s that overrides it, then `lhs.name(rhs)`, then `rhs.rname(lhs)` (even between operands of
    /// one type), skipping a side that lacks the method or returns NotImplemented.
    fn call_reflected(
        &mut self,
        lhs: Value,
        rhs: Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        let (lt, rt) = (self.type_of(lhs), self.type_of(rhs));
        let rhs_first = self.overrides_reflected(rt, lt, rname);
        if rhs_first {
            if let Some(r) = self.answered(rhs, rname, lhs)? {
                return Ok(Some(r));
            }
        }
        match self.call_dunder(lhs, name, &[rhs])? {
            Some(r) if !self.is_not_implemented(r) => return Ok(Some(r)),
            Some(_) => {}
            // The left's inherited builtin comparison answers (the caller compares the payloads).
            None if self.builtin_answers(lhs) && self.builtin_comparable(lhs, rhs) => {
                return Ok(None)
            }
            None => {}
        }
        if rhs_first {
            return Ok(None);
        }
        self.answered(rhs, rname, lhs)
    }

    /// Whether the builtin comparison of `lhs`'s builtin base takes `rhs`: numbers with numbers, else
    /// values of one builtin type.
    fn builtin_comparable(&self, lhs: Value, rhs: Value) -> bool {
        if self.user_dunder(rhs).is_some() && self.payload(rhs).is_none() {
            return false;
        }
        let (l, r) = (self.unwrap_payload(lhs), self.unwrap_payload(rhs));
        (self.num(l).is_some() && self.num(r).is_some()) || self.type_of(l) == self.type_of(r)
    }

    /// A rich comparison through the user dunders (`__lt__` reflected as `__gt__`, and so on); None when no
    /// side answers.
    pub(crate) fn user_compare(
        &mut self,
        op: CmpOp,
        lhs: Value,
        rhs: Value,
    ) -> PyResult<Option<Value>> {
        let (name, rname) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            _ => return Ok(None),
        };
        if let Some(r) = self.call_reflected(lhs, rhs, name, rname)? {
            return Ok(Some(r));
        }
        if op == CmpOp::Ne && !(self.builtin_answers(lhs) && self.builtin_comparable(lhs, rhs)) {
            // `object.__ne__` is the inverse of `==`; a builtin base's `__ne__` (tuple's, dict's) is not.
            if let Some(r) = self.user_compare(CmpOp::Eq, lhs, rhs)? {
                let t = self.truthy(r)?;
                return Ok(Some(Value::Bool(!t)));
            }
        }
        Ok(None)
    }

    /// `hash(obj)` for a user instance: its `__hash__`, unhashable when the class defines `__eq__` without
    /// `__hash__` (as in CPython), else identity.
    pub(crate) fn user_hash(&mut self, v: Value) -> PyResult<Option<i64>> {
        let Some(class) = self.user_dunder(v) else {
            return Ok(None);
        };
        match self.class_lookup(class, "__hash__") {
            Some(Value::None) => {}
            Some(_) => {
                let r = self.call_dunder(v, "__hash__", &[])?.unwrap_or(Value::None);
                return match r {
                    Value::Int(i) => Ok(Some(if i == -1 { -2 } else { i })),
                    Value::Bool(b) => Ok(Some(b as i64)),
                    _ => Err(type_error("__hash__ method should return an integer")),
                };
            }
            None if self.class_lookup(class, "__eq__").is_none() => return Ok(None),
            None => {}
        }
        Err(type_error(format!(
            "unhashable type: '{}'",
            self.class_name(class)
        )))
    }

    /// `len(obj)` for a user instance.
    /// The class-level protocol of a user class (`iter(Color)`, `Color['RED']`, `x in Color`): calls
    /// `hook(cls, *args)` when `v` is a user class whose MRO defines `hook`; None otherwise. nPython has no
    /// metaclasses; the prelude's `Enum` defines these hooks instead (a script's own `__npy_` methods are not
    /// hooks).
    pub(crate) fn class_hook(
        &mut self,
        v: Value,
        hook: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Value::Obj(h) = v else { return Ok(None) };
        if !self.is_user_class(h) {
            return Ok(None);
        }
        let Some(f) = self.class_lookup(h, hook) else {
            return Ok(None);
        };
        let f = match f {
            Value::Obj(a) => match self.heap.get(a) {
                Obj::ClassMethod(f) => *f,
                _ => f,
            },
            _ => f,
        };
        // Only the prelude's hooks count (`__class_getitem__` aside, a standard name): a script's own
        // `__npy_class_iter__` is an ordinary method.
        let from_prelude = matches!(f, Value::Obj(a) if self.heap.is_permanent(a));
        if hook.starts_with("__npy_") && !from_prelude {
            return Ok(None);
        }
        let mut call_args = Vec::with_capacity(args.len() + 1);
        call_args.push(v);
        call_args.extend_from_slice(args);
        self.call_nested(f, &call_args, Vec::new()).map(Some)
    }

    pub(crate) fn user_len(&mut self, v: Value) -> PyResult<Option<usize>> {
        let r = match self.call_dunder(v, "__len__", &[])? {
            None => self.class_hook(v, "__npy_class_len__", &[])?,
            r => r,
        };
        match r {
            None => Ok(None),
            Some(Value::Int(n)) if n >= 0 => Ok(Some(n as usize)),
            Some(Value::Bool(b)) => Ok(Some(b as usize)),
            Some(Value::Int(_)) => Err(crate::error::value_error("__len__() should return >= 0")),
            Some(r) => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r)
            ))),
        }
    }

    /// The next item of a user iterator (`__next__`); None at StopIteration.
    pub(crate) fn user_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match self.call_dunder(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
            Err(Exc::Obj(e)) | Err(Exc::Reraise(e))
                if self.isinstance(e, Ty::StopIteration.handle()) =>
            {
                Ok(None)
            }
            Err(Exc::New(Ty::StopIteration, _)) | Err(Exc::Args(Ty::StopIteration, _)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The bound `__exit__` and `__enter__` of a context manager (`with mgr:`).
    pub(crate) fn context_methods(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        if let Some(methods) = self.scope_context_methods(mgr) {
            return Ok(methods);
        }
        let class = self.type_of(mgr);
        let (Some(enter), Some(exit)) = (
            self.class_lookup(class, "__enter__"),
            self.class_lookup(class, "__exit__"),
        ) else {
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol",
                self.class_name(class)
            )));
        };
        let exit = self.bind(exit, mgr, class);
        let enter = self.bind(enter, mgr, class);
        Ok((exit, enter))
    }

    /// Whether `e` is an AttributeError (or a subclass), whether the VM or a user method raised it.
    pub(crate) fn is_attribute_error(&self, e: &Exc) -> bool {
        match e {
            Exc::New(ty, _) | Exc::Args(ty, _) => {
                self.is_subclass(ty.handle(), Ty::AttributeError.handle())
            }
            Exc::Obj(v) | Exc::Reraise(v) => self.isinstance(*v, Ty::AttributeError.handle()),
            _ => false,
        }
    }

    /// The `NotImplemented` singleton.
    pub(crate) fn not_implemented(&self) -> Value {
        self.builtins
            .get("NotImplemented")
            .copied()
            .unwrap_or(Value::None)
    }

    pub(crate) fn is_not_implemented(&self, v: Value) -> bool {
        matches!(v, Value::Obj(h) if matches!(self.heap.get(h), Obj::NotImplemented))
    }
}

/// Errors of user dunders propagate unchanged; this names the common "should return" check.
pub(crate) fn expect_str(vm: &Vm, v: Value, method: &str) -> PyResult<String> {
    match vm.str_ref(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(Exc::New(
            Ty::TypeError,
            format!("{method} returned non-string (type {})", vm.type_name(v)),
        )),
    }
}

/// Whether an instance of a subclass of builtin type `ty` reaches the dunder `name` through that type:
/// its own dunders, and the `__init__` every type has (`super().__init__(data)` in a dict subclass).
/// The dunders every object has from `object`, reachable as attributes of user classes and instances.
const OBJECT_DUNDERS: &[&str] = &[
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__repr__",
    "__str__",
    "__format__",
    "__init__",
    "__setattr__",
    "__delattr__",
];

fn subclass_base_has(ty: Ty, name: &str) -> bool {
    name == "__init__" || crate::methods::type_has_dunder(ty, name)
}
