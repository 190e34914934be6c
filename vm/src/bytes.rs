//! `bytes`: immutable byte strings: `len`, indexing (to int) and slicing, comparisons and `hash`, `in`,
//! `+` and `*`, iteration, CPython's repr (`b'...'`), `decode(encoding="utf-8", errors="strict")`, `hex`,
//! `fromhex`, `str.encode(...)` and the `bytes(...)` constructor. The other methods are in bytes_methods.rs.
//!
//! Encodings: `utf-8` and `ascii` (and their common spellings); errors `strict`, `replace`, `ignore`.

use crate::builtins::{check_kw, kwarg};
use crate::error::{exc, type_error, value_error, PyResult};
use crate::heap::{Handle, Obj};
use crate::interp::Vm;
use crate::types::Ty;
use crate::value::Value;

/// Methods of bytes objects.
pub(crate) const METHODS: &[&str] = &["decode", "hex", "fromhex"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Ascii,
    Latin1,
    /// Python's own escapes (`\t`, `\xe9`, `\u20ac`, `\U0001f680`) over Latin-1.
    UnicodeEscape,
}

impl Encoding {
    /// The codec's name in CPython's error messages.
    fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
            Encoding::UnicodeEscape => "unicodeescape",
        }
    }
}

/// How CPython shows a character in an encoding error: `'\xe9'`, `'\u20ac'` or `'\U0001f680'`.
fn char_escape(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Errors {
    Strict,
    Replace,
    Ignore,
}

fn encoding_arg(vm: &Vm, v: Option<Value>) -> PyResult<Encoding> {
    let Some(v) = v else {
        return Ok(Encoding::Utf8);
    };
    let Some(name) = vm.str_ref(v) else {
        return Err(type_error(format!(
            "encoding must be str, not {}",
            vm.type_name(v)
        )));
    };
    match name.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" | "u8" => Ok(Encoding::Utf8),
        "ascii" | "us-ascii" => Ok(Encoding::Ascii),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" => {
            Ok(Encoding::Latin1)
        }
        "unicode-escape" => Ok(Encoding::UnicodeEscape),
        other => Err(exc(
            Ty::LookupError,
            format!(
                "unknown encoding: {other} (nPython supports utf-8, ascii, latin-1 and unicode_escape)"
            ),
        )),
    }
}

fn errors_arg(vm: &Vm, v: Option<Value>) -> PyResult<Errors> {
    let Some(v) = v else {
        return Ok(Errors::Strict);
    };
    match vm.str_ref(v) {
        Some("strict") => Ok(Errors::Strict),
        Some("replace") => Ok(Errors::Replace),
        Some("ignore") => Ok(Errors::Ignore),
        Some(other) => Err(exc(
            Ty::LookupError,
            format!("unknown error handler name '{other}' (nPython supports strict, replace and ignore)"),
        )),
        None => Err(type_error(format!(
            "errors must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// The `(encoding, errors)` arguments of `decode`, `encode` and `bytes(str, ...)`, positional after
/// `skip` leading arguments or by keyword.
fn codec_args(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[(String, Value)],
) -> PyResult<(Encoding, Errors)> {
    check_kw(name, kw, &["encoding", "errors"])?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let encoding = encoding_arg(vm, args.first().copied().or_else(|| kwarg(kw, "encoding")))?;
    let errors = errors_arg(vm, args.get(1).copied().or_else(|| kwarg(kw, "errors")))?;
    Ok((encoding, errors))
}

/// Decodes `bytes` as CPython's codecs do, with their messages.
/// Strict UTF-8 decoding with CPython's UnicodeDecodeError messages (`json.loads` of bytes uses it).
pub(crate) fn decode_utf8(bytes: &[u8]) -> PyResult<String> {
    decode(bytes, Encoding::Utf8, Errors::Strict)
}

fn decode(bytes: &[u8], encoding: Encoding, errors: Errors) -> PyResult<String> {
    match encoding {
        Encoding::Utf8 => match (std::str::from_utf8(bytes), errors) {
            (Ok(s), _) => Ok(s.to_string()),
            (Err(_), Errors::Replace | Errors::Ignore) => {
                let mut out = String::with_capacity(bytes.len());
                for chunk in bytes.utf8_chunks() {
                    out.push_str(chunk.valid());
                    if !chunk.invalid().is_empty() && errors == Errors::Replace {
                        out.push('\u{fffd}');
                    }
                }
                Ok(out)
            }
            (Err(e), Errors::Strict) => {
                let pos = e.valid_up_to();
                let byte = bytes.get(pos).copied().unwrap_or(0);
                let reason = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                Err(exc(
                    Ty::UnicodeDecodeError,
                    format!(
                        "'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}"
                    ),
                ))
            }
        },
        Encoding::Ascii => {
            let mut out = String::with_capacity(bytes.len());
            for (pos, &b) in bytes.iter().enumerate() {
                if b.is_ascii() {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    Errors::Replace => out.push('\u{fffd}'),
                    Errors::Ignore => {}
                    Errors::Strict => {
                        return Err(exc(
                            Ty::UnicodeDecodeError,
                            format!(
                                "'ascii' codec can't decode byte 0x{b:02x} in position {pos}: ordinal not in range(128)"
                            ),
                        ))
                    }
                }
            }
            Ok(out)
        }
        Encoding::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
        Encoding::UnicodeEscape => decode_unicode_escape(bytes, errors),
    }
}

/// The `unicode_escape` codec's decoder: Python string-literal escapes, other bytes as Latin-1.
fn decode_unicode_escape(bytes: &[u8], errors: Errors) -> PyResult<String> {
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'\\' {
            out.push(b as char);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = bytes.get(i) else {
            return Err(exc(
                Ty::UnicodeDecodeError,
                format!("'unicodeescape' codec can't decode byte 0x5c in position {start}: \\ at end of string"),
            ));
        };
        i += 1;
        if e == b'\n' {
            // A backslash before a newline joins the lines.
            continue;
        }
        let simple = match e {
            b'\\' => Some('\\'),
            b'\'' => Some('\''),
            b'"' => Some('"'),
            b'a' => Some('\x07'),
            b'b' => Some('\x08'),
            b'f' => Some('\x0c'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            b'v' => Some('\x0b'),
            _ => None,
        };
        if let Some(c) = simple {
            out.push(c);
            continue;
        }
        if (b'0'..=b'7').contains(&e) {
            let mut n = u32::from(e - b'0');
            for _ in 0..2 {
                match bytes.get(i) {
                    Some(&d @ b'0'..=b'7') => {
                        n = n * 8 + u32::from(d - b'0');
                        i += 1;
                    }
                    _ => break,
                }
            }
            out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
            continue;
        }
        let digits = match e {
            b'x' => 2,
            b'u' => 4,
            b'U' => 8,
            _ => {
                // An unknown escape stays as written (CPython also warns).
                out.push('\\');
                out.push(e as char);
                continue;
            }
        };
        let hex = bytes
            .get(i..i + digits)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit));
        let code = hex
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u32::from_str_radix(h, 16).ok());
        match code.map(char::from_u32) {
            Some(Some(c)) => {
                out.push(c);
                i += digits;
            }
            _ => {
                let what = match (e, code) {
                    (b'U', Some(_)) => "illegal Unicode character".to_string(),
                    _ => format!("truncated \\{}{} escape", e as char, "X".repeat(digits)),
                };
                let end = i + bytes[i..]
                    .iter()
                    .take(digits)
                    .take_while(|c| c.is_ascii_hexdigit())
                    .count();
                match errors {
                    Errors::Strict => {
                        return Err(exc(
                            Ty::UnicodeDecodeError,
                            format!(
                                "'unicodeescape' codec can't decode bytes in position {start}-{}: {what}",
                                end - 1
                            ),
                        ))
                    }
                    Errors::Replace => out.push('\u{fffd}'),
                    Errors::Ignore => {}
                }
                i = end;
            }
        }
    }
    Ok(out)
}

fn encode(text: &str, encoding: Encoding, errors: Errors) -> PyResult<Vec<u8>> {
    let limit = match encoding {
        Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
        Encoding::UnicodeEscape => return Ok(encode_unicode_escape(text)),
        Encoding::Ascii => 0x80,
        Encoding::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(text.len());
    for (pos, c) in text.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u8);
            continue;
        }
        match errors {
            Errors::Replace => out.push(b'?'),
            Errors::Ignore => {}
            Errors::Strict => {
                return Err(exc(
                    Ty::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode character '{}' in position {pos}: ordinal not in range({limit})",
                        encoding.name(),
                        char_escape(c)
                    ),
                ))
            }
        }
    }
    Ok(out)
}

/// The `unicode_escape` codec's encoder: printable ASCII as is, everything else escaped.
fn encode_unicode_escape(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(c as u8),
            _ => out.extend_from_slice(char_escape(c).as_bytes()),
        }
    }
    out
}

/// CPython's repr of a bytes object: `b'...'`, or `b"..."` when it holds `'` and no `"`.
pub(crate) fn repr_into(bytes: &[u8], out: &mut String) {
    use std::fmt::Write;
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push('b');
    out.push(quote);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(quote);
}

/// The hash of a bytes object (consistent with `==` between bytes).
pub(crate) fn hash(bytes: &[u8]) -> i64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = (bytes.len() as u64) ^ 0x6279_7465_7300_0000;
    for &b in bytes {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
    }
    let h = (h ^ (h >> 29)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

impl Vm {
    /// A new bytes object.
    pub(crate) fn new_bytes(&mut self, bytes: Vec<u8>) -> Value {
        Value::Obj(self.heap.alloc(Obj::Bytes(bytes.into_boxed_slice())))
    }

    /// The contents of a bytes object.
    pub(crate) fn bytes_ref(&self, v: Value) -> Option<&[u8]> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Bytes(b) => Some(b),
                _ => None,
            },
            _ => None,
        }
    }

    /// `b[key]`: an int for an index, bytes for a slice.
    pub(crate) fn bytes_getitem(&mut self, h: Handle, key: Value) -> PyResult<Value> {
        let len = match self.heap.get(h) {
            Obj::Bytes(b) => b.len(),
            _ => {
                return Err(crate::interp::internal(
                    "bytes_getitem on a non-bytes object",
                ))
            }
        };
        if let Value::Obj(k) = key {
            if let Obj::Slice(_) = self.heap.get(k) {
                let idx = self.slice_indices(k, len)?;
                self.charge_fuel(idx.len as u64 / 32)?;
                let out: Vec<u8> = match self.heap.get(h) {
                    Obj::Bytes(b) => idx.indices().filter_map(|i| b.get(i).copied()).collect(),
                    _ => Vec::new(),
                };
                return Ok(self.new_bytes(out));
            }
        }
        let i = self.index_of(key, "byte")?;
        let at = if i < 0 {
            i.checked_add(len as i64)
        } else {
            Some(i)
        };
        let byte = match (self.heap.get(h), at) {
            (Obj::Bytes(b), Some(at)) if at >= 0 => {
                usize::try_from(at).ok().and_then(|at| b.get(at))
            }
            _ => None,
        };
        match byte {
            Some(b) => Ok(Value::Int(i64::from(*b))),
            None => Err(exc(Ty::IndexError, "index out of range")),
        }
    }

    /// `item in b`: an int byte value or a bytes subsequence.
    pub(crate) fn bytes_contains(&mut self, h: Handle, item: Value) -> PyResult<bool> {
        let needle: Vec<u8> = match item {
            Value::Bool(b) => vec![u8::from(b)],
            Value::Int(i) => match u8::try_from(i) {
                Ok(b) => vec![b],
                Err(_) => return Err(value_error("byte must be in range(0, 256)")),
            },
            _ => match self.bytes_ref(item) {
                Some(b) => b.to_vec(),
                None => {
                    return Err(type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name(item)
                    )))
                }
            },
        };
        let Obj::Bytes(hay) = self.heap.get(h) else {
            return Ok(false);
        };
        let found = needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice());
        let work = hay.len() as u64 / 32;
        self.charge_fuel(work)?;
        Ok(found)
    }

    /// The items of `iter(b)`: its byte values as ints.
    pub(crate) fn bytes_items(&mut self, h: Handle) -> PyResult<Vec<Value>> {
        let len = match self.heap.get(h) {
            Obj::Bytes(b) => b.len(),
            _ => 0,
        };
        self.heap
            .check_room(len.saturating_mul(std::mem::size_of::<Value>()))
            .map_err(|_| crate::error::memory_limit())?;
        Ok(match self.heap.get(h) {
            Obj::Bytes(b) => b.iter().map(|&x| Value::Int(i64::from(x))).collect(),
            _ => Vec::new(),
        })
    }

    /// `b.decode(...)`.
    pub(crate) fn bytes_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        match name {
            "decode" => {}
            "hex" => return self.bytes_hex(recv, args, kw),
            "fromhex" => return self.bytes_fromhex(args, kw),
            _ if crate::bytes_methods::METHODS.contains(&name) => {
                return self.bytes_method_more(recv, name, args, kw)
            }
            _ => {
                return Err(exc(
                    Ty::AttributeError,
                    format!("'bytes' object has no attribute '{name}'"),
                ))
            }
        }
        let (encoding, errors) = codec_args(self, "decode", args, kw)?;
        let text = match self.bytes_ref(recv) {
            Some(b) => {
                let len = b.len() as u64;
                let text = decode(b, encoding, errors)?;
                self.charge_fuel(len / 32)?;
                text
            }
            None => return Err(type_error("decode() needs a bytes object")),
        };
        Ok(self.new_str(text))
    }

    /// `b.hex(sep=None, bytes_per_sep=1)`: two lowercase hex digits per byte, `sep` between groups of
    /// `bytes_per_sep` bytes counted from the right (from the left when negative), as CPython does.
    fn bytes_hex(
        &mut self,
        recv: Value,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let mut sep = args.first().copied();
        let mut per = args.get(1).copied();
        if args.len() > 2 {
            return Err(type_error(format!(
                "hex() takes at most 2 arguments ({} given)",
                args.len()
            )));
        }
        for (k, v) in kw {
            match k.as_str() {
                "sep" if sep.is_none() => sep = Some(*v),
                "bytes_per_sep" if per.is_none() => per = Some(*v),
                _ => {
                    return Err(type_error(format!(
                        "hex() got an unexpected keyword argument '{k}'"
                    )))
                }
            }
        }
        let sep = match sep {
            None | Some(Value::None) => None,
            Some(v) => match self.str_ref(v).map(|s| s.chars().collect::<Vec<_>>()) {
                Some(c) if c.len() == 1 && c[0].is_ascii() => Some(c[0]),
                Some(c) if c.len() == 1 => return Err(value_error("sep must be ASCII.")),
                Some(_) => return Err(value_error("sep must be length 1.")),
                None => return Err(type_error("sep must be str or bytes.")),
            },
        };
        let per = match per {
            None => 1,
            Some(Value::Int(n)) => n,
            Some(v) => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                )))
            }
        };
        let bytes = self
            .bytes_ref(recv)
            .ok_or_else(|| type_error("hex() needs a bytes object"))?
            .to_vec();
        self.charge_fuel(bytes.len() as u64 / 16)?;
        let mut out = String::with_capacity(bytes.len() * 3);
        let group = per.unsigned_abs().max(1) as usize;
        let n = bytes.len();
        for (i, b) in bytes.iter().enumerate() {
            if let Some(c) = sep {
                if i > 0 && per != 0 {
                    let boundary = if per > 0 {
                        (n - i) % group == 0
                    } else {
                        i % group == 0
                    };
                    if boundary {
                        out.push(c);
                    }
                }
            }
            out.push_str(&format!("{b:02x}"));
        }
        Ok(self.new_str(out))
    }

    /// `bytes.fromhex(string)`: pairs of hex digits, spaces allowed between pairs.
    pub(crate) fn bytes_fromhex(
        &mut self,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        if !kw.is_empty() || args.len() != 1 {
            return Err(type_error(format!(
                "fromhex() takes exactly one argument ({} given)",
                args.len() + kw.len()
            )));
        }
        let text = self
            .str_ref(args[0])
            .ok_or_else(|| {
                type_error(format!(
                    "fromhex() argument must be str, not {}",
                    self.type_name(args[0])
                ))
            })?
            .to_string();
        self.charge_fuel(text.len() as u64 / 32)?;
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::with_capacity(chars.len() / 2);
        let mut i = 0;
        while i < chars.len() {
            if chars[i].is_ascii_whitespace() {
                i += 1;
                continue;
            }
            let hi = chars[i].to_digit(16);
            let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
            match (hi, lo) {
                (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
                (Some(_), None) if i + 1 < chars.len() => {
                    return Err(value_error(format!(
                        "non-hexadecimal number found in fromhex() arg at position {}",
                        i + 1
                    )))
                }
                _ => {
                    return Err(value_error(format!(
                        "non-hexadecimal number found in fromhex() arg at position {}",
                        if hi.is_none() { i } else { i + 1 }
                    )))
                }
            }
            i += 2;
        }
        Ok(self.new_bytes(out))
    }

    /// `s.encode(encoding="utf-8", errors="strict")`.
    pub(crate) fn str_encode(
        &mut self,
        recv: Value,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let (encoding, errors) = codec_args(self, "encode", args, kw)?;
        let bytes = match self.str_ref(recv) {
            Some(s) => encode(s, encoding, errors)?,
            None => return Err(type_error("encode() needs a str")),
        };
        self.charge_fuel(bytes.len() as u64 / 32)?;
        Ok(self.new_bytes(bytes))
    }

    /// `bytes()`, `bytes(n)`, `bytes(str, encoding, errors)`, `bytes(iterable of ints)`, `bytes(bytes)`.
    pub(crate) fn construct_bytes(
        &mut self,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        check_kw("bytes", kw, &["source", "encoding", "errors"])?;
        let source = args.first().copied().or_else(|| kwarg(kw, "source"));
        let Some(source) = source else {
            return Ok(self.new_bytes(Vec::new()));
        };
        if self.str_ref(source).is_some() {
            let rest = args.get(1..).unwrap_or_default();
            if rest.is_empty() && kwarg(kw, "encoding").is_none() {
                return Err(type_error("string argument without an encoding"));
            }
            return self.str_encode(
                source,
                rest,
                &kw.iter()
                    .filter(|(k, _)| k != "source")
                    .cloned()
                    .collect::<Vec<_>>(),
            );
        }
        if args.len() > 1 || kwarg(kw, "encoding").is_some() || kwarg(kw, "errors").is_some() {
            return Err(type_error("encoding or errors without a string argument"));
        }
        if let Some(b) = self.bytes_ref(source) {
            let copy = b.to_vec();
            return Ok(self.new_bytes(copy));
        }
        if let Value::Int(n) = source {
            let Ok(n) = usize::try_from(n) else {
                return Err(value_error("negative count"));
            };
            self.heap
                .check_room(n)
                .map_err(|_| crate::error::memory_limit())?;
            return Ok(self.new_bytes(vec![0; n]));
        }
        let items = match self.collect_iterable(source) {
            Ok(items) => items,
            Err(_) => {
                return Err(type_error(format!(
                    "cannot convert '{}' object to bytes",
                    self.type_name(source)
                )))
            }
        };
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            match x {
                Value::Int(i) => match u8::try_from(i) {
                    Ok(b) => out.push(b),
                    Err(_) => return Err(value_error("bytes must be in range(0, 256)")),
                },
                Value::Bool(b) => out.push(u8::from(b)),
                _ => {
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(x)
                    )))
                }
            }
        }
        Ok(self.new_bytes(out))
    }
}
