//! `math`: the float API of CPython's math module, plus its integer functions (gcd, lcm, factorial, comb,
//! perm, isqrt, prod). Domain errors are ValueError("math domain error") and overflows are
//! OverflowError("math range error"), as in CPython. Integer functions whose result can grow without bound
//! check the result size up front and charge fuel per step, like the arithmetic operators.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::arith::float_to_bigint;
use crate::builtins::{arity, check_kw, kwarg, no_kw};
use crate::error::{exc, type_error, value_error, Exc, PyResult};
use crate::interp::{NativeFn, Vm};
use crate::types::Ty;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("pow", pow),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("atan2", atan2),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
    ("hypot", hypot),
    ("dist", dist),
    ("fabs", fabs),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("isnan", isnan),
    ("isinf", isinf),
    ("isfinite", isfinite),
    ("isclose", isclose),
    ("copysign", copysign),
    ("fmod", fmod),
    ("remainder", remainder),
    ("modf", modf),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("degrees", degrees),
    ("radians", radians),
    ("fsum", fsum),
    ("prod", prod),
    ("gcd", gcd),
    ("lcm", lcm),
    ("factorial", factorial),
    ("comb", comb),
    ("perm", perm),
    ("isqrt", isqrt),
];

pub fn constants(_: &mut Vm) -> Vec<(&'static str, Value)> {
    vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ]
}

/// Results above this many bits are refused before any work (the same cap as `**`).
const MAX_RESULT_BITS: u64 = 8 << 20;

fn domain_error() -> Exc {
    value_error("math domain error")
}

fn range_error() -> Exc {
    exc(Ty::OverflowError, "math range error")
}

/// A real-number argument (int, bool, float or big int) as f64.
fn float_arg(vm: &Vm, v: Value) -> PyResult<f64> {
    match vm.to_f64(v)? {
        Some(f) => Ok(f),
        None => Err(type_error(format!(
            "must be real number, not {}",
            vm.type_name(v)
        ))),
    }
}

/// An integer argument as a big int (bool counts, float does not).
fn int_arg(vm: &Vm, v: Value) -> PyResult<BigInt> {
    if let Value::Float(_) = v {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    vm.to_bigint(v).ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

/// Checks a float result: NaN from non-NaN input is a domain error, infinity from finite input a range error.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::Float(r))
}

fn one_float(name: &str, args: &[Value], kw: &[(String, Value)], vm: &Vm) -> PyResult<f64> {
    no_kw(name, kw)?;
    arity(name, args, 1, 1)?;
    float_arg(vm, args[0])
}

macro_rules! unary {
    ($name:ident, $f:expr, $overflow:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
            let x = one_float(stringify!($name), args, kw, vm)?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $overflow)
        }
    };
}

unary!(exp, f64::exp, true);
unary!(exp2, f64::exp2, true);
unary!(expm1, f64::exp_m1, true);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(asinh, f64::asinh, false);
unary!(acosh, f64::acosh, false);
unary!(fabs, f64::abs, false);
unary!(degrees, f64::to_degrees, true);
unary!(radians, f64::to_radians, false);

fn sqrt(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let x = one_float("sqrt", args, kw, vm)?;
    if x < 0.0 {
        return Err(domain_error());
    }
    Ok(Value::Float(x.sqrt()))
}

fn atanh(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let x = one_float("atanh", args, kw, vm)?;
    if x.abs() >= 1.0 {
        return Err(domain_error());
    }
    Ok(Value::Float(x.atanh()))
}

/// `f(x)` for a logarithm `f` of any positive real, as CPython's loghelper: ints too big for f64 are split
/// into m * 2**e first, so `log10(10**400)` is exact where it can be.
fn log_of(vm: &Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if !matches!(v, Value::Float(_)) {
        if let Some(b) = vm.to_bigint(v) {
            if !b.is_positive() {
                return Err(domain_error());
            }
            if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
                return Ok(f(x));
            }
            let e = b.bits() - 53;
            let m = (&b >> e).to_f64().unwrap_or(f64::NAN) / 2f64.powi(53);
            return Ok(f(m) + f(2.0) * (e + 53) as f64);
        }
    }
    let x = float_arg(vm, v)?;
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("log", kw)?;
    arity("log", args, 1, 2)?;
    let num = log_of(vm, args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(Value::Float(num)),
        Some(&b) => {
            let den = log_of(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(exc(Ty::ZeroDivisionError, "float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("log2", kw)?;
    arity("log2", args, 1, 1)?;
    Ok(Value::Float(log_of(vm, args[0], f64::log2)?))
}

fn log10(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("log10", kw)?;
    arity("log10", args, 1, 1)?;
    Ok(Value::Float(log_of(vm, args[0], f64::log10)?))
}

fn log1p(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let x = one_float("log1p", args, kw, vm)?;
    if x <= -1.0 {
        return Err(domain_error());
    }
    Ok(Value::Float(x.ln_1p()))
}

fn two_floats(name: &str, args: &[Value], kw: &[(String, Value)], vm: &Vm) -> PyResult<(f64, f64)> {
    no_kw(name, kw)?;
    arity(name, args, 2, 2)?;
    Ok((float_arg(vm, args[0])?, float_arg(vm, args[1])?))
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats("pow", args, kw, vm)?;
    if x == 0.0 && y < 0.0 {
        return Err(domain_error());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain_error());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let (y, x) = two_floats("atan2", args, kw, vm)?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats("copysign", args, kw, vm)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats("fmod", args, kw, vm)?;
    if y == 0.0 && !x.is_nan() || x.is_infinite() {
        return Err(domain_error());
    }
    Ok(Value::Float(x % y))
}

fn remainder(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let (x, y) = two_floats("remainder", args, kw, vm)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even.
    let n = (x / y).round();
    let n = if ((x / y) - (x / y).trunc()).abs() == 0.5 && n % 2.0 != 0.0 {
        n - (x / y).signum()
    } else {
        n
    };
    Ok(Value::Float(x - n * y))
}

fn hypot(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("hypot", kw)?;
    let mut xs = Vec::with_capacity(args.len());
    for a in args {
        xs.push(float_arg(vm, *a)?);
    }
    Ok(Value::Float(euclid(&xs)))
}

/// sqrt(sum(x^2)) scaled by the largest magnitude, so it neither overflows nor underflows early.
fn euclid(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let m = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if m == 0.0 {
        return 0.0;
    }
    let s: f64 = xs.iter().map(|x| (x / m) * (x / m)).sum();
    m * s.sqrt()
}

fn dist(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("dist", kw)?;
    arity("dist", args, 2, 2)?;
    let p = vm.collect_iterable(args[0])?;
    let q = vm.collect_iterable(args[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut d = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        d.push(float_arg(vm, *a)? - float_arg(vm, *b)?);
    }
    Ok(Value::Float(euclid(&d)))
}

/// floor/ceil/trunc: ints pass through; floats become ints (exact, possibly big).
fn to_integral(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(String, Value)],
    round: fn(f64) -> f64,
) -> PyResult<Value> {
    no_kw(name, kw)?;
    arity(name, args, 1, 1)?;
    match args[0] {
        Value::Int(i) => Ok(Value::Int(i)),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(exc(
                    Ty::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let r = round(f);
            if r.abs() < 9.0e18 {
                Ok(Value::Int(r as i64))
            } else {
                Ok(vm.bigint(float_to_bigint(r)))
            }
        }
        v => match vm.to_bigint(v) {
            Some(_) => Ok(v),
            None => Err(type_error(format!(
                "must be real number, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn floor(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    to_integral(vm, "floor", args, kw, f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    to_integral(vm, "ceil", args, kw, f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    to_integral(vm, "trunc", args, kw, f64::trunc)
}

fn isnan(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(one_float("isnan", args, kw, vm)?.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(one_float("isinf", args, kw, vm)?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(
        one_float("isfinite", args, kw, vm)?.is_finite(),
    ))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    check_kw("isclose", kw, &["rel_tol", "abs_tol"])?;
    arity("isclose", args, 2, 2)?;
    let a = float_arg(vm, args[0])?;
    let b = float_arg(vm, args[1])?;
    let rel = match kwarg(kw, "rel_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match kwarg(kw, "abs_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn modf(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let x = one_float("modf", args, kw, vm)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let x = one_float("frexp", args, kw, vm)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let (m, e) = crate::object::frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("ldexp", kw)?;
    arity("ldexp", args, 2, 2)?;
    let x = float_arg(vm, args[0])?;
    let e = int_arg(vm, args[1])?;
    let e = e
        .to_i32()
        .unwrap_or(if e.is_negative() { -10000 } else { 10000 });
    let e = e.clamp(-10000, 10000);
    // Two steps keep 2^e inside f64's range for subnormal and near-overflow results.
    let half = e / 2;
    let r = x * 2f64.powi(half) * 2f64.powi(e - half);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn fsum(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("fsum", kw)?;
    arity("fsum", args, 1, 1)?;
    let items = vm.collect_iterable(args[0])?;
    vm.charge_fuel(items.len() as u64)?;
    // Shewchuk's exact partial sums (the algorithm CPython uses), so the result is correctly rounded.
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for v in items {
        let mut x = float_arg(vm, v)?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    while let Some(x) = partials.pop() {
        let prev = hi;
        hi = prev + x;
        let lo = x - (hi - prev);
        if lo != 0.0 {
            // Round-half-even across the remaining partials.
            if let Some(&next) = partials.last() {
                if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
                    let y = lo * 2.0;
                    let x2 = hi + y;
                    if y == x2 - hi {
                        hi = x2;
                    }
                }
            }
            break;
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    check_kw("prod", kw, &["start"])?;
    arity("prod", args, 1, 1)?;
    let items = vm.collect_iterable(args[0])?;
    let mut acc = kwarg(kw, "start").unwrap_or(Value::Int(1));
    for v in items {
        vm.charge_fuel(1)?;
        acc = vm.binary(crate::bytecode::BinOp::Mul, acc, v)?;
    }
    Ok(acc)
}

fn ints(vm: &Vm, args: &[Value]) -> PyResult<Vec<BigInt>> {
    args.iter().map(|a| int_arg(vm, *a)).collect()
}

fn gcd(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("gcd", kw)?;
    let mut g = BigInt::zero();
    for x in ints(vm, args)? {
        vm.charge_fuel(1 + x.bits() / 64)?;
        g = g.gcd(&x);
    }
    Ok(vm.bigint(g))
}

fn lcm(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("lcm", kw)?;
    let mut l = BigInt::one();
    for x in ints(vm, args)? {
        if l.bits() + x.bits() > MAX_RESULT_BITS {
            return Err(crate::error::memory_limit());
        }
        vm.charge_fuel(1 + x.bits() / 64)?;
        l = if x.is_zero() || l.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&x)
        };
    }
    Ok(vm.bigint(l))
}

/// The product lo * (lo+1) * ... * hi, refusing results over the size cap before computing them.
fn range_product(vm: &mut Vm, lo: u64, hi: u64) -> PyResult<BigInt> {
    if lo > hi {
        return Ok(BigInt::one());
    }
    // Upper bound on the result's bits: sum of log2 of the factors.
    let n = (hi - lo + 1) as f64;
    let bits = n * ((hi as f64).log2() + 1.0);
    if bits > MAX_RESULT_BITS as f64 {
        return Err(crate::error::memory_limit());
    }
    vm.heap
        .check_room((bits / 8.0) as usize)
        .map_err(|_| crate::error::memory_limit())?;
    let mut acc = BigInt::one();
    let mut k = lo;
    while k <= hi {
        // Multiply small factors together in u64 first; fuel follows the big multiplications.
        let mut chunk: u64 = 1;
        while k <= hi {
            match chunk.checked_mul(k) {
                Some(c) => {
                    chunk = c;
                    k += 1;
                }
                None => break,
            }
        }
        vm.charge_fuel(1 + acc.bits() / 64)?;
        acc *= chunk;
    }
    Ok(acc)
}

fn nonneg_u64(vm: &Vm, v: Value, what: &str) -> PyResult<u64> {
    let b = int_arg(vm, v)?;
    if b.is_negative() {
        return Err(value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    b.to_u64().ok_or_else(|| {
        exc(
            Ty::OverflowError,
            format!("{what} must not exceed {}", u64::MAX),
        )
    })
}

fn factorial(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("factorial", kw)?;
    arity("factorial", args, 1, 1)?;
    if let Value::Int(i) = args[0] {
        if i < 0 {
            return Err(value_error("factorial() not defined for negative values"));
        }
    }
    let n = nonneg_u64(vm, args[0], "factorial() argument")?;
    let r = range_product(vm, 2, n)?;
    Ok(vm.bigint(r))
}

fn perm(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("perm", kw)?;
    arity("perm", args, 1, 2)?;
    let n = nonneg_u64(vm, args[0], "n")?;
    let k = match args.get(1) {
        None | Some(Value::None) => n,
        Some(&v) => nonneg_u64(vm, v, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let r = range_product(vm, n - k + 1, n)?;
    Ok(vm.bigint(r))
}

fn comb(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("comb", kw)?;
    arity("comb", args, 2, 2)?;
    let n = nonneg_u64(vm, args[0], "n")?;
    let k = nonneg_u64(vm, args[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    let num = range_product(vm, n - k + 1, n)?;
    let den = range_product(vm, 2, k)?;
    vm.charge_fuel(1 + num.bits() / 64)?;
    Ok(vm.bigint(num / den))
}

fn isqrt(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("isqrt", kw)?;
    arity("isqrt", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    vm.charge_fuel(1 + n.bits() / 64)?;
    Ok(vm.bigint(n.sqrt()))
}
