//! `json`: `dumps` and `loads` with CPython's output format and error messages.
//!
//! `dumps` writes exactly what CPython's encoder writes (separators, indent, sort_keys, ensure_ascii,
//! allow_nan, default, skipkeys), charging fuel and memory as it goes; `loads` is a strict parser whose
//! errors are `json.JSONDecodeError` (a ValueError) with CPython's messages and `msg`, `pos`, `lineno`,
//! `colno`. Both bound their recursion by `MAX_NESTING` with RecursionError, as CPython does.

use crate::builtins::{arity, check_kw, kwarg, no_kw};
use crate::error::{exc, type_error, value_error, Exc, PyResult};
use crate::heap::Obj;
use crate::interp::{NativeFn, Vm};
use crate::object::MAX_NESTING;
use crate::types::Ty;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("dumps", dumps), ("loads", loads)];

pub fn constants(_: &mut Vm) -> Vec<(&'static str, Value)> {
    vec![("JSONDecodeError", Value::Obj(Ty::JSONDecodeError.handle()))]
}

struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    skipkeys: bool,
    default: Option<Value>,
    /// Containers being encoded, for "Circular reference detected".
    active: Vec<crate::heap::Handle>,
}

pub(crate) fn dumps(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    check_kw(
        "dumps",
        kw,
        &[
            "indent",
            "sort_keys",
            "separators",
            "ensure_ascii",
            "default",
            "allow_nan",
            "skipkeys",
            "check_circular",
            "cls",
        ],
    )?;
    arity("dumps", args, 1, 1)?;
    if let Some(c) = kwarg(kw, "cls") {
        if !matches!(c, Value::None) {
            return Err(type_error(
                "json.dumps(cls=...) is not supported in nPython; use default= instead",
            ));
        }
    }
    let indent = match kwarg(kw, "indent") {
        None | Some(Value::None) => None,
        Some(Value::Int(n)) => Some(" ".repeat(n.clamp(0, 64) as usize)),
        Some(v) => match vm.str_ref(v) {
            Some(s) => Some(s.to_string()),
            None => return Err(type_error("indent must be an int, a str or None")),
        },
    };
    let (item_sep, key_sep) = match kwarg(kw, "separators") {
        None | Some(Value::None) => (
            if indent.is_some() { "," } else { ", " }.to_string(),
            ": ".to_string(),
        ),
        Some(v) => {
            let parts = vm.collect_iterable(v)?;
            let strs: Vec<Option<&str>> = parts.iter().map(|p| vm.str_ref(*p)).collect();
            match strs.as_slice() {
                [Some(a), Some(b)] => (a.to_string(), b.to_string()),
                _ => {
                    return Err(value_error(
                        "separators must be a (item, key) pair of strings",
                    ))
                }
            }
        }
    };
    let flag = |vm: &mut Vm, name: &str, default: bool| -> PyResult<bool> {
        match kwarg(kw, name) {
            None => Ok(default),
            Some(v) => vm.truthy(v),
        }
    };
    let mut enc = Encoder {
        indent,
        item_sep,
        key_sep,
        sort_keys: flag(vm, "sort_keys", false)?,
        ensure_ascii: flag(vm, "ensure_ascii", true)?,
        allow_nan: flag(vm, "allow_nan", true)?,
        skipkeys: flag(vm, "skipkeys", false)?,
        default: kwarg(kw, "default").filter(|v| !matches!(v, Value::None)),
        active: Vec::new(),
    };
    let mut out = String::new();
    encode(vm, &mut enc, args[0], &mut out, 0)?;
    Ok(vm.new_str(out))
}

fn encode(
    vm: &mut Vm,
    enc: &mut Encoder,
    v: Value,
    out: &mut String,
    depth: usize,
) -> PyResult<()> {
    if depth > MAX_NESTING {
        return Err(exc(
            Ty::RecursionError,
            "maximum recursion depth exceeded while encoding a JSON object",
        ));
    }
    vm.charge_fuel(1)?;
    if out.len() > (1 << 20) {
        // The text being built is not on the heap yet; refuse it before it outgrows the job's memory.
        vm.heap
            .check_room(out.len())
            .map_err(|_| crate::error::memory_limit())?;
    }
    match v {
        Value::None => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&float_text(enc, f)?),
        Value::Obj(h) => match vm.heap.get(h) {
            // A subclass of a builtin type is encoded as its builtin value, as CPython does.
            Obj::Instance { base, .. } if !matches!(base, Value::Undef) => {
                let base = *base;
                encode(vm, enc, base, out, depth)?;
            }
            Obj::Str(s) => {
                let s = s.s.to_string();
                encode_str(&s, enc.ensure_ascii, out);
            }
            Obj::BigInt(b) => {
                let t = b.to_string();
                out.push_str(&t);
            }
            Obj::List(_) | Obj::Tuple(_) => {
                if enc.active.contains(&h) {
                    return Err(value_error("Circular reference detected"));
                }
                let items = vm.seq_items(v);
                if items.is_empty() {
                    out.push_str("[]");
                    return Ok(());
                }
                enc.active.push(h);
                out.push('[');
                for (i, x) in items.into_iter().enumerate() {
                    if i > 0 {
                        out.push_str(&enc.item_sep);
                    }
                    newline(enc, out, depth + 1);
                    encode(vm, enc, x, out, depth + 1)?;
                }
                newline(enc, out, depth);
                out.push(']');
                enc.active.pop();
            }
            Obj::Dict(d) => {
                if enc.active.contains(&h) {
                    return Err(value_error("Circular reference detected"));
                }
                let mut pairs: Vec<(Value, Value)> = d.iter().map(|(_, k, v)| (k, v)).collect();
                if pairs.is_empty() {
                    out.push_str("{}");
                    return Ok(());
                }
                if enc.sort_keys {
                    let mut err = None;
                    let mut keyed = Vec::with_capacity(pairs.len());
                    for p in pairs {
                        keyed.push(p);
                    }
                    // Insertion sort through the VM's ordering keeps errors (mixed key types) as TypeError.
                    for i in 1..keyed.len() {
                        let mut j = i;
                        while j > 0 {
                            match vm.order(keyed[j].0, keyed[j - 1].0, crate::bytecode::CmpOp::Lt) {
                                Ok(Some(std::cmp::Ordering::Less)) => {
                                    keyed.swap(j, j - 1);
                                    j -= 1;
                                }
                                Ok(_) => break,
                                Err(e) => {
                                    err = Some(e);
                                    break;
                                }
                            }
                        }
                        if err.is_some() {
                            break;
                        }
                        vm.charge_fuel(i as u64)?;
                    }
                    if let Some(e) = err {
                        return Err(e);
                    }
                    pairs = keyed;
                }
                enc.active.push(h);
                out.push('{');
                let mut first = true;
                for (k, x) in pairs {
                    let key = match key_text(vm, enc, k)? {
                        Some(key) => key,
                        None => continue,
                    };
                    if !first {
                        out.push_str(&enc.item_sep);
                    }
                    first = false;
                    newline(enc, out, depth + 1);
                    encode_str(&key, enc.ensure_ascii, out);
                    out.push_str(&enc.key_sep);
                    encode(vm, enc, x, out, depth + 1)?;
                }
                newline(enc, out, depth);
                out.push('}');
                enc.active.pop();
            }
            _ => return encode_other(vm, enc, v, out, depth),
        },
        _ => return encode_other(vm, enc, v, out, depth),
    }
    Ok(())
}

/// A value JSON has no form for: `default(v)` encoded instead, or TypeError.
fn encode_other(
    vm: &mut Vm,
    enc: &mut Encoder,
    v: Value,
    out: &mut String,
    depth: usize,
) -> PyResult<()> {
    let Some(default) = enc.default else {
        return Err(type_error(format!(
            "Object of type {} is not JSON serializable",
            vm.type_name(v)
        )));
    };
    if let Value::Obj(h) = v {
        if enc.active.contains(&h) {
            return Err(value_error("Circular reference detected"));
        }
        enc.active.push(h);
    }
    let r = vm.call_nested(default, &[v], Vec::new())?;
    encode(vm, enc, r, out, depth)?;
    if let Value::Obj(_) = v {
        enc.active.pop();
    }
    Ok(())
}

fn float_text(enc: &Encoder, f: f64) -> PyResult<String> {
    if f.is_finite() {
        return Ok(crate::format::float_repr(f));
    }
    if !enc.allow_nan {
        return Err(value_error(
            "Out of range float values are not JSON compliant",
        ));
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

/// A dict key as JSON text: strings as they are, numbers, booleans and None converted; None to skip it.
fn key_text(vm: &mut Vm, enc: &Encoder, k: Value) -> PyResult<Option<String>> {
    Ok(Some(match k {
        Value::None => "null".into(),
        Value::Bool(true) => "true".into(),
        Value::Bool(false) => "false".into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_text(enc, f)?,
        _ => match vm.str_ref(k) {
            Some(s) => s.to_string(),
            None => match vm.to_bigint(k) {
                Some(b) => b.to_string(),
                None if enc.skipkeys => return Ok(None),
                None => {
                    return Err(type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        vm.type_name(k)
                    )))
                }
            },
        },
    }))
}

fn newline(enc: &Encoder, out: &mut String, depth: usize) {
    if let Some(ind) = &enc.indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str(ind);
        }
    }
}

fn encode_str(s: &str, ascii: bool, out: &mut String) {
    use std::fmt::Write;
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if ascii && (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

pub(crate) fn loads(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("loads", kw)?;
    arity("loads", args, 1, 1)?;
    let bytes = match args[0] {
        Value::Obj(h) => match vm.heap.get(h) {
            Obj::Bytes(b) => Some(b.to_vec()),
            _ => None,
        },
        _ => None,
    };
    let text = match (vm.str_ref(args[0]), bytes) {
        (Some(s), _) => s.to_string(),
        (None, Some(b)) => {
            // CPython detects UTF-16/32 by their zero bytes; agents' JSON bytes are UTF-8 (a BOM allowed).
            let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&b);
            crate::bytes::decode_utf8(b)?
        }
        _ => {
            return Err(type_error(format!(
                "the JSON object must be str, bytes or bytearray, not {}",
                vm.type_name(args[0])
            )))
        }
    };
    vm.charge_fuel(text.len() as u64 / 16)?;
    let chars: Vec<char> = text.chars().collect();
    let mut p = Parser {
        chars: &chars,
        pos: 0,
    };
    p.skip_ws();
    let v = p.value(vm, 0)?;
    p.skip_ws();
    if p.pos < chars.len() {
        return Err(decode_error(vm, "Extra data", &chars, p.pos));
    }
    Ok(v)
}

struct Parser<'a> {
    chars: &'a [char],
    pos: usize,
}

impl Parser<'_> {
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn err(&self, vm: &mut Vm, msg: &str, at: usize) -> Exc {
        decode_error(vm, msg, self.chars, at)
    }

    fn value(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        if depth > MAX_NESTING {
            return Err(exc(
                Ty::RecursionError,
                "maximum recursion depth exceeded while decoding a JSON document",
            ));
        }
        match self.peek() {
            Some('"') => {
                let s = self.string(vm)?;
                Ok(vm.new_str(s))
            }
            Some('{') => self.object(vm, depth),
            Some('[') => self.array(vm, depth),
            Some('n') if self.word("null") => Ok(Value::None),
            Some('t') if self.word("true") => Ok(Value::Bool(true)),
            Some('f') if self.word("false") => Ok(Value::Bool(false)),
            Some('N') if self.word("NaN") => Ok(Value::Float(f64::NAN)),
            Some('I') if self.word("Infinity") => Ok(Value::Float(f64::INFINITY)),
            Some('-') if self.chars[self.pos..].starts_with(&['-', 'I']) => {
                self.pos += 1;
                if self.word("Infinity") {
                    Ok(Value::Float(f64::NEG_INFINITY))
                } else {
                    Err(self.err(vm, "Expecting value", self.pos - 1))
                }
            }
            Some(c) if c == '-' || c.is_ascii_digit() => self.number(vm),
            _ => Err(self.err(vm, "Expecting value", self.pos)),
        }
    }

    fn word(&mut self, w: &str) -> bool {
        let n = w.chars().count();
        if self.chars.len() >= self.pos + n
            && self.chars[self.pos..self.pos + n]
                .iter()
                .copied()
                .eq(w.chars())
        {
            self.pos += n;
            true
        } else {
            false
        }
    }

    fn number(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let start = self.pos;
        if self.peek() == Some('-') {
            self.pos += 1;
        }
        match self.peek() {
            Some('0') => self.pos += 1,
            Some(c) if c.is_ascii_digit() => {
                while matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                    self.pos += 1;
                }
            }
            _ => return Err(self.err(vm, "Expecting value", start)),
        }
        let mut is_float = false;
        if self.peek() == Some('.')
            && matches!(self.chars.get(self.pos + 1), Some(c) if c.is_ascii_digit())
        {
            is_float = true;
            self.pos += 1;
            while matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some('+' | '-')) {
                self.pos += 1;
            }
            if matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                is_float = true;
                while matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                    self.pos += 1;
                }
            } else {
                self.pos = save;
            }
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        if is_float {
            return Ok(Value::Float(text.parse().unwrap_or(f64::NAN)));
        }
        if let Ok(i) = text.parse::<i64>() {
            return Ok(Value::Int(i));
        }
        if text.len() > 4300 {
            return Err(value_error(format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits",
                text.trim_start_matches('-').len()
            )));
        }
        match text.parse::<num_bigint::BigInt>() {
            Ok(b) => Ok(vm.bigint(b)),
            Err(_) => Err(self.err(vm, "Expecting value", start)),
        }
    }

    fn string(&mut self, vm: &mut Vm) -> PyResult<String> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.err(vm, "Unterminated string starting at", start));
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\\' => {
                    let esc_at = self.pos;
                    self.pos += 1;
                    let Some(e) = self.peek() else {
                        return Err(self.err(vm, "Unterminated string starting at", start));
                    };
                    self.pos += 1;
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => {
                            let Some(u) = self.hex4() else {
                                return Err(self.err(vm, "Invalid \\uXXXX escape", esc_at));
                            };
                            let cp = if (0xd800..0xdc00).contains(&u)
                                && self.chars[self.pos..].starts_with(&['\\', 'u'])
                            {
                                let save = self.pos;
                                self.pos += 2;
                                match self.hex4() {
                                    Some(lo) if (0xdc00..0xe000).contains(&lo) => {
                                        0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00)
                                    }
                                    _ => {
                                        self.pos = save;
                                        u
                                    }
                                }
                            } else {
                                u
                            };
                            // A lone surrogate has no Rust char; it becomes U+FFFD.
                            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                        }
                        _ => return Err(self.err(vm, "Invalid \\escape", esc_at)),
                    }
                }
                c if (c as u32) < 0x20 => {
                    return Err(self.err(vm, "Invalid control character at", self.pos));
                }
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.chars.get(self.pos..self.pos + 4)?;
        let mut v = 0;
        for d in digits {
            v = v * 16 + d.to_digit(16)?;
        }
        self.pos += 4;
        Some(v)
    }

    fn array(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(']') {
            self.pos += 1;
            return Ok(vm.new_list(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(vm, depth + 1)?);
            vm.charge_fuel(1)?;
            self.skip_ws();
            match self.peek() {
                Some(',') => self.pos += 1,
                Some(']') => {
                    self.pos += 1;
                    return Ok(vm.new_list(items));
                }
                _ => return Err(self.err(vm, "Expecting ',' delimiter", self.pos)),
            }
        }
    }

    fn object(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        self.pos += 1;
        let d = vm.new_dict();
        self.skip_ws();
        if self.peek() == Some('}') {
            self.pos += 1;
            return Ok(d);
        }
        loop {
            self.skip_ws();
            if self.peek() != Some('"') {
                return Err(self.err(
                    vm,
                    "Expecting property name enclosed in double quotes",
                    self.pos,
                ));
            }
            let k = self.string(vm)?;
            self.skip_ws();
            if self.peek() != Some(':') {
                return Err(self.err(vm, "Expecting ':' delimiter", self.pos));
            }
            self.pos += 1;
            self.skip_ws();
            let v = self.value(vm, depth + 1)?;
            vm.charge_fuel(1)?;
            let key = vm.new_str(k);
            vm.dict_set(d, key, v)?;
            self.skip_ws();
            match self.peek() {
                Some(',') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() != Some('"') {
                        return Err(self.err(
                            vm,
                            "Expecting property name enclosed in double quotes",
                            self.pos,
                        ));
                    }
                }
                Some('}') => {
                    self.pos += 1;
                    return Ok(d);
                }
                _ => return Err(self.err(vm, "Expecting ',' delimiter", self.pos)),
            }
        }
    }
}

/// `JSONDecodeError("msg: line L column C (char P)")` with CPython's attributes.
fn decode_error(vm: &mut Vm, msg: &str, chars: &[char], pos: usize) -> Exc {
    let before = &chars[..pos.min(chars.len())];
    let lineno = before.iter().filter(|c| **c == '\n').count() + 1;
    let colno = match before.iter().rposition(|c| *c == '\n') {
        Some(nl) => pos - nl,
        None => pos + 1,
    };
    let text = format!("{msg}: line {lineno} column {colno} (char {pos})");
    let t = vm.new_str(text);
    let e = vm.new_exception(Ty::JSONDecodeError.handle(), vec![t]);
    let m = vm.new_str(msg);
    let doc: String = chars.iter().collect();
    let doc = vm.new_str(doc);
    for (name, v) in [
        ("msg", m),
        ("doc", doc),
        ("pos", Value::Int(pos as i64)),
        ("lineno", Value::Int(lineno as i64)),
        ("colno", Value::Int(colno as i64)),
    ] {
        let _ = vm.setattr(e, name, v);
    }
    Exc::Obj(e)
}
