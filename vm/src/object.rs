//! The object protocol over the builtin types: type, truth, equality, hashing, containers, iteration,
//! subscripts, attributes and repr.
//!
//! Invariant: no function here recurses without a depth bound; nested containers deeper than
//! `MAX_NESTING` give RecursionError, as CPython does, instead of exhausting the Rust stack.

use crate::bytecode::CmpOp;
use crate::dict::Flavor;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::arith::{float_to_bigint, num_cmp, Num};
use crate::dict::Dict;
use crate::error::{exc, type_error, Exc, PyResult};
use crate::heap::{Handle, Heap, Iter, Obj, ViewKind};
use crate::interp::Vm;
use crate::types::Ty;
use crate::value::Value;

/// Deepest nesting of containers that repr, equality and hashing follow.
pub const MAX_NESTING: usize = 900;

const MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int.
fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let r = if b.is_negative() { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

fn hash_int(i: i64) -> i64 {
    if i.unsigned_abs() < MODULUS {
        if i == -1 {
            -2
        } else {
            i
        }
    } else {
        hash_bigint(&BigInt::from(i))
    }
}

/// CPython's hash of a float (integral floats hash like the equal int).
fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.fract() == 0.0 {
        if v.abs() < 9.2e18 {
            return hash_int(v as i64);
        }
        return hash_bigint(&float_to_bigint(v));
    }
    let (mut m, mut e) = frexp(v.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = if v < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub(crate) fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// A fast string hash (word-at-a-time multiply-rotate).
fn hash_str(s: &str) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = s.len() as u64;
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
    }
    let h = (h ^ (h >> 29)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The table hash of a str key (what `dict_find` computes for a str object with these contents).
#[inline]
pub(crate) fn str_table_hash(s: &str) -> u64 {
    table_hash(hash_str(s))
}

/// The table hash used by dicts and sets, spread from Python's hash.
#[inline]
fn table_hash(h: i64) -> u64 {
    (h as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .rotate_left(26)
}

/// CPython's tuple hash (xxHash-style lanes), fed one item hash at a time.
struct TupleHasher(u64);

impl TupleHasher {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;

    fn new() -> TupleHasher {
        TupleHasher(Self::P5)
    }

    fn add(&mut self, lane: u64) {
        self.0 = self.0.wrapping_add(lane.wrapping_mul(Self::P2));
        self.0 = self.0.rotate_left(31);
        self.0 = self.0.wrapping_mul(Self::P1);
    }

    fn finish(self, len: usize) -> i64 {
        let acc = self.0.wrapping_add((len as u64) ^ (Self::P5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
}

/// Equality of builtin values using only the heap (no Python code runs).
pub(crate) fn values_eq(heap: &Heap, a: Value, b: Value, depth: usize) -> Result<bool, Exc> {
    if depth > MAX_NESTING {
        return Err(exc(
            Ty::RecursionError,
            "maximum recursion depth exceeded in comparison",
        ));
    }
    // An instance of a builtin subclass compares as its builtin value here (a dict key lookup).
    let base_of = |v: Value| match v {
        Value::Obj(h) => match heap.get(h) {
            Obj::Instance { base, .. } if !matches!(base, Value::Undef) => Some(*base),
            _ => None,
        },
        _ => None,
    };
    if let Some(a) = base_of(a) {
        return values_eq(heap, a, b, depth + 1);
    }
    if let Some(b) = base_of(b) {
        return values_eq(heap, a, b, depth + 1);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Ok(x == y),
        (Value::None, Value::None) => return Ok(true),
        (Value::Obj(x), Value::Obj(y)) => {
            if x == y {
                return Ok(true);
            }
            match (heap.get(x), heap.get(y)) {
                (Obj::Str(p), Obj::Str(q)) => return Ok(p.s == q.s),
                (Obj::Tuple(p), Obj::Tuple(q)) => return seq_eq(heap, p, q, depth),
                (Obj::List(p), Obj::List(q)) => return seq_eq(heap, p, q, depth),
                (Obj::Str(_), _) | (_, Obj::Str(_)) => return Ok(false),
                _ => {}
            }
        }
        _ => {}
    }
    let num = |v: Value| -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::Int(i)),
            Value::Bool(b) => Some(Num::Int(b as i64)),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(h) => match heap.get(h) {
                Obj::BigInt(b) => Some(Num::Big(b.clone())),
                _ => None,
            },
            _ => None,
        }
    };
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(num_cmp(&x, &y) == Some(std::cmp::Ordering::Equal));
    }
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return Ok(a.is_same(b));
    };
    match (heap.get(x), heap.get(y)) {
        (Obj::Str(p), Obj::Str(q)) => Ok(p.s == q.s),
        (Obj::Bytes(p), Obj::Bytes(q)) => Ok(p == q),
        (Obj::Uuid(p), Obj::Uuid(q)) => Ok(p == q),
        (Obj::List(p), Obj::List(q)) => seq_eq(heap, p, q, depth),
        (Obj::Tuple(p), Obj::Tuple(q)) => seq_eq(heap, p, q, depth),
        (Obj::Dict(p), Obj::Dict(q)) => {
            if p.len() != q.len() {
                return Ok(false);
            }
            for (h, k, v) in p.iter() {
                let mut err = None;
                let pos = q.find(h, |k2| match values_eq(heap, k, k2, depth + 1) {
                    Ok(b) => b,
                    Err(e) => {
                        err = Some(e);
                        false
                    }
                });
                if let Some(e) = err {
                    return Err(e);
                }
                match pos {
                    Some(pos) if values_eq(heap, v, q.value_at(pos), depth + 1)? => {}
                    _ => return Ok(false),
                }
            }
            Ok(true)
        }
        (Obj::Set(p) | Obj::FrozenSet(p), Obj::Set(q) | Obj::FrozenSet(q)) => {
            if p.len() != q.len() {
                return Ok(false);
            }
            for (h, k, _) in p.iter() {
                if q.find(h, |k2| values_eq(heap, k, k2, depth + 1).unwrap_or(false))
                    .is_none()
                {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        (
            Obj::Range {
                start: a1,
                stop: b1,
                step: c1,
            },
            Obj::Range {
                start: a2,
                stop: b2,
                step: c2,
            },
        ) => {
            let l1 = range_len(*a1, *b1, *c1);
            let l2 = range_len(*a2, *b2, *c2);
            Ok(l1 == l2 && (l1 == 0 || (a1 == a2 && (l1 == 1 || c1 == c2))))
        }
        (Obj::Slice(p), Obj::Slice(q)) => {
            let ([a1, b1, c1], [a2, b2, c2]) = (&**p, &**q);
            let r = values_eq(heap, *a1, *a2, depth + 1)?
                && values_eq(heap, *b1, *b2, depth + 1)?
                && values_eq(heap, *c1, *c2, depth + 1)?;
            Ok(r)
        }
        _ => Ok(false),
    }
}

fn seq_eq(heap: &Heap, p: &[Value], q: &[Value], depth: usize) -> Result<bool, Exc> {
    if p.len() != q.len() {
        return Ok(false);
    }
    for (a, b) in p.iter().zip(q.iter()) {
        if !values_eq(heap, *a, *b, depth + 1)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Number of items in `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

/// Resolved slice bounds for a sequence of `len` items (CPython's PySlice_AdjustIndices).
#[derive(Debug, Clone, Copy)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let SliceIdx {
            start, step, len, ..
        } = *self;
        (0..len).map(move |i| (start + i as i64 * step) as usize)
    }
}

impl Vm {
    /// The class of a value.
    pub fn type_of(&self, v: Value) -> Handle {
        let ty = match v.plain() {
            Value::Undef | Value::None | Value::Builder(_) => Ty::NoneType,
            Value::Bool(_) => Ty::Bool,
            Value::Int(_) => Ty::Int,
            Value::Float(_) => Ty::Float,
            Value::Native(_) => Ty::BuiltinFunction,
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Free => Ty::NoneType,
                Obj::Str(_) => Ty::Str,
                Obj::BigInt(_) => Ty::Int,
                Obj::List(_) => Ty::List,
                Obj::Tuple(_) => Ty::Tuple,
                Obj::Dict(d) => match d.flavor {
                    Flavor::Plain => Ty::Dict,
                    Flavor::Default(_) => Ty::DefaultDict,
                    Flavor::Counter => Ty::Counter,
                    Flavor::Ordered => Ty::OrderedDict,
                },
                Obj::Set(_) => Ty::Set,
                Obj::FrozenSet(_) => Ty::FrozenSet,
                Obj::Function(_) => Ty::Function,
                Obj::Cell(_) => Ty::Cell,
                Obj::BoundMethod { .. } => Ty::Method,
                Obj::NativeMethod { .. } => Ty::BuiltinFunction,
                Obj::Range { .. } => Ty::Range,
                Obj::Iter(Iter::Enumerate { .. }) => Ty::Enumerate,
                Obj::Iter(Iter::Zip { .. }) => Ty::Zip,
                Obj::Iter(Iter::Reversed { .. }) => Ty::Reversed,
                Obj::Iter(_) => Ty::Iterator,
                Obj::Slice(_) => Ty::Slice,
                Obj::DictView {
                    kind: ViewKind::Keys,
                    ..
                } => Ty::DictKeys,
                Obj::DictView {
                    kind: ViewKind::Values,
                    ..
                } => Ty::DictValues,
                Obj::DictView {
                    kind: ViewKind::Items,
                    ..
                } => Ty::DictItems,
                Obj::Type(_) => Ty::Type,
                Obj::Exception(e) => return e.class,
                Obj::Module(_) => Ty::Module,
                Obj::Instance { class, .. } => return *class,
                Obj::Super { .. } => Ty::Super,
                Obj::StaticMethod(_) => Ty::StaticMethod,
                Obj::ClassMethod(_) => Ty::ClassMethod,
                Obj::Property(_) => Ty::Property,
                Obj::NotImplemented => Ty::NotImplementedType,
                Obj::Cap(c) => c.ty(),
                Obj::Bytes(_) => Ty::Bytes,
                Obj::Pattern(_) => Ty::Pattern,
                Obj::Match(_) => Ty::Match,
                Obj::Generator(_) => Ty::Generator,
                Obj::Hash(_) => Ty::Hash,
                Obj::Uuid(_) => Ty::Uuid,
            },
        };
        ty.handle()
    }

    /// The class name of a value's type.
    pub fn type_name(&self, v: Value) -> &str {
        self.class_name(self.type_of(v))
    }

    pub fn class_name(&self, class: Handle) -> &str {
        match self.heap.get(class) {
            Obj::Type(t) => &t.name,
            _ => "object",
        }
    }

    pub fn is_subclass(&self, class: Handle, of: Handle) -> bool {
        match self.heap.get(class) {
            Obj::Type(t) => t.mro.contains(&of),
            _ => false,
        }
    }

    pub fn isinstance(&self, v: Value, class: Handle) -> bool {
        self.is_subclass(self.type_of(v), class)
    }

    /// The text of a str value.
    #[inline]
    pub fn str_ref(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(s) => Some(&s.s),
                // An instance of a str subclass is a str to every native that reads text.
                Obj::Instance { base, .. } if !matches!(base, Value::Undef) => self.str_ref(*base),
                _ => None,
            },
            _ => None,
        }
    }

    /// The text of an exact str (not of a str subclass's instance, whose `__str__` may differ).
    #[inline]
    pub(crate) fn exact_str_ref(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(s) => Some(&s.s),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v.plain() {
            Value::Undef | Value::None | Value::Builder(_) => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Native(_) => true,
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(s) => !s.s.is_empty(),
                Obj::Bytes(b) => !b.is_empty(),
                Obj::BigInt(b) => !b.is_zero(),
                Obj::List(l) => !l.is_empty(),
                Obj::Tuple(t) => !t.is_empty(),
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => !d.is_empty(),
                Obj::Range { start, stop, step } => range_len(*start, *stop, *step) > 0,
                Obj::DictView { dict, .. } => match self.heap.get(*dict) {
                    Obj::Dict(d) => !d.is_empty(),
                    _ => true,
                },
                Obj::Instance { .. } => return self.instance_truthy(v),
                _ => true,
            },
        })
    }

    /// `bool(obj)` for a user instance: `__bool__`, else `__len__`, else true.
    fn instance_truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                _ => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(r)
                ))),
            };
        }
        if let Some(n) = self.user_len(v)? {
            return Ok(n != 0);
        }
        if let Some(p) = self.payload(v) {
            return self.truthy(p);
        }
        Ok(true)
    }

    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        self.eq_depth(a, b, 0)
    }

    pub(crate) fn eq_depth(&mut self, a: Value, b: Value, depth: usize) -> PyResult<bool> {
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            return Ok(x == y);
        }
        if self.user_dunder(a).is_some() || self.user_dunder(b).is_some() {
            if let Some(r) = self.user_compare(CmpOp::Eq, a, b)? {
                return self.truthy(r);
            }
            if self.payload(a).is_some() || self.payload(b).is_some() {
                let (a, b) = (self.unwrap_payload(a), self.unwrap_payload(b));
                return self.eq_depth(a, b, depth + 1);
            }
            return Ok(a.is_same(b));
        }
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if x != y {
                match (self.heap.get(x), self.heap.get(y)) {
                    (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_)) => {
                        return self.seq_eq_items(x, y, depth);
                    }
                    (Obj::Dict(_), Obj::Dict(_)) => return self.dict_eq_items(x, y, depth),
                    _ => {}
                }
            }
        }
        values_eq(&self.heap, a, b, depth)
    }

    /// `==` of two lists or two tuples, item by item with each item's own `__eq__` (identity first, as
    /// CPython). Items are read by index, so a list that an `__eq__` shrinks ends the comparison cleanly.
    fn seq_eq_items(&mut self, x: Handle, y: Handle, depth: usize) -> PyResult<bool> {
        if depth > MAX_NESTING {
            return Err(exc(
                Ty::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        let len = |vm: &Self, h: Handle| match vm.heap.get(h) {
            Obj::List(v) => v.len(),
            Obj::Tuple(v) => v.len(),
            _ => 0,
        };
        if len(self, x) != len(self, y) {
            return Ok(false);
        }
        let mut i = 0;
        loop {
            match (self.seq_item(x, i), self.seq_item(y, i)) {
                (Some(p), Some(q)) => {
                    if !p.is_same(q) && !self.eq_depth(p, q, depth + 1)? {
                        return Ok(false);
                    }
                }
                (None, None) => return Ok(true),
                _ => return Ok(false),
            }
            i += 1;
        }
    }

    /// `==` of two dicts: same length, and every key of one found in the other (with the keys' own
    /// `__eq__`/`__hash__`) holding an equal value.
    fn dict_eq_items(&mut self, x: Handle, y: Handle, depth: usize) -> PyResult<bool> {
        if depth > MAX_NESTING {
            return Err(exc(
                Ty::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        let entries: Vec<(Value, Value)> = match (self.heap.get(x), self.heap.get(y)) {
            (Obj::Dict(p), Obj::Dict(q)) if p.len() == q.len() => {
                p.iter().map(|(_, k, v)| (k, v)).collect()
            }
            _ => return Ok(false),
        };
        for (k, v) in entries {
            let (_, pos) = self.dict_find(y, k)?;
            let other = match (pos, self.heap.get(y)) {
                (Some(pos), Obj::Dict(q)) => match q.entry(pos) {
                    Some((_, value)) => value,
                    None => return Ok(false),
                },
                _ => return Ok(false),
            };
            if !v.is_same(other) && !self.eq_depth(v, other, depth + 1)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Python's `hash(v)`; TypeError for unhashable values.
    pub fn py_hash(&mut self, v: Value) -> PyResult<i64> {
        self.py_hash_depth(v, 0)
    }

    /// `hash(v)` with the `__hash__` of user objects, inside tuples too (a frozen dataclass in a tuple key).
    fn py_hash_depth(&mut self, v: Value, depth: usize) -> PyResult<i64> {
        if let Some(h) = self.user_hash(v)? {
            return Ok(h);
        }
        if let Some(p) = self.payload(v) {
            return self.py_hash_depth(p, depth + 1);
        }
        let Value::Obj(t) = v else {
            return self.hash_value(v, depth);
        };
        let len = match self.heap.get(t) {
            Obj::Tuple(items) if items.iter().any(|&x| self.needs_vm_hash(x)) => items.len(),
            _ => return self.hash_value(v, depth),
        };
        if depth > MAX_NESTING {
            return Err(exc(
                Ty::RecursionError,
                "maximum recursion depth exceeded while hashing",
            ));
        }
        let mut lanes = TupleHasher::new();
        for i in 0..len {
            let item = self.seq_item(t, i).unwrap_or(Value::None);
            lanes.add(self.py_hash_depth(item, depth + 1)? as u64);
        }
        Ok(lanes.finish(len))
    }

    /// Whether hashing `v` may run script code: a user object, or a tuple holding one.
    fn needs_vm_hash(&self, v: Value) -> bool {
        let Value::Obj(h) = v else { return false };
        match self.heap.get(h) {
            Obj::Instance { .. } => true,
            Obj::Exception(e) => self.is_user_class(e.class),
            Obj::Tuple(items) => items.iter().any(|&x| self.needs_vm_hash(x)),
            _ => false,
        }
    }

    fn hash_value(&self, v: Value, depth: usize) -> PyResult<i64> {
        if depth > MAX_NESTING {
            return Err(exc(
                Ty::RecursionError,
                "maximum recursion depth exceeded while hashing",
            ));
        }
        Ok(match v.plain() {
            Value::Int(i) => hash_int(i),
            Value::Bool(b) => b as i64,
            Value::Float(f) => hash_float(f),
            Value::None => 0x5f3759df,
            Value::Undef | Value::Builder(_) => 0,
            Value::Native(i) => 0x7000_0000 + i as i64,
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(s) => {
                    let c = s.hash.get();
                    if c != 0 {
                        c as i64
                    } else {
                        let x = hash_str(&s.s);
                        s.hash.set(x as u64);
                        x
                    }
                }
                Obj::BigInt(b) => hash_bigint(b),
                Obj::Bytes(b) => crate::bytes::hash(b),
                Obj::Uuid(u) => hash_bigint(&num_bigint::BigInt::from(**u)),
                Obj::Tuple(items) => {
                    let mut lanes = TupleHasher::new();
                    for item in items.iter() {
                        lanes.add(self.hash_value(*item, depth + 1)? as u64);
                    }
                    lanes.finish(items.len())
                }
                Obj::FrozenSet(d) => {
                    let mut acc: u64 = 0;
                    for (hh, _, _) in d.iter() {
                        acc ^= hh.wrapping_mul(0x2545_F491_4F6C_DD1D);
                    }
                    acc as i64
                }
                Obj::List(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::DictView { .. }
                | Obj::Slice(_) => {
                    return Err(type_error(format!(
                        "unhashable type: '{}'",
                        self.type_name(v)
                    )));
                }
                _ => (h.0 as i64) << 4,
            },
        })
    }

    /// `dict_find` for a key whose class may define `__eq__`: entries with the same hash are compared by
    /// calling it (which the heap-only comparison of builtin keys cannot do).
    fn dict_find_user_key(
        &mut self,
        d: Handle,
        hash: u64,
        key: Value,
    ) -> PyResult<(u64, Option<usize>)> {
        let mut candidates = Vec::new();
        if let Obj::Dict(dict) | Obj::Set(dict) | Obj::FrozenSet(dict) = self.heap.get(d) {
            dict.find(hash, |k2| {
                candidates.push(k2);
                false
            });
        }
        for k2 in candidates {
            if self.eq(key, k2)? {
                let pos = match self.heap.get(d) {
                    Obj::Dict(dict) | Obj::Set(dict) | Obj::FrozenSet(dict) => {
                        dict.find(hash, |k3| k3.is_same(k2))
                    }
                    _ => None,
                };
                return Ok((hash, pos));
            }
        }
        Ok((hash, None))
    }

    /// `d[name]` for a str key without allocating it: attribute tables (modules, classes) are dicts.
    pub(crate) fn dict_get_str(&self, d: Handle, name: &str) -> Option<Value> {
        self.dict_get_str_hashed(d, name, str_table_hash(name))
    }

    /// `dict_get_str` with the name's table hash computed once by the caller (an attribute lookup walks
    /// several dicts: the MRO's classes and the instance).
    pub(crate) fn dict_get_str_hashed(&self, d: Handle, name: &str, hash: u64) -> Option<Value> {
        let Obj::Dict(dict) = self.heap.get(d) else {
            return None;
        };
        self.str_key_pos(dict, name, hash).map(|p| dict.value_at(p))
    }

    /// The entry position of the str key `name` in `dict`.
    #[inline]
    pub(crate) fn str_key_pos(&self, dict: &Dict, name: &str, hash: u64) -> Option<usize> {
        let heap = &self.heap;
        dict.find(hash, |k| match k {
            Value::Obj(kh) => matches!(heap.get(kh), Obj::Str(s) if s.s.as_str() == name),
            _ => false,
        })
    }

    /// Stores `d[name] = value` for an existing str key without allocating; false when the key is absent.
    pub(crate) fn dict_replace_str(
        &mut self,
        d: Handle,
        name: &str,
        hash: u64,
        value: Value,
    ) -> bool {
        let pos = match self.heap.get(d) {
            Obj::Dict(dict) => self.str_key_pos(dict, name, hash),
            _ => None,
        };
        match (pos, self.heap.get_mut(d)) {
            (Some(p), Obj::Dict(dict)) => {
                dict.set_value_at(p, value);
                true
            }
            _ => false,
        }
    }

    fn key_hash(&mut self, key: Value) -> PyResult<u64> {
        Ok(table_hash(self.py_hash_depth(key, 0)?))
    }

    /// Finds `key` in the dict or set `d`: (hash, entry position).
    pub(crate) fn dict_find(&mut self, d: Handle, key: Value) -> PyResult<(u64, Option<usize>)> {
        let hash = self.key_hash(key)?;
        if self.needs_vm_hash(key) {
            return self.dict_find_user_key(d, hash, key);
        }
        let heap = &self.heap;
        let (Obj::Dict(dict) | Obj::Set(dict) | Obj::FrozenSet(dict)) = heap.get(d) else {
            return Err(crate::interp::internal("dict_find on a non-dict"));
        };
        let key_str = match key {
            Value::Obj(kh) => match heap.get(kh) {
                Obj::Str(s) => Some(s.s.as_str()),
                _ => None,
            },
            _ => None,
        };
        // A colliding key that is a script object may define `__eq__`, which only the VM can call: such
        // keys are noted here and compared by `dict_find_user_key` when nothing else matched.
        let user_key_seen = std::cell::Cell::new(false);
        let is_user_key = |k2: Value| match k2 {
            Value::Obj(h2) if matches!(heap.get(h2), Obj::Instance { .. }) => {
                user_key_seen.set(true);
                true
            }
            _ => false,
        };
        let pos = match key {
            Value::Int(k) => dict.find(hash, |k2| match k2 {
                Value::Int(x) => x == k,
                _ if is_user_key(k2) => false,
                _ => values_eq(heap, key, k2, 0).unwrap_or(false),
            }),
            _ if key_str.is_some() => dict.find(hash, |k2| match k2 {
                Value::Obj(_) if k2.is_same(key) => true,
                _ if is_user_key(k2) => false,
                Value::Obj(h2) => match heap.get(h2) {
                    Obj::Str(s2) => Some(s2.s.as_str()) == key_str,
                    _ => false,
                },
                _ => false,
            }),
            _ => dict.find(hash, |k2| {
                !is_user_key(k2) && values_eq(heap, key, k2, 0).unwrap_or(false)
            }),
        };
        if pos.is_none() && user_key_seen.get() {
            return self.dict_find_user_key(d, hash, key);
        }
        Ok((hash, pos))
    }

    /// `d[key]` if present.
    pub fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let d = self.unwrap_payload(d);
        let Value::Obj(h) = d else { return Ok(None) };
        if !matches!(
            self.heap.get(h),
            Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_)
        ) {
            return Err(type_error(format!(
                "'{}' object is not a mapping",
                self.type_name(d)
            )));
        }
        let (_, pos) = self.dict_find(h, key)?;
        Ok(pos.and_then(|p| match self.heap.get(h) {
            Obj::Dict(d) => Some(d.value_at(p)),
            _ => None,
        }))
    }

    pub fn dict_set(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        let d = self.unwrap_payload(d);
        let Value::Obj(h) = d else {
            return Err(crate::interp::internal("dict_set on a non-object"));
        };
        let (hash, pos) = self.dict_find(h, key)?;
        let grew = match self.heap.get_mut(h) {
            Obj::Dict(dict) | Obj::Set(dict) => match pos {
                Some(p) => {
                    dict.set_value_at(p, value);
                    false
                }
                None => {
                    dict.insert_new(hash, key, value);
                    true
                }
            },
            _ => return Err(crate::interp::internal("dict_set on a non-dict")),
        };
        if grew {
            self.heap.charge(40);
        }
        Ok(())
    }

    /// Removes `key`, returning its value if it was present.
    pub fn dict_remove(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let d = self.unwrap_payload(d);
        let Value::Obj(h) = d else { return Ok(None) };
        let (_, pos) = self.dict_find(h, key)?;
        Ok(match (pos, self.heap.get_mut(h)) {
            (Some(p), Obj::Dict(dict) | Obj::Set(dict)) => Some(dict.remove_at(p).1),
            _ => None,
        })
    }

    pub fn dict_copy(&mut self, d: Value) -> PyResult<Value> {
        let Value::Obj(h) = d else {
            return Err(crate::interp::internal("dict_copy"));
        };
        let copy = match self.heap.get(h) {
            Obj::Dict(d) => {
                // `d.copy()` keeps the type, as in CPython (a Counter's copy is a Counter).
                let mut c = d.shallow_clone();
                c.flavor = d.flavor;
                c
            }
            _ => return Err(crate::interp::internal("dict_copy")),
        };
        Ok(Value::Obj(self.heap.alloc(Obj::Dict(Box::new(copy)))))
    }

    /// `d.update(src)` for a mapping or an iterable of pairs.
    pub fn dict_update(&mut self, d: Value, src: Value) -> PyResult<()> {
        // A dict subclass merges its dict (as CPython's fast path does) unless it overrides `__iter__`;
        // then it is read as a mapping, through `keys()` and its own `__getitem__`.
        let dict_base = self
            .payload(src)
            .filter(|p| matches!(p, Value::Obj(h) if matches!(self.heap.get(*h), Obj::Dict(_))));
        let own_iter =
            dict_base.is_some() && self.class_lookup(self.type_of(src), "__iter__").is_some();
        let src = match dict_base {
            Some(p) if !own_iter => p,
            _ => src,
        };
        if let Value::Obj(h) = src {
            if let Obj::Dict(s) = self.heap.get(h) {
                let pairs: Vec<(Value, Value)> = s.iter().map(|(_, k, v)| (k, v)).collect();
                for (k, v) in pairs {
                    self.dict_set(d, k, v)?;
                }
                return Ok(());
            }
        }
        // Any other mapping: an object with `keys()` and `__getitem__` (a ChainMap, a Mapping class).
        if own_iter
            || self.user_dunder(src).is_some()
                && self.class_lookup(self.type_of(src), "keys").is_some()
        {
            let keys = self.getattr(src, "keys")?;
            let keys = self.call_nested(keys, &[], Vec::new())?;
            for k in self.collect_iterable(keys)? {
                let v = self.getitem(src, k)?;
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let items = self.collect_iterable(src)?;
        for (i, item) in items.into_iter().enumerate() {
            let pair = match self.collect_iterable(item) {
                Ok(p) => p,
                Err(_) => {
                    return Err(type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )))
                }
            };
            if pair.len() != 2 {
                return Err(crate::error::value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )));
            }
            self.dict_set(d, pair[0], pair[1])?;
        }
        Ok(())
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Value::Obj(
            self.heap
                .alloc(Obj::Set(Box::new(Dict::with_capacity(items.len())))),
        );
        for v in items {
            self.set_add(s, v)?;
        }
        Ok(s)
    }

    pub fn set_add(&mut self, s: Value, v: Value) -> PyResult<()> {
        let Value::Obj(h) = s else {
            return Err(crate::interp::internal("set_add"));
        };
        let (hash, pos) = self.dict_find(h, v)?;
        if pos.is_none() {
            if let Obj::Set(d) | Obj::FrozenSet(d) = self.heap.get_mut(h) {
                d.insert_new(hash, v, Value::None);
            }
            self.heap.charge(40);
        }
        Ok(())
    }

    pub(crate) fn set_items(&self, s: Value) -> Vec<Value> {
        match s {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Set(d) | Obj::FrozenSet(d) | Obj::Dict(d) => {
                    d.iter().map(|(_, k, _)| k).collect()
                }
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    pub(crate) fn set_contains(&mut self, s: Value, v: Value) -> PyResult<bool> {
        let Value::Obj(h) = s else { return Ok(false) };
        Ok(self.dict_find(h, v)?.1.is_some())
    }

    pub(crate) fn is_subset(&mut self, a: Value, b: Value) -> PyResult<bool> {
        for v in self.set_items(a) {
            if !self.set_contains(b, v)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `|`, `&`, `-`, `^` on sets; the result has the left operand's type.
    pub(crate) fn set_op(
        &mut self,
        op: crate::bytecode::BinOp,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        use crate::bytecode::BinOp;
        let frozen = matches!(a, Value::Obj(h) if matches!(self.heap.get(h), Obj::FrozenSet(_)));
        let xs = self.set_items(a);
        let ys = self.set_items(b);
        let mut out = Vec::new();
        match op {
            BinOp::BitOr => {
                out.extend(xs);
                out.extend(ys);
            }
            BinOp::BitAnd => {
                for x in xs {
                    if self.set_contains(b, x)? {
                        out.push(x);
                    }
                }
            }
            BinOp::Sub => {
                for x in xs {
                    if !self.set_contains(b, x)? {
                        out.push(x);
                    }
                }
            }
            _ => {
                for x in xs {
                    if !self.set_contains(b, x)? {
                        out.push(x);
                    }
                }
                for y in ys {
                    if !self.set_contains(a, y)? {
                        out.push(y);
                    }
                }
            }
        }
        let s = self.new_set(out)?;
        if frozen {
            if let Value::Obj(h) = s {
                if let Obj::Set(d) = self.heap.replace(h, Obj::Free) {
                    self.heap.replace(h, Obj::FrozenSet(d));
                }
            }
        }
        Ok(s)
    }

    pub fn list_append(&mut self, l: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(h) = l {
            if let Obj::List(items) = self.heap.get_mut(h) {
                let cap = items.capacity();
                items.push(v);
                let grown = items.capacity() - cap;
                if grown > 0 {
                    self.heap.charge(grown * 16);
                }
                return Ok(());
            }
        }
        Err(crate::interp::internal("list_append on a non-list"))
    }

    pub fn list_extend(&mut self, l: Value, src: Value) -> PyResult<()> {
        let items = self.collect_iterable(src)?;
        self.heap.charge(items.len() * 16);
        if let Value::Obj(h) = l {
            if let Obj::List(v) = self.heap.get_mut(h) {
                v.extend(items);
                return Ok(());
            }
        }
        Err(crate::interp::internal("list_extend on a non-list"))
    }

    /// Item `i` of a list or tuple (None past the end or for other objects).
    #[inline]
    pub(crate) fn seq_item(&self, h: Handle, i: usize) -> Option<Value> {
        match self.heap.get(h) {
            Obj::List(l) => l.get(i).copied(),
            Obj::Tuple(t) => t.get(i).copied(),
            _ => None,
        }
    }

    /// The items of a list or tuple (a copy: the heap may change while the caller works).
    pub(crate) fn seq_items(&self, v: Value) -> Vec<Value> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::List(l) => l.clone(),
                Obj::Tuple(t) => t.to_vec(),
                Obj::Instance { base, .. } if !matches!(base, Value::Undef) => {
                    self.seq_items(*base)
                }
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// `len(v)`.
    pub fn len_of(&self, v: Value) -> PyResult<usize> {
        if let Value::Obj(h) = v {
            let n = match self.heap.get(h) {
                Obj::Str(s) => s.char_len(),
                Obj::Bytes(b) => b.len(),
                Obj::List(l) => l.len(),
                Obj::Tuple(t) => t.len(),
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.len(),
                Obj::Range { start, stop, step } => range_len(*start, *stop, *step) as usize,
                Obj::DictView { dict, .. } => match self.heap.get(*dict) {
                    Obj::Dict(d) => d.len(),
                    _ => 0,
                },
                Obj::Instance { base, .. } if !matches!(base, Value::Undef) => {
                    return self.len_of(*base)
                }
                _ => {
                    return Err(type_error(format!(
                        "object of type '{}' has no len()",
                        self.type_name(v)
                    )))
                }
            };
            return Ok(n);
        }
        Err(type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if self.user_dunder(container).is_some() {
            if let Some(r) = self.call_dunder(container, "__contains__", &[item])? {
                return self.truthy(r);
            }
            // A builtin base's `__contains__` answers before the subclass's `__iter__`.
            if let Some(p) = self.payload(container) {
                return self.contains(p, item);
            }
            let class = self.type_of(container);
            if self.class_lookup(class, "__iter__").is_none()
                && self.class_lookup(class, "__getitem__").is_none()
            {
                return Err(type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                )));
            }
            let it = self.get_iter(container)?;
            while let Some(x) = self.iter_next(it)? {
                if self.eq(x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Value::Obj(h) = container {
            match self.heap.get(h) {
                Obj::Str(s) => {
                    return match self.str_ref(item) {
                        Some(sub) => Ok(s.s.contains(sub)),
                        None => Err(type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        ))),
                    }
                }
                Obj::Bytes(_) => return self.bytes_contains(h, item),
                Obj::List(_) | Obj::Tuple(_) => {
                    let mut i = 0;
                    while let Some(v) = self.seq_item(h, i) {
                        if v.is_same(item) || self.eq(v, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                    self.charge_fuel(i as u64 / 4)?;
                    return Ok(false);
                }
                Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) => {
                    return Ok(self.dict_find(h, item)?.1.is_some());
                }
                Obj::DictView { dict, kind } => {
                    let (dict, kind) = (*dict, *kind);
                    if kind == ViewKind::Keys {
                        return Ok(self.dict_find(dict, item)?.1.is_some());
                    }
                    let items = self.collect_iterable(container)?;
                    for v in items {
                        if self.eq(v, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Obj::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    let i = match item {
                        Value::Int(i) => i,
                        Value::Bool(b) => b as i64,
                        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9e18 => f as i64,
                        _ => return Ok(false),
                    };
                    let inside = if step > 0 {
                        start <= i && i < stop
                    } else {
                        stop < i && i <= start
                    };
                    return Ok(inside && (i as i128 - start as i128) % step as i128 == 0);
                }
                Obj::Iter(_) | Obj::Generator(_) => loop {
                    match self.iter_next(container)? {
                        Some(v) => {
                            if self.eq(v, item)? {
                                return Ok(true);
                            }
                        }
                        None => return Ok(false),
                    }
                },
                _ => {}
            }
        }
        if let Some(r) = self.class_hook(container, "__npy_class_contains__", &[item])? {
            return self.truthy(r);
        }
        Err(type_error(format!(
            "argument of type '{}' is not iterable",
            self.type_name(container)
        )))
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some(class) = self.user_dunder(v) {
            if let Some(it) = self.call_dunder(v, "__iter__", &[])? {
                if self.user_dunder(it).is_some()
                    || matches!(it, Value::Obj(h) if matches!(self.heap.get(h), Obj::Iter(_) | Obj::Generator(_)))
                {
                    return Ok(it);
                }
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(it)
                )));
            }
            if let Some(p) = self.payload(v) {
                return self.get_iter(p);
            }
            if self.class_lookup(class, "__getitem__").is_some() {
                // The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError.
                let f = self.prelude_fn("__npy_getitem_iter")?;
                return self.call_nested(f, &[v], Vec::new());
            }
            return Err(type_error(format!(
                "'{}' object is not iterable",
                self.class_name(class)
            )));
        }
        let it = match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::List(_) | Obj::Tuple(_) => Iter::Seq { seq: h, idx: 0 },
                Obj::Str(_) => Iter::Str { s: h, pos: 0 },
                Obj::Bytes(_) => Iter::Values {
                    items: self.bytes_items(h)?,
                    idx: 0,
                },
                Obj::Range { start, stop, step } => Iter::Range {
                    cur: *start,
                    stop: *stop,
                    step: *step,
                },
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => Iter::Dict {
                    d: h,
                    idx: 0,
                    kind: ViewKind::Keys,
                    len_at_start: d.len(),
                },
                Obj::DictView { dict, kind } => {
                    let n = match self.heap.get(*dict) {
                        Obj::Dict(d) => d.len(),
                        _ => 0,
                    };
                    Iter::Dict {
                        d: *dict,
                        idx: 0,
                        kind: *kind,
                        len_at_start: n,
                    }
                }
                Obj::Iter(_) | Obj::Generator(_) => return Ok(v),
                _ => {
                    if let Some(it) = self.class_hook(v, "__npy_class_iter__", &[])? {
                        return Ok(it);
                    }
                    return Err(type_error(format!(
                        "'{}' object is not iterable",
                        self.type_name(v)
                    )));
                }
            },
            _ => {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    self.type_name(v)
                )))
            }
        };
        Ok(Value::Obj(self.heap.alloc(Obj::Iter(it))))
    }

    /// The next item of an iterator, or None when it is exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Value::Obj(h) = it else {
            return Err(type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        if let Obj::Generator(_) = self.heap.get(h) {
            return self.generator_next_nested(h);
        }
        if let Obj::Instance { .. } = self.heap.get(h) {
            return self.user_next(it);
        }
        // Fast paths that touch one object.
        let step = match self.heap.get_mut(h) {
            Obj::Iter(Iter::Range { cur, stop, step }) => {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    *cur = c.saturating_add(*step);
                    if *cur == c {
                        *cur = *stop;
                    }
                    return Ok(Some(Value::Int(c)));
                }
                return Ok(None);
            }
            Obj::Iter(Iter::Values { items, idx }) => {
                let r = items.get(*idx).copied();
                *idx += 1;
                return Ok(r);
            }
            Obj::Iter(Iter::Seq { seq, idx }) => IterStep::Seq(*seq, *idx),
            Obj::Iter(Iter::Str { s, pos }) => IterStep::Str(*s, *pos),
            Obj::Iter(Iter::Dict {
                d,
                idx,
                kind,
                len_at_start,
            }) => IterStep::Dict(*d, *idx, *kind, *len_at_start),
            Obj::Iter(Iter::Enumerate { inner, n }) => IterStep::Enumerate(*inner, *n),
            Obj::Iter(Iter::Zip { iters, strict }) => IterStep::Zip(iters.to_vec(), *strict),
            Obj::Iter(Iter::Reversed { seq, idx }) => IterStep::Reversed(*seq, *idx),
            _ => {
                return Err(type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                )))
            }
        };
        match step {
            IterStep::Seq(seq, idx) => {
                let v = match self.heap.get(seq) {
                    Obj::List(l) => l.get(idx).copied(),
                    Obj::Tuple(t) => t.get(idx).copied(),
                    _ => None,
                };
                if let Obj::Iter(Iter::Seq { idx: i, .. }) = self.heap.get_mut(h) {
                    *i = idx + 1;
                }
                Ok(v)
            }
            IterStep::Str(s, pos) => {
                let ch = match self.heap.get(s) {
                    Obj::Str(st) => st.s[pos..].chars().next(),
                    _ => None,
                };
                match ch {
                    Some(c) => {
                        if let Obj::Iter(Iter::Str { pos: p, .. }) = self.heap.get_mut(h) {
                            *p = pos + c.len_utf8();
                        }
                        Ok(Some(self.char_str(c)))
                    }
                    None => Ok(None),
                }
            }
            IterStep::Dict(d, mut idx, kind, len_at_start) => {
                let (entry, end, len) = match self.heap.get(d) {
                    Obj::Dict(dict) | Obj::Set(dict) | Obj::FrozenSet(dict) => {
                        let end = dict.end();
                        while idx < end && dict.entry(idx).is_none() {
                            idx += 1;
                        }
                        (dict.entry(idx), end, dict.len())
                    }
                    _ => (None, 0, 0),
                };
                if len != len_at_start {
                    let what = if matches!(self.heap.get(d), Obj::Dict(_)) {
                        "dictionary"
                    } else {
                        "set"
                    };
                    return Err(exc(
                        Ty::RuntimeError,
                        format!("{what} changed size during iteration"),
                    ));
                }
                if let Obj::Iter(Iter::Dict { idx: i, .. }) = self.heap.get_mut(h) {
                    *i = (idx + 1).min(end);
                }
                Ok(entry.map(|(k, v)| match kind {
                    ViewKind::Keys => k,
                    ViewKind::Values => v,
                    ViewKind::Items => self.new_tuple(vec![k, v]),
                }))
            }
            IterStep::Enumerate(inner, n) => match self.iter_next(inner)? {
                Some(v) => {
                    if let Obj::Iter(Iter::Enumerate { n: c, .. }) = self.heap.get_mut(h) {
                        *c = n + 1;
                    }
                    Ok(Some(self.new_tuple(vec![Value::Int(n), v])))
                }
                None => Ok(None),
            },
            IterStep::Zip(iters, strict) => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(iters.len());
                for (k, i) in iters.iter().enumerate() {
                    match self.iter_next(*i)? {
                        Some(v) => items.push(v),
                        None if !strict => return Ok(None),
                        None if k > 0 => {
                            return Err(crate::error::value_error(format!(
                                "zip() argument {} is shorter than argument{} 1{}",
                                k + 1,
                                if k > 1 { "s" } else { "" },
                                if k > 1 {
                                    format!("-{k}")
                                } else {
                                    String::new()
                                }
                            )))
                        }
                        None => {
                            // The first ran out: every other one must be out too.
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                if self.iter_next(*other)?.is_some() {
                                    return Err(crate::error::value_error(format!(
                                        "zip() argument {} is longer than argument{} 1{}",
                                        j + 1,
                                        if j > 1 { "s" } else { "" },
                                        if j > 1 {
                                            format!("-{j}")
                                        } else {
                                            String::new()
                                        }
                                    )));
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.new_tuple(items)))
            }
            IterStep::Reversed(seq, idx) => {
                if idx == 0 {
                    return Ok(None);
                }
                let v = match self.heap.get(seq) {
                    Obj::List(l) => l.get(idx - 1).copied(),
                    Obj::Tuple(t) => t.get(idx - 1).copied(),
                    _ => None,
                };
                if let Obj::Iter(Iter::Reversed { idx: i, .. }) = self.heap.get_mut(h) {
                    *i = idx - 1;
                }
                Ok(v)
            }
        }
    }

    /// Every item of an iterable, charging fuel per item.
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(h) = v {
            match self.heap.get(h) {
                Obj::List(l) => return Ok(l.clone()),
                Obj::Tuple(t) => return Ok(t.to_vec()),
                Obj::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    let n = range_len(start, stop, step).max(0) as usize;
                    self.charge_fuel(n as u64)?;
                    self.heap
                        .check_room(n.saturating_mul(16))
                        .map_err(|_| crate::error::memory_limit())?;
                    return Ok((0..n)
                        .map(|i| Value::Int(start + i as i64 * step))
                        .collect());
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(it)? {
            out.push(x);
            if out.len() % 1024 == 0 {
                self.charge_fuel(1024)?;
                self.heap.charge(1024 * 16);
                self.check_memory()?;
            }
        }
        Ok(out)
    }

    /// Converts an index value to i64 (ints and bools).
    pub(crate) fn index_of(&self, v: Value, what: &str) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(h) if matches!(self.heap.get(h), Obj::BigInt(_)) => Err(exc(
                Ty::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
            _ => Err(type_error(format!(
                "{what} indices must be integers or slices, not {}",
                self.type_name(v)
            ))),
        }
    }

    /// `operator.index(v)` when `v` is an object: an int subclass's value, or what a user `__index__`
    /// returns (which must be an int); None when `v` has neither (ints themselves are not asked).
    pub(crate) fn user_index(&mut self, v: Value) -> PyResult<Option<Value>> {
        if self.user_dunder(v).is_none() {
            return Ok(None);
        }
        if let Some(i) = self.call_dunder(v, "__index__", &[])? {
            let int = matches!(i, Value::Int(_) | Value::Bool(_))
                || matches!(i, Value::Obj(h) if matches!(self.heap.get(h), Obj::BigInt(_)));
            if !int {
                return Err(type_error(format!(
                    "__index__ returned non-int (type {})",
                    self.type_name(i)
                )));
            }
            return Ok(Some(i));
        }
        Ok(self
            .payload(v)
            .filter(|p| matches!(p, Value::Int(_) | Value::Bool(_))))
    }

    /// The key of a builtin sequence's subscript with user `__index__` objects resolved (in a slice's
    /// bounds too), so the sequence code sees plain ints.
    fn sequence_key(&mut self, key: Value) -> PyResult<Value> {
        let Value::Obj(k) = key else { return Ok(key) };
        if let Obj::Slice(parts) = self.heap.get(k) {
            let parts = **parts;
            if !parts.iter().any(|p| self.user_dunder(*p).is_some()) {
                return Ok(key);
            }
            let mut bounds = parts;
            for b in bounds.iter_mut() {
                if self.user_dunder(*b).is_some() {
                    *b = self.user_index(*b)?.ok_or_else(|| {
                        type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        )
                    })?;
                }
            }
            return Ok(Value::Obj(self.heap.alloc(Obj::Slice(Box::new(bounds)))));
        }
        Ok(self.user_index(key)?.unwrap_or(key))
    }

    /// A sequence index: an int, or a user object with `__index__` (an IntEnum member, say).
    pub(crate) fn index_key(&mut self, key: Value, what: &str) -> PyResult<i64> {
        if let Some(i) = self.call_dunder(key, "__index__", &[])? {
            if !matches!(i, Value::Int(_) | Value::Bool(_)) {
                return Err(type_error(format!(
                    "__index__ returned non-int (type {})",
                    self.type_name(i)
                )));
            }
            return self.index_of(i, what);
        }
        self.index_of(self.unwrap_payload(key), what)
    }

    fn slice_bound(&self, v: Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(i)),
            Value::Bool(b) => Ok(Some(b as i64)),
            Value::Obj(h) => match self.heap.get(h) {
                Obj::BigInt(b) => Ok(Some(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                _ => Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
            _ => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    }

    /// Resolves a slice object against a sequence length.
    pub(crate) fn slice_indices(&self, slice: Handle, len: usize) -> PyResult<SliceIdx> {
        let Obj::Slice(parts) = self.heap.get(slice) else {
            return Err(crate::interp::internal("not a slice"));
        };
        let [start, stop, step] = &**parts;
        let step = self.slice_bound(*step)?.unwrap_or(1);
        if step == 0 {
            return Err(crate::error::value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let adjust = |b: Option<i64>, default: i64| -> i64 {
            match b {
                None => default,
                Some(mut i) => {
                    if i < 0 {
                        i += len;
                        if i < 0 {
                            i = if step < 0 { -1 } else { 0 };
                        }
                    } else if i >= len {
                        i = if step < 0 { len - 1 } else { len };
                    }
                    i
                }
            }
        };
        let start = adjust(
            self.slice_bound(*start)?,
            if step < 0 { len - 1 } else { 0 },
        );
        let stop = adjust(self.slice_bound(*stop)?, if step < 0 { -1 } else { len });
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIdx {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    fn is_slice(&self, v: Value) -> Option<Handle> {
        match v {
            Value::Obj(h) if matches!(self.heap.get(h), Obj::Slice(_)) => Some(h),
            _ => None,
        }
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if let Some(r) = self.call_dunder(obj, "__getitem__", &[key])? {
            return Ok(r);
        }
        if let Some(p) = self.payload(obj) {
            return self.payload_getitem(obj, p, key);
        }
        let Value::Obj(h) = obj else {
            return Err(type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            )));
        };
        let sequence = matches!(
            self.heap.get(h),
            Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::Range { .. }
        );
        let key = if sequence && matches!(key, Value::Obj(_)) {
            self.sequence_key(key)?
        } else {
            key
        };
        match self.heap.get(h) {
            Obj::Bytes(_) => self.bytes_getitem(h, key),
            Obj::List(_) | Obj::Tuple(_) => {
                let is_list = matches!(self.heap.get(h), Obj::List(_));
                let what = if is_list { "list" } else { "tuple" };
                if let Some(sh) = self.is_slice(key) {
                    let items = self.seq_items(obj);
                    let idx = self.slice_indices(sh, items.len())?;
                    let out: Vec<Value> = idx.indices().map(|i| items[i]).collect();
                    return Ok(if is_list {
                        self.new_list(out)
                    } else {
                        self.new_tuple(out)
                    });
                }
                let i = self.index_key(key, what)?;
                let v = match self.heap.get(h) {
                    Obj::List(l) => seq_get(l, i),
                    Obj::Tuple(t) => seq_get(t, i),
                    _ => None,
                };
                v.ok_or_else(|| exc(Ty::IndexError, format!("{what} index out of range")))
            }
            Obj::Str(s) => {
                if let Some(sh) = self.is_slice(key) {
                    let idx = self.slice_indices(sh, s.char_len())?;
                    let out: String = if idx.len == 0 {
                        String::new()
                    } else if idx.step == 1 {
                        let from = idx.start as usize;
                        s.char_range(from, from + idx.len).to_string()
                    } else if s.ascii {
                        idx.indices().map(|i| s.s.as_bytes()[i] as char).collect()
                    } else {
                        // Only the chars the slice spans are decoded.
                        let (lo, hi) = idx
                            .indices()
                            .fold((usize::MAX, 0), |(lo, hi), i| (lo.min(i), hi.max(i)));
                        let chars: Vec<char> = s.char_range(lo, hi + 1).chars().collect();
                        idx.indices().map(|i| chars[i - lo]).collect()
                    };
                    // Charged like the str methods, one unit per 32 bytes read: an ASCII slice costs what it
                    // copies, not the length of the string it is cut from; a non-ASCII one also pays for the
                    // scan that counts and finds its chars.
                    let read = match self.heap.get(h) {
                        Obj::Str(s) if !s.ascii => s.s.len().max(out.len()),
                        _ => out.len(),
                    };
                    if read >= 32 {
                        self.charge_fuel(read as u64 / 32)?;
                    }
                    return Ok(self.new_str(out));
                }
                let i = match key {
                    Value::Int(i) => i,
                    Value::Bool(b) => b as i64,
                    // An int past 64 bits is an IndexError, as for lists (`index_of`).
                    Value::Obj(k) if matches!(self.heap.get(k), Obj::BigInt(_)) => {
                        return Err(exc(
                            Ty::IndexError,
                            "cannot fit 'int' into an index-sized integer",
                        ))
                    }
                    _ => {
                        return Err(type_error(format!(
                            "string indices must be integers, not '{}'",
                            self.type_name(key)
                        )))
                    }
                };
                let n = s.char_len() as i64;
                let j = if i < 0 { i + n } else { i };
                let ch = if j < 0 || j >= n {
                    None
                } else {
                    s.char_at(j as usize)
                };
                match ch {
                    Some(c) => Ok(self.char_str(c)),
                    None => Err(exc(Ty::IndexError, "string index out of range")),
                }
            }
            Obj::Dict(d) => {
                let flavor = d.flavor;
                match self.dict_get(obj, key)? {
                    Some(v) => Ok(v),
                    None => self.dict_missing(obj, key, flavor),
                }
            }
            Obj::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let n = range_len(start, stop, step);
                if let Some(sh) = self.is_slice(key) {
                    let idx = self.slice_indices(sh, n as usize)?;
                    let nstart = start + idx.start * step;
                    let nstep = step * idx.step;
                    let nstop = nstart + idx.len as i64 * nstep;
                    return Ok(Value::Obj(self.heap.alloc(Obj::Range {
                        start: nstart,
                        stop: nstop,
                        step: nstep,
                    })));
                }
                // Every index past 64 bits is out of range: a range's length fits in 64 bits here.
                let i = match self.index_of(key, "range") {
                    Err(_) if self.to_bigint(key).is_some() => i64::MAX,
                    r => r?,
                };
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(exc(Ty::IndexError, "range object index out of range"));
                }
                Ok(Value::Int(start + j * step))
            }
            Obj::Match(_) => self.match_getitem(obj, key),
            Obj::Type(_)
                if matches!(
                    Ty::from_handle(h),
                    Some(
                        Ty::List
                            | Ty::Dict
                            | Ty::Tuple
                            | Ty::Set
                            | Ty::FrozenSet
                            | Ty::Type
                            | Ty::DefaultDict
                            | Ty::Counter
                            | Ty::OrderedDict
                    )
                ) =>
            {
                // `list[int]`: a generic alias, as `types.GenericAlias`.
                let make = self.prelude_fn("__npy_generic_alias")?;
                self.call_nested(make, &[obj, key], Vec::new())
            }
            _ => {
                if let Some(r) = self.class_hook(obj, "__class_getitem__", &[key])? {
                    return Ok(r);
                }
                Err(type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(obj)
                )))
            }
        }
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        if self
            .call_dunder(obj, "__setitem__", &[key, value])?
            .is_some()
        {
            return Ok(());
        }
        if let Some(p) = self.payload(obj) {
            return self.setitem(p, key, value);
        }
        let key = if matches!(obj, Value::Obj(h) if matches!(self.heap.get(h), Obj::List(_))) {
            self.sequence_key(key)?
        } else {
            key
        };
        let Value::Obj(h) = obj else {
            return Err(type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            )));
        };
        match self.heap.get(h) {
            Obj::List(l) => {
                let len = l.len();
                if let Some(sh) = self.is_slice(key) {
                    let idx = self.slice_indices(sh, len)?;
                    let new = self.collect_iterable(value)?;
                    self.heap.charge(new.len() * 16);
                    let Obj::List(l) = self.heap.get_mut(h) else {
                        return Ok(());
                    };
                    if idx.step == 1 {
                        let start = idx.start.clamp(0, len as i64) as usize;
                        let stop = (idx.stop.max(idx.start)).clamp(0, len as i64) as usize;
                        l.splice(start..stop, new);
                        return Ok(());
                    }
                    if new.len() != idx.len {
                        return Err(crate::error::value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            idx.len
                        )));
                    }
                    for (i, v) in idx.indices().zip(new) {
                        l[i] = v;
                    }
                    return Ok(());
                }
                let i = self.index_key(key, "list")?;
                let j = if i < 0 { i + len as i64 } else { i };
                if j < 0 || j >= len as i64 {
                    return Err(exc(Ty::IndexError, "list assignment index out of range"));
                }
                if let Obj::List(l) = self.heap.get_mut(h) {
                    l[j as usize] = value;
                }
                Ok(())
            }
            Obj::Dict(_) => self.dict_set(obj, key, value),
            _ => Err(type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if self.call_dunder(obj, "__delitem__", &[key])?.is_some() {
            return Ok(());
        }
        if let Some(p) = self.payload(obj) {
            return self.delitem(p, key);
        }
        let key = if matches!(obj, Value::Obj(h) if matches!(self.heap.get(h), Obj::List(_))) {
            self.sequence_key(key)?
        } else {
            key
        };
        let Value::Obj(h) = obj else {
            return Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            )));
        };
        match self.heap.get(h) {
            Obj::List(l) => {
                let len = l.len();
                if let Some(sh) = self.is_slice(key) {
                    let idx = self.slice_indices(sh, len)?;
                    let mut remove = vec![false; len];
                    for i in idx.indices() {
                        remove[i] = true;
                    }
                    if let Obj::List(l) = self.heap.get_mut(h) {
                        let mut k = 0;
                        l.retain(|_| {
                            let keep = !remove[k];
                            k += 1;
                            keep
                        });
                    }
                    return Ok(());
                }
                let i = self.index_key(key, "list")?;
                let j = if i < 0 { i + len as i64 } else { i };
                if j < 0 || j >= len as i64 {
                    return Err(exc(Ty::IndexError, "list assignment index out of range"));
                }
                if let Obj::List(l) = self.heap.get_mut(h) {
                    l.remove(j as usize);
                }
                Ok(())
            }
            Obj::Dict(_) => match self.dict_remove(obj, key)? {
                Some(_) => Ok(()),
                None => Err(Exc::Args(Ty::KeyError, vec![key])),
            },
            _ => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }

    /// `n.real`, `n.imag`, `n.numerator`, `n.denominator` of an int (a bool, a big int, an int subclass's
    /// value): plain ints, as in CPython (`True.real` is 1).
    pub(crate) fn number_attr(&self, n: Value, name: &str) -> Option<Value> {
        let int = match n {
            Value::Bool(b) => Value::Int(b as i64),
            Value::Int(_) => n,
            Value::Obj(h) if matches!(self.heap.get(h), Obj::BigInt(_)) => n,
            _ => return None,
        };
        match name {
            "real" | "numerator" => Some(int),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        }
    }

    /// `obj.name` under the attribute policy: harmless metadata and methods only; nothing reaches internals.
    pub fn getattr(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        if let Value::Obj(h) = obj {
            match self.heap.get(h) {
                Obj::Instance { class, dict, .. } => {
                    let (class, dict) = (*class, *dict);
                    return self.instance_getattr(obj, class, dict, name);
                }
                Obj::Super { class, obj: inner } => {
                    let (class, inner) = (*class, *inner);
                    return self.super_getattr(class, inner, name);
                }
                Obj::Type(t)
                    if t.dict.is_some()
                        && !matches!(
                            name,
                            "__name__"
                                | "__qualname__"
                                | "__module__"
                                | "__mro__"
                                | "__bases__"
                                | "__dict__"
                        ) =>
                {
                    if name == "__doc__" {
                        return Ok(self.class_doc(h));
                    }
                    if let Some(v) = self.class_getattr(h, name)? {
                        return Ok(v);
                    }
                    // A subclass of a builtin type has that type's methods, unbound (`Row.__getitem__`).
                    if let Some(base) = self.builtin_base(h) {
                        let dunder = name.starts_with("__")
                            && (name == "__init__" || crate::methods::type_has_dunder(base, name));
                        if dunder || crate::methods::has_method(Some(base), name) {
                            return Ok(Value::Obj(self.heap.alloc(Obj::NativeMethod {
                                recv: Value::Obj(base.handle()),
                                name: name.into(),
                            })));
                        }
                    }
                    if let Some(m) = self.object_dunder(h, obj, name) {
                        return Ok(m);
                    }
                    return Err(exc(
                        Ty::AttributeError,
                        format!(
                            "type object '{}' has no attribute '{name}'",
                            self.class_name(h)
                        ),
                    ));
                }
                Obj::StaticMethod(f) | Obj::ClassMethod(f) if name == "__func__" => return Ok(*f),
                // What the script bound: the receiver (an instance, or the class of a classmethod) and
                // the function.
                Obj::BoundMethod { recv, .. } if name == "__self__" => return Ok(*recv),
                Obj::BoundMethod { func, .. } if name == "__func__" => return Ok(*func),
                // `handler.__name__` and other attributes of a bound method are its function's (never
                // `__self__` or `__func__`).
                Obj::BoundMethod { func, .. }
                    if !matches!(name, "__class__" | "__self__" | "__func__" | "__dict__") =>
                {
                    let func = *func;
                    if let Value::Obj(fh) = func {
                        if let Obj::Function(_) = self.heap.get(fh) {
                            if let Some(v) = self.function_getattr(fh, name)? {
                                return Ok(v);
                            }
                        }
                    }
                    if matches!(name, "__name__" | "__qualname__" | "__doc__" | "__module__") {
                        return self.getattr(func, name);
                    }
                }
                Obj::Dict(_) if name == "default_factory" => {
                    if let Some(f) = self.default_factory(obj) {
                        return Ok(f);
                    }
                }
                Obj::Property(p) if matches!(name, "fget" | "fset" | "fdel") => {
                    return Ok(p[match name {
                        "fget" => 0,
                        "fset" => 1,
                        _ => 2,
                    }])
                }
                // The `doc` argument, else the getter's docstring (as CPython's property does).
                Obj::Property(p) if name == "__doc__" => {
                    let (fget, doc) = (p[0], p[3]);
                    return match (doc, fget) {
                        (Value::None, Value::None) => Ok(Value::None),
                        (Value::None, f) => self.getattr(f, "__doc__"),
                        (d, _) => Ok(d),
                    };
                }
                Obj::Exception(e) => {
                    let v = match name {
                        "args" => Some(e.args),
                        "__cause__" => Some(e.cause),
                        "__context__" => Some(e.context),
                        "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
                        "__traceback__" => Some(Value::None),
                        "__dict__" => None,
                        _ => e.attrs.iter().find(|(n, _)| &**n == name).map(|(_, v)| *v),
                    };
                    if name == "__dict__" {
                        // A copy of the attributes the script set (`e.code = 2`).
                        let attrs: Vec<(Box<str>, Value)> = e.attrs.to_vec();
                        let d = self.new_dict();
                        for (n, v) in attrs {
                            let k = self.new_str(&*n);
                            self.dict_set(d, k, v)?;
                        }
                        return Ok(d);
                    }
                    if let Some(v) = v {
                        return Ok(v);
                    }
                    if name == "value" && self.isinstance(obj, Ty::StopIteration.handle()) {
                        let args = self.seq_items(e.args);
                        return Ok(args.first().copied().unwrap_or(Value::None));
                    }
                    let class = e.class;
                    if self.is_user_class(class) {
                        if let Some(a) = self.class_lookup(class, name) {
                            if let Value::Obj(ah) = a {
                                if let Obj::Property(p) = self.heap.get(ah) {
                                    let fget = p[0];
                                    return self.call_nested(fget, &[obj], Vec::new());
                                }
                            }
                            return Ok(self.bind(a, obj, class));
                        }
                    }
                    let module_class = self.is_user_class(class)
                        || matches!(self.heap.get(class), Obj::Type(t) if t.module.is_some());
                    if name == "__module__" && module_class {
                        // A class statement's `__module__` is a class attribute, so instances see it (the
                        // core builtin exceptions have none).
                        return self.getattr(Value::Obj(class), name);
                    }
                }
                Obj::Type(t) => match name {
                    "__name__" => {
                        let n = t.name.to_string();
                        return Ok(self.new_str(n));
                    }
                    "__qualname__" => {
                        let n = t.qualname.to_string();
                        return Ok(self.new_str(n));
                    }
                    "__dict__" if t.dict.is_some() => {
                        // A copy: class namespaces change only through the class.
                        let d = t.dict;
                        return match d {
                            Some(d) => self.dict_copy(Value::Obj(d)),
                            None => Ok(Value::None),
                        };
                    }
                    "__module__" => {
                        let m = match &t.module {
                            Some(m) => m.to_string(),
                            None if t.dict.is_some() && !self.heap.is_permanent(h) => {
                                "__main__".into()
                            }
                            None => "builtins".into(),
                        };
                        return Ok(self.new_str(m));
                    }
                    // `object.__setattr__(self, name, value)`: how frozen classes set their own fields;
                    // `object.__new__(cls)`: how a class's own `__new__` makes its instance.
                    "__setattr__" | "__delattr__" | "__new__"
                        if Ty::from_handle(h) == Some(Ty::Object) =>
                    {
                        return Ok(Value::Obj(self.heap.alloc(Obj::NativeMethod {
                            recv: obj,
                            name: format!("object.{name}").into(),
                        })));
                    }
                    // `tuple.__new__(cls, items)`: how a subclass of an immutable builtin makes its value.
                    "__new__" if Ty::from_handle(h).is_some_and(crate::subclass::extensible) => {
                        return Ok(Value::Obj(self.heap.alloc(Obj::NativeMethod {
                            recv: obj,
                            name: "type.__new__".into(),
                        })));
                    }
                    // `Exception.__init__(self, msg)` in a subclass's `__init__`; `Exception.__str__(e)`.
                    "__init__" | "__str__"
                        if Ty::from_handle(h).is_some_and(|t| t.is_exception()) =>
                    {
                        return Ok(Value::Obj(self.heap.alloc(Obj::NativeMethod {
                            recv: Value::Obj(Ty::Object.handle()),
                            name: format!("object.{name}").into(),
                        })));
                    }
                    "__doc__" => return Ok(Value::None),
                    "__mro__" => {
                        let mro: Vec<Value> = t.mro.iter().map(|h| Value::Obj(*h)).collect();
                        return Ok(self.new_tuple(mro));
                    }
                    "__bases__" => {
                        let b: Vec<Value> = if t.dict.is_some() {
                            t.bases.iter().map(|h| Value::Obj(*h)).collect()
                        } else {
                            t.mro.get(1).map(|h| Value::Obj(*h)).into_iter().collect()
                        };
                        return Ok(self.new_tuple(b));
                    }
                    _ => {
                        let builtin_dunder = name.starts_with("__")
                            && Ty::from_handle(h).is_some_and(|t| {
                                crate::subclass::extensible(t)
                                    && crate::methods::type_has_dunder(t, name)
                            });
                        if builtin_dunder || crate::methods::has_method(Ty::from_handle(h), name) {
                            // An unbound method such as `str.upper`: called with the receiver first.
                            let recv = Value::Obj(h);
                            return Ok(Value::Obj(self.heap.alloc(Obj::NativeMethod {
                                recv,
                                name: name.into(),
                            })));
                        }
                    }
                },
                Obj::Function(_) => {
                    if let Some(v) = self.function_getattr(h, name)? {
                        return Ok(v);
                    }
                }
                Obj::Module(m) => {
                    let (attrs, module) = (m.attrs, m.name.clone());
                    if let Some(v) = self.dict_get_str(attrs, name) {
                        return Ok(v);
                    }
                    if name == "__name__" {
                        return Ok(self.new_str(&*module));
                    }
                    if &*module == "tools" && crate::modules::tools::is_tool_attribute(name) {
                        return Ok(crate::modules::tools::tool_function(self, name));
                    }
                    return Err(exc(
                        Ty::AttributeError,
                        format!("module '{module}' has no attribute '{name}'"),
                    ));
                }
                Obj::Pattern(_) | Obj::Match(_) => {
                    if let Some(v) = self.re_getattr(obj, name)? {
                        return Ok(v);
                    }
                }
                Obj::Hash(_) => {
                    if let Some(v) = self.hash_getattr(obj, name)? {
                        return Ok(v);
                    }
                }
                Obj::Uuid(_) => {
                    if let Some(v) = self.uuid_getattr(obj, name)? {
                        return Ok(v);
                    }
                }
                Obj::Range { start, stop, step } => match name {
                    "start" => return Ok(Value::Int(*start)),
                    "stop" => return Ok(Value::Int(*stop)),
                    "step" => return Ok(Value::Int(*step)),
                    _ => {}
                },
                Obj::Slice(parts) => match name {
                    "start" => return Ok(parts[0]),
                    "stop" => return Ok(parts[1]),
                    "step" => return Ok(parts[2]),
                    _ => {}
                },
                Obj::Cap(_) => {
                    if let Some(v) = self.cap_getattr(obj, h, name)? {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        match name {
            "__class__" => return Ok(Value::Obj(self.type_of(obj))),
            "__doc__" => return Ok(Value::None),
            _ => {}
        }
        if let Value::Native(i) = obj {
            if name == "__name__" || name == "__qualname__" {
                let n = crate::modules::native_name(i);
                return Ok(self.new_str(n));
            }
        }
        if let Some(v) = self.number_attr(obj, name) {
            return Ok(v);
        }
        if let Value::Float(f) = obj {
            match name {
                "real" => return Ok(obj),
                "imag" => return Ok(Value::Float(0.0 * f)),
                _ => {}
            }
        }
        let ty = Ty::from_handle(self.type_of(obj));
        let dunder =
            name.starts_with("__") && ty.is_some_and(|t| crate::methods::type_has_dunder(t, name));
        if dunder || crate::methods::has_method(ty, name) {
            return Ok(Value::Obj(self.heap.alloc(Obj::NativeMethod {
                recv: obj,
                name: name.into(),
            })));
        }
        Err(exc(
            Ty::AttributeError,
            format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        ))
    }

    /// `del obj.name`: an attribute of a user instance, or of a user class (where an Enum refuses to lose a
    /// member). Builtin values and types have no deletable attributes.
    /// `obj.__class__ = cls` for an instance of a user class: allowed, as in CPython, between script
    /// classes of the same layout (same builtin base, same `__slots__`).
    fn set_instance_class(&mut self, h: Handle, class: Handle, value: Value) -> PyResult<()> {
        let new = match value {
            Value::Obj(c) if matches!(self.heap.get(c), Obj::Type(_)) => c,
            _ => {
                return Err(type_error(format!(
                    "__class__ must be set to a class, not '{}' object",
                    self.type_name(value)
                )))
            }
        };
        // Standard-library classes (the prelude's, permanent) are CPython's immutable types here: neither
        // side of the assignment may be one.
        if !self.is_user_class(new) || self.heap.is_permanent(new) || self.heap.is_permanent(class)
        {
            return Err(type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let layout = |vm: &Vm, c: Handle| match vm.heap.get(c) {
            Obj::Type(t) => (t.builtin_base, t.slots.clone()),
            _ => (None, None),
        };
        if layout(self, class) != layout(self, new) {
            return Err(type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                self.class_name(new),
                self.class_name(class)
            )));
        }
        if let Obj::Instance { class, .. } = self.heap.get_mut(h) {
            *class = new;
        }
        Ok(())
    }

    pub fn delattr(&mut self, obj: Value, name: &str) -> PyResult<()> {
        if name == "__class__" {
            return Err(type_error("can't delete __class__ attribute"));
        }
        if let Value::Obj(h) = obj {
            if !self.heap.is_permanent(h) {
                match self.heap.get(h) {
                    Obj::Instance { class, dict, .. } => {
                        let (class, dict) = (*class, *dict);
                        return self.instance_delattr(obj, class, dict, name);
                    }
                    Obj::Function(_) => return self.function_delattr(h, name),
                    Obj::Type(t) if t.dict.is_some() => {
                        let dict = t.dict;
                        if name.starts_with("__") && name.ends_with("__") && name != "__init__" {
                            return Err(exc(
                                Ty::AttributeError,
                                format!("cannot delete '{name}' from a class in nPython"),
                            ));
                        }
                        let name_value = self.new_str(name);
                        self.class_hook(obj, "__npy_class_setattr__", &[name_value])?;
                        if let Some(d) = dict {
                            if self.dict_remove(Value::Obj(d), name_value)?.is_some() {
                                return Ok(());
                            }
                        }
                        return Err(exc(
                            Ty::AttributeError,
                            format!(
                                "type object '{}' has no attribute '{name}'",
                                self.class_name(h)
                            ),
                        ));
                    }
                    _ => {}
                }
            }
        }
        Err(exc(
            Ty::AttributeError,
            format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        ))
    }

    /// `obj.name = value`: only exceptions carry settable attributes among the builtin types.
    pub fn setattr(&mut self, obj: Value, name: &str, value: Value) -> PyResult<()> {
        if let Value::Obj(h) = obj {
            let prelude_object = match self.heap.get(h) {
                Obj::Instance { .. } => true,
                Obj::Type(t) => t.dict.is_some(),
                _ => false,
            };
            if prelude_object && self.heap.is_permanent(h) {
                // Prelude classes and objects outlive the job (a reused VM keeps them): one job must not be
                // able to change what the next one sees.
                return Err(exc(
                    Ty::AttributeError,
                    format!(
                        "cannot set '{name}': '{}' objects of the standard library are read-only in nPython",
                        self.type_name(obj)
                    ),
                ));
            }
            match self.heap.get(h) {
                Obj::Instance { class, dict, .. } => {
                    let (class, dict) = (*class, *dict);
                    if name == "__class__" {
                        return self.set_instance_class(h, class, value);
                    }
                    if name == "__dict__" {
                        return Err(exc(
                            Ty::AttributeError,
                            format!("attribute '{name}' cannot be assigned in nPython"),
                        ));
                    }
                    return self.instance_setattr(obj, class, dict, name, value);
                }
                Obj::Type(t) => {
                    let Some(d) = t.dict else {
                        return Err(type_error(format!(
                            "cannot set '{name}' attribute of immutable type '{}'",
                            t.name
                        )));
                    };
                    if matches!(
                        name,
                        "__dict__"
                            | "__class__"
                            | "__name__"
                            | "__qualname__"
                            | "__mro__"
                            | "__bases__"
                    ) {
                        return Err(exc(
                            Ty::AttributeError,
                            format!("cannot set '{name}' on a class in nPython"),
                        ));
                    }
                    if matches!(value, Value::Obj(p) if matches!(self.heap.get(p), Obj::Property(_)))
                        || self.descriptor(value).is_some_and(|d| d.data)
                    {
                        self.properties_added_late = true;
                    }
                    if name == "__new__" {
                        self.new_added_late = true;
                    }
                    // An Enum refuses to rebind its members (CPython's EnumType.__setattr__).
                    let name_value = self.new_str(name);
                    self.class_hook(obj, "__npy_class_setattr__", &[name_value])?;
                    let key = self.new_str(name);
                    return self.dict_set(Value::Obj(d), key, value);
                }
                _ => {}
            }
            if let Obj::Exception(e) = self.heap.get_mut(h) {
                match name {
                    "__cause__" => {
                        e.cause = value;
                        e.suppress_context = true;
                    }
                    "__context__" => e.context = value,
                    "__suppress_context__" => {
                        e.suppress_context = matches!(value, Value::Bool(true))
                    }
                    "__traceback__" | "__class__" | "__dict__" => {
                        return Err(exc(
                            Ty::AttributeError,
                            format!("attribute '{name}' is read-only"),
                        ));
                    }
                    _ => match e.attrs.iter_mut().find(|(n, _)| &**n == name) {
                        Some(slot) => slot.1 = value,
                        None => e.attrs.push((name.into(), value)),
                    },
                }
                return Ok(());
            }
            if let Obj::Function(_) = self.heap.get(h) {
                return self.function_setattr(h, name, value);
            }
            if let Obj::Module(m) = self.heap.get(h) {
                return Err(exc(
                    Ty::AttributeError,
                    format!(
                        "cannot set '{name}' on module '{}': modules are read-only in nPython",
                        m.name
                    ),
                ));
            }
        }
        Err(exc(
            Ty::AttributeError,
            format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        ))
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        self.repr_into(v, &mut out, 0)?;
        Ok(out)
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: Value) -> PyResult<String> {
        if let Some(class) = self.user_dunder(v) {
            if self.class_lookup(class, "__str__").is_some() {
                let r = self.call_dunder(v, "__str__", &[])?.unwrap_or(Value::None);
                return crate::class::expect_str(self, r, "__str__");
            }
            // str and bytes have a `__str__` of their own, which a subclass's `__repr__` does not change.
            let own_str = matches!(self.builtin_base(class), Some(Ty::Str | Ty::Bytes));
            if !own_str && self.class_lookup(class, "__repr__").is_some() {
                return self.repr(v);
            }
            if let Some(p) = self.payload(v) {
                return if own_str {
                    self.str_of(p)
                } else {
                    self.repr(v)
                };
            }
        }
        if let Some(s) = self.str_ref(v) {
            return Ok(s.to_string());
        }
        if let Value::Obj(h) = v {
            if let Obj::Uuid(u) = self.heap.get(h) {
                return Ok(crate::modules::uuid::canonical(**u));
            }
            if let Obj::Exception(_) = self.heap.get(h) {
                return self.exception_str(h);
            }
        }
        self.repr(v)
    }

    /// `BaseException.__str__`: the one argument's str (KeyError: its repr), else the args' repr.
    pub(crate) fn exception_str(&mut self, h: Handle) -> PyResult<String> {
        let Obj::Exception(e) = self.heap.get(h) else {
            return self.repr(Value::Obj(h));
        };
        let args = self.seq_items(e.args);
        let is_key = self.isinstance(Value::Obj(h), Ty::KeyError.handle());
        match args.len() {
            0 => Ok(String::new()),
            1 if !is_key => self.str_of(args[0]),
            1 => self.repr(args[0]),
            _ => self.repr(self.heap_tuple_value(h)),
        }
    }

    /// repr of an instance of a user class: its `__repr__`, else the default `<__main__.C object at ...>`.
    fn repr_instance(&mut self, v: Value, class: Handle, out: &mut String) -> PyResult<()> {
        if self.class_lookup(class, "__repr__").is_some() {
            let r = self.call_dunder(v, "__repr__", &[])?.unwrap_or(Value::None);
            out.push_str(&crate::class::expect_str(self, r, "__repr__")?);
        } else if let Some(p) = self.payload(v) {
            let s = self.repr(p)?;
            // `Counter(...)`, `defaultdict(...)`, `OrderedDict(...)` show the subclass's name instead.
            let base_name = self.type_name(p).to_string();
            match s.strip_prefix(base_name.as_str()) {
                Some(rest) if rest.starts_with('(') => {
                    out.push_str(self.class_name(class));
                    out.push_str(rest);
                }
                _ => out.push_str(&s),
            }
        } else {
            let s = self.default_repr(v);
            out.push_str(&s);
        }
        Ok(())
    }

    fn heap_tuple_value(&self, exc: Handle) -> Value {
        match self.heap.get(exc) {
            Obj::Exception(e) => e.args,
            _ => Value::None,
        }
    }

    pub(crate) fn repr_into(&mut self, v: Value, out: &mut String, depth: usize) -> PyResult<()> {
        if depth > MAX_NESTING {
            return Err(exc(
                Ty::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        match v.plain() {
            Value::Undef | Value::None | Value::Builder(_) => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => {
                use std::fmt::Write;
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => out.push_str(&crate::format::float_repr(f)),
            Value::Native(i) => {
                out.push_str("<built-in function ");
                out.push_str(crate::modules::native_name(i));
                out.push('>');
            }
            Value::Obj(h) => {
                if self.repr_active.contains(&h) {
                    out.push_str(match self.heap.get(h) {
                        Obj::List(_) => "[...]",
                        Obj::Dict(_) => "{...}",
                        _ => "...",
                    });
                    return Ok(());
                }
                match self.heap.get(h) {
                    Obj::Str(s) => crate::format::str_repr(&s.s, out),
                    Obj::BigInt(b) => {
                        let digits = b.bits() as f64 * std::f64::consts::LOG10_2;
                        if digits > crate::format::MAX_STR_DIGITS as f64 {
                            return Err(crate::format::digits_error());
                        }
                        out.push_str(&b.to_string());
                    }
                    Obj::Dict(d) if !matches!(d.flavor, Flavor::Plain) => {
                        let flavor = d.flavor;
                        self.repr_active.push(h);
                        let r = self.flavored_dict_repr(v, flavor, out, depth);
                        self.repr_active.pop();
                        r?;
                    }
                    Obj::List(_)
                    | Obj::Tuple(_)
                    | Obj::Set(_)
                    | Obj::FrozenSet(_)
                    | Obj::Dict(_) => {
                        self.repr_active.push(h);
                        let r = self.repr_container(h, out, depth);
                        self.repr_active.pop();
                        r?;
                    }
                    Obj::Function(f) => {
                        let name = self.code_name(f.code, true);
                        out.push_str(&format!("<function {name}>"));
                    }
                    Obj::BoundMethod { func, .. } => {
                        let func = *func;
                        out.push_str("<bound method ");
                        if let Value::Obj(fh) = func {
                            if let Obj::Function(f) = self.heap.get(fh) {
                                out.push_str(&self.code_name(f.code, true));
                            }
                        }
                        out.push('>');
                    }
                    Obj::NativeMethod { recv, name } => {
                        let s = format!(
                            "<built-in method {name} of {} object>",
                            self.type_name(*recv)
                        );
                        out.push_str(&s);
                    }
                    Obj::Cell(_) => out.push_str("<cell>"),
                    Obj::Pattern(_) | Obj::Match(_) => self.re_repr(v, out)?,
                    Obj::Generator(_) => {
                        let s = self.generator_repr(h);
                        out.push_str(&s);
                    }
                    Obj::Hash(s) => out.push_str(&format!("<{} _hashlib.HASH object>", s.name())),
                    Obj::Uuid(u) => {
                        out.push_str(&format!("UUID('{}')", crate::modules::uuid::canonical(**u)))
                    }
                    Obj::Range { start, stop, step } => {
                        if *step == 1 {
                            out.push_str(&format!("range({start}, {stop})"));
                        } else {
                            out.push_str(&format!("range({start}, {stop}, {step})"));
                        }
                    }
                    Obj::Iter(_) => {
                        let s = format!("<{} object>", self.type_name(v));
                        out.push_str(&s);
                    }
                    Obj::Slice(parts) => {
                        let [start, stop, step] = &**parts;
                        let (a, b, c) = (*start, *stop, *step);
                        out.push_str("slice(");
                        self.repr_into(a, out, depth + 1)?;
                        out.push_str(", ");
                        self.repr_into(b, out, depth + 1)?;
                        out.push_str(", ");
                        self.repr_into(c, out, depth + 1)?;
                        out.push(')');
                    }
                    Obj::DictView { dict, kind } => {
                        let (dict, kind) = (*dict, *kind);
                        out.push_str(match kind {
                            ViewKind::Keys => "dict_keys(",
                            ViewKind::Values => "dict_values(",
                            ViewKind::Items => "dict_items(",
                        });
                        let _ = dict;
                        let items = self.collect_iterable(v)?;
                        let l = self.new_list(items);
                        self.repr_into(l, out, depth + 1)?;
                        out.push(')');
                    }
                    Obj::Type(t)
                        if t.dict.is_some()
                            && self.class_lookup(h, "__npy_class_repr__").is_some() =>
                    {
                        let r = self.class_hook(v, "__npy_class_repr__", &[])?;
                        match r.and_then(|r| self.str_ref(r).map(str::to_string)) {
                            Some(s) => out.push_str(&s),
                            None => return Err(type_error("__repr__ returned non-string")),
                        }
                    }
                    Obj::Type(t) => {
                        // Prelude classes (builtin exceptions, library types) are not the script's `__main__`.
                        let s = if let Some(m) = &t.module {
                            format!("<class '{m}.{}'>", t.qualname)
                        } else if t.dict.is_some() && !self.heap.is_permanent(h) {
                            format!("<class '__main__.{}'>", t.qualname)
                        } else {
                            format!("<class '{}'>", t.name)
                        };
                        out.push_str(&s);
                    }
                    Obj::Exception(e)
                        if self.is_user_class(e.class) && {
                            let c = e.class;
                            self.class_lookup(c, "__repr__").is_some()
                        } =>
                    {
                        let class = e.class;
                        self.repr_instance(v, class, out)?;
                    }
                    Obj::Exception(e) => {
                        let name = self.class_name(e.class).to_string();
                        let args = e.args;
                        out.push_str(&name);
                        let items = self.seq_items(args);
                        if items.len() == 1 {
                            out.push('(');
                            self.repr_into(items[0], out, depth + 1)?;
                            out.push(')');
                        } else {
                            self.repr_into(args, out, depth + 1)?;
                        }
                    }
                    Obj::Module(m) => {
                        let s = format!("<module '{}' (built-in)>", m.name);
                        out.push_str(&s);
                    }
                    Obj::Instance { class, .. } => {
                        let class = *class;
                        self.repr_instance(v, class, out)?;
                    }
                    Obj::Super { class, .. } => {
                        let s = format!("<super: <class '{}'>, <object>>", self.class_name(*class));
                        out.push_str(&s);
                    }
                    Obj::StaticMethod(_) => out.push_str("<staticmethod object>"),
                    Obj::ClassMethod(_) => out.push_str("<classmethod object>"),
                    Obj::Property(_) => out.push_str("<property object>"),
                    Obj::NotImplemented => out.push_str("NotImplemented"),
                    Obj::Cap(c) => out.push_str(&c.repr()),
                    Obj::Bytes(b) => crate::bytes::repr_into(b, out),
                    Obj::Free => out.push_str("<freed>"),
                }
            }
        }
        Ok(())
    }

    fn repr_container(&mut self, h: Handle, out: &mut String, depth: usize) -> PyResult<()> {
        enum Kind {
            List,
            Tuple,
            Set(bool),
            Dict,
        }
        let (kind, items): (Kind, Vec<Value>) = match self.heap.get(h) {
            Obj::List(l) => (Kind::List, l.clone()),
            Obj::Tuple(t) => (Kind::Tuple, t.to_vec()),
            Obj::Set(d) => (Kind::Set(false), d.iter().map(|(_, k, _)| k).collect()),
            Obj::FrozenSet(d) => (Kind::Set(true), d.iter().map(|(_, k, _)| k).collect()),
            Obj::Dict(d) => (Kind::Dict, d.iter().flat_map(|(_, k, v)| [k, v]).collect()),
            _ => return Ok(()),
        };
        self.charge_fuel(items.len() as u64)?;
        match kind {
            Kind::List | Kind::Tuple => {
                let is_tuple = matches!(kind, Kind::Tuple);
                out.push(if is_tuple { '(' } else { '[' });
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_into(*v, out, depth + 1)?;
                }
                if is_tuple && items.len() == 1 {
                    out.push(',');
                }
                out.push(if is_tuple { ')' } else { ']' });
            }
            Kind::Set(frozen) => {
                if items.is_empty() {
                    out.push_str(if frozen { "frozenset()" } else { "set()" });
                    return Ok(());
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_into(*v, out, depth + 1)?;
                }
                out.push('}');
                if frozen {
                    out.push(')');
                }
            }
            Kind::Dict => {
                out.push('{');
                for (i, kv) in items.chunks(2).enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_into(kv[0], out, depth + 1)?;
                    out.push_str(": ");
                    self.repr_into(kv[1], out, depth + 1)?;
                }
                out.push('}');
            }
        }
        if out.len() > self.limits.max_memory_bytes {
            return Err(crate::error::memory_limit());
        }
        Ok(())
    }
}

enum IterStep {
    Seq(Handle, usize),
    Str(Handle, usize),
    Dict(Handle, usize, ViewKind, usize),
    Enumerate(Value, i64),
    Zip(Vec<Value>, bool),
    Reversed(Handle, usize),
}

fn seq_get(items: &[Value], i: i64) -> Option<Value> {
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        None
    } else {
        Some(items[j as usize])
    }
}
