//! `collections`: `defaultdict`, `Counter` and `OrderedDict` as dict flavors (see `dict::Flavor`), so
//! every dict operation, `isinstance(x, dict)` and `json.dumps` work on them unchanged. Only what differs
//! lives here: construction, the missing-key rule, their reprs and Counter's methods.

use std::cmp::Ordering;

use crate::builtins::arity;
use crate::bytecode::{BinOp, CmpOp};
use crate::dict::Flavor;
use crate::error::{exc, type_error, Exc, PyResult};
use crate::heap::Obj;
use crate::interp::{NativeFn, Vm};
use crate::types::Ty;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[];

pub fn constants(_: &mut Vm) -> Vec<(&'static str, Value)> {
    vec![
        ("defaultdict", Value::Obj(Ty::DefaultDict.handle())),
        ("Counter", Value::Obj(Ty::Counter.handle())),
        ("OrderedDict", Value::Obj(Ty::OrderedDict.handle())),
    ]
}

/// Counter's own methods (the dict methods serve the rest).
pub const COUNTER_METHODS: &[&str] = &["most_common", "elements", "total", "subtract"];

impl Vm {
    /// The (key, value) entries of `v` if it is a dict of any flavor.
    fn dict_pairs(&self, v: Value) -> Option<Vec<(Value, Value)>> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Dict(m) => Some(m.iter().map(|(_, k, v)| (k, v)).collect()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is a dict of any flavor.
    pub(crate) fn is_dict(&self, v: Value) -> bool {
        matches!(v, Value::Obj(h) if matches!(self.heap.get(h), Obj::Dict(_)))
    }

    /// Whether `v` is a Counter.
    fn is_counter(&self, v: Value) -> bool {
        matches!(v, Value::Obj(h) if matches!(self.heap.get(h), Obj::Dict(d) if matches!(d.flavor, Flavor::Counter)))
    }

    /// A new Counter of the pairs whose count is above zero (CPython's `_keep_positive`).
    fn positive_counter(&mut self, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        let out = self.new_flavored_dict(Flavor::Counter);
        for (k, v) in pairs {
            if self.order(v, Value::Int(0), CmpOp::Gt)? == Some(Ordering::Greater) {
                self.dict_set(out, k, v)?;
            }
        }
        Ok(out)
    }

    /// `a + b`, `a - b`, `a | b`, `a & b` of two Counters, keeping positive counts as CPython does; None for
    /// other operators (the caller raises its TypeError).
    pub(crate) fn counter_binary(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Value>> {
        if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::BitOr | BinOp::BitAnd) {
            return Ok(None);
        }
        let left = self.dict_pairs(a).unwrap_or_default();
        let right = self.dict_pairs(b).unwrap_or_default();
        self.charge_fuel((left.len() + right.len()) as u64)?;
        let mut pairs = Vec::with_capacity(left.len() + right.len());
        for &(k, count) in &left {
            let other = self.dict_get(b, k)?.unwrap_or(Value::Int(0));
            let v = match op {
                BinOp::Add => self.binary(BinOp::Add, count, other)?,
                BinOp::Sub => self.binary(BinOp::Sub, count, other)?,
                BinOp::BitOr => self.counter_pick(count, other, CmpOp::Lt)?,
                _ => self.counter_pick(count, other, CmpOp::Gt)?,
            };
            pairs.push((k, v));
        }
        for (k, count) in right {
            if self.dict_get(a, k)?.is_some() {
                continue;
            }
            let v = match op {
                BinOp::Add | BinOp::BitOr => count,
                BinOp::Sub => self.binary(BinOp::Sub, Value::Int(0), count)?,
                _ => continue,
            };
            pairs.push((k, v));
        }
        self.positive_counter(pairs).map(Some)
    }

    /// `max(a, b)` for `|` (`op` Lt: take `b` when `a < b`) or `min(a, b)` for `&` (`op` Gt), as Counter does.
    fn counter_pick(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        let take_b = match self.order(a, b, op)? {
            Some(Ordering::Less) => op == CmpOp::Lt,
            Some(Ordering::Greater) => op == CmpOp::Gt,
            _ => false,
        };
        Ok(if take_b { b } else { a })
    }

    /// `c += d`, `c -= d`, `c |= d`, `c &= d` on a Counter: the counts change in place, then only positive ones
    /// stay. None when the operator or operand is not a Counter's.
    pub(crate) fn counter_inplace(
        &mut self,
        op: BinOp,
        c: Value,
        d: Value,
    ) -> PyResult<Option<Value>> {
        if !self.is_counter(d) {
            return Ok(None);
        }
        let Some(r) = self.counter_binary(op, c, d)? else {
            return Ok(None);
        };
        let Value::Obj(ch) = c else { return Ok(None) };
        if let Obj::Dict(dict) = self.heap.get_mut(ch) {
            dict.clear();
        }
        self.dict_update(c, r)?;
        Ok(Some(c))
    }

    /// `+c` (positive counts) and `-c` (negated negative counts) of a Counter; None for anything else.
    pub(crate) fn counter_unary(&mut self, negate: bool, c: Value) -> PyResult<Option<Value>> {
        if !self.is_counter(c) {
            return Ok(None);
        }
        let mut pairs = self.dict_pairs(c).unwrap_or_default();
        self.charge_fuel(pairs.len() as u64)?;
        if negate {
            for (_, v) in pairs.iter_mut() {
                *v = self.binary(BinOp::Sub, Value::Int(0), *v)?;
            }
        }
        self.positive_counter(pairs).map(Some)
    }

    /// `OrderedDict.move_to_end(key, last=True)` and `OrderedDict.popitem(last=True)`.
    pub(crate) fn ordered_dict_method(
        &mut self,
        d: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let (key, last) = match name {
            "move_to_end" => {
                let [key, last] =
                    crate::builtins::Args::new(name, args, kw).take(["key", "last"], 1)?;
                (key, last)
            }
            _ => {
                let [last] = crate::builtins::Args::new(name, args, kw).take(["last"], 0)?;
                (None, last)
            }
        };
        let last = match last {
            Some(v) => self.truthy(v)?,
            None => true,
        };
        let pairs = self.dict_pairs(d).unwrap_or_default();
        self.charge_fuel(pairs.len() as u64)?;
        let Value::Obj(h) = d else {
            return Err(crate::interp::internal("OrderedDict method"));
        };
        match key {
            Some(key) => {
                let Some(value) = self.dict_remove(d, key)? else {
                    return Err(Exc::Args(Ty::KeyError, vec![key]));
                };
                if last {
                    self.dict_set(d, key, value)?;
                } else {
                    if let Obj::Dict(dict) = self.heap.get_mut(h) {
                        dict.clear();
                    }
                    self.dict_set(d, key, value)?;
                    for (k, v) in pairs {
                        if !k.is_same(key) && !self.eq(k, key)? {
                            self.dict_set(d, k, v)?;
                        }
                    }
                }
                Ok(Value::None)
            }
            None => {
                let Some(&(k, v)) = (if last { pairs.last() } else { pairs.first() }) else {
                    return Err(exc(Ty::KeyError, "dictionary is empty"));
                };
                self.dict_remove(d, k)?;
                Ok(self.new_tuple(vec![k, v]))
            }
        }
    }

    fn new_flavored_dict(&mut self, flavor: Flavor) -> Value {
        let d = self.new_dict();
        if let Value::Obj(h) = d {
            if let Obj::Dict(dict) = self.heap.get_mut(h) {
                dict.flavor = flavor;
            }
        }
        d
    }

    /// `defaultdict(factory, ...)`, `Counter(...)`, `OrderedDict(...)`.
    pub(crate) fn construct_collection(
        &mut self,
        ty: Ty,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        match ty {
            Ty::DefaultDict => {
                let factory = args.first().copied().unwrap_or(Value::None);
                if !matches!(factory, Value::None) && !self.is_callable(factory) {
                    return Err(type_error("first argument must be callable or None"));
                }
                arity("defaultdict", args, 0, 2)?;
                let d = self.new_flavored_dict(Flavor::Default(factory));
                if let Some(src) = args.get(1) {
                    self.dict_update(d, *src)?;
                }
                self.set_keywords(d, kw)?;
                Ok(d)
            }
            Ty::Counter => {
                arity("Counter", args, 0, 1)?;
                let d = self.new_flavored_dict(Flavor::Counter);
                if let Some(src) = args.first() {
                    self.counter_update(d, *src, 1)?;
                }
                for (k, v) in kw {
                    let key = self.new_str(k.as_str());
                    self.counter_add(d, key, *v, 1)?;
                }
                Ok(d)
            }
            _ => {
                arity("OrderedDict", args, 0, 1)?;
                let d = self.new_flavored_dict(Flavor::Ordered);
                if let Some(src) = args.first() {
                    self.dict_update(d, *src)?;
                }
                self.set_keywords(d, kw)?;
                Ok(d)
            }
        }
    }

    fn set_keywords(&mut self, d: Value, kw: &[(String, Value)]) -> PyResult<()> {
        for (k, v) in kw {
            let key = self.new_str(k.as_str());
            self.dict_set(d, key, *v)?;
        }
        Ok(())
    }

    /// `d[key]` when `key` is missing: a defaultdict makes and stores a default, a Counter answers 0.
    pub(crate) fn dict_missing(&mut self, d: Value, key: Value, flavor: Flavor) -> PyResult<Value> {
        match flavor {
            Flavor::Default(factory) if !matches!(factory, Value::None) => {
                let v = self.call_nested(factory, &[], Vec::new())?;
                self.dict_set(d, key, v)?;
                Ok(v)
            }
            Flavor::Counter => Ok(Value::Int(0)),
            _ => Err(Exc::Args(Ty::KeyError, vec![key])),
        }
    }

    /// counter[key] += sign * n
    fn counter_add(&mut self, d: Value, key: Value, n: Value, sign: i64) -> PyResult<()> {
        let cur = self.dict_get(d, key)?.unwrap_or(Value::Int(0));
        let delta = if sign < 0 {
            self.unary(crate::bytecode::UnOp::Neg, n)?
        } else {
            n
        };
        let v = self.binary(crate::bytecode::BinOp::Add, cur, delta)?;
        self.dict_set(d, key, v)
    }

    /// Counter.update / subtract: counts from a mapping, or one per element of an iterable.
    pub(crate) fn counter_update(&mut self, d: Value, src: Value, sign: i64) -> PyResult<()> {
        let pairs = self.dict_pairs(src);
        match pairs {
            Some(pairs) => {
                self.charge_fuel(pairs.len() as u64)?;
                for (k, v) in pairs {
                    self.counter_add(d, k, v, sign)?;
                }
            }
            None => {
                let items = self.collect_iterable(src)?;
                self.charge_fuel(items.len() as u64)?;
                for k in items {
                    self.counter_add(d, k, Value::Int(1), sign)?;
                }
            }
        }
        Ok(())
    }

    /// Counter's entries by descending count; ties keep insertion order (CPython's sort is stable).
    fn counter_ranked(&mut self, d: Value) -> PyResult<Vec<(Value, Value)>> {
        let mut pairs = self.dict_pairs(d).unwrap_or_default();
        self.charge_fuel(pairs.len() as u64)?;
        // Insertion sort by count keeps ties stable and surfaces comparison errors as TypeError.
        for i in 1..pairs.len() {
            let mut j = i;
            while j > 0 {
                let greater = self.order(pairs[j].1, pairs[j - 1].1, crate::bytecode::CmpOp::Gt)?;
                if greater == Some(std::cmp::Ordering::Greater) {
                    pairs.swap(j, j - 1);
                    j -= 1;
                } else {
                    break;
                }
            }
        }
        Ok(pairs)
    }

    pub(crate) fn counter_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        match name {
            "most_common" => {
                arity("most_common", args, 0, 1)?;
                let mut ranked = self.counter_ranked(recv)?;
                if let Some(Value::Int(n)) = args.first() {
                    ranked.truncate((*n).max(0) as usize);
                }
                let items = ranked
                    .into_iter()
                    .map(|(k, v)| self.new_tuple(vec![k, v]))
                    .collect();
                Ok(self.new_list(items))
            }
            "elements" => {
                arity("elements", args, 0, 0)?;
                let pairs = self.dict_pairs(recv).unwrap_or_default();
                let mut out = Vec::new();
                for (k, v) in pairs {
                    if let Value::Int(n) = v {
                        self.charge_fuel(n.max(0) as u64)?;
                        self.heap
                            .check_room(n.max(0) as usize * 16)
                            .map_err(|_| crate::error::memory_limit())?;
                        for _ in 0..n.max(0) {
                            out.push(k);
                        }
                    }
                }
                let l = self.new_list(out);
                self.get_iter(l)
            }
            "total" => {
                arity("total", args, 0, 0)?;
                let pairs = self.dict_pairs(recv).unwrap_or_default();
                let mut acc = Value::Int(0);
                for (_, v) in pairs {
                    acc = self.binary(crate::bytecode::BinOp::Add, acc, v)?;
                }
                Ok(acc)
            }
            "update" | "subtract" => {
                arity(name, args, 0, 1)?;
                let sign = if name == "update" { 1 } else { -1 };
                if let Some(src) = args.first() {
                    self.counter_update(recv, *src, sign)?;
                }
                for (k, v) in kw {
                    let key = self.new_str(k.as_str());
                    self.counter_add(recv, key, *v, sign)?;
                }
                Ok(Value::None)
            }
            _ => Err(crate::error::exc(
                Ty::AttributeError,
                format!("'Counter' object has no attribute '{name}'"),
            )),
        }
    }

    /// The repr of a dict flavor, around the plain dict repr `body`.
    pub(crate) fn flavored_dict_repr(
        &mut self,
        d: Value,
        flavor: Flavor,
        out: &mut String,
        depth: usize,
    ) -> PyResult<()> {
        match flavor {
            Flavor::Plain => Ok(()),
            Flavor::Default(f) => {
                out.push_str("defaultdict(");
                self.repr_into(f, out, depth + 1)?;
                out.push_str(", ");
                let plain = self.plain_copy(d)?;
                self.repr_into(plain, out, depth + 1)?;
                out.push(')');
                Ok(())
            }
            Flavor::Counter => {
                out.push_str("Counter(");
                let ranked = self.counter_ranked(d)?;
                if !ranked.is_empty() {
                    let plain = self.new_dict();
                    for (k, v) in ranked {
                        self.dict_set(plain, k, v)?;
                    }
                    self.repr_into(plain, out, depth + 1)?;
                }
                out.push(')');
                Ok(())
            }
            Flavor::Ordered => {
                out.push_str("OrderedDict(");
                let pairs = self.dict_pairs(d).unwrap_or_default();
                if !pairs.is_empty() {
                    let items = pairs
                        .into_iter()
                        .map(|(k, v)| self.new_tuple(vec![k, v]))
                        .collect();
                    let l = self.new_list(items);
                    self.repr_into(l, out, depth + 1)?;
                }
                out.push(')');
                Ok(())
            }
        }
    }

    fn plain_copy(&mut self, d: Value) -> PyResult<Value> {
        let c = self.dict_copy(d)?;
        if let Value::Obj(h) = c {
            if let Obj::Dict(m) = self.heap.get_mut(h) {
                m.flavor = Flavor::Plain;
            }
        }
        Ok(c)
    }

    /// Sets a defaultdict's factory (`super().__init__(factory)` in a subclass).
    pub(crate) fn set_default_factory(&mut self, d: Value, factory: Value) {
        if let Value::Obj(h) = d {
            if let Obj::Dict(m) = self.heap.get_mut(h) {
                m.flavor = Flavor::Default(factory);
            }
        }
    }

    /// `defaultdict.default_factory`.
    pub(crate) fn default_factory(&self, d: Value) -> Option<Value> {
        match d {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Dict(m) => match m.flavor {
                    Flavor::Default(f) => Some(f),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }
}
