//! Native builtin functions and the constructors of the builtin types.
//!
//! Builtins that must run Python code (a `key=` function) hand that work to Python helpers in the prelude
//! through `Vm::tail_call`, so the VM can still suspend in the middle of them.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{exc, type_error, value_error, Exc, PyResult};
use crate::heap::{Iter, Obj};
use crate::interp::{NativeFn, Vm};
use crate::types::Ty;
use crate::value::Value;

/// The native builtins, by index (`Value::Native(i)`).
pub const NATIVES: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("round", round),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("any", any),
    ("all", all),
    ("sorted", sorted),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("chr", chr),
    ("ord", ord),
    ("divmod", divmod),
    ("pow", pow),
    ("hex", hex),
    ("bin", bin),
    ("oct", oct),
    ("hash", hash),
    ("iter", iter),
    ("next", next),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("format", format),
    ("open", no_authority),
    ("eval", no_introspection),
    ("exec", no_introspection),
    ("compile", no_introspection),
    ("__import__", no_introspection),
    ("globals", no_introspection),
    ("locals", no_introspection),
    ("vars", vars),
    ("dir", dir),
    ("input", no_authority),
    ("exit", no_authority),
    ("quit", no_authority),
    ("breakpoint", no_introspection),
    ("help", no_introspection),
    ("id", no_introspection),
    ("__npy_sort_by_keys", sort_by_keys),
    ("__npy_new_instance", new_instance),
    ("__npy_instance_base", instance_base),
    ("scope", crate::scope::scope),
    ("__npy_name_class", name_class),
    ("__npy_write", write_output),
    ("__npy_write_err", write_error),
    ("__npy_rng_new", crate::modules::random::rng_new),
    ("__npy_rng_swap", crate::modules::random::rng_swap),
    (
        "__npy_rng_default_seed",
        crate::modules::random::rng_default_seed,
    ),
];

/// Names a class made by the module prelude (`namedtuple("Point", ...)`, `deque`): a class statement in the
/// prelude can only give its class a literal (`__npy_`-prefixed) name, and scripts may not assign
/// `__name__`. Only user classes can be renamed, and the new name must be an identifier, so this cannot
/// disguise a builtin type.
fn name_class(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("__npy_name_class", kw)?;
    arity("__npy_name_class", args, 2, 3)?;
    let (Value::Obj(class), Some(name)) = (args[0], vm.str_ref(args[1])) else {
        return Err(type_error("expected a class and a name"));
    };
    let name: Box<str> = name.into();
    let module: Option<Box<str>> = match args.get(2) {
        Some(&m) => Some(
            vm.str_ref(m)
                .ok_or_else(|| type_error("expected a module name"))?
                .into(),
        ),
        None => None,
    };
    let is_identifier = name
        .chars()
        .next()
        .is_some_and(|c| c == '_' || c.is_alphabetic())
        && name.chars().all(|c| c == '_' || c.is_alphanumeric());
    if !vm.is_user_class(class) || !is_identifier {
        return Err(type_error("expected a class and an identifier"));
    }
    if let Obj::Type(t) = vm.heap.get_mut(class) {
        t.qualname = name.clone();
        t.name = name;
        if module.is_some() {
            t.module = module;
        }
    }
    Ok(Value::None)
}

/// An instance of a user class without running `__init__` (for `copy`).
fn new_instance(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("__npy_new_instance", kw)?;
    arity("__npy_new_instance", args, 1, 2)?;
    let Value::Obj(class) = args[0] else {
        return Err(type_error("expected a class"));
    };
    if !vm.is_user_class(class) || vm.is_subclass(class, Ty::BaseException.handle()) {
        return Err(type_error(format!(
            "cannot copy instances of '{}'",
            vm.class_name(class)
        )));
    }
    let base = match (args.get(1), vm.builtin_base(class)) {
        (Some(&base), Some(ty)) if vm.type_of(base) == ty.handle() => base,
        (Some(_), _) => {
            return Err(type_error(
                "__npy_new_instance(): the value does not fit the class",
            ))
        }
        (None, Some(ty)) => vm.new_payload(ty, &[], &[], false)?,
        _ => Value::Undef,
    };
    vm.instance_with_base(class, base)
}

/// `__npy_instance_base(x)`: the builtin value an instance of a subclass of a builtin type extends, or
/// None (how `copy` copies such instances).
fn instance_base(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("__npy_instance_base", kw)?;
    arity("__npy_instance_base", args, 1, 1)?;
    Ok(vm.payload(args[0]).unwrap_or(Value::None))
}

pub(crate) fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            format!(
                "{name}() takes exactly {min} argument{} ({} given)",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else if args.len() < min {
            format!(
                "{name}() takes at least {min} argument{} ({} given)",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{name}() takes at most {max} argument{} ({} given)",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return Err(type_error(msg));
    }
    Ok(())
}

pub(crate) fn no_kw(name: &str, kw: &[(String, Value)]) -> PyResult<()> {
    match kw.first() {
        Some((k, _)) => Err(type_error(format!(
            "{name}() got an unexpected keyword argument '{k}'"
        ))),
        None => Ok(()),
    }
}

/// Positional-or-keyword arguments of a function or method, by name.
pub(crate) struct Args<'a> {
    func: &'a str,
    args: &'a [Value],
    kw: &'a [(String, Value)],
}

impl<'a> Args<'a> {
    pub(crate) fn new(func: &'a str, args: &'a [Value], kw: &'a [(String, Value)]) -> Args<'a> {
        Args { func, args, kw }
    }

    /// The parameters `names` in order, the first `required` of them mandatory.
    pub(crate) fn take<const N: usize>(
        &self,
        names: [&str; N],
        required: usize,
    ) -> PyResult<[Option<Value>; N]> {
        if self.args.len() > N {
            return Err(type_error(format!(
                "{}() takes at most {N} argument{} ({} given)",
                self.func,
                if N == 1 { "" } else { "s" },
                self.args.len()
            )));
        }
        let mut out = [None; N];
        for (i, v) in self.args.iter().enumerate() {
            out[i] = Some(*v);
        }
        for (k, v) in self.kw {
            match names.iter().position(|n| n == k) {
                Some(i) if out[i].is_none() => out[i] = Some(*v),
                Some(_) => {
                    return Err(type_error(format!(
                        "argument for {}() given by name ('{k}') and position",
                        self.func
                    )))
                }
                None => {
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{k}'",
                        self.func
                    )))
                }
            }
        }
        if let Some(missing) = (0..required).find(|&i| out[i].is_none()) {
            return Err(type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                self.func,
                names[missing],
                missing + 1
            )));
        }
        Ok(out)
    }
}

pub(crate) fn kwarg(kw: &[(String, Value)], name: &str) -> Option<Value> {
    kw.iter().find(|(k, _)| k == name).map(|(_, v)| *v)
}

pub(crate) fn check_kw(func: &str, kw: &[(String, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        if !allowed.contains(&k.as_str()) {
            return Err(type_error(format!(
                "{func}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}

/// The ImportError for a module outside the allowlist, with what to use instead.
/// Why a module is unavailable and what to use instead, for the modules where there is something specific
/// to say. The runtime ImportError and `npython check`'s warning both use it.
pub fn import_hint(module: &str) -> Option<&'static str> {
    let top = module.split('.').next().unwrap_or(module);
    Some(match top {
        "os" | "pathlib" | "shutil" | "io" | "glob" | "tempfile" => {
            "the sandbox has no ambient authority; use the fs module inside `with scope(\"fs\", token):`"
        }
        "requests" | "urllib" | "http" | "socket" | "httpx" | "aiohttp" | "urllib3" | "ssl" => {
            "the sandbox has no ambient authority; use the http module inside `with scope(\"http\", token):`"
        }
        "subprocess" | "sys" | "ctypes" | "multiprocessing" | "threading" | "signal" | "importlib" | "inspect"
        | "gc" | "builtins" | "pickle" | "marshal" => "it would give the script authority over the host",
        _ => return None,
    })
}

/// The ImportError for a module outside the allowlist, with what to use instead.
pub fn import_error(module: &str) -> Exc {
    let hint = match import_hint(module) {
        Some(h) => h.to_string(),
        None => {
            let mut names: Vec<&str> = crate::modules::module_names().collect();
            names.sort_unstable();
            let closest = names
                .iter()
                .filter(|n| edit_distance(n, module) <= 2)
                .min_by_key(|n| edit_distance(n, module));
            let guess = closest.map_or(String::new(), |n| format!("did you mean '{n}'? "));
            format!(
                "{guess}it is not in nPython's module allowlist: {}",
                names.join(", ")
            )
        }
    };
    Exc::New(
        Ty::ModuleNotFoundError,
        format!("No module named '{module}' ({hint})"),
    )
}

/// Levenshtein distance, for "did you mean" hints.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

fn no_authority(_: &mut Vm, _: &[Value], _: &[(String, Value)]) -> PyResult<Value> {
    Err(exc(
        Ty::NameError,
        "this builtin is not available in nPython: the sandbox has no ambient authority (files, console, \
         process); use the capability modules (fs, http, tools) inside `with scope(name, token):`",
    ))
}

fn no_introspection(_: &mut Vm, _: &[Value], _: &[(String, Value)]) -> PyResult<Value> {
    Err(exc(
        Ty::NameError,
        "this builtin is not available in nPython: scripts cannot evaluate code or inspect the interpreter",
    ))
}

fn print(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    check_kw("print", kw, &["sep", "end", "flush", "file"])?;
    let text_kw = |vm: &Vm, name: &str| -> PyResult<Option<String>> {
        match kwarg(kw, name) {
            None | Some(Value::None) => Ok(None),
            Some(v) => match vm.str_ref(v) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(type_error(format!(
                    "{name} must be None or a string, not {}",
                    vm.type_name(v)
                ))),
            },
        }
    };
    let file = kwarg(kw, "file").filter(|f| !matches!(f, Value::None));
    let sep = text_kw(vm, "sep")?.unwrap_or_else(|| " ".into());
    let end = text_kw(vm, "end")?.unwrap_or_else(|| "\n".into());
    let mut line = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        match vm.str_of(*a) {
            Ok(text) => line.push_str(&text),
            Err(e) => {
                // CPython writes each argument as it goes, so what precedes the one that fails is printed.
                vm.write_out(&line)?;
                return Err(e);
            }
        }
    }
    line.push_str(&end);
    if let Some(file) = file {
        // `print(..., file=f)` is `f.write(text)`: a StringIO, `sys.stderr`, any object with `write`.
        let Some(helper) = vm.builtins.get("__npy_print_to").copied() else {
            return Err(crate::interp::internal(
                "the prelude defines no __npy_print_to",
            ));
        };
        let text = vm.new_str(line);
        return vm.tail_call(helper, vec![file, text]);
    }
    vm.write_out(&line)?;
    Ok(Value::None)
}

/// `__npy_write(text)`: the job's output, for `sys.stdout.write`.
fn write_output(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("__npy_write", kw)?;
    arity("__npy_write", args, 1, 1)?;
    let Some(text) = vm.str_ref(args[0]).map(str::to_string) else {
        return Err(type_error("__npy_write expects a str"));
    };
    vm.write_out(&text)?;
    Ok(Value::None)
}

/// `__npy_write_err(text)`: the job's stderr stream, for `sys.stderr.write`.
fn write_error(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("__npy_write_err", kw)?;
    arity("__npy_write_err", args, 1, 1)?;
    let Some(text) = vm.str_ref(args[0]).map(str::to_string) else {
        return Err(type_error("__npy_write_err expects a str"));
    };
    vm.write_err(&text)?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("len", kw)?;
    arity("len", args, 1, 1)?;
    if let Some(n) = vm.user_len(args[0])? {
        return Ok(Value::Int(n as i64));
    }
    Ok(Value::Int(vm.len_of(args[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("repr", kw)?;
    arity("repr", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

fn ascii(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("ascii", kw)?;
    arity("ascii", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(crate::format::ascii_escape(&s)))
}

fn abs(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("abs", kw)?;
    arity("abs", args, 1, 1)?;
    match args[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.bigint(BigInt::from(i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v => match vm.to_bigint(v) {
            Some(b) => Ok(vm.bigint(b.abs())),
            None => match vm.call_dunder(v, "__abs__", &[])? {
                Some(r) => Ok(r),
                None => Err(type_error(format!(
                    "bad operand type for abs(): '{}'",
                    vm.type_name(v)
                ))),
            },
        },
    }
}

fn round(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let [number, ndigits] = Args::new("round", args, kw).take(["number", "ndigits"], 1)?;
    let number = number.unwrap_or(Value::None);
    let nd = ndigits.filter(|v| !matches!(v, Value::None));
    if let Some(r) = vm.call_dunder(number, "__round__", nd.as_slice())? {
        return Ok(r);
    }
    let number = vm.unwrap_payload(number);
    let nd = match nd {
        None => None,
        Some(v) => Some(vm.index_of(v, "").map_err(|_| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        })?),
    };
    match number {
        Value::Float(f) => match nd {
            None => {
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        value_error("cannot convert float NaN to integer")
                    } else {
                        exc(
                            Ty::OverflowError,
                            "cannot convert float infinity to integer",
                        )
                    });
                }
                let r = f.round_ties_even();
                if r.abs() < 9e18 {
                    Ok(Value::Int(r as i64))
                } else {
                    Ok(vm.bigint(crate::arith::float_to_bigint(r)))
                }
            }
            Some(n) => {
                if !f.is_finite() || n > 320 {
                    return Ok(Value::Float(f));
                }
                if n >= 0 {
                    let s = format!("{:.*}", n as usize, f);
                    Ok(Value::Float(s.parse().unwrap_or(f)))
                } else if n < -320 {
                    Ok(Value::Float(0.0f64.copysign(f)))
                } else {
                    let p = 10f64.powi((-n) as i32);
                    Ok(Value::Float((f / p).round_ties_even() * p))
                }
            }
        },
        v @ (Value::Int(_) | Value::Bool(_)) | v @ Value::Obj(_) if vm.to_bigint(v).is_some() => {
            let b = vm.to_bigint(v).unwrap_or_default();
            match nd {
                None => Ok(vm.bigint(b)),
                Some(n) if n >= 0 => Ok(vm.bigint(b)),
                Some(n) => {
                    let p = num_traits::pow(BigInt::from(10), (-n).min(10_000) as usize);
                    let (q, r) = b.div_mod_floor(&p);
                    let twice = &r * 2;
                    let q = if twice > p || (twice == p && q.is_odd()) {
                        q + 1
                    } else {
                        q
                    };
                    Ok(vm.bigint(q * p))
                }
            }
        }
        v => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(v)
        ))),
    }
}

/// The items `min`/`max` compare: one iterable argument, or the arguments themselves.
fn minmax(vm: &mut Vm, args: &[Value], kw: &[(String, Value)], is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    check_kw(name, kw, &["key", "default"])?;
    if args.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let default = kwarg(kw, "default");
    if default.is_some() && args.len() > 1 {
        return Err(type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let items = if args.len() == 1 {
        vm.collect_iterable(args[0])?
    } else {
        args.to_vec()
    };
    let key = kwarg(kw, "key").filter(|k| !matches!(k, Value::None));
    if let Some(key) = key {
        let helper = vm.prelude_fn("__npy_minmax_key")?;
        let list = vm.new_list(items);
        let name = vm.new_str(name);
        return vm.tail_call(
            helper,
            vec![
                list,
                key,
                default.unwrap_or(Value::None),
                Value::Bool(default.is_some()),
                Value::Bool(is_max),
                name,
            ],
        );
    }
    vm.charge_fuel(items.len() as u64)?;
    let mut best: Option<Value> = None;
    for v in items {
        best = Some(match best {
            None => v,
            Some(b) => {
                let op = if is_max {
                    crate::bytecode::CmpOp::Gt
                } else {
                    crate::bytecode::CmpOp::Lt
                };
                if vm.order(v, b, op)?
                    == Some(if is_max {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Less
                    })
                {
                    v
                } else {
                    b
                }
            }
        });
    }
    match (best, default) {
        (Some(b), _) => Ok(b),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    minmax(vm, args, kw, false)
}

fn max(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    minmax(vm, args, kw, true)
}

fn sum(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    check_kw("sum", kw, &["start"])?;
    arity("sum", args, 1, 2)?;
    let start = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    if vm.str_ref(start).is_some() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let mut acc = start;
    // Once an int sum overflows i64 it continues in a Rust bigint, so summing allocates no heap garbage
    // (a builtin cannot reach a safepoint to collect it).
    let mut big: Option<BigInt> = None;
    let it = vm.get_iter(args[0])?;
    let mut n = 0u64;
    while let Some(v) = vm.iter_next(it)? {
        if let Some(b) = big.as_mut() {
            match vm.to_bigint(v) {
                Some(x) if !matches!(v, Value::Float(_)) => *b += x,
                _ => {
                    let so_far = big.take().unwrap_or_default();
                    let so_far = vm.bigint(so_far);
                    acc = vm.binary(crate::bytecode::BinOp::Add, so_far, v)?;
                }
            }
        } else {
            acc = match (acc, v) {
                (Value::Int(a), Value::Int(b)) => match a.checked_add(b) {
                    Some(r) => Value::Int(r),
                    None => {
                        big = Some(BigInt::from(a) + b);
                        Value::None
                    }
                },
                (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
                _ => vm.binary(crate::bytecode::BinOp::Add, acc, v)?,
            };
        }
        n += 1;
        if n.is_multiple_of(256) {
            vm.charge_fuel(256)?;
            vm.check_memory()?;
        }
    }
    match big {
        Some(b) => Ok(vm.bigint(b)),
        None => Ok(acc),
    }
}

fn any(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("any", kw)?;
    arity("any", args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    while let Some(v) = vm.iter_next(it)? {
        vm.charge_fuel(1)?;
        if vm.truthy(v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("all", kw)?;
    arity("all", args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    while let Some(v) = vm.iter_next(it)? {
        vm.charge_fuel(1)?;
        if !vm.truthy(v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Sorts values in place by `order`, stably; the first comparison error wins.
pub(crate) fn sort_values(
    vm: &mut Vm,
    items: &mut [Value],
    keys: Option<&[Value]>,
    reverse: bool,
) -> PyResult<()> {
    let n = items.len() as u64;
    vm.charge_fuel(n * (64 - n.leading_zeros() as u64).max(1))?;
    let mut err: Option<Exc> = None;
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let keyv: Vec<Value> = keys.map(|k| k.to_vec()).unwrap_or_else(|| items.to_vec());
    idx.sort_by(|&a, &b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (x, y) = if reverse {
            (keyv[b], keyv[a])
        } else {
            (keyv[a], keyv[b])
        };
        match vm.order(x, y, crate::bytecode::CmpOp::Lt) {
            Ok(Some(o)) => o,
            Ok(None) => std::cmp::Ordering::Equal,
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
    items.copy_from_slice(&sorted);
    Ok(())
}

fn sorted(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    check_kw("sorted", kw, &["key", "reverse"])?;
    arity("sorted", args, 1, 1)?;
    let mut items = vm.collect_iterable(args[0])?;
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if let Some(key) = kwarg(kw, "key").filter(|k| !matches!(k, Value::None)) {
        let helper = vm.prelude_fn("__npy_sorted_key")?;
        let list = vm.new_list(items);
        return vm.tail_call(helper, vec![list, key, Value::Bool(reverse)]);
    }
    sort_values(vm, &mut items, None, reverse)?;
    Ok(vm.new_list(items))
}

/// `__npy_sort_by_keys(list, keys, reverse)`: the native half of sorting with a key function.
fn sort_by_keys(vm: &mut Vm, args: &[Value], _: &[(String, Value)]) -> PyResult<Value> {
    arity("__npy_sort_by_keys", args, 3, 3)?;
    let mut items = vm.seq_items(args[0]);
    let keys = vm.seq_items(args[1]);
    let reverse = vm.truthy(args[2])?;
    if keys.len() != items.len() {
        return Err(crate::interp::internal(
            "sort keys and items differ in length",
        ));
    }
    sort_values(vm, &mut items, Some(&keys), reverse)?;
    if let Value::Obj(h) = args[0] {
        if let Obj::List(l) = vm.heap.get_mut(h) {
            if l.len() == items.len() {
                l.copy_from_slice(&items);
            } else {
                return Err(value_error("list modified during sort"));
            }
        }
    }
    Ok(Value::None)
}

fn class_arg(vm: &Vm, v: Value, func: &str) -> PyResult<Vec<crate::heap::Handle>> {
    match v {
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Type(_) => Ok(vec![h]),
            // `isinstance(x, int | None)`: the union's members.
            Obj::Instance { class, dict, .. } if matches!(vm.builtins.get("__npy_UnionType"), Some(Value::Obj(c)) if c == class) => {
                match vm.dict_get_str(*dict, "__args__") {
                    Some(args) => class_arg(vm, args, func),
                    None => Ok(Vec::new()),
                }
            }
            Obj::Tuple(items) => {
                let items = items.to_vec();
                let mut out = Vec::new();
                for i in items {
                    out.extend(class_arg(vm, i, func)?);
                }
                Ok(out)
            }
            _ => Err(type_error(format!(
                "{func}() arg 2 must be a type, a tuple of types, or a union"
            ))),
        },
        _ => Err(type_error(format!(
            "{func}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("isinstance", kw)?;
    arity("isinstance", args, 2, 2)?;
    let classes = class_arg(vm, args[1], "isinstance")?;
    Ok(Value::Bool(
        classes.iter().any(|c| vm.isinstance(args[0], *c)),
    ))
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("issubclass", kw)?;
    arity("issubclass", args, 2, 2)?;
    let Value::Obj(c) = args[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    if !matches!(vm.heap.get(c), Obj::Type(_)) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    let classes = class_arg(vm, args[1], "issubclass")?;
    Ok(Value::Bool(classes.iter().any(|k| vm.is_subclass(c, *k))))
}

fn int_arg(vm: &Vm, v: Value) -> PyResult<i64> {
    match vm.unwrap_payload(v) {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn chr(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("chr", kw)?;
    arity("chr", args, 1, 1)?;
    let i = int_arg(vm, args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("ord", kw)?;
    arity("ord", args, 1, 1)?;
    match vm.str_ref(args[0]) {
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        None => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(args[0])
        ))),
    }
}

fn divmod(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("divmod", kw)?;
    arity("divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        if let (Some(x), Some(y)) = (vm.to_f64(a)?, vm.to_f64(b)?) {
            if y == 0.0 {
                return Err(exc(Ty::ZeroDivisionError, "float divmod()"));
            }
            let (q, r) = crate::arith::float_divmod(x, y);
            return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    let q = vm
        .binary(crate::bytecode::BinOp::FloorDiv, a, b)
        .map_err(|e| match e {
            Exc::New(Ty::TypeError, _) => type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(a),
                vm.type_name(b)
            )),
            e => e,
        })?;
    let r = vm.binary(crate::bytecode::BinOp::Mod, a, b)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    check_kw("pow", kw, &["base", "exp", "mod"])?;
    arity("pow", args, 2, 3)?;
    let m = args
        .get(2)
        .copied()
        .or_else(|| kwarg(kw, "mod"))
        .filter(|v| !matches!(v, Value::None));
    let Some(m) = m else {
        return vm.binary(crate::bytecode::BinOp::Pow, args[0], args[1]);
    };
    let (Some(b), Some(e), Some(m)) = (
        vm.to_bigint(args[0]),
        vm.to_bigint(args[1]),
        vm.to_bigint(m),
    ) else {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let base = if e.is_negative() {
        // Modular inverse (Python 3.8+).
        let g = b.extended_gcd(&m);
        if !g.gcd.is_one() && g.gcd != BigInt::from(-1) {
            return Err(value_error("base is not invertible for the given modulus"));
        }
        g.x.mod_floor(&m)
    } else {
        b
    };
    let e = e.abs();
    vm.charge_fuel(e.bits() * (m.bits() / 64 + 1))?;
    let r = base.modpow(&e, &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(vm.bigint(r))
}

fn radix(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(String, Value)],
    name: &str,
    spec: &str,
) -> PyResult<Value> {
    no_kw(name, kw)?;
    arity(name, args, 1, 1)?;
    if let Some(i) = vm.user_index(args[0])? {
        let s = vm.format_value(i, spec)?;
        return Ok(vm.new_str(s));
    }
    if vm.to_bigint(args[0]).is_none() || matches!(args[0], Value::Float(_)) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(args[0])
        )));
    }
    let s = vm.format_value(args[0], spec)?;
    Ok(vm.new_str(s))
}

fn hex(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    radix(vm, args, kw, "hex", "#x")
}

fn bin(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    radix(vm, args, kw, "bin", "#b")
}

fn oct(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    radix(vm, args, kw, "oct", "#o")
}

fn hash(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("hash", kw)?;
    arity("hash", args, 1, 1)?;
    Ok(Value::Int(vm.py_hash(args[0])?))
}

fn iter(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("iter", kw)?;
    arity("iter", args, 1, 1)?;
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("next", kw)?;
    arity("next", args, 1, 2)?;
    if let Some(g) = vm.is_generator(args[0]) {
        return vm.generator_next_call(g, args.get(1).copied());
    }
    if let Some(class) = vm.user_dunder(args[0]) {
        if args.len() == 1 {
            // A user iterator without a default: an ordinary (suspendable) call of its __next__.
            if let Some(f) = vm.class_lookup(class, "__next__") {
                let f = vm.bind(f, args[0], class);
                return vm.tail_call(f, Vec::new());
            }
        }
        return match vm.iter_next(args[0])? {
            Some(v) => Ok(v),
            None => match args.get(1) {
                Some(d) => Ok(*d),
                None => Err(Exc::Args(Ty::StopIteration, vec![])),
            },
        };
    }
    if !matches!(args[0], Value::Obj(h) if matches!(vm.heap.get(h), Obj::Iter(_))) {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(args[0])
        )));
    }
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(Exc::Args(Ty::StopIteration, vec![])),
        },
    }
}

fn callable(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("callable", kw)?;
    arity("callable", args, 1, 1)?;
    Ok(Value::Bool(vm.is_callable(args[0])))
}

impl Vm {
    /// `callable(v)`.
    pub(crate) fn is_callable(&self, v: Value) -> bool {
        match v {
            Value::Native(_) => true,
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Function(_)
                | Obj::BoundMethod { .. }
                | Obj::NativeMethod { .. }
                | Obj::Type(_) => true,
                Obj::Instance { class, .. } => self.class_lookup(*class, "__call__").is_some(),
                Obj::Cap(c) => matches!(**c, crate::capability::CapObj::Tool(_)),
                _ => false,
            },
            _ => false,
        }
    }
}

fn attr_name(vm: &Vm, v: Value) -> PyResult<String> {
    match vm.str_ref(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("getattr", kw)?;
    arity("getattr", args, 2, 3)?;
    let name = attr_name(vm, args[1])?;
    match vm.getattr(args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.is_attribute_error(&e) => Ok(args[2]),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("setattr", kw)?;
    arity("setattr", args, 3, 3)?;
    let name = attr_name(vm, args[1])?;
    vm.setattr(args[0], &name, args[2])?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("delattr", kw)?;
    arity("delattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    vm.delattr(args[0], &name)?;
    Ok(Value::None)
}

/// `vars(obj)`: the `__dict__` of a user instance or class. `vars()` without an argument would expose the
/// caller's locals, which scripts do not inspect.
fn vars(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("vars", kw)?;
    let [obj] = args else {
        if args.is_empty() {
            return no_introspection(vm, args, kw);
        }
        return Err(type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.len()
        )));
    };
    let has_dict = match *obj {
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Instance { class, .. } => vm.instance_has_dict(*class),
            Obj::Type(t) => t.dict.is_some(),
            Obj::Function(_) | Obj::Exception(_) => true,
            _ => false,
        },
        _ => false,
    };
    if !has_dict {
        return Err(type_error("vars() argument must have __dict__ attribute"));
    }
    vm.getattr(*obj, "__dict__")
}

/// `dir(obj)`: the sorted names `getattr(obj, name)` finds: a module's attributes; an instance's own
/// attributes, its class's along the MRO and the builtin methods of what it extends; a builtin value's
/// methods. Never the engine's own (`__npy_...`) names.
fn dir(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("dir", kw)?;
    let [obj] = args else {
        if args.is_empty() {
            return Err(type_error(
                "dir() without an argument is not supported in nPython (there is no frame \
                 introspection): pass the object whose attributes you want",
            ));
        }
        return Err(type_error(format!(
            "dir expected at most 1 argument, got {}",
            args.len()
        )));
    };
    let mut names: Vec<String> = Vec::new();
    let key_names = |vm: &Vm, d: crate::heap::Handle, out: &mut Vec<String>| {
        if let Obj::Dict(m) = vm.heap.get(d) {
            out.extend(
                m.iter()
                    .filter_map(|(_, k, _)| vm.str_ref(k).map(str::to_string)),
            );
        }
    };
    let class_names = |vm: &Vm, class: crate::heap::Handle, out: &mut Vec<String>| {
        if let Obj::Type(t) = vm.heap.get(class) {
            for &k in &t.mro {
                if let Obj::Type(kt) = vm.heap.get(k) {
                    match kt.dict {
                        Some(d) => key_names(vm, d, out),
                        None => out.extend(
                            crate::methods::method_names(Ty::from_handle(k))
                                .into_iter()
                                .map(str::to_string),
                        ),
                    }
                }
            }
        }
    };
    match *obj {
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Module(m) => {
                let attrs = m.attrs;
                key_names(vm, attrs, &mut names);
                names.push("__name__".into());
            }
            Obj::Instance { class, dict, .. } => {
                let (class, dict) = (*class, *dict);
                key_names(vm, dict, &mut names);
                class_names(vm, class, &mut names);
                names.extend(["__class__", "__doc__", "__module__"].map(String::from));
                // Slots are class attributes (member descriptors) in CPython, so dir lists them set or not.
                if let Some(slots) = vm.instance_slots(class) {
                    names.extend(slots.iter().map(|s| s.to_string()));
                }
                if vm.instance_has_dict(class) {
                    names.push("__dict__".into());
                }
            }
            Obj::Type(t) if t.dict.is_some() => {
                class_names(vm, h, &mut names);
                names.extend(
                    [
                        "__class__",
                        "__dict__",
                        "__doc__",
                        "__module__",
                        "__mro__",
                        "__name__",
                        "__qualname__",
                    ]
                    .map(String::from),
                );
            }
            Obj::Type(_) => {
                names.extend(
                    crate::methods::method_names(Ty::from_handle(h))
                        .into_iter()
                        .map(str::to_string),
                );
                names
                    .extend(["__class__", "__doc__", "__name__", "__qualname__"].map(String::from));
            }
            _ => {
                let ty = Ty::from_handle(vm.type_of(*obj));
                names.extend(
                    crate::methods::method_names(ty)
                        .into_iter()
                        .map(str::to_string),
                );
                names.push("__class__".into());
            }
        },
        v => {
            let ty = Ty::from_handle(vm.type_of(v));
            names.extend(
                crate::methods::method_names(ty)
                    .into_iter()
                    .map(str::to_string),
            );
            names.push("__class__".into());
        }
    }
    names.retain(|n| !n.starts_with("__npy") && !n.starts_with("_npy") && n != "__classcell__");
    names.sort_unstable();
    names.dedup();
    vm.charge_fuel(names.len() as u64)?;
    let items: Vec<Value> = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("hasattr", kw)?;
    arity("hasattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    match vm.getattr(args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.is_attribute_error(&e) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn format(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("format", kw)?;
    arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => match vm.str_ref(*s) {
            Some(s) => s.to_string(),
            None => return Err(type_error("format() argument 2 must be str")),
        },
        None => String::new(),
    };
    let s = vm.format_value(args[0], &spec)?;
    Ok(vm.new_str(s))
}

/// Parses an int literal the way `int(str, base)` does.
pub(crate) fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                if lower.len() > 1
                    && lower.starts_with('0')
                    && lower.chars().any(|c| c != '0' && c != '_')
                {
                    return None;
                }
                (10, lower)
            }
        }
        16 => (
            16,
            lower
                .strip_prefix("0x")
                .map(str::to_string)
                .unwrap_or(lower),
        ),
        8 => (
            8,
            lower
                .strip_prefix("0o")
                .map(str::to_string)
                .unwrap_or(lower),
        ),
        2 => (
            2,
            lower
                .strip_prefix("0b")
                .map(str::to_string)
                .unwrap_or(lower),
        ),
        b => (b, lower),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// Parses a float the way `float(str)` does.
pub(crate) fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        if lower.len() - body.len() > 1 {
            return None;
        }
        return Some(if neg { -v } else { v });
    }
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
    {
        return None;
    }
    if t.contains('_') {
        let b = t.as_bytes();
        for (i, c) in b.iter().enumerate() {
            if *c == b'_'
                && (i == 0
                    || i + 1 >= b.len()
                    || !b[i - 1].is_ascii_digit()
                    || !b[i + 1].is_ascii_digit())
            {
                return None;
            }
        }
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().ok()
}

impl Vm {
    /// Calls a non-function callable: a class (constructor), or a builtin method taken as a value.
    pub(crate) fn call_object(
        &mut self,
        callee: Value,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let Value::Obj(h) = callee else {
            return Err(type_error(format!(
                "'{}' object is not callable",
                self.type_name(callee)
            )));
        };
        match self.heap.get(h) {
            Obj::NativeMethod { recv, name } => {
                let (recv, name) = (*recv, name.clone());
                if &*name == "type.__new__" {
                    return self.builtin_type_new(recv, args, kw);
                }
                if &*name == "dict.__getitem__" {
                    no_kw("__getitem__", kw)?;
                    arity("__getitem__", args, 1, 1)?;
                    return self.dict_subclass_getitem(recv, args[0]);
                }
                if let Some(m) = name.strip_prefix("object.") {
                    if m == "__init_subclass__" && !kw.is_empty() {
                        return Err(type_error(format!(
                            "{}.__init_subclass__() takes no keyword arguments",
                            match recv {
                                Value::Obj(c) if matches!(self.heap.get(c), Obj::Type(_)) => {
                                    self.class_name(c)
                                }
                                _ => self.type_name(recv),
                            }
                        )));
                    }
                    no_kw(m, kw)?;
                    if recv.is_same(Value::Obj(Ty::Object.handle())) {
                        // Unbound, as in `object.__setattr__(self, name, value)`.
                        let Some((&first, rest)) = args.split_first() else {
                            return Err(type_error(format!(
                                "descriptor '{m}' of 'object' object needs an argument"
                            )));
                        };
                        return self.object_method(first, m, rest);
                    }
                    return self.object_method(recv, m, args);
                }
                if let Value::Obj(t) = recv {
                    if let Obj::Type(_) = self.heap.get(t) {
                        // `str.upper(s)`, `dict.fromkeys(...)`.
                        if matches!(&*name, "fromkeys" | "maketrans" | "from_bytes" | "fromhex") {
                            return self.call_method(recv, &name, args, kw);
                        }
                        let Some(first) = args.first() else {
                            return Err(type_error(format!(
                                "unbound method {}.{name}() needs an argument",
                                self.class_name(t)
                            )));
                        };
                        let first_class = self.type_of(*first);
                        if first_class != t
                            && !(self.is_subclass(first_class, t) && self.payload(*first).is_some())
                        {
                            return Err(type_error(format!(
                                "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
                                self.class_name(t),
                                self.type_name(*first)
                            )));
                        }
                        if &*name == "__getitem__" && Ty::from_handle(t) == Some(Ty::Dict) {
                            no_kw("__getitem__", kw)?;
                            arity("__getitem__", &args[1..], 1, 1)?;
                            return self.dict_subclass_getitem(*first, args[1]);
                        }
                        let recv = self.unwrap_payload(*first);
                        return self.call_method(recv, &name, &args[1..], kw);
                    }
                }
                self.call_method(recv, &name, args, kw)
            }
            Obj::Type(_) => match Ty::from_handle(h) {
                Some(ty) if ty.is_exception() => {
                    no_kw(ty.name(), kw)?;
                    Ok(self.new_exception(h, args.to_vec()))
                }
                Some(Ty::Object) => {
                    no_kw("object", kw)?;
                    arity("object", args, 0, 0)?;
                    self.instantiate(h, args, kw)
                }
                Some(ty) => self.construct(ty, args, kw),
                None => self.instantiate(h, args, kw),
            },
            Obj::Cap(_) => self.cap_call(callee, args, kw),
            Obj::Instance { class, .. } => {
                let class = *class;
                match self.class_lookup(class, "__call__") {
                    Some(f) => {
                        let mut call_args = Vec::with_capacity(args.len() + 1);
                        call_args.push(callee);
                        call_args.extend_from_slice(args);
                        self.tail_call_kw(f, call_args, kw.to_vec())
                    }
                    None => Err(type_error(format!(
                        "'{}' object is not callable",
                        self.class_name(class)
                    ))),
                }
            }
            _ => Err(type_error(format!(
                "'{}' object is not callable",
                self.type_name(callee)
            ))),
        }
    }

    fn construct(&mut self, ty: Ty, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
        let name = ty.name();
        match ty {
            Ty::Int => {
                check_kw("int", kw, &["base"])?;
                arity("int", args, 0, 2)?;
                let base = args.get(1).copied().or_else(|| kwarg(kw, "base"));
                let Some(&v) = args.first() else {
                    return Ok(Value::Int(0));
                };
                if let Some(b) = base {
                    let b = int_arg(self, b)?;
                    if b != 0 && !(2..=36).contains(&b) {
                        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
                    }
                    let Some(s) = self.str_ref(v) else {
                        return Err(type_error(
                            "int() can't convert non-string with explicit base",
                        ));
                    };
                    let s = s.to_string();
                    return self.int_from_str(&s, b as u32);
                }
                match v {
                    Value::Int(_) => Ok(v),
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
                        let t = f.trunc();
                        if t.abs() < 9e18 {
                            Ok(Value::Int(t as i64))
                        } else {
                            Ok(self.bigint(crate::arith::float_to_bigint(t)))
                        }
                    }
                    _ => {
                        let subclass = self.payload(v).is_some();
                        if let Some(s) = self.str_ref(v).filter(|_| !subclass) {
                            let s = s.to_string();
                            return self.int_from_str(&s, 10);
                        }
                        if self.to_bigint(v).is_some() && !subclass {
                            return Ok(v);
                        }
                        // A number subclass inherits its base's `__int__`, which answers before `__index__`.
                        let number_base = self.number_payload(v).is_some();
                        for dunder in ["__int__", "__index__"] {
                            if dunder == "__index__" && number_base {
                                continue;
                            }
                            if let Some(r) = self.call_dunder(v, dunder, &[])? {
                                return match r {
                                    Value::Int(_) => Ok(r),
                                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                                    _ if self.to_bigint(r).is_some() => Ok(r),
                                    _ => Err(type_error(format!(
                                        "{dunder} returned non-int (type {})",
                                        self.type_name(r)
                                    ))),
                                };
                            }
                        }
                        if let Some(p) = self.payload(v) {
                            return self.construct(Ty::Int, &[p], &[]);
                        }
                        Err(type_error(format!(
                            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                            self.type_name(v)
                        )))
                    }
                }
            }
            Ty::Float => {
                no_kw("float", kw)?;
                arity("float", args, 0, 1)?;
                let Some(&v) = args.first() else {
                    return Ok(Value::Float(0.0));
                };
                if let Some(s) = self.str_ref(v) {
                    return match parse_float(s) {
                        Some(f) => Ok(Value::Float(f)),
                        None => {
                            let mut r = String::new();
                            crate::format::str_repr(s, &mut r);
                            Err(value_error(format!(
                                "could not convert string to float: {r}"
                            )))
                        }
                    };
                }
                if let Some(r) = self.call_dunder(v, "__float__", &[])? {
                    return match r {
                        Value::Float(_) => Ok(r),
                        _ => Err(type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            self.type_name(v),
                            self.type_name(r)
                        ))),
                    };
                }
                let number_base = self.number_payload(v).is_some();
                // A number subclass's inherited `__float__` answers before `__index__`.
                let index = if number_base {
                    None
                } else {
                    self.call_dunder(v, "__index__", &[])?
                };
                if let Some(r) = index {
                    return match self.to_f64(r)? {
                        Some(f)
                            if matches!(r, Value::Int(_) | Value::Bool(_))
                                || self.to_bigint(r).is_some() =>
                        {
                            Ok(Value::Float(f))
                        }
                        _ => Err(type_error(format!(
                            "__index__ returned non-int (type {})",
                            self.type_name(r)
                        ))),
                    };
                }
                match self.to_f64(v)? {
                    Some(f) => Ok(Value::Float(f)),
                    None => Err(type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        self.type_name(v)
                    ))),
                }
            }
            Ty::Str => {
                no_kw("str", kw)?;
                arity("str", args, 0, 1)?;
                match args.first() {
                    None => Ok(self.new_str("")),
                    Some(v) => {
                        if self.exact_str_ref(*v).is_some() {
                            return Ok(*v);
                        }
                        let s = self.str_of(*v)?;
                        Ok(self.new_str(s))
                    }
                }
            }
            Ty::Bool => {
                no_kw("bool", kw)?;
                arity("bool", args, 0, 1)?;
                match args.first() {
                    None => Ok(Value::Bool(false)),
                    Some(v) => Ok(Value::Bool(self.truthy(*v)?)),
                }
            }
            Ty::List | Ty::Tuple | Ty::Set | Ty::FrozenSet => {
                no_kw(name, kw)?;
                arity(name, args, 0, 1)?;
                let items = match args.first() {
                    Some(v) => self.collect_iterable(*v)?,
                    None => Vec::new(),
                };
                match ty {
                    Ty::List => Ok(self.new_list(items)),
                    Ty::Tuple => Ok(self.new_tuple(items)),
                    Ty::Set => self.new_set(items),
                    _ => {
                        let s = self.new_set(items)?;
                        if let Value::Obj(h) = s {
                            if let Obj::Set(d) = self.heap.replace(h, Obj::Free) {
                                self.heap.replace(h, Obj::FrozenSet(d));
                            }
                        }
                        Ok(s)
                    }
                }
            }
            Ty::Dict => {
                arity("dict", args, 0, 1)?;
                let d = self.new_dict();
                if let Some(src) = args.first() {
                    self.dict_update(d, *src)?;
                }
                for (k, v) in kw {
                    let key = self.new_str(k.as_str());
                    self.dict_set(d, key, *v)?;
                }
                Ok(d)
            }
            Ty::Range => {
                no_kw("range", kw)?;
                if args.is_empty() {
                    return Err(type_error("range expected at least 1 argument, got 0"));
                }
                if args.len() > 3 {
                    return Err(type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        args.len()
                    )));
                }
                let mut n = [0i64; 3];
                for (i, a) in args.iter().enumerate() {
                    n[i] = match self.unwrap_payload(*a) {
                        Value::Int(x) => x,
                        Value::Bool(b) => b as i64,
                        v if self.to_bigint(v).is_some() && !matches!(v, Value::Float(_)) => {
                            return Err(exc(
                                Ty::OverflowError,
                                "Python int too large to convert to C ssize_t",
                            ));
                        }
                        v => {
                            return Err(type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name(v)
                            )))
                        }
                    };
                }
                let (start, stop, step) = match args.len() {
                    1 => (0, n[0], 1),
                    2 => (n[0], n[1], 1),
                    _ => (n[0], n[1], n[2]),
                };
                if step == 0 {
                    return Err(value_error("range() arg 3 must not be zero"));
                }
                Ok(Value::Obj(self.heap.alloc(Obj::Range {
                    start,
                    stop,
                    step,
                })))
            }
            Ty::Enumerate => {
                check_kw("enumerate", kw, &["start", "iterable"])?;
                arity("enumerate", args, 0, 2)?;
                let src = args.first().copied().or_else(|| kwarg(kw, "iterable"));
                let Some(src) = src else {
                    return Err(type_error(
                        "enumerate() missing required argument 'iterable' (pos 1)",
                    ));
                };
                let start = args
                    .get(1)
                    .copied()
                    .or_else(|| kwarg(kw, "start"))
                    .unwrap_or(Value::Int(0));
                let start = int_arg(self, start)?;
                let inner = self.get_iter(src)?;
                Ok(Value::Obj(
                    self.heap
                        .alloc(Obj::Iter(Iter::Enumerate { inner, n: start })),
                ))
            }
            Ty::Zip => {
                check_kw("zip", kw, &["strict"])?;
                let mut iters = Vec::with_capacity(args.len());
                for (i, a) in args.iter().enumerate() {
                    iters.push(self.get_iter(*a).map_err(|e| match e {
                        Exc::New(Ty::TypeError, _) => {
                            type_error(format!("zip argument #{} must support iteration", i + 1))
                        }
                        e => e,
                    })?);
                }
                let strict = match kw.iter().find(|(k, _)| k == "strict") {
                    Some((_, v)) => self.truthy(*v)?,
                    None => false,
                };
                Ok(Value::Obj(self.heap.alloc(Obj::Iter(Iter::Zip {
                    iters: iters.into(),
                    strict,
                }))))
            }
            Ty::Reversed => {
                no_kw("reversed", kw)?;
                arity("reversed", args, 1, 1)?;
                let v = args[0];
                if let Value::Obj(h) = v {
                    match self.heap.get(h) {
                        Obj::List(l) => {
                            let n = l.len();
                            return Ok(Value::Obj(
                                self.heap
                                    .alloc(Obj::Iter(Iter::Reversed { seq: h, idx: n })),
                            ));
                        }
                        Obj::Tuple(t) => {
                            let n = t.len();
                            return Ok(Value::Obj(
                                self.heap
                                    .alloc(Obj::Iter(Iter::Reversed { seq: h, idx: n })),
                            ));
                        }
                        Obj::Str(_) | Obj::Range { .. } | Obj::Dict(_) | Obj::DictView { .. } => {
                            let mut items = self.collect_iterable(v)?;
                            items.reverse();
                            return Ok(Value::Obj(
                                self.heap.alloc(Obj::Iter(Iter::Values { items, idx: 0 })),
                            ));
                        }
                        _ => {}
                    }
                }
                // A user class opts in with `__reversed__` (as `collections.deque` does).
                if let Some(it) = self.call_dunder(v, "__reversed__", &[])? {
                    return Ok(it);
                }
                if let (Some(p), Some(class)) = (self.payload(v), self.user_dunder(v)) {
                    // list and dict have a `__reversed__` of their own; tuple, str and range go through
                    // `__len__` and `__getitem__`, which the subclass may override.
                    let own_reversed = matches!(p, Value::Obj(x) if matches!(self.heap.get(x), Obj::List(_) | Obj::Dict(_)));
                    let overrides = self.class_lookup(class, "__len__").is_some()
                        || self.class_lookup(class, "__getitem__").is_some();
                    if own_reversed || !overrides {
                        return self.construct(Ty::Reversed, &[p], &[]);
                    }
                    let f = self.prelude_fn("__npy_reversed_seq")?;
                    return self.call_nested(f, &[v], Vec::new());
                }
                if let Some(class) = self.user_dunder(v) {
                    // The sequence protocol: `__len__` and `__getitem__` from the end (a missing
                    // `__len__` raises its own TypeError, as in CPython).
                    if self.class_lookup(class, "__getitem__").is_some() {
                        let f = self.prelude_fn("__npy_reversed_seq")?;
                        return self.call_nested(f, &[v], Vec::new());
                    }
                }
                Err(type_error(format!(
                    "'{}' object is not reversible",
                    self.type_name(v)
                )))
            }
            Ty::Type => match args {
                [v] if kw.is_empty() => Ok(Value::Obj(self.type_of(*v))),
                // `type(name, bases, namespace)`: a class made as a class statement would make it.
                [name, bases, namespace] => {
                    let Some(class_name) = self.str_ref(*name).map(str::to_string) else {
                        return Err(type_error(format!(
                            "type.__new__() argument 1 must be str, not {}",
                            self.type_name(*name)
                        )));
                    };
                    if self.type_of(*bases) != Ty::Tuple.handle() {
                        return Err(type_error(format!(
                            "type.__new__() argument 2 must be tuple, not {}",
                            self.type_name(*bases)
                        )));
                    }
                    if self.type_of(*namespace) != Ty::Dict.handle() {
                        return Err(type_error(format!(
                            "type.__new__() argument 3 must be dict, not {}",
                            self.type_name(*namespace)
                        )));
                    }
                    let bases = self.seq_items(*bases);
                    let ns = self.dict_copy(*namespace)?;
                    let kwargs = kw.to_vec();
                    let class = self.make_class(&class_name, &class_name, ns, &bases)?;
                    self.init_subclass(class, kwargs)?;
                    Ok(class)
                }
                _ => Err(type_error("type() takes 1 or 3 arguments")),
            },
            Ty::Slice => {
                no_kw("slice", kw)?;
                arity("slice", args, 1, 3)?;
                let (start, stop, step) = match args.len() {
                    1 => (Value::None, args[0], Value::None),
                    2 => (args[0], args[1], Value::None),
                    _ => (args[0], args[1], args[2]),
                };
                Ok(Value::Obj(
                    self.heap.alloc(Obj::Slice(Box::new([start, stop, step]))),
                ))
            }
            Ty::DefaultDict | Ty::Counter | Ty::OrderedDict => {
                self.construct_collection(ty, args, kw)
            }
            Ty::StaticMethod | Ty::ClassMethod => {
                no_kw(name, kw)?;
                arity(name, args, 1, 1)?;
                let o = if ty == Ty::StaticMethod {
                    Obj::StaticMethod(args[0])
                } else {
                    Obj::ClassMethod(args[0])
                };
                Ok(Value::Obj(self.heap.alloc(o)))
            }
            Ty::Property => {
                check_kw("property", kw, &["fget", "fset", "fdel", "doc"])?;
                arity("property", args, 0, 4)?;
                let slot = |i: usize, k: &str| {
                    args.get(i)
                        .copied()
                        .or_else(|| kwarg(kw, k))
                        .unwrap_or(Value::None)
                };
                let p = [
                    slot(0, "fget"),
                    slot(1, "fset"),
                    slot(2, "fdel"),
                    slot(3, "doc"),
                ];
                Ok(Value::Obj(self.heap.alloc(Obj::Property(Box::new(p)))))
            }
            Ty::Super => {
                no_kw("super", kw)?;
                if args.len() != 2 {
                    return Err(exc(
                        Ty::RuntimeError,
                        "super(): no arguments (use super() inside a method, or super(Class, self))",
                    ));
                }
                let Value::Obj(class) = args[0] else {
                    return Err(type_error("super() argument 1 must be a type"));
                };
                if !matches!(self.heap.get(class), Obj::Type(_)) {
                    return Err(type_error("super() argument 1 must be a type"));
                }
                let obj = args[1];
                let ok = match obj {
                    Value::Obj(o) if matches!(self.heap.get(o), Obj::Type(_)) => {
                        self.is_subclass(o, class)
                    }
                    _ => self.isinstance(obj, class),
                };
                if !ok {
                    return Err(type_error(
                        "super(type, obj): obj must be an instance or subtype of type",
                    ));
                }
                Ok(Value::Obj(self.heap.alloc(Obj::Super { class, obj })))
            }
            Ty::Bytes => self.construct_bytes(args, kw),
            _ => Err(type_error(format!("cannot create '{name}' instances"))),
        }
    }

    fn int_from_str(&mut self, s: &str, base: u32) -> PyResult<Value> {
        // The common case, `int("123")`: a short run of decimal digits fits an i64 without a bigint.
        if base == 10 {
            let t = s.trim();
            let body = t.strip_prefix(['+', '-']).unwrap_or(t);
            if !body.is_empty() && body.len() <= 18 && body.bytes().all(|b| b.is_ascii_digit()) {
                if let Ok(i) = t.parse::<i64>() {
                    return Ok(Value::Int(i));
                }
            }
        }
        if s.len() > crate::format::MAX_STR_DIGITS + 2 && base == 10 {
            let digits = s.trim().trim_start_matches(['+', '-']).len();
            if digits > crate::format::MAX_STR_DIGITS {
                return Err(value_error(format!(
                    "Exceeds the limit ({} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit",
                    crate::format::MAX_STR_DIGITS
                )));
            }
        }
        match parse_int(s, base) {
            Some(b) => Ok(self.bigint(b)),
            None => {
                let mut r = String::new();
                crate::format::str_repr(s, &mut r);
                Err(value_error(format!(
                    "invalid literal for int() with base {base}: {r}"
                )))
            }
        }
    }

    /// An int value's i64, for builtins that need machine-size ints.
    pub(crate) fn small_int(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            _ => self.to_bigint(v).and_then(|b| b.to_i64()),
        }
    }
}
