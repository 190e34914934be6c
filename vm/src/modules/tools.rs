//! `tools`: calls to the tools the embedder or client provides, which become `IoRequest::Tool` inside
//! `with scope("tools", token):`.
//!
//! `tools.call("search", query="x")` and `tools.search(query="x")` are the same call: any attribute of
//! the module that is not one of its own and does not start with `_` is a tool function. Arguments are
//! keyword arguments that must be JSON data; the result is the tool's JSON answer as Python values.

use npython_caps::ToolName;

use crate::capability::{Answer, CapObj};
use crate::data::Data;
use crate::error::{type_error, value_error, PyResult};
use crate::heap::Obj;
use crate::interp::{NativeFn, Vm};
use crate::io::{IoRequest, ToolRequest};
use crate::scope::denied;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("call", call)];

fn call(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let Some((&name, rest)) = args.split_first() else {
        return Err(type_error(
            "tools.call() missing required argument: 'name' (the tool to call)",
        ));
    };
    let Some(name) = vm.str_ref(name).map(str::to_string) else {
        return Err(type_error(format!(
            "tools.call: the tool name must be a str, not {}",
            vm.type_name(name)
        )));
    };
    call_tool(vm, &name, rest, kw)
}

/// Whether `tools.<name>` is a tool function (the module's own attributes were looked up first).
pub(crate) fn is_tool_attribute(name: &str) -> bool {
    !name.starts_with('_') && ToolName::parse(name).is_ok()
}

/// The tool function `tools.<name>`.
pub(crate) fn tool_function(vm: &mut Vm, name: &str) -> Value {
    Value::Obj(vm.heap.alloc(Obj::Cap(Box::new(CapObj::Tool(name.into())))))
}

/// Calls tool `name` with keyword arguments `kw`.
pub(crate) fn call_tool(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(String, Value)],
) -> PyResult<Value> {
    let call = format!("tools.{name}");
    if !args.is_empty() {
        return Err(type_error(format!(
            "{call}() takes keyword arguments only (a tool's arguments are a JSON object)"
        )));
    }
    if ToolName::parse(name).is_err() {
        return Err(value_error(format!(
            "invalid tool name {:?}: a tool name is 1 to 64 letters, digits, `_`, `-` or `.`",
            name.chars().take(80).collect::<String>()
        )));
    }
    let mut fields = Vec::with_capacity(kw.len());
    for (key, v) in kw {
        let Some(data) = vm.to_data(*v).filter(|d| !contains_bytes(d)) else {
            return Err(type_error(format!(
                "{call}(): argument '{key}' ({}) is not JSON data or holds a value that is not (JSON \
                 data is str, int, float, bool, None, and lists, tuples and str-keyed dicts of them)",
                vm.type_name(*v)
            )));
        };
        fields.push((key.clone(), data));
    }
    let grant = vm.authorize("tools", &call)?;
    grant
        .authority
        .allows_tool(name)
        .map_err(|d| denied(&call, d))?;
    let req = ToolRequest {
        grant,
        name: name.to_string(),
        args: Data::Dict(fields),
    };
    vm.block_on_as(IoRequest::Tool(Box::new(req)), Answer::Plain)
}

/// Tool arguments are JSON; `to_data` never makes bytes today, this keeps it so if it starts to.
fn contains_bytes(d: &Data) -> bool {
    match d {
        Data::Bytes(_) => true,
        Data::List(items) => items.iter().any(contains_bytes),
        Data::Dict(pairs) => pairs.iter().any(|(_, v)| contains_bytes(v)),
        _ => false,
    }
}
