//! `Response`: what `http.get` and the other http calls return, shaped like `requests.Response`.
//!
//! Built from the broker's answer (`Data::Dict` of `status`, `url`, `headers`, `body`; see
//! `io::HttpRequest`). A Response is plain data: it performs no I/O, so keeping one past its scope grants
//! nothing. `raise_for_status()` raises `http.HTTPError` (an OSError, as in requests) with requests'
//! message, `404 Client Error: Not Found for url: https://...`, and the response as its `response`
//! attribute.

use crate::builtins::no_kw;
use crate::capability::{broker_error, CapObj};
use crate::data::Data;
use crate::error::{exc, Exc, PyResult};
use crate::heap::{Handle, Obj};
use crate::interp::Vm;
use crate::types::Ty;
use crate::value::Value;

/// Methods a script can call on a Response.
pub(crate) const METHODS: &[&str] = &["json", "raise_for_status"];

#[derive(Debug)]
pub struct ResponseObj {
    status: i64,
    url: String,
    /// A dict of lower-case header names to values; repeated headers joined with ", " (as requests does).
    headers: Handle,
    body: Vec<u8>,
}

impl ResponseObj {
    pub(crate) fn size(&self) -> usize {
        self.url.len() + self.body.len()
    }

    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        f(Value::Obj(self.headers));
    }

    pub(crate) fn repr(&self) -> String {
        format!("<Response [{}]>", self.status)
    }

    fn text(&self) -> String {
        // requests guesses the charset; nPython decodes UTF-8, replacing invalid bytes.
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Builds a Response from the broker's answer to a request for `url`.
pub(crate) fn from_answer(vm: &mut Vm, data: &Data, url: String) -> PyResult<Value> {
    let Data::Dict(fields) = data else {
        return Err(broker_error("an http request", "a dict"));
    };
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v);
    let Some(Data::Int(status)) = field("status") else {
        return Err(broker_error("an http request", "a dict with an int status"));
    };
    let body = match field("body") {
        Some(Data::Bytes(b)) => b.clone(),
        Some(Data::Str(s)) => s.as_bytes().to_vec(),
        None => Vec::new(),
        Some(_) => return Err(broker_error("an http request", "a dict with a bytes body")),
    };
    let url = match field("url") {
        Some(Data::Str(final_url)) => final_url.clone(),
        _ => url,
    };
    let mut headers: Vec<(String, String)> = Vec::new();
    if let Some(Data::List(items)) = field("headers") {
        for item in items {
            let Data::List(pair) = item else { continue };
            let [Data::Str(name), Data::Str(value)] = pair.as_slice() else {
                continue;
            };
            let name = name.to_ascii_lowercase();
            match headers.iter_mut().find(|(n, _)| *n == name) {
                Some((_, joined)) => {
                    joined.push_str(", ");
                    joined.push_str(value);
                }
                None => headers.push((name, value.clone())),
            }
        }
    }
    let dict = vm.new_dict();
    for (name, value) in headers {
        let (k, v) = (vm.new_str(name), vm.new_str(value));
        vm.dict_set(dict, k, v)?;
    }
    let Value::Obj(headers) = dict else {
        return Err(crate::interp::internal("new_dict returned a non-object"));
    };
    let response = ResponseObj {
        status: *status,
        url,
        headers,
        body,
    };
    Ok(Value::Obj(
        vm.heap
            .alloc(Obj::Cap(Box::new(CapObj::Response(response)))),
    ))
}

fn response(vm: &Vm, v: Value) -> Option<&ResponseObj> {
    match vm.cap_obj(v) {
        Some(CapObj::Response(r)) => Some(r),
        _ => None,
    }
}

/// `resp.name` for the data attributes; None for anything else.
pub(crate) fn getattr(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    let Some(r) = response(vm, obj) else {
        return Ok(None);
    };
    if matches!(name, "text" | "content") {
        // Decoding and copying the body is work proportional to its size, charged like the str methods.
        let work = r.body.len() as u64 / 32;
        vm.charge_fuel(work)?;
    }
    let Some(r) = response(vm, obj) else {
        return Ok(None);
    };
    Ok(Some(match name {
        "status" | "status_code" => Value::Int(r.status),
        "ok" => Value::Bool(r.status < 400),
        "headers" => Value::Obj(r.headers),
        "url" => {
            let url = r.url.clone();
            vm.new_str(url)
        }
        "reason" => vm.new_str(reason_phrase(r.status)),
        "text" => {
            let text = r.text();
            vm.new_str(text)
        }
        "content" => {
            let body = r.body.clone();
            vm.new_bytes(body)
        }
        _ => return Ok(None),
    }))
}

/// `resp.json()` and `resp.raise_for_status()`.
pub(crate) fn call_method(
    vm: &mut Vm,
    recv: Value,
    name: &str,
    args: &[Value],
    kw: &[(String, Value)],
) -> PyResult<Value> {
    no_kw(name, kw)?;
    crate::builtins::arity(name, args, 0, 0)?;
    let Some(r) = response(vm, recv) else {
        return Err(crate::error::type_error("expected a Response"));
    };
    match name {
        "json" => {
            let text = r.text();
            let text = vm.new_str(text);
            crate::modules::json::loads(vm, &[text], &[])
        }
        "raise_for_status" => {
            let kind = match r.status {
                400..=499 => "Client Error",
                500..=599 => "Server Error",
                _ => return Ok(Value::None),
            };
            let message = format!(
                "{} {kind}: {} for url: {}",
                r.status,
                reason_phrase(r.status),
                r.url
            );
            let message = vm.new_str(message);
            let e = vm.new_exception(Ty::HTTPError.handle(), vec![message]);
            if let Value::Obj(eh) = e {
                if let Obj::Exception(ex) = vm.heap.get_mut(eh) {
                    ex.attrs.push(("response".into(), recv));
                }
            }
            Err(Exc::Obj(e))
        }
        _ => Err(exc(
            Ty::AttributeError,
            format!("'Response' object has no attribute '{name}'"),
        )),
    }
}

/// The standard reason phrase of a status code (the broker's answer carries none).
fn reason_phrase(status: i64) -> &'static str {
    match status {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        418 => "I'm a Teapot",
        422 => "Unprocessable Entity",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}
