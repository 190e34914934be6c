//! Numbers and operators: int (i64 with transparent bigint overflow), float, and the binary, unary and
//! comparison operators over every builtin type, with CPython's semantics and messages.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::{BinOp, CmpOp, UnOp};
use crate::dict::Flavor;
use crate::error::{exc, memory_limit, type_error, value_error, Exc, PyResult};
use crate::heap::Obj;
use crate::interp::Vm;
use crate::types::Ty;
use crate::value::Value;

/// Most bits an int result may have before the operation is refused up front (about 100,000 digits
/// more than CPython's default str-conversion limit, far below anything that could exhaust memory).
const MAX_INT_BITS: u64 = 8 << 20;

/// The int+int fast path: None when the result needs the slow path (overflow, division, errors).
#[inline(always)]
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mul => x.checked_mul(y).map(Value::Int),
        BinOp::FloorDiv if y > 0 => Some(Value::Int(x.div_euclid(y))),
        BinOp::Mod if y > 0 => Some(Value::Int(x.rem_euclid(y))),
        BinOp::BitAnd => Some(Value::Int(x & y)),
        BinOp::BitOr => Some(Value::Int(x | y)),
        BinOp::BitXor => Some(Value::Int(x ^ y)),
        _ => None,
    }
}

/// The float+float fast path.
#[inline(always)]
pub fn float_fast(op: BinOp, x: f64, y: f64) -> Option<Value> {
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mul => Some(Value::Float(x * y)),
        BinOp::TrueDiv if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

#[inline(always)]
/// `x op y` on two small ints. Not for `in`/`not in`, which raise on an int container: callers take the
/// general path for those (see `int_fast_cmp`).
pub fn cmp_ints(op: CmpOp, x: i64, y: i64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::Ne | CmpOp::IsNot => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
        CmpOp::In | CmpOp::NotIn => false,
    }
}

/// Whether `cmp_ints` computes `op`: every comparison but membership.
#[inline]
pub fn int_fast_cmp(op: CmpOp) -> bool {
    !matches!(op, CmpOp::In | CmpOp::NotIn)
}

/// A number widened for mixed arithmetic.
#[derive(Debug, Clone)]
pub(crate) enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

/// Python's float floor-division and modulo (CPython's float_divmod).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn bigint_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(exc(Ty::OverflowError, "int too large to convert to float")),
    }
}

impl Vm {
    /// Normalises a bigint result: back to an immediate when it fits.
    pub fn bigint(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(self.heap.alloc(Obj::BigInt(b))),
        }
    }

    pub(crate) fn num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::Int(i)),
            Value::Bool(b) => Some(Num::Int(b as i64)),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(h) => match self.heap.get(h) {
                Obj::BigInt(b) => Some(Num::Big(b.clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// An int value as a BigInt, when it is an int (or bool).
    pub(crate) fn to_bigint(&self, v: Value) -> Option<BigInt> {
        match self.num(self.unwrap_payload(v))? {
            Num::Int(i) => Some(BigInt::from(i)),
            Num::Big(b) => Some(b),
            Num::Float(_) => None,
        }
    }

    pub(crate) fn to_f64(&self, v: Value) -> PyResult<Option<f64>> {
        Ok(match self.num(self.unwrap_payload(v)) {
            Some(Num::Int(i)) => Some(i as f64),
            Some(Num::Float(f)) => Some(f),
            Some(Num::Big(b)) => Some(bigint_to_f64(&b)?),
            None => None,
        })
    }

    fn check_bits(&self, bits: u64) -> PyResult<()> {
        if bits > MAX_INT_BITS {
            return Err(memory_limit());
        }
        self.heap
            .check_room((bits / 8) as usize)
            .map_err(|_| memory_limit())
    }

    /// Whether `v` can stand in a `|` union of types: a class, None, or an alias or union already made.
    fn is_type_expr(&self, v: Value) -> bool {
        match v {
            Value::None => true,
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Type(_) => true,
                Obj::Instance { class, .. } => ["__npy_GenericAlias", "__npy_UnionType"]
                    .iter()
                    .any(|n| matches!(self.builtins.get(*n), Some(Value::Obj(c)) if c == class)),
                _ => false,
            },
            _ => false,
        }
    }

    /// `lhs op rhs` for every type.
    pub fn binary(&mut self, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
        if let (Some(a), Some(b)) = (self.num(lhs), self.num(rhs)) {
            if let (Value::Bool(x), Value::Bool(y)) = (lhs, rhs) {
                match op {
                    BinOp::BitAnd => return Ok(Value::Bool(x & y)),
                    BinOp::BitOr => return Ok(Value::Bool(x | y)),
                    BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
                    _ => {}
                }
            }
            return self.numeric(op, a, b, lhs, rhs);
        }
        if let (Value::Obj(a), Value::Obj(b)) = (lhs, rhs) {
            match (self.heap.get(a), self.heap.get(b), op) {
                (Obj::Str(x), Obj::Str(y), BinOp::Add) => {
                    let mut s = String::with_capacity(x.s.len() + y.s.len());
                    s.push_str(&x.s);
                    s.push_str(&y.s);
                    return Ok(self.new_str(s));
                }
                (Obj::Bytes(x), Obj::Bytes(y), BinOp::Add) => {
                    let joined = [&x[..], &y[..]].concat();
                    return Ok(self.new_bytes(joined));
                }
                (Obj::Bytes(_), other, BinOp::Add) if !matches!(other, Obj::Instance { .. }) => {
                    return Err(type_error(format!(
                        "can't concat {} to bytes",
                        self.type_name(rhs)
                    )));
                }
                (Obj::List(x), Obj::List(y), BinOp::Add) => {
                    let mut v = Vec::with_capacity(x.len() + y.len());
                    v.extend_from_slice(x);
                    v.extend_from_slice(y);
                    return Ok(self.new_list(v));
                }
                (Obj::Tuple(x), Obj::Tuple(y), BinOp::Add) => {
                    let mut v = Vec::with_capacity(x.len() + y.len());
                    v.extend_from_slice(x);
                    v.extend_from_slice(y);
                    return Ok(self.new_tuple(v));
                }
                (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_), _)
                    if matches!(
                        op,
                        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
                    ) =>
                {
                    return self.set_op(op, lhs, rhs);
                }
                (
                    Obj::DictView { kind, .. },
                    _,
                    BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                ) if *kind != crate::heap::ViewKind::Values => {
                    // Key and item views behave as sets.
                    let items = self.collect_iterable(lhs)?;
                    let left = self.new_set(items)?;
                    let items = self.collect_iterable(rhs)?;
                    let right = self.new_set(items)?;
                    return self.set_op(op, left, right);
                }
                (Obj::Dict(x), Obj::Dict(y), _)
                    if matches!(x.flavor, Flavor::Counter)
                        && matches!(y.flavor, Flavor::Counter) =>
                {
                    if let Some(r) = self.counter_binary(op, lhs, rhs)? {
                        return Ok(r);
                    }
                }
                (Obj::Dict(_), Obj::Dict(_), BinOp::BitOr) => {
                    let d = self.dict_copy(lhs)?;
                    self.dict_update(d, rhs)?;
                    return Ok(d);
                }
                _ => {}
            }
        }
        if op == BinOp::Mul {
            if let Some(n) = self.repeat_count(rhs) {
                if let Some(r) = self.repeat(lhs, n)? {
                    return Ok(r);
                }
            }
            if let Some(n) = self.repeat_count(lhs) {
                if let Some(r) = self.repeat(rhs, n)? {
                    return Ok(r);
                }
            }
            let user = self.user_dunder(lhs).is_some() || self.user_dunder(rhs).is_some();
            if !user && (self.is_sequence(lhs) || self.is_sequence(rhs)) {
                let other = if self.is_sequence(lhs) { rhs } else { lhs };
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                )));
            }
        }
        if op == BinOp::Mod {
            if let Some(s) = self.str_ref(lhs) {
                let s = s.to_string();
                return self.percent_format(&s, rhs);
            }
        }
        if let Some(v) = self.user_binary(op, lhs, rhs)? {
            return Ok(v);
        }
        if op == BinOp::BitOr && self.is_type_expr(lhs) && self.is_type_expr(rhs) {
            // `int | None`: a union type, as `types.UnionType`.
            let make = self.prelude_fn("__npy_make_union")?;
            return self.call_nested(make, &[lhs, rhs], Vec::new());
        }
        if self.payload(lhs).is_some() || self.payload(rhs).is_some() {
            let (l, r) = (self.unwrap_payload(lhs), self.unwrap_payload(rhs));
            return self.binary(op, l, r);
        }
        if op == BinOp::Mul {
            if let Some(r) = self.repeat_by_index(lhs, rhs)? {
                return Ok(r);
            }
        }
        if op == BinOp::Add {
            for (ty, what) in [(Ty::Str, "str"), (Ty::List, "list"), (Ty::Tuple, "tuple")] {
                if self.type_of(lhs) == ty.handle() {
                    return Err(type_error(format!(
                        "can only concatenate {what} (not \"{}\") to {what}",
                        self.type_name(rhs)
                    )));
                }
            }
        }
        let sym = if op == BinOp::Pow {
            "** or pow()"
        } else {
            op.symbol()
        };
        Err(type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(lhs),
            self.type_name(rhs)
        )))
    }

    /// `seq * n` where `n` is an object with `__index__` (CPython's sequence repeat takes any index);
    /// CPython's TypeError when the other operand is a sequence but `n` is no index; None when neither
    /// operand is a sequence.
    fn repeat_by_index(&mut self, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
        let (seq, count) = if self.is_sequence(lhs) {
            (lhs, rhs)
        } else if self.is_sequence(rhs) {
            (rhs, lhs)
        } else {
            return Ok(None);
        };
        match self.call_dunder(count, "__index__", &[])? {
            Some(Value::Int(n)) => self.repeat(seq, n),
            Some(Value::Bool(b)) => self.repeat(seq, b as i64),
            Some(v) if self.repeat_count(v).is_some() => {
                let n = self.repeat_count(v).unwrap_or(i64::MAX);
                self.repeat(seq, n)
            }
            Some(v) => Err(type_error(format!(
                "__index__ returned non-int (type {})",
                self.type_name(v)
            ))),
            None => Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(count)
            ))),
        }
    }

    fn is_sequence(&self, v: Value) -> bool {
        matches!(v, Value::Obj(h) if matches!(self.heap.get(h), Obj::Str(_) | Obj::Bytes(_) | Obj::List(_) | Obj::Tuple(_)))
    }

    fn repeat_count(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            Value::Obj(h) => match self.heap.get(h) {
                // Out of range either way: `repeat` turns this into CPython's OverflowError.
                Obj::BigInt(_) => Some(i64::MAX),
                _ => None,
            },
            _ => None,
        }
    }

    /// `seq * n` for str, list and tuple; None when `seq` is not a sequence.
    /// A count beyond the machine range is CPython's OverflowError, whatever its sign.
    fn repeat(&mut self, seq: Value, n: i64) -> PyResult<Option<Value>> {
        let Value::Obj(h) = seq else { return Ok(None) };
        if n == i64::MAX && self.is_sequence(seq) {
            return Err(exc(
                Ty::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        let n = n.max(0) as usize;
        let unit = match self.heap.get(h) {
            Obj::Str(s) => s.s.len(),
            Obj::Bytes(b) => b.len(),
            Obj::List(l) => l.len() * 16,
            Obj::Tuple(t) => t.len() * 16,
            _ => return Ok(None),
        };
        let total = unit.checked_mul(n).ok_or_else(memory_limit)?;
        self.heap.check_room(total).map_err(|_| memory_limit())?;
        // Copying is cheap per byte: one unit of fuel per 256 bytes.
        self.charge_fuel((total / 256) as u64)?;
        Ok(Some(match self.heap.get(h) {
            Obj::Str(s) => {
                let r = s.s.repeat(n);
                self.new_str(r)
            }
            Obj::Bytes(b) => {
                let r = b.repeat(n);
                self.new_bytes(r)
            }
            Obj::List(l) => {
                let r = l.repeat(n);
                self.new_list(r)
            }
            Obj::Tuple(t) => {
                let r = t.repeat(n);
                self.new_tuple(r)
            }
            _ => return Ok(None),
        }))
    }

    fn numeric(&mut self, op: BinOp, a: Num, b: Num, lhs: Value, rhs: Value) -> PyResult<Value> {
        match (a, b) {
            (Num::Float(x), y) => {
                let y = self.num_to_f64(y)?;
                self.float_op(op, x, y, lhs, rhs)
            }
            (x, Num::Float(y)) => {
                let x = self.num_to_f64(x)?;
                self.float_op(op, x, y, lhs, rhs)
            }
            (Num::Int(x), Num::Int(y)) => self.int_op(op, x, y),
            (x, y) => {
                let x = num_big(x);
                let y = num_big(y);
                self.big_op(op, x, y)
            }
        }
    }

    fn num_to_f64(&self, n: Num) -> PyResult<f64> {
        match n {
            Num::Int(i) => Ok(i as f64),
            Num::Float(f) => Ok(f),
            Num::Big(b) => bigint_to_f64(&b),
        }
    }

    fn int_op(&mut self, op: BinOp, x: i64, y: i64) -> PyResult<Value> {
        if let Some(v) = int_fast(op, x, y) {
            return Ok(v);
        }
        match op {
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(exc(Ty::ZeroDivisionError, "division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    Ok(Value::Float(x as f64 / y as f64))
                } else {
                    self.big_op(op, BigInt::from(x), BigInt::from(y))
                }
            }
            BinOp::FloorDiv | BinOp::Mod if y == 0 => Err(exc(
                Ty::ZeroDivisionError,
                if op == BinOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                },
            )),
            BinOp::FloorDiv => match x.checked_div(y) {
                Some(q) => Ok(Value::Int(if (x % y != 0) && ((x < 0) != (y < 0)) {
                    q - 1
                } else {
                    q
                })),
                None => self.big_op(op, BigInt::from(x), BigInt::from(y)),
            },
            BinOp::Mod => match x.checked_rem(y) {
                Some(r) => Ok(Value::Int(if r != 0 && ((r < 0) != (y < 0)) {
                    r + y
                } else {
                    r
                })),
                None => Ok(Value::Int(0)),
            },
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(exc(
                            Ty::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    return Ok(Value::Float((x as f64).powf(y as f64)));
                }
                if let Ok(e) = u32::try_from(y) {
                    if let Some(r) = x.checked_pow(e) {
                        return Ok(Value::Int(r));
                    }
                }
                self.big_op(op, BigInt::from(x), BigInt::from(y))
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(value_error("negative shift count"));
                }
                if x == 0 {
                    return Ok(Value::Int(0));
                }
                if y < 63 {
                    let r = x.checked_shl(y as u32).filter(|r| r >> y == x);
                    if let Some(r) = r {
                        return Ok(Value::Int(r));
                    }
                }
                self.big_op(op, BigInt::from(x), BigInt::from(y))
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(value_error("negative shift count"));
                }
                Ok(Value::Int(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                }))
            }
            _ => self.big_op(op, BigInt::from(x), BigInt::from(y)),
        }
    }

    fn big_op(&mut self, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => {
                self.check_bits(x.bits().max(y.bits()) + 1)?;
                x + y
            }
            BinOp::Sub => {
                self.check_bits(x.bits().max(y.bits()) + 1)?;
                x - y
            }
            BinOp::Mul => {
                self.check_bits(x.bits() + y.bits())?;
                self.charge_fuel(x.bits() * y.bits() / 4096)?;
                x * y
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(exc(Ty::ZeroDivisionError, "division by zero"));
                }
                return Ok(Value::Float(big_true_div(&x, &y)?));
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(exc(
                        Ty::ZeroDivisionError,
                        "integer division or modulo by zero",
                    ));
                }
                x.div_floor(&y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(exc(Ty::ZeroDivisionError, "integer modulo by zero"));
                }
                x.mod_floor(&y)
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let xf = bigint_to_f64(&x)?;
                    let yf = bigint_to_f64(&y)?;
                    if xf == 0.0 {
                        return Err(exc(
                            Ty::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    return Ok(Value::Float(xf.powf(yf)));
                }
                if x.is_zero() || x.is_one() {
                    return Ok(self.bigint(x));
                }
                if x == BigInt::from(-1) {
                    return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
                }
                let e = y.to_u64().ok_or_else(memory_limit)?;
                self.check_bits(x.bits().saturating_mul(e))?;
                self.charge_fuel(x.bits().saturating_mul(e) / 256)?;
                let e = u32::try_from(e).map_err(|_| memory_limit())?;
                num_traits::pow(x, e as usize)
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(value_error("negative shift count"));
                }
                let s = y.to_u64().ok_or_else(memory_limit)?;
                self.check_bits(x.bits().saturating_add(s))?;
                x << s as usize
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(value_error("negative shift count"));
                }
                match y.to_u64() {
                    Some(s) if s < u32::MAX as u64 => x >> s as usize,
                    _ => BigInt::from(if x.is_negative() { -1 } else { 0 }),
                }
            }
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::MatMul => {
                return Err(type_error(
                    "unsupported operand type(s) for @: 'int' and 'int'",
                ));
            }
        };
        Ok(self.bigint(r))
    }

    fn float_op(&mut self, op: BinOp, x: f64, y: f64, lhs: Value, rhs: Value) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(exc(Ty::ZeroDivisionError, "float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(exc(Ty::ZeroDivisionError, "float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(exc(Ty::ZeroDivisionError, "float modulo"));
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(exc(
                        Ty::ZeroDivisionError,
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                if x < 0.0 && y.fract() != 0.0 {
                    // CPython returns a complex number here; nPython has no complex type.
                    return Err(value_error(
                        "math domain error: negative number raised to a fractional power",
                    ));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    // CPython raises it with errno's two args, so `e.args` is `(34, '...')` and str(e)
                    // shows the tuple.
                    let msg = self.new_str("Numerical result out of range");
                    return Err(Exc::Args(Ty::OverflowError, vec![Value::Int(34), msg]));
                }
                r
            }
            _ => {
                return Err(type_error(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op.symbol(),
                    self.type_name(lhs),
                    self.type_name(rhs)
                )))
            }
        };
        Ok(Value::Float(r))
    }

    /// `lhs op= rhs`: lists extend in place; everything else is the binary operator.
    pub fn inplace(&mut self, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
        self.inplace_or_binary(op, lhs, rhs).map_err(|e| match e {
            // The fallback's TypeError names the augmented operator, as CPython's does (`+=`).
            Exc::New(Ty::TypeError, msg) => {
                let sym = if op == BinOp::Pow {
                    "** or pow()"
                } else {
                    op.symbol()
                };
                let binary = format!("unsupported operand type(s) for {sym}:");
                match msg.strip_prefix(&binary) {
                    Some(rest) => Exc::New(
                        Ty::TypeError,
                        format!("unsupported operand type(s) for {}=:{rest}", op.symbol()),
                    ),
                    None => Exc::New(Ty::TypeError, msg),
                }
            }
            e => e,
        })
    }

    fn inplace_or_binary(&mut self, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Value> {
        if self.user_dunder(lhs).is_some() {
            if let Some(r) = self.call_dunder(lhs, inplace_dunder(op), &[rhs])? {
                if !self.is_not_implemented(r) {
                    return Ok(r);
                }
            }
            // A list, set or dict subclass changes in place through its builtin value, as CPython's
            // `list.__iadd__` does; other types fall back to the binary operator.
            if let Some(p) = self.payload(lhs) {
                let class = self.type_of(lhs);
                if matches!(
                    self.builtin_base(class),
                    Some(
                        Ty::List
                            | Ty::Set
                            | Ty::Dict
                            | Ty::OrderedDict
                            | Ty::DefaultDict
                            | Ty::Counter
                    )
                ) {
                    let r = self.inplace(op, p, self.unwrap_payload(rhs))?;
                    return Ok(if r.is_same(p) { lhs } else { r });
                }
            }
            return self.binary(op, lhs, rhs);
        }
        if let Value::Obj(h) = lhs {
            if let Obj::Dict(d) = self.heap.get(h) {
                if let Flavor::Counter = d.flavor {
                    if let Some(r) = self.counter_inplace(op, lhs, rhs)? {
                        return Ok(r);
                    }
                } else if op == BinOp::BitOr && self.is_dict(rhs) {
                    self.dict_update(lhs, rhs)?;
                    return Ok(lhs);
                }
            }
            if let Obj::List(_) = self.heap.get(h) {
                if op == BinOp::Add {
                    self.list_extend(lhs, rhs)?;
                    return Ok(lhs);
                }
                if op == BinOp::Mul {
                    if let Some(Value::Obj(nh)) = self
                        .repeat_count(rhs)
                        .map(|n| self.repeat(lhs, n))
                        .transpose()?
                        .flatten()
                    {
                        if let Obj::List(items) = self.heap.replace(nh, Obj::List(Vec::new())) {
                            if let Obj::List(l) = self.heap.get_mut(h) {
                                *l = items;
                            }
                        }
                        return Ok(lhs);
                    }
                }
            }
            if matches!(self.heap.get(h), Obj::Set(_))
                && matches!(
                    op,
                    BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
                )
            {
                if let Value::Obj(rh) = rhs {
                    if matches!(self.heap.get(rh), Obj::Set(_) | Obj::FrozenSet(_)) {
                        let r = self.set_op(op, lhs, rhs)?;
                        if let Value::Obj(nh) = r {
                            if let Obj::Set(d) = self.heap.replace(nh, Obj::Set(Box::default())) {
                                if let Obj::Set(s) = self.heap.get_mut(h) {
                                    *s = d;
                                }
                            }
                        }
                        return Ok(lhs);
                    }
                }
            }
        }
        self.binary(op, lhs, rhs)
    }

    pub fn unary(&mut self, op: UnOp, v: Value) -> PyResult<Value> {
        if op == UnOp::Not {
            return Ok(Value::Bool(!self.truthy(v)?));
        }
        let r = match (op, self.num(v)) {
            (UnOp::Neg, Some(Num::Int(i))) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => self.bigint(-BigInt::from(i)),
            },
            (UnOp::Neg, Some(Num::Big(b))) => self.bigint(-b),
            (UnOp::Neg, Some(Num::Float(f))) => Value::Float(-f),
            (UnOp::Pos, Some(Num::Int(i))) => Value::Int(i),
            (UnOp::Pos, Some(Num::Big(_))) => v,
            (UnOp::Pos, Some(Num::Float(f))) => Value::Float(f),
            (UnOp::Invert, Some(Num::Int(i))) => Value::Int(!i),
            (UnOp::Invert, Some(Num::Big(b))) => self.bigint(-b - 1),
            _ => {
                let dunder = match op {
                    UnOp::Neg => "__neg__",
                    UnOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                if let Some(r) = self.call_dunder(v, dunder, &[])? {
                    return Ok(r);
                }
                if op != UnOp::Invert {
                    if let Some(r) = self.counter_unary(op == UnOp::Neg, v)? {
                        return Ok(r);
                    }
                }
                if let Some(p) = self.payload(v) {
                    return self.unary(op, p);
                }
                let sym = match op {
                    UnOp::Neg => "-",
                    UnOp::Pos => "+",
                    _ => "~",
                };
                return Err(type_error(format!(
                    "bad operand type for unary {sym}: '{}'",
                    self.type_name(v)
                )));
            }
        };
        Ok(r)
    }

    /// Comparison operators, including `in`, `is` and their negations.
    pub fn compare(&mut self, op: CmpOp, lhs: Value, rhs: Value) -> PyResult<Value> {
        if !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn)
            && (self.user_dunder(lhs).is_some() || self.user_dunder(rhs).is_some())
        {
            if let Some(v) = self.user_compare(op, lhs, rhs)? {
                return Ok(v);
            }
            if self.payload(lhs).is_some() || self.payload(rhs).is_some() {
                let (l, r) = (self.unwrap_payload(lhs), self.unwrap_payload(rhs));
                return self.compare(op, l, r);
            }
            return match op {
                CmpOp::Eq => Ok(Value::Bool(lhs.is_same(rhs))),
                CmpOp::Ne => Ok(Value::Bool(!lhs.is_same(rhs))),
                // No side answered (a missing `__le__` is never derived from `__lt__`).
                _ => Err(type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name(lhs),
                    self.type_name(rhs)
                ))),
            };
        }
        if !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) {
            if let Some((l, r)) = self.view_as_sets(lhs, rhs)? {
                return self.compare(op, l, r);
            }
        }
        let r = match op {
            CmpOp::Is => lhs.is_same(rhs),
            CmpOp::IsNot => !lhs.is_same(rhs),
            CmpOp::Eq => self.eq(lhs, rhs)?,
            CmpOp::Ne => !self.eq(lhs, rhs)?,
            CmpOp::In => self.contains(rhs, lhs)?,
            CmpOp::NotIn => !self.contains(rhs, lhs)?,
            CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge => {
                let ord = self.order(lhs, rhs, op)?;
                match (op, ord) {
                    (_, None) => false,
                    (CmpOp::Lt, Some(o)) => o == Ordering::Less,
                    (CmpOp::Le, Some(o)) => o != Ordering::Greater,
                    (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
                    (_, Some(o)) => o != Ordering::Less,
                }
            }
        };
        Ok(Value::Bool(r))
    }

    /// `d.keys() == {...}`, `d.items() <= s`: keys and items views compare as the sets of what they hold
    /// (with sets, frozensets and each other). Both operands as sets, or None when this is not such a pair.
    fn view_as_sets(&mut self, lhs: Value, rhs: Value) -> PyResult<Option<(Value, Value)>> {
        let set_like = |vm: &Vm, v: Value| match v {
            Value::Obj(h) => match vm.heap.get(h) {
                Obj::Set(_) | Obj::FrozenSet(_) => Some(false),
                Obj::DictView { kind, .. } => {
                    (!matches!(kind, crate::heap::ViewKind::Values)).then_some(true)
                }
                _ => None,
            },
            _ => None,
        };
        let (Some(lview), Some(rview)) = (set_like(self, lhs), set_like(self, rhs)) else {
            return Ok(None);
        };
        if !lview && !rview {
            return Ok(None);
        }
        let mut as_set = |v: Value, is_view: bool| -> PyResult<Value> {
            if !is_view {
                return Ok(v);
            }
            let items = self.collect_iterable(v)?;
            let set = self.new_set(items)?;
            Ok(set)
        };
        let l = as_set(lhs, lview)?;
        let r = as_set(rhs, rview)?;
        Ok(Some((l, r)))
    }

    /// Orders two values for `<` and friends; None for unordered (NaN). TypeError for incomparable types.
    pub fn order(&mut self, lhs: Value, rhs: Value, op: CmpOp) -> PyResult<Option<Ordering>> {
        self.order_depth(lhs, rhs, op, 0)
    }

    fn order_depth(
        &mut self,
        lhs: Value,
        rhs: Value,
        op: CmpOp,
        depth: usize,
    ) -> PyResult<Option<Ordering>> {
        if depth > crate::object::MAX_NESTING {
            return Err(exc(
                Ty::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        if let (Some(a), Some(b)) = (self.num(lhs), self.num(rhs)) {
            return Ok(num_cmp(&a, &b));
        }
        if self.user_dunder(lhs).is_some() || self.user_dunder(rhs).is_some() {
            // Sorting user objects: `a < b` decides Less, `b < a` Greater, neither Equal.
            if op != CmpOp::Lt {
                // `<=`, `>` and `>=` are their own dunders (never derived from `__lt__`): the answer is
                // encoded as an ordering the caller maps back to it.
                if let Some(r) = self.user_compare(op, lhs, rhs)? {
                    let yes = self.truthy(r)?;
                    return Ok(Some(match (op, yes) {
                        (CmpOp::Le, true) | (CmpOp::Gt, false) | (CmpOp::Ge, false) => {
                            Ordering::Less
                        }
                        _ => Ordering::Greater,
                    }));
                }
            } else if let Some(r) = self.user_compare(CmpOp::Lt, lhs, rhs)? {
                // Sorting and `<`: `a < b` decides Less, `b < a` Greater, neither Equal.
                if self.truthy(r)? {
                    return Ok(Some(Ordering::Less));
                }
                if let Some(r) = self.user_compare(CmpOp::Lt, rhs, lhs)? {
                    if self.truthy(r)? {
                        return Ok(Some(Ordering::Greater));
                    }
                }
                return Ok(Some(Ordering::Equal));
            }
            if self.payload(lhs).is_some() || self.payload(rhs).is_some() {
                let (l, r) = (self.unwrap_payload(lhs), self.unwrap_payload(rhs));
                return self.order_depth(l, r, op, depth + 1);
            }
        }
        if let (Value::Obj(a), Value::Obj(b)) = (lhs, rhs) {
            match (self.heap.get(a), self.heap.get(b)) {
                (Obj::Str(x), Obj::Str(y)) => return Ok(Some(x.s.cmp(&y.s))),
                (Obj::Bytes(x), Obj::Bytes(y)) => return Ok(Some(x.cmp(y))),
                (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_)) => {
                    // Item by item without copying the sequences (sorting by tuple keys does this a lot).
                    let mut i = 0;
                    loop {
                        let (p, q) = (self.seq_item(a, i), self.seq_item(b, i));
                        match (p, q) {
                            (Some(p), Some(q)) => {
                                if !self.eq_depth(p, q, depth + 1)? {
                                    return self.order_depth(p, q, op, depth + 1);
                                }
                            }
                            (p, q) => return Ok(Some(p.is_some().cmp(&q.is_some()))),
                        }
                        i += 1;
                    }
                }
                (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => {
                    let sub = self.is_subset(lhs, rhs)?;
                    let sup = self.is_subset(rhs, lhs)?;
                    let r = match op {
                        CmpOp::Le => sub,
                        CmpOp::Ge => sup,
                        CmpOp::Lt => sub && !sup,
                        _ => sup && !sub,
                    };
                    // Encode the subset answer as an ordering the caller maps back to `r`.
                    return Ok(match (op, r) {
                        (CmpOp::Lt, true) | (CmpOp::Le, true) => Some(Ordering::Less),
                        (CmpOp::Gt, true) | (CmpOp::Ge, true) => Some(Ordering::Greater),
                        _ => None,
                    });
                }
                _ => {}
            }
        }
        Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(lhs),
            self.type_name(rhs)
        )))
    }
}

fn num_big(n: Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => b,
        Num::Float(f) => BigInt::from(f as i64),
    }
}

/// Exact int/int true division rounded to the nearest float.
fn big_true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
        if a.is_finite() && b.is_finite() && x.bits() <= 53 && y.bits() <= 53 {
            return Ok(a / b);
        }
    }
    // A zero BigInt has no sign, so the scaled quotient below would lose it: `0 / -10**18` is -0.0.
    if x.is_zero() {
        return Ok(if y.is_negative() { -0.0 } else { 0.0 });
    }
    // Scale so the quotient carries 64+ significant bits, then let the float conversion round.
    let shift = 64i64 + y.bits() as i64 - x.bits() as i64;
    let q = if shift > 0 {
        (x << shift as usize) / y
    } else {
        x / (y << (-shift) as usize)
    };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    // `qf * 2f64.powi(-shift)` alone underflows for shift > 1023 (the power is 1/inf = 0), so `127 / 10**300`
    // came out 0.0. While the scale goes below 2**-1000, take 2**-1000 steps: qf has 64+ bits, so after the
    // first step the value is still normal and the steps are exact; only the last multiply rounds.
    let mut r = qf;
    let mut e = -shift;
    while e < -1000 && r != 0.0 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    let r = r * 2f64.powi(e.max(-1100) as i32);
    if r.is_infinite() {
        return Err(exc(
            Ty::OverflowError,
            "integer division result too large for a float",
        ));
    }
    Ok(r)
}

pub(crate) fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(x), Num::Float(y)) => int_float_cmp(&BigInt::from(*x), *y),
        (Num::Float(x), Num::Int(y)) => int_float_cmp(&BigInt::from(*y), *x).map(Ordering::reverse),
        (Num::Big(x), Num::Float(y)) => int_float_cmp(x, *y),
        (Num::Float(x), Num::Big(y)) => int_float_cmp(y, *x).map(Ordering::reverse),
        (x, y) => Some(num_big(x.clone()).cmp(&num_big(y.clone()))),
    }
}

/// Compares an int with a float exactly (as CPython does), not by rounding the int.
fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 {
        fb
    } else {
        float_to_bigint(fl)
    };
    match i.cmp(&fb) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// An integral float as an exact BigInt.
pub(crate) fn float_to_bigint(f: f64) -> BigInt {
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e = exp - 1075;
    let m = BigInt::from(mant) * sign;
    if e >= 0 {
        m << e as usize
    } else {
        m >> (-e) as usize
    }
}

/// The in-place dunder `lhs op= rhs` tries first (`__iadd__` for `+=`).
fn inplace_dunder(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "__iadd__",
        BinOp::Sub => "__isub__",
        BinOp::Mul => "__imul__",
        BinOp::TrueDiv => "__itruediv__",
        BinOp::FloorDiv => "__ifloordiv__",
        BinOp::Mod => "__imod__",
        BinOp::Pow => "__ipow__",
        BinOp::MatMul => "__imatmul__",
        BinOp::LShift => "__ilshift__",
        BinOp::RShift => "__irshift__",
        BinOp::BitAnd => "__iand__",
        BinOp::BitOr => "__ior__",
        BinOp::BitXor => "__ixor__",
    }
}
