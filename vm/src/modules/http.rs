//! `http`: requests-style calls (`get`, `post`, `put`, `delete`, `patch`, `head`, `options`, `request`)
//! that become `IoRequest::Http` inside `with scope("http", token):`.
//!
//! Everything the VM can check happens before the request exists: the arguments (a Token, or anything
//! that is not plain data, is a TypeError wherever it appears), the URL (absolute http/https, see url.rs),
//! the scope gate (`Vm::authorize`: scope present, token not revoked or expired) and the token's
//! constraints (`allows_http` on scheme, host, port, method and path; the request body size). The broker
//! checks again what only it can see: redirects, DNS answers, response size, time.

use std::time::Duration;

use crate::builtins::{check_kw, kwarg};
use crate::capability::Answer;
use crate::error::{type_error, value_error, PyResult};
use crate::heap::Obj;
use crate::interp::{NativeFn, Vm};
use crate::io::{HttpRequest, IoRequest};
use crate::modules::url;
use crate::scope::{capability_error, denied};
use crate::types::Ty;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("request", request),
    ("get", get),
    ("head", head),
    ("delete", delete),
    ("options", options),
    ("post", post),
    ("put", put),
    ("patch", patch),
];

pub fn constants(_: &mut Vm) -> Vec<(&'static str, Value)> {
    vec![("HTTPError", Value::Obj(Ty::HTTPError.handle()))]
}

/// Keyword arguments every call takes.
const OPTIONS: &[&str] = &["params", "headers", "json", "data", "timeout", "url"];

/// The longest timeout a script may ask for, in seconds (the broker applies its own cap as well).
const MAX_TIMEOUT_SECONDS: f64 = 3600.0;

fn request(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    check_kw("request", kw, &[OPTIONS, &["method"]].concat())?;
    let method = positional_or_kw("request", args, kw, 0, "method")?;
    let Some(method) = vm.str_ref(method).map(str::to_ascii_uppercase) else {
        return Err(type_error(format!(
            "http.request: method must be a str such as \"GET\", not {}",
            vm.type_name(method)
        )));
    };
    let url = positional_or_kw("request", args, kw, 1, "url")?;
    if args.len() > 2 {
        return Err(too_many("request", 2, args.len()));
    }
    send(vm, "http.request", &method, url, kw, &[])
}

fn get(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    without_body(vm, "get", "GET", args, kw)
}

fn head(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    without_body(vm, "head", "HEAD", args, kw)
}

fn delete(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    without_body(vm, "delete", "DELETE", args, kw)
}

fn options(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    without_body(vm, "options", "OPTIONS", args, kw)
}

fn post(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    with_body(vm, "post", "POST", args, kw)
}

fn put(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    with_body(vm, "put", "PUT", args, kw)
}

fn patch(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    with_body(vm, "patch", "PATCH", args, kw)
}

/// `get(url, params=None, **options)` and the other calls whose second positional is `params`.
fn without_body(
    vm: &mut Vm,
    name: &'static str,
    method: &str,
    args: &[Value],
    kw: &[(String, Value)],
) -> PyResult<Value> {
    check_kw(name, kw, OPTIONS)?;
    let url = positional_or_kw(name, args, kw, 0, "url")?;
    if args.len() > 2 {
        return Err(too_many(name, 2, args.len()));
    }
    let extra: Vec<(&str, Value)> = args.get(1).map(|v| ("params", *v)).into_iter().collect();
    send(vm, qualified(name), method, url, kw, &extra)
}

/// `post(url, data=None, json=None, **options)`, `put` and `patch`.
fn with_body(
    vm: &mut Vm,
    name: &'static str,
    method: &str,
    args: &[Value],
    kw: &[(String, Value)],
) -> PyResult<Value> {
    check_kw(name, kw, OPTIONS)?;
    let url = positional_or_kw(name, args, kw, 0, "url")?;
    if args.len() > 3 {
        return Err(too_many(name, 3, args.len()));
    }
    let extra: Vec<(&str, Value)> = ["data", "json"]
        .into_iter()
        .zip(args.iter().skip(1).copied())
        .collect();
    send(vm, qualified(name), method, url, kw, &extra)
}

fn qualified(name: &str) -> &'static str {
    match name {
        "get" => "http.get",
        "head" => "http.head",
        "delete" => "http.delete",
        "options" => "http.options",
        "post" => "http.post",
        "put" => "http.put",
        "patch" => "http.patch",
        _ => "http.request",
    }
}

fn positional_or_kw(
    name: &str,
    args: &[Value],
    kw: &[(String, Value)],
    index: usize,
    param: &str,
) -> PyResult<Value> {
    match (args.get(index).copied(), kwarg(kw, param)) {
        (Some(_), Some(_)) => Err(type_error(format!(
            "{name}() got multiple values for argument '{param}'"
        ))),
        (Some(v), None) | (None, Some(v)) => Ok(v),
        (None, None) => Err(type_error(format!(
            "{name}() missing required argument: '{param}'"
        ))),
    }
}

fn too_many(name: &str, max: usize, given: usize) -> crate::error::Exc {
    type_error(format!(
        "{name}() takes at most {max} positional arguments ({given} given)"
    ))
}

/// Builds, checks and sends one request. `extra` holds options given positionally.
fn send(
    vm: &mut Vm,
    call: &'static str,
    method: &str,
    url: Value,
    kw: &[(String, Value)],
    extra: &[(&str, Value)],
) -> PyResult<Value> {
    let option = |name: &str| {
        extra
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .or_else(|| kwarg(kw, name))
            .filter(|v| !matches!(v, Value::None))
    };
    for (name, _) in extra {
        if kwarg(kw, name).is_some() {
            return Err(type_error(format!(
                "{call}() got multiple values for argument '{name}'"
            )));
        }
    }
    let Some(url_text) = vm.str_ref(url).map(str::to_string) else {
        return Err(type_error(format!(
            "{call}: the URL must be a str, not {}",
            vm.type_name(url)
        )));
    };
    let mut url = url::parse(&url_text).map_err(value_error)?;
    if let Some(params) = option("params") {
        let pairs = form_pairs(vm, call, "params", params)?;
        url.add_query(&url::urlencode(&pairs));
    }
    let mut headers = match option("headers") {
        Some(h) => header_list(vm, call, h)?,
        None => Vec::new(),
    };
    let (body, content_type) = match (option("data"), option("json")) {
        (Some(_), Some(_)) => {
            return Err(type_error(format!(
                "{call}: pass the body as data= or as json=, not both"
            )))
        }
        (Some(data), None) => data_body(vm, call, data)?,
        (None, Some(json)) => {
            let text = crate::modules::json::dumps(vm, &[json], &[])?;
            let text = vm.str_ref(text).unwrap_or_default().as_bytes().to_vec();
            (text, Some("application/json"))
        }
        (None, None) => (Vec::new(), None),
    };
    if let Some(ct) = content_type {
        if !headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("content-type"))
        {
            headers.push(("Content-Type".to_string(), ct.to_string()));
        }
    }
    let timeout = match option("timeout") {
        Some(t) => Some(timeout_arg(vm, call, t)?),
        None => None,
    };
    let grant = vm.authorize("http", call)?;
    grant
        .authority
        .allows_http(
            &url.scheme,
            &url.host,
            url.port(),
            method,
            &url.path_and_query(),
        )
        .map_err(|d| denied(call, d))?;
    if let Some(max) = grant.authority.max_request_bytes() {
        if body.len() as u64 > max {
            return Err(capability_error(format!(
                "{call}: the request body is {} bytes, more than the {max} this token allows",
                body.len()
            )));
        }
    }
    let url = url.to_text();
    let req = HttpRequest {
        grant,
        method: method.to_string(),
        url: url.clone(),
        headers,
        body,
        timeout,
    };
    vm.block_on_as(IoRequest::Http(Box::new(req)), Answer::Response { url })
}

/// `params=` or a form `data=`: a dict or a list of pairs; values str, int, float or bool, or a list of
/// them (repeated keys); None values are left out, as requests does.
fn form_pairs(vm: &mut Vm, call: &str, what: &str, v: Value) -> PyResult<Vec<(String, String)>> {
    let items: Vec<(Value, Value)> = match v {
        Value::Obj(h) if matches!(vm.heap.get(h), Obj::Dict(_)) => {
            let keys = vm.collect_iterable(v)?;
            let mut out = Vec::with_capacity(keys.len());
            for k in keys {
                let val = vm.dict_get(v, k)?.unwrap_or(Value::None);
                out.push((k, val));
            }
            out
        }
        Value::Obj(h) if matches!(vm.heap.get(h), Obj::List(_) | Obj::Tuple(_)) => {
            let mut out = Vec::new();
            for pair in vm.seq_items(v) {
                match vm.cap_pair(pair) {
                    Some(p) => out.push(p),
                    None => {
                        return Err(type_error(format!(
                            "{call}: {what}= as a list must hold (key, value) pairs"
                        )))
                    }
                }
            }
            out
        }
        _ => {
            return Err(type_error(format!(
                "{call}: {what}= must be a dict or a list of (key, value) pairs, not {}",
                vm.type_name(v)
            )))
        }
    };
    let mut pairs = Vec::with_capacity(items.len());
    for (k, val) in items {
        let key = scalar_text(vm, call, what, k)?;
        let values = match val {
            Value::Obj(h) if matches!(vm.heap.get(h), Obj::List(_) | Obj::Tuple(_)) => {
                vm.seq_items(val)
            }
            _ => vec![val],
        };
        for x in values {
            if matches!(x, Value::None) {
                continue;
            }
            pairs.push((key.clone(), scalar_text(vm, call, what, x)?));
        }
    }
    Ok(pairs)
}

/// The text of a str, int, float or bool; TypeError for anything else (a Token included).
fn scalar_text(vm: &mut Vm, call: &str, what: &str, v: Value) -> PyResult<String> {
    if let Some(s) = vm.str_ref(v) {
        return Ok(s.to_string());
    }
    let is_number = matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
        || matches!(v, Value::Obj(h) if matches!(vm.heap.get(h), Obj::BigInt(_)));
    if is_number {
        return vm.str_of(v);
    }
    Err(type_error(format!(
        "{call}: {what}= keys and values must be str, int, float or bool, not {}",
        vm.type_name(v)
    )))
}

/// `headers=`: a dict of str to str, without line breaks (they would inject headers).
fn header_list(vm: &mut Vm, call: &str, v: Value) -> PyResult<Vec<(String, String)>> {
    if !matches!(v, Value::Obj(h) if matches!(vm.heap.get(h), Obj::Dict(_))) {
        return Err(type_error(format!(
            "{call}: headers= must be a dict, not {}",
            vm.type_name(v)
        )));
    }
    let keys = vm.collect_iterable(v)?;
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let val = vm.dict_get(v, k)?.unwrap_or(Value::None);
        let (Some(name), Some(value)) = (vm.str_ref(k), vm.str_ref(val)) else {
            let bad = if vm.str_ref(k).is_none() { k } else { val };
            return Err(type_error(format!(
                "{call}: header names and values must be str, not {}",
                vm.type_name(bad)
            )));
        };
        let valid_name = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
        if !valid_name {
            return Err(value_error(format!(
                "{call}: invalid header name {:?}",
                clip(name)
            )));
        }
        if value.contains(['\r', '\n', '\0']) {
            return Err(value_error(format!(
                "{call}: the value of header {name} contains a line break or NUL byte"
            )));
        }
        out.push((name.to_string(), value.to_string()));
    }
    Ok(out)
}

/// `data=`: a str (sent as UTF-8), bytes, or a dict or list of pairs (form-encoded).
fn data_body(vm: &mut Vm, call: &str, data: Value) -> PyResult<(Vec<u8>, Option<&'static str>)> {
    if let Some(s) = vm.str_ref(data) {
        return Ok((s.as_bytes().to_vec(), None));
    }
    if let Some(b) = vm.bytes_ref(data) {
        return Ok((b.to_vec(), None));
    }
    let is_form = matches!(data, Value::Obj(h)
        if matches!(vm.heap.get(h), Obj::Dict(_) | Obj::List(_) | Obj::Tuple(_)));
    if is_form {
        let pairs = form_pairs(vm, call, "data", data)?;
        return Ok((
            url::urlencode(&pairs).into_bytes(),
            Some("application/x-www-form-urlencoded"),
        ));
    }
    Err(type_error(format!(
        "{call}: data= must be a str, bytes or a dict, not {}",
        vm.type_name(data)
    )))
}

fn timeout_arg(vm: &mut Vm, call: &str, v: Value) -> PyResult<Duration> {
    let seconds = match v {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        _ => {
            return Err(type_error(format!(
                "{call}: timeout= must be a number of seconds, not {}",
                vm.type_name(v)
            )))
        }
    };
    if !(seconds > 0.0 && seconds <= MAX_TIMEOUT_SECONDS) {
        return Err(value_error(format!(
            "{call}: timeout= must be more than 0 and at most {MAX_TIMEOUT_SECONDS} seconds"
        )));
    }
    Duration::try_from_secs_f64(seconds)
        .map_err(|_| value_error(format!("{call}: invalid timeout")))
}

fn clip(s: &str) -> String {
    s.chars().take(64).collect()
}

impl Vm {
    /// The two items of a 2-item list or tuple.
    fn cap_pair(&self, v: Value) -> Option<(Value, Value)> {
        let Value::Obj(h) = v else { return None };
        match self.heap.get(h) {
            Obj::List(items) if items.len() == 2 => Some((items[0], items[1])),
            Obj::Tuple(items) if items.len() == 2 => Some((items[0], items[1])),
            _ => None,
        }
    }
}
