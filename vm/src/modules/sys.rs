//! `sys`: what scripts read to learn which Python they run on, and `exit`. Nothing here describes the host:
//! no `path`, `modules`, `argv` from the host, `executable`, environment or real streams. `stdout` and
//! `stderr` (written in Python, see `prelude_modules.py`) both write to the job's output, its one stream.

use crate::builtins::{arity, no_kw};
use crate::error::{exc, type_error, Exc, PyResult};
use crate::interp::{NativeFn, Vm};
use crate::types::Ty;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", exit),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("intern", intern),
];

/// The Python version nPython's behaviour is checked against.
pub const VERSION: &str = "3.11.0 (nPython)";

pub fn constants(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    vec![
        ("version", vm.new_str(VERSION)),
        ("maxsize", Value::Int(i64::MAX)),
        ("maxunicode", Value::Int(0x10FFFF)),
        ("byteorder", vm.new_str("little")),
        ("platform", vm.new_str("npython")),
        ("argv", {
            let script = vm.new_str("<script>");
            vm.new_list(vec![script])
        }),
    ]
}

/// `sys.exit(code=None)`: raises SystemExit(code). `npython run` exits with the code, as CPython does.
fn exit(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("exit", kw)?;
    arity("exit", args, 0, 1)?;
    let e = vm.new_exception(Ty::SystemExit.handle(), args.to_vec());
    Err(Exc::Obj(e))
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("getrecursionlimit", kw)?;
    arity("getrecursionlimit", args, 0, 0)?;
    Ok(Value::Int(vm.max_depth() as i64))
}

/// `sys.setrecursionlimit(n)`: lowers the job's call-depth limit; the job's own limit is a ceiling a script
/// cannot raise (scripts written for CPython often ask for more and then need far less).
fn setrecursionlimit(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("setrecursionlimit", kw)?;
    arity("setrecursionlimit", args, 1, 1)?;
    let n = match args[0] {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        v => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    };
    if n < 1 {
        return Err(exc(
            Ty::ValueError,
            "recursion limit must be greater or equal than 1",
        ));
    }
    if (n as u64) < vm.call_depth() as u64 {
        return Err(exc(
            Ty::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.call_depth()
            ),
        ));
    }
    vm.lower_max_depth(n as usize);
    Ok(Value::None)
}

fn intern(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("intern", kw)?;
    arity("intern", args, 1, 1)?;
    if vm.str_ref(args[0]).is_none() {
        return Err(type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(args[0])
        )));
    }
    Ok(args[0])
}
