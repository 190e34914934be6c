//! The methods of `bytes` beyond decoding and hex: searching, splitting, stripping, padding, case and
//! classification, `join`, `replace`, `translate` and `maketrans`, with CPython 3.11's rules: case and
//! whitespace are ASCII only, arguments must be bytes-like (a `str` is a TypeError, never converted), and
//! `splitlines` knows only `\n`, `\r` and `\r\n`.
//!
//! Every method charges fuel for the bytes it scans and checks the memory limit before building a result.

use crate::builtins::{check_kw, kwarg};
use crate::error::{exc, type_error, value_error, PyResult};
use crate::heap::Obj;
use crate::interp::Vm;
use crate::types::Ty;
use crate::value::Value;

/// The bytes methods this module implements (`decode`, `hex` and `fromhex` live in bytes.rs).
pub(crate) const METHODS: &[&str] = &[
    "capitalize",
    "center",
    "count",
    "endswith",
    "expandtabs",
    "find",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdigit",
    "islower",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
];

/// ASCII whitespace, as `bytes.split()` and `bytes.strip()` see it.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn find_from(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_from(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn count_in(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut at) = (0, 0);
    while let Some(p) = find_from(&hay[at..], needle) {
        n += 1;
        at += p + needle.len();
    }
    n
}

fn split_whitespace(b: &[u8], maxsplit: i64, from_right: bool) -> Vec<Vec<u8>> {
    let mut parts: Vec<Vec<u8>> = Vec::new();
    let mut rest: &[u8] = b;
    loop {
        let trimmed: &[u8] = if from_right {
            let end = rest
                .iter()
                .rposition(|&c| !is_space(c))
                .map_or(0, |p| p + 1);
            &rest[..end]
        } else {
            let start = rest
                .iter()
                .position(|&c| !is_space(c))
                .unwrap_or(rest.len());
            &rest[start..]
        };
        if trimmed.is_empty() {
            break;
        }
        if maxsplit >= 0 && parts.len() as i64 >= maxsplit {
            parts.push(trimmed.to_vec());
            break;
        }
        if from_right {
            let start = trimmed
                .iter()
                .rposition(|&c| is_space(c))
                .map_or(0, |p| p + 1);
            parts.push(trimmed[start..].to_vec());
            rest = &trimmed[..start];
        } else {
            let end = trimmed
                .iter()
                .position(|&c| is_space(c))
                .unwrap_or(trimmed.len());
            parts.push(trimmed[..end].to_vec());
            rest = &trimmed[end..];
        }
    }
    if from_right {
        parts.reverse();
    }
    parts
}

fn split_on(b: &[u8], sep: &[u8], maxsplit: i64, from_right: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if from_right {
        let mut end = b.len();
        while maxsplit < 0 || (parts.len() as i64) < maxsplit {
            match rfind_from(&b[..end], sep) {
                Some(p) => {
                    parts.push(b[p + sep.len()..end].to_vec());
                    end = p;
                }
                None => break,
            }
        }
        parts.push(b[..end].to_vec());
        parts.reverse();
    } else {
        let mut start = 0;
        while maxsplit < 0 || (parts.len() as i64) < maxsplit {
            match find_from(&b[start..], sep) {
                Some(p) => {
                    parts.push(b[start..start + p].to_vec());
                    start += p + sep.len();
                }
                None => break,
            }
        }
        parts.push(b[start..].to_vec());
    }
    parts
}

fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let out = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn istitle(b: &[u8]) -> bool {
    let (mut prev_cased, mut any) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    any
}

fn expandtabs(b: &[u8], tab: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn splitlines(b: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keepends { i + eol } else { i };
        lines.push(b[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < b.len() {
        lines.push(b[start..].to_vec());
    }
    lines
}

impl Vm {
    /// A bytes-like argument, or CPython's TypeError naming what was given.
    fn bytes_arg(&self, v: Value) -> PyResult<Vec<u8>> {
        match self.bytes_ref(v) {
            Some(b) => Ok(b.to_vec()),
            None => Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                self.type_name(v)
            ))),
        }
    }

    /// The `[start:end]` window of a search method, or None when `start` lies past the end.
    fn search_window(&self, args: &[Value], len: usize) -> PyResult<Option<(usize, usize)>> {
        let n = len as i64;
        let start = self.bound_param(args.get(1).copied(), 0)?;
        let end = self.bound_param(args.get(2).copied(), n)?;
        let norm = |i: i64| {
            if i < 0 {
                (i.saturating_add(n)).max(0)
            } else {
                i.min(n)
            }
        };
        if start > n {
            return Ok(None);
        }
        let (s, e) = (norm(start) as usize, norm(end) as usize);
        Ok(if s > e { None } else { Some((s, e)) })
    }

    /// The needle of find/count/index: bytes, or an int byte value.
    fn needle_arg(&self, v: Value) -> PyResult<Vec<u8>> {
        match v {
            Value::Int(i) => u8::try_from(i)
                .map(|b| vec![b])
                .map_err(|_| value_error("byte must be in range(0, 256)")),
            Value::Bool(b) => Ok(vec![u8::from(b)]),
            _ => self.bytes_arg(v),
        }
    }

    fn fill_arg(&self, name: &str, v: Option<Value>) -> PyResult<u8> {
        let Some(v) = v else { return Ok(b' ') };
        match self.bytes_ref(v) {
            Some([b]) => Ok(*b),
            _ => Err(type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                self.type_name(v)
            ))),
        }
    }

    fn new_bytes_checked(&mut self, b: Vec<u8>) -> PyResult<Value> {
        self.heap
            .check_room(b.len())
            .map_err(|_| crate::error::memory_limit())?;
        Ok(self.new_bytes(b))
    }

    fn bytes_list(&mut self, parts: Vec<Vec<u8>>) -> PyResult<Value> {
        let total: usize = parts.iter().map(|p| p.len() + 40).sum();
        self.heap
            .check_room(total)
            .map_err(|_| crate::error::memory_limit())?;
        let items: Vec<Value> = parts.into_iter().map(|p| self.new_bytes(p)).collect();
        Ok(self.new_list(items))
    }

    /// Calls bytes method `name` (one of [`METHODS`]) on `recv`.
    pub(crate) fn bytes_method_more(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let allowed: &[&str] = match name {
            "split" | "rsplit" => &["sep", "maxsplit"],
            "splitlines" => &["keepends"],
            "expandtabs" => &["tabsize"],
            "translate" => &["delete"],
            _ => &[],
        };
        if allowed.is_empty() && !kw.is_empty() {
            return Err(type_error(format!("{name}() takes no keyword arguments")));
        }
        check_kw(name, kw, allowed)?;
        let max_args = match name {
            "count" | "find" | "rfind" | "index" | "rindex" | "startswith" | "endswith"
            | "replace" => 3,
            "center" | "ljust" | "rjust" | "split" | "rsplit" | "maketrans" | "translate" => 2,
            "expandtabs" | "join" | "lstrip" | "rstrip" | "strip" | "partition" | "rpartition"
            | "removeprefix" | "removesuffix" | "splitlines" | "zfill" => 1,
            _ => 0,
        };
        let min_args = match name {
            "count" | "find" | "rfind" | "index" | "rindex" | "startswith" | "endswith"
            | "join" | "partition" | "rpartition" | "removeprefix" | "removesuffix" | "zfill"
            | "center" | "ljust" | "rjust" | "translate" => 1,
            "replace" | "maketrans" => 2,
            _ => 0,
        };
        if args.len() < min_args || args.len() > max_args {
            return Err(type_error(if min_args == max_args {
                format!(
                    "{name}() takes exactly {min_args} argument{} ({} given)",
                    if min_args == 1 { "" } else { "s" },
                    args.len()
                )
            } else if args.len() < min_args {
                format!(
                    "{name}() takes at least {min_args} argument{} ({} given)",
                    if min_args == 1 { "" } else { "s" },
                    args.len()
                )
            } else {
                format!(
                    "{name}() takes at most {max_args} argument{} ({} given)",
                    if max_args == 1 { "" } else { "s" },
                    args.len()
                )
            }));
        }
        if name == "maketrans" {
            // A static method: `bytes.maketrans(b"ab", b"xy")` (the receiver, if any, is ignored).
            let (from, to) = (self.bytes_arg(args[0])?, self.bytes_arg(args[1])?);
            if from.len() != to.len() {
                return Err(value_error("maketrans arguments must have same length"));
            }
            let mut table: Vec<u8> = (0..=255u8).collect();
            for (f, t) in from.iter().zip(&to) {
                table[*f as usize] = *t;
            }
            return Ok(self.new_bytes(table));
        }
        let b = match self.bytes_ref(recv) {
            Some(b) => b.to_vec(),
            None => {
                return Err(type_error(format!(
                    "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
                    self.type_name(recv)
                )))
            }
        };
        self.charge_fuel(b.len() as u64 / 32 + 1)?;
        let r = match name {
            "lower" => self.new_bytes(b.to_ascii_lowercase()),
            "upper" => self.new_bytes(b.to_ascii_uppercase()),
            "swapcase" => self.new_bytes(
                b.iter()
                    .map(|c| {
                        if c.is_ascii_uppercase() {
                            c.to_ascii_lowercase()
                        } else {
                            c.to_ascii_uppercase()
                        }
                    })
                    .collect(),
            ),
            "capitalize" => {
                let mut out = b.to_ascii_lowercase();
                if let Some(first) = out.first_mut() {
                    first.make_ascii_uppercase();
                }
                self.new_bytes(out)
            }
            "title" => self.new_bytes(title(&b)),
            "isalnum" => Value::Bool(!b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)),
            "isalpha" => Value::Bool(!b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)),
            "isascii" => Value::Bool(b.is_ascii()),
            "isdigit" => Value::Bool(!b.is_empty() && b.iter().all(u8::is_ascii_digit)),
            "isspace" => Value::Bool(!b.is_empty() && b.iter().all(|&c| is_space(c))),
            "islower" => Value::Bool(
                b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
            ),
            "isupper" => Value::Bool(
                b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
            ),
            "istitle" => Value::Bool(istitle(&b)),
            "count" | "find" | "rfind" | "index" | "rindex" => {
                let needle = self.needle_arg(args[0])?;
                let window = self.search_window(args, b.len())?;
                let found = window.and_then(|(s, e)| {
                    let hay = &b[s..e];
                    match name {
                        "count" => Some(count_in(hay, &needle)),
                        "find" | "index" => find_from(hay, &needle).map(|p| p + s),
                        _ => rfind_from(hay, &needle).map(|p| p + s),
                    }
                });
                match (name, found) {
                    ("count", n) => Value::Int(n.unwrap_or(0) as i64),
                    (_, Some(p)) => Value::Int(p as i64),
                    ("index" | "rindex", None) => return Err(value_error("subsection not found")),
                    (_, None) => Value::Int(-1),
                }
            }
            "startswith" | "endswith" => {
                let cands: Vec<Vec<u8>> = match self.bytes_ref(args[0]) {
                    Some(p) => vec![p.to_vec()],
                    None => {
                        let items = match args[0] {
                            Value::Obj(t) => match self.heap.get(t) {
                                Obj::Tuple(items) => Some(items.to_vec()),
                                _ => None,
                            },
                            _ => None,
                        };
                        let Some(items) = items else {
                            return Err(type_error(format!(
                                "{name} first arg must be bytes or a tuple of bytes, not {}",
                                self.type_name(args[0])
                            )));
                        };
                        let mut out = Vec::with_capacity(items.len());
                        for item in items {
                            match self.bytes_ref(item) {
                                Some(p) => out.push(p.to_vec()),
                                None => {
                                    return Err(type_error(format!(
                                        "a bytes-like object is required, not '{}'",
                                        self.type_name(item)
                                    )))
                                }
                            }
                        }
                        out
                    }
                };
                let hit = match self.search_window(args, b.len())? {
                    Some((s, e)) => {
                        let hay = &b[s..e];
                        cands.iter().any(|c| {
                            if name == "startswith" {
                                hay.starts_with(c)
                            } else {
                                hay.ends_with(c)
                            }
                        })
                    }
                    None => false,
                };
                Value::Bool(hit)
            }
            "strip" | "lstrip" | "rstrip" => {
                let chars = match args.first() {
                    None | Some(Value::None) => None,
                    Some(&v) => Some(self.bytes_arg(v)?),
                };
                let strip = |c: &u8| match &chars {
                    Some(set) => set.contains(c),
                    None => is_space(*c),
                };
                let start = if name == "rstrip" {
                    0
                } else {
                    b.iter().position(|c| !strip(c)).unwrap_or(b.len())
                };
                let end = if name == "lstrip" {
                    b.len()
                } else {
                    b.iter().rposition(|c| !strip(c)).map_or(0, |p| p + 1)
                };
                self.new_bytes(if start < end {
                    b[start..end].to_vec()
                } else {
                    Vec::new()
                })
            }
            "split" | "rsplit" => {
                let sep = args.first().copied().or_else(|| kwarg(kw, "sep"));
                let maxsplit = args.get(1).copied().or_else(|| kwarg(kw, "maxsplit"));
                let maxsplit = self.int_param(maxsplit, -1)?;
                let from_right = name == "rsplit";
                let parts = match sep {
                    None | Some(Value::None) => split_whitespace(&b, maxsplit, from_right),
                    Some(v) => {
                        let sep = self.bytes_arg(v)?;
                        if sep.is_empty() {
                            return Err(value_error("empty separator"));
                        }
                        split_on(&b, &sep, maxsplit, from_right)
                    }
                };
                return self.bytes_list(parts);
            }
            "splitlines" => {
                let keep = match args.first().copied().or_else(|| kwarg(kw, "keepends")) {
                    Some(v) => self.truthy(v)?,
                    None => false,
                };
                return self.bytes_list(splitlines(&b, keep));
            }
            "partition" | "rpartition" => {
                let sep = self.bytes_arg(args[0])?;
                if sep.is_empty() {
                    return Err(value_error("empty separator"));
                }
                let at = if name == "partition" {
                    find_from(&b, &sep)
                } else {
                    rfind_from(&b, &sep)
                };
                let parts = match at {
                    Some(p) => [b[..p].to_vec(), sep.clone(), b[p + sep.len()..].to_vec()],
                    None if name == "partition" => [b.clone(), Vec::new(), Vec::new()],
                    None => [Vec::new(), Vec::new(), b.clone()],
                };
                let items: Vec<Value> = parts.into_iter().map(|p| self.new_bytes(p)).collect();
                self.new_tuple(items)
            }
            "removeprefix" | "removesuffix" => {
                let affix = self.bytes_arg(args[0])?;
                let out = if name == "removeprefix" {
                    b.strip_prefix(affix.as_slice())
                } else {
                    b.strip_suffix(affix.as_slice())
                };
                match out {
                    Some(rest) => self.new_bytes(rest.to_vec()),
                    None => recv,
                }
            }
            "replace" => {
                let (old, new) = (self.bytes_arg(args[0])?, self.bytes_arg(args[1])?);
                let count = self.int_param(args.get(2).copied(), -1)?;
                let limit = if count < 0 {
                    usize::MAX
                } else {
                    count as usize
                };
                let hits = count_in(&b, &old).min(limit);
                let size = b.len() + hits.saturating_mul(new.len());
                self.heap
                    .check_room(size)
                    .map_err(|_| crate::error::memory_limit())?;
                self.charge_fuel(size as u64 / 32)?;
                let mut out = Vec::with_capacity(size);
                if old.is_empty() {
                    // An empty pattern matches before every byte and at the end.
                    let mut done = 0;
                    for &c in &b {
                        if done < limit {
                            out.extend_from_slice(&new);
                            done += 1;
                        }
                        out.push(c);
                    }
                    if done < limit {
                        out.extend_from_slice(&new);
                    }
                } else {
                    let (mut at, mut done) = (0, 0);
                    while done < limit {
                        match find_from(&b[at..], &old) {
                            Some(p) => {
                                out.extend_from_slice(&b[at..at + p]);
                                out.extend_from_slice(&new);
                                at += p + old.len();
                                done += 1;
                            }
                            None => break,
                        }
                    }
                    out.extend_from_slice(&b[at..]);
                }
                self.new_bytes(out)
            }
            "join" => {
                let items = self.collect_iterable(args[0])?;
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(&b);
                    }
                    match self.bytes_ref(*item) {
                        Some(p) => out.extend_from_slice(p),
                        None => {
                            return Err(type_error(format!(
                                "sequence item {i}: expected a bytes-like object, {} found",
                                self.type_name(*item)
                            )))
                        }
                    }
                    self.heap
                        .check_room(out.len())
                        .map_err(|_| crate::error::memory_limit())?;
                }
                self.charge_fuel(out.len() as u64 / 32)?;
                self.new_bytes(out)
            }
            "center" | "ljust" | "rjust" | "zfill" => {
                let width = self.int_param(args.first().copied(), 0)?;
                let width = usize::try_from(width).unwrap_or(0);
                if width <= b.len() {
                    return Ok(recv);
                }
                self.heap
                    .check_room(width)
                    .map_err(|_| crate::error::memory_limit())?;
                self.charge_fuel(width as u64 / 32)?;
                let pad = width - b.len();
                let out = match name {
                    "zfill" => {
                        let sign = usize::from(matches!(b.first(), Some(b'+' | b'-')));
                        let mut out = b[..sign].to_vec();
                        out.extend(std::iter::repeat_n(b'0', pad));
                        out.extend_from_slice(&b[sign..]);
                        out
                    }
                    _ => {
                        let fill = self.fill_arg(name, args.get(1).copied())?;
                        // CPython's centring puts the extra byte on the left when the width is odd.
                        let left = match name {
                            "ljust" => 0,
                            "rjust" => pad,
                            _ => pad / 2 + (pad & width & 1),
                        };
                        let mut out = vec![fill; left];
                        out.extend_from_slice(&b);
                        out.extend(std::iter::repeat_n(fill, pad - left));
                        out
                    }
                };
                self.new_bytes(out)
            }
            "expandtabs" => {
                let tab = args.first().copied().or_else(|| kwarg(kw, "tabsize"));
                let tab = self.int_param(tab, 8)?;
                let tabs = b.iter().filter(|&&c| c == b'\t').count();
                let size = b.len() + tabs.saturating_mul(tab.max(0) as usize);
                self.heap
                    .check_room(size)
                    .map_err(|_| crate::error::memory_limit())?;
                self.charge_fuel(size as u64 / 32)?;
                self.new_bytes(expandtabs(&b, tab))
            }
            "translate" => {
                let table = match args[0] {
                    Value::None => None,
                    v => {
                        let t = self.bytes_arg(v)?;
                        if t.len() != 256 {
                            return Err(value_error(
                                "translation table must be 256 characters long",
                            ));
                        }
                        Some(t)
                    }
                };
                let delete = match args.get(1).copied().or_else(|| kwarg(kw, "delete")) {
                    Some(v) => self.bytes_arg(v)?,
                    None => Vec::new(),
                };
                let out: Vec<u8> = b
                    .iter()
                    .filter(|c| !delete.contains(c))
                    .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
                    .collect();
                self.new_bytes_checked(out)?
            }
            _ => {
                return Err(exc(
                    Ty::AttributeError,
                    format!("'bytes' object has no attribute '{name}'"),
                ))
            }
        };
        Ok(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_split_is_ascii_only() {
        let parts = split_whitespace(b"a\x0bb\x1cc d", -1, false);
        assert_eq!(
            parts,
            vec![b"a".to_vec(), b"b\x1cc".to_vec(), b"d".to_vec()]
        );
        assert_eq!(
            split_whitespace(b" a b c ", 1, true),
            vec![b" a b".to_vec(), b"c".to_vec()]
        );
    }

    #[test]
    fn separator_split_from_both_ends() {
        assert_eq!(
            split_on(b"a,b,c", b",", 1, false),
            vec![b"a".to_vec(), b"b,c".to_vec()]
        );
        assert_eq!(
            split_on(b"a,b,c", b",", 1, true),
            vec![b"a,b".to_vec(), b"c".to_vec()]
        );
        assert_eq!(split_on(b"", b",", -1, false), vec![Vec::<u8>::new()]);
    }

    #[test]
    fn lines_end_only_at_cr_and_lf() {
        let lines = splitlines(b"a\r\nb\rc\x0bd\x0ce\n", true);
        assert_eq!(
            lines,
            vec![
                b"a\r\n".to_vec(),
                b"b\r".to_vec(),
                b"c\x0bd\x0ce\n".to_vec()
            ]
        );
    }

    #[test]
    fn counting_and_searching() {
        assert_eq!(count_in(b"aaaa", b"aa"), 2);
        assert_eq!(count_in(b"abc", b""), 4);
        assert_eq!(rfind_from(b"abcabc", b"bc"), Some(4));
        assert_eq!(find_from(b"abc", b"d"), None);
    }
}
