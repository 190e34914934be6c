//! `time`: a virtual clock. The VM reads no host clock (that would leak host state and make runs
//! irreproducible): `time()` is the start time the host gave the job plus the time the job has spent, counted
//! as slept seconds plus a fixed cost per executed instruction. `sleep` blocks on the host (`IoRequest::Sleep`),
//! so a sleeping job holds no worker.

use crate::builtins::{arity, no_kw};
use crate::error::{value_error, PyResult};
use crate::interp::{NativeFn, Vm};
use crate::io::IoRequest;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("monotonic", monotonic),
    ("perf_counter", monotonic),
    ("time_ns", time_ns),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter_ns", monotonic_ns),
    ("sleep", sleep),
];

/// The zone constants: the job's clock is UTC, with no daylight saving time.
pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let utc = vm.new_str("UTC");
    let tzname = vm.new_tuple(vec![utc, utc]);
    vec![
        ("timezone", Value::Int(0)),
        ("altzone", Value::Int(0)),
        ("daylight", Value::Int(0)),
        ("tzname", tzname),
    ]
}

fn time(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("time", kw)?;
    arity("time", args, 0, 0)?;
    Ok(Value::Float(vm.clock_base() + vm.elapsed_seconds()))
}

fn monotonic(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("monotonic", kw)?;
    arity("monotonic", args, 0, 0)?;
    Ok(Value::Float(vm.elapsed_seconds()))
}

fn time_ns(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("time_ns", kw)?;
    arity("time_ns", args, 0, 0)?;
    Ok(Value::Int(
        ((vm.clock_base() + vm.elapsed_seconds()) * 1e9) as i64,
    ))
}

fn monotonic_ns(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("monotonic_ns", kw)?;
    arity("monotonic_ns", args, 0, 0)?;
    Ok(Value::Int((vm.elapsed_seconds() * 1e9) as i64))
}

fn sleep(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("sleep", kw)?;
    arity("sleep", args, 1, 1)?;
    let Some(seconds) = vm.to_f64(args[0])? else {
        return Err(crate::error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(args[0])
        )));
    };
    if seconds.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if seconds < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if seconds == 0.0 {
        return Ok(Value::None);
    }
    vm.block_on(IoRequest::Sleep { seconds })
}
