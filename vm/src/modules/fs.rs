//! `fs`: file calls inside the tenant's virtual root, which become `IoRequest::Fs` inside
//! `with scope("fs", token):`.
//!
//! Paths are POSIX-style and relative to the tenant's root (`/reports/a.txt` and `reports/a.txt` are the
//! same file). The token's `allows_fs` normalises the path and checks its prefixes and read-only flag
//! before any request exists; the request carries the normalised path (`FsPath::as_str`: no leading
//! slash, `""` for the root), which is exactly what was checked. Text is UTF-8; `read_bytes` and
//! `write_bytes` take and give bytes.

use crate::builtins::{arity, check_kw, kwarg, no_kw};
use crate::capability::Answer;
use crate::error::{type_error, value_error, PyResult};
use crate::interp::{NativeFn, Vm};
use crate::io::{FsOp, FsRequest, IoRequest};
use crate::scope::denied;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("read_text", read_text),
    ("write_text", write_text),
    ("append_text", append_text),
    ("read_bytes", read_bytes),
    ("write_bytes", write_bytes),
    ("list", list),
    ("exists", exists),
    ("delete", delete),
    ("mkdir", mkdir),
    ("stat", stat),
];

fn read_text(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    check_kw("read_text", kw, &["encoding"])?;
    arity("read_text", args, 1, 1)?;
    check_encoding(vm, "fs.read_text", kw)?;
    let path = path_arg(vm, "fs.read_text", args[0])?;
    let (req, path) = gated(vm, "fs.read_text", FsOp::Read, &path)?;
    vm.block_on_as(
        req,
        Answer::Text {
            call: "fs.read_text",
            path,
        },
    )
}

fn write_text(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    write(vm, "fs.write_text", args, kw, |data| FsOp::Write { data })
}

fn append_text(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    write(vm, "fs.append_text", args, kw, |data| FsOp::Append { data })
}

fn write(
    vm: &mut Vm,
    call: &'static str,
    args: &[Value],
    kw: &[(String, Value)],
    op: fn(Vec<u8>) -> FsOp,
) -> PyResult<Value> {
    let name = call.trim_start_matches("fs.");
    check_kw(name, kw, &["encoding"])?;
    arity(name, args, 2, 2)?;
    check_encoding(vm, call, kw)?;
    let path = path_arg(vm, call, args[0])?;
    let Some(text) = vm.str_ref(args[1]).map(|s| s.as_bytes().to_vec()) else {
        return Err(type_error(format!(
            "{call}: the content must be a str, not {}",
            vm.type_name(args[1])
        )));
    };
    let (req, _) = gated(vm, call, op(text), &path)?;
    vm.block_on_as(req, Answer::Plain)
}

fn read_bytes(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("read_bytes", kw)?;
    arity("read_bytes", args, 1, 1)?;
    let path = path_arg(vm, "fs.read_bytes", args[0])?;
    let (req, _) = gated(vm, "fs.read_bytes", FsOp::Read, &path)?;
    vm.block_on_as(
        req,
        Answer::Bytes {
            call: "fs.read_bytes",
        },
    )
}

fn write_bytes(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("write_bytes", kw)?;
    arity("write_bytes", args, 2, 2)?;
    let path = path_arg(vm, "fs.write_bytes", args[0])?;
    let Some(data) = vm.bytes_ref(args[1]).map(<[u8]>::to_vec) else {
        return Err(type_error(format!(
            "fs.write_bytes: the content must be bytes, not {}",
            vm.type_name(args[1])
        )));
    };
    let (req, _) = gated(vm, "fs.write_bytes", FsOp::Write { data }, &path)?;
    vm.block_on_as(req, Answer::Plain)
}

fn list(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("list", kw)?;
    arity("list", args, 0, 1)?;
    let path = match args.first() {
        Some(p) => path_arg(vm, "fs.list", *p)?,
        None => "/".to_string(),
    };
    simple(vm, "fs.list", FsOp::List, &path)
}

fn exists(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    one_path(vm, "fs.exists", FsOp::Exists, args, kw)
}

fn delete(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    one_path(vm, "fs.delete", FsOp::Delete, args, kw)
}

fn mkdir(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    one_path(vm, "fs.mkdir", FsOp::Mkdir, args, kw)
}

fn stat(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    one_path(vm, "fs.stat", FsOp::Stat, args, kw)
}

fn one_path(
    vm: &mut Vm,
    call: &'static str,
    op: FsOp,
    args: &[Value],
    kw: &[(String, Value)],
) -> PyResult<Value> {
    let name = call.trim_start_matches("fs.");
    no_kw(name, kw)?;
    arity(name, args, 1, 1)?;
    let path = path_arg(vm, call, args[0])?;
    simple(vm, call, op, &path)
}

fn simple(vm: &mut Vm, call: &'static str, op: FsOp, path: &str) -> PyResult<Value> {
    let (req, _) = gated(vm, call, op, path)?;
    vm.block_on_as(req, Answer::Plain)
}

/// The scope gate and the token's path check; returns the request and the path as the script should
/// see it in messages (`/reports/a.txt`).
fn gated(vm: &mut Vm, call: &'static str, op: FsOp, path: &str) -> PyResult<(IoRequest, String)> {
    let grant = vm.authorize("fs", call)?;
    let checked = grant
        .authority
        .allows_fs(path, op.writes())
        .map_err(|d| denied(call, d))?;
    let shown = checked.to_string();
    let req = FsRequest {
        grant,
        op,
        path: checked.as_str().to_string(),
    };
    Ok((IoRequest::Fs(Box::new(req)), shown))
}

fn path_arg(vm: &Vm, call: &str, v: Value) -> PyResult<String> {
    match vm.str_ref(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(type_error(format!(
            "{call}: the path must be a str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// Only UTF-8 is supported; `encoding="utf-8"` may still be written out.
fn check_encoding(vm: &Vm, call: &str, kw: &[(String, Value)]) -> PyResult<()> {
    let Some(enc) = kwarg(kw, "encoding") else {
        return Ok(());
    };
    match vm
        .str_ref(enc)
        .map(|s| s.to_ascii_lowercase().replace('_', "-"))
    {
        Some(e) if e == "utf-8" || e == "utf8" => Ok(()),
        Some(e) => Err(value_error(format!(
            "{call}: only the utf-8 encoding is supported, not '{e}'"
        ))),
        None => Err(type_error(format!(
            "{call}: encoding must be a str, not {}",
            vm.type_name(enc)
        ))),
    }
}
