//! `re`: Python's regular-expression API over fancy-regex.
//!
//! Patterns are rewritten from Python's syntax (`re_syntax`), compiled once per process and shared by every
//! VM (a bounded cache keyed by pattern and flags; compiled programs are immutable and `Send + Sync`).
//! Offsets are Python's character offsets, not bytes. Iteration (`findall`, `finditer`, `sub`, `split`)
//! follows CPython's rule for empty matches: one may follow a non-empty match at the same position, but
//! two matches never start at the same place with the second empty.
//!
//! Cost is bounded three ways: fuel is charged for the text each search scans; fancy-regex's backtracking
//! (used only for backreferences and lookaround; everything else runs on the regex crate's automata, which
//! never backtrack) stops at a step limit and raises `re.error`, charging the work it did; and the compiled
//! program's size is capped, so a pattern cannot take unbounded memory.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use fancy_regex::{Regex, RegexBuilder};

use super::re_syntax::{self, Piece};
use crate::builtins::{arity, no_kw, Args};
use crate::error::{exc, type_error, Exc, PyResult};
use crate::heap::{Iter, Obj};
use crate::interp::{NativeFn, Vm};
use crate::types::Ty;
use crate::value::Value;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("compile", compile),
    ("search", search),
    ("match", match_),
    ("fullmatch", fullmatch),
    ("findall", findall),
    ("finditer", finditer),
    ("sub", sub),
    ("subn", subn),
    ("split", split),
    ("escape", escape),
    ("purge", purge),
];

pub fn constants(_: &mut Vm) -> Vec<(&'static str, Value)> {
    use re_syntax::*;
    vec![
        ("I", Value::Int(IGNORECASE)),
        ("IGNORECASE", Value::Int(IGNORECASE)),
        ("M", Value::Int(MULTILINE)),
        ("MULTILINE", Value::Int(MULTILINE)),
        ("S", Value::Int(DOTALL)),
        ("DOTALL", Value::Int(DOTALL)),
        ("X", Value::Int(VERBOSE)),
        ("VERBOSE", Value::Int(VERBOSE)),
        ("A", Value::Int(ASCII)),
        ("ASCII", Value::Int(ASCII)),
        ("U", Value::Int(UNICODE)),
        ("UNICODE", Value::Int(UNICODE)),
        ("L", Value::Int(LOCALE)),
        ("LOCALE", Value::Int(LOCALE)),
        ("NOFLAG", Value::Int(0)),
        ("error", Value::Obj(Ty::ReError.handle())),
        ("Pattern", Value::Obj(Ty::Pattern.handle())),
        ("Match", Value::Obj(Ty::Match.handle())),
    ]
}

/// Methods of compiled patterns and of match objects.
pub const PATTERN_METHODS: &[&str] = &[
    "search",
    "match",
    "fullmatch",
    "findall",
    "finditer",
    "sub",
    "subn",
    "split",
];
pub const MATCH_METHODS: &[&str] = &[
    "group",
    "groups",
    "groupdict",
    "start",
    "end",
    "span",
    "expand",
];

/// Backtracking steps one search may take (only patterns with backreferences or lookaround backtrack).
const BACKTRACK_LIMIT: usize = 1_000_000;
/// Bytes a compiled program (and its lazy DFA cache) may take.
const PROGRAM_SIZE_LIMIT: usize = 8 << 20;
/// Compiled patterns kept per process; the cache is emptied when it fills.
const CACHE_ENTRIES: usize = 512;
/// Longest pattern accepted.
const MAX_PATTERN_CHARS: usize = 64 * 1024;

/// A compiled pattern, shared by every VM that compiles the same source with the same flags.
#[derive(Debug)]
pub struct Compiled {
    plain: Variant,
    /// For subjects ending with a newline, when the pattern has a `$` (see `Translated::newline_source`).
    newline: Option<Variant>,
    /// Capturing groups, not counting group 0.
    pub groups: usize,
    /// Group names and numbers, in group order.
    pub names: Vec<(String, usize)>,
    /// The flags in effect, as Python reports them (`UNICODE` added for str patterns).
    pub flags: i64,
}

/// One translation of a pattern: its program, and the `fullmatch` program built from it on first use.
#[derive(Debug)]
struct Variant {
    regex: Regex,
    source: String,
    /// `(?:pattern)\z`, for `fullmatch` (which must prefer the alternative that reaches the end).
    full: OnceLock<Option<Regex>>,
}

impl Variant {
    fn new(source: String) -> Result<Variant, fancy_regex::Error> {
        Ok(Variant {
            regex: build(&source)?,
            source,
            full: OnceLock::new(),
        })
    }

    fn full(&self) -> Option<&Regex> {
        self.full
            .get_or_init(|| build(&format!("(?:{})\\z", self.source)).ok())
            .as_ref()
    }
}

impl Compiled {
    fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, i)| *i)
    }

    /// The translation that means Python's pattern on `text`.
    fn variant_for(&self, text: &str) -> &Variant {
        match &self.newline {
            Some(v) if text.ends_with('\n') => v,
            _ => &self.plain,
        }
    }
}

/// A compiled pattern object (`re.compile(...)`).
#[derive(Debug)]
pub struct PatternObj {
    pub compiled: Arc<Compiled>,
    /// The pattern as the script wrote it (a str).
    pub source: Value,
}

/// A match object: character spans of every group (None when the group did not take part).
#[derive(Debug)]
pub struct MatchObj {
    /// The Pattern object.
    pub pattern: Value,
    /// The searched string.
    pub string: Value,
    pub spans: CharSpans,
    pub pos: usize,
    pub endpos: usize,
}

fn build(source: &str) -> Result<Regex, fancy_regex::Error> {
    RegexBuilder::new(source)
        .backtrack_limit(BACKTRACK_LIMIT)
        .delegate_size_limit(PROGRAM_SIZE_LIMIT)
        .delegate_dfa_size_limit(PROGRAM_SIZE_LIMIT)
        .build()
}

fn re_error(msg: impl Into<String>) -> Exc {
    exc(Ty::ReError, msg)
}

/// Compiles `pattern` with `flags`, through the process-wide cache.
fn compile_cached(pattern: &str, flags: i64) -> PyResult<Arc<Compiled>> {
    type Cache = Mutex<HashMap<(String, i64), Arc<Compiled>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let key = (pattern.to_string(), flags);
    if let Some(c) = cache.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        return Ok(c.clone());
    }
    if pattern.chars().count() > MAX_PATTERN_CHARS {
        return Err(re_error(format!(
            "pattern too long ({} characters; the limit is {MAX_PATTERN_CHARS})",
            pattern.chars().count()
        )));
    }
    let t = re_syntax::translate(pattern, flags).map_err(re_error)?;
    let failed = |e: fancy_regex::Error| re_error(compile_message(&e));
    let plain = Variant::new(t.source).map_err(failed)?;
    let newline = match t.newline_source {
        Some(source) => Some(Variant::new(source).map_err(failed)?),
        None => None,
    };
    let names = plain
        .regex
        .capture_names()
        .enumerate()
        .filter_map(|(i, n)| n.map(|n| (n.to_string(), i)))
        .collect();
    let compiled = Arc::new(Compiled {
        groups: plain.regex.captures_len().saturating_sub(1),
        plain,
        newline,
        names,
        flags: t.flags,
    });
    let mut map = cache.lock().unwrap_or_else(|p| p.into_inner());
    if map.len() >= CACHE_ENTRIES {
        map.clear();
    }
    map.insert(key, compiled.clone());
    Ok(compiled)
}

/// The regex crate's message, first line only (the rest draws the pattern with carets).
fn compile_message(e: &fancy_regex::Error) -> String {
    let text = e.to_string();
    let text = text.trim();
    let last = text
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with("error:"))
        .map(|l| {
            l.trim_start()
                .trim_start_matches("error:")
                .trim()
                .to_string()
        });
    last.unwrap_or_else(|| text.lines().next().unwrap_or("invalid pattern").to_string())
}

/// Where a search runs: the text, and character/byte conversion for it.
struct Subject {
    text: String,
    ascii: bool,
}

impl Subject {
    fn byte_of(&self, ch: usize) -> usize {
        if self.ascii {
            ch.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(ch)
                .map_or(self.text.len(), |(b, _)| b)
        }
    }

    fn char_of(&self, byte: usize) -> usize {
        if self.ascii {
            byte
        } else {
            self.text[..byte].chars().count()
        }
    }

    fn char_len(&self) -> usize {
        if self.ascii {
            self.text.len()
        } else {
            self.text.chars().count()
        }
    }

    /// The byte after the character at `byte` (for stepping past an empty match).
    fn next_char(&self, byte: usize) -> usize {
        self.text[byte..]
            .chars()
            .next()
            .map_or(byte + 1, |c| byte + c.len_utf8())
    }
}

/// A match in byte offsets: (start, end) of every group.
type ByteSpans = Vec<Option<(usize, usize)>>;
/// A match in character offsets, as a match object keeps it.
type CharSpans = Box<[Option<(usize, usize)>]>;

#[derive(Clone, Copy, PartialEq)]
enum Anchor {
    Search,
    Match,
    Full,
}

impl Vm {
    /// The pattern argument of a module function: a compiled pattern or a str compiled with `flags`.
    fn pattern_arg(&mut self, pattern: Value, flags: i64) -> PyResult<Value> {
        if let Value::Obj(h) = pattern {
            if let Obj::Pattern(_) = self.heap.get(h) {
                if flags != 0 {
                    return Err(exc(
                        Ty::ValueError,
                        "cannot process flags argument with a compiled pattern",
                    ));
                }
                return Ok(pattern);
            }
        }
        let Some(text) = self.str_ref(pattern) else {
            return Err(type_error(format!(
                "first argument must be string or compiled pattern, not {}",
                self.type_name(pattern)
            )));
        };
        let compiled = compile_cached(text, flags)?;
        Ok(Value::Obj(self.heap.alloc(Obj::Pattern(Box::new(
            PatternObj {
                compiled,
                source: pattern,
            },
        )))))
    }

    fn compiled_of(&self, pattern: Value) -> PyResult<Arc<Compiled>> {
        match pattern {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Pattern(p) => Ok(p.compiled.clone()),
                _ => Err(crate::interp::internal("not a pattern")),
            },
            _ => Err(crate::interp::internal("not a pattern")),
        }
    }

    fn subject(&self, v: Value) -> PyResult<Subject> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Str(s) => Ok(Subject {
                    text: s.s.clone(),
                    ascii: s.ascii,
                }),
                _ => Err(type_error(format!(
                    "expected string or bytes-like object, got '{}'",
                    self.type_name(v)
                ))),
            },
            _ => Err(type_error(format!(
                "expected string or bytes-like object, got '{}'",
                self.type_name(v)
            ))),
        }
    }

    /// One search from byte `start` in `text[..end]`, charged as fuel for the bytes it scanned.
    fn search_once(
        &mut self,
        c: &Compiled,
        text: &str,
        start: usize,
        anchor: Anchor,
    ) -> PyResult<Option<ByteSpans>> {
        let variant = c.variant_for(text);
        let regex = match anchor {
            Anchor::Full => match variant.full() {
                Some(r) => r,
                None => return Err(re_error("pattern cannot be anchored")),
            },
            _ => &variant.regex,
        };
        let found = regex.captures_from_pos(text, start);
        let caps = match found {
            Ok(caps) => caps,
            Err(fancy_regex::Error::RuntimeError(e)) => {
                // The work was done: charge it, so a loop of failing searches still runs out of fuel.
                self.charge_fuel(BACKTRACK_LIMIT as u64)?;
                let _ = e;
                return Err(re_error(format!(
                    "catastrophic backtracking: the match gave up after {BACKTRACK_LIMIT} backtracking steps"
                )));
            }
            Err(e) => return Err(re_error(e.to_string())),
        };
        let scanned = caps
            .as_ref()
            .and_then(|m| m.get(0))
            .map_or(text.len(), |m| m.end())
            .saturating_sub(start);
        self.charge_fuel(1 + scanned as u64 / 32)?;
        let Some(caps) = caps else {
            return Ok(None);
        };
        let spans: ByteSpans = (0..caps.len())
            .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
            .collect();
        let m0 = spans.first().copied().flatten();
        // `match` and `fullmatch` at `start`: a leftmost match starting later is no match there.
        if anchor != Anchor::Search && m0.is_some_and(|(s, _)| s != start) {
            return Ok(None);
        }
        Ok(Some(spans))
    }

    /// `search`/`match`/`fullmatch` on a pattern object.
    fn pattern_find(
        &mut self,
        pattern: Value,
        string: Value,
        pos: Option<Value>,
        endpos: Option<Value>,
        anchor: Anchor,
    ) -> PyResult<Value> {
        let c = self.compiled_of(pattern)?;
        let subj = self.subject(string)?;
        let (pos, endpos) = self.bounds(&subj, pos, endpos)?;
        let (start, end) = (subj.byte_of(pos), subj.byte_of(endpos));
        if pos > endpos {
            return Ok(Value::None);
        }
        let text = &subj.text[..end];
        // A pattern that can only match at the start need not scan for a later one.
        let found = self.search_once(&c, text, start, anchor)?;
        match found {
            Some(spans) => self.new_match(pattern, string, &subj, &spans, pos, endpos),
            None => Ok(Value::None),
        }
    }

    fn bounds(
        &self,
        subj: &Subject,
        pos: Option<Value>,
        endpos: Option<Value>,
    ) -> PyResult<(usize, usize)> {
        let n = subj.char_len() as i64;
        let clamp = |v: i64| v.clamp(0, n) as usize;
        let pos = match pos {
            None | Some(Value::None) => 0,
            Some(v) => clamp(self.index_of(v, "pos")?),
        };
        let endpos = match endpos {
            None | Some(Value::None) => n as usize,
            Some(v) => clamp(self.index_of(v, "endpos")?),
        };
        Ok((pos, endpos))
    }

    fn new_match(
        &mut self,
        pattern: Value,
        string: Value,
        subj: &Subject,
        spans: &[Option<(usize, usize)>],
        pos: usize,
        endpos: usize,
    ) -> PyResult<Value> {
        let spans: CharSpans = spans
            .iter()
            .map(|s| s.map(|(a, b)| (subj.char_of(a), subj.char_of(b))))
            .collect();
        Ok(Value::Obj(self.heap.alloc(Obj::Match(Box::new(
            MatchObj {
                pattern,
                string,
                spans,
                pos,
                endpos,
            },
        )))))
    }

    /// Every match from `pos` to `endpos`, in byte spans, by CPython's rule for empty matches; at most
    /// `limit` of them when it is not zero.
    fn all_matches(
        &mut self,
        c: &Compiled,
        subj: &Subject,
        pos: usize,
        endpos: usize,
        limit: usize,
    ) -> PyResult<Vec<ByteSpans>> {
        let end = subj.byte_of(endpos);
        let text = &subj.text[..end];
        let mut start = subj.byte_of(pos);
        let mut out = Vec::new();
        let mut must_advance = false;
        while start <= end && (limit == 0 || out.len() < limit) {
            let Some(mut spans) = self.search_once(c, text, start, Anchor::Search)? else {
                break;
            };
            let Some((mut s, mut e)) = spans[0] else {
                break;
            };
            if must_advance && s == start && e == start {
                // An empty match where the last one ended: look again one character on.
                if start >= end {
                    break;
                }
                let Some(next) =
                    self.search_once(c, text, subj.next_char(start), Anchor::Search)?
                else {
                    break;
                };
                spans = next;
                match spans[0] {
                    Some(m) => (s, e) = m,
                    None => break,
                }
            }
            out.push(spans);
            must_advance = s == e;
            start = e;
        }
        Ok(out)
    }

    fn findall_impl(
        &mut self,
        pattern: Value,
        string: Value,
        pos: Option<Value>,
        endpos: Option<Value>,
    ) -> PyResult<Value> {
        let c = self.compiled_of(pattern)?;
        let subj = self.subject(string)?;
        let (pos, endpos) = self.bounds(&subj, pos, endpos)?;
        let matches = self.all_matches(&c, &subj, pos, endpos, 0)?;
        let mut items = Vec::with_capacity(matches.len());
        for spans in matches {
            let group_text = |g: usize| match spans.get(g).copied().flatten() {
                Some((a, b)) => subj.text[a..b].to_string(),
                None => String::new(),
            };
            let item = match c.groups {
                0 => self.new_str(group_text(0)),
                1 => self.new_str(group_text(1)),
                n => {
                    let parts: Vec<Value> = (1..=n).map(|g| self.new_str(group_text(g))).collect();
                    self.new_tuple(parts)
                }
            };
            items.push(item);
        }
        Ok(self.new_list(items))
    }

    fn finditer_impl(
        &mut self,
        pattern: Value,
        string: Value,
        pos: Option<Value>,
        endpos: Option<Value>,
    ) -> PyResult<Value> {
        let c = self.compiled_of(pattern)?;
        let subj = self.subject(string)?;
        let (pos, endpos) = self.bounds(&subj, pos, endpos)?;
        let matches = self.all_matches(&c, &subj, pos, endpos, 0)?;
        let mut items = Vec::with_capacity(matches.len());
        for spans in matches {
            items.push(self.new_match(pattern, string, &subj, &spans, pos, endpos)?);
        }
        Ok(Value::Obj(
            self.heap.alloc(Obj::Iter(Iter::Values { items, idx: 0 })),
        ))
    }

    /// `sub`/`subn`: the new string and the number of replacements.
    fn sub_impl(
        &mut self,
        pattern: Value,
        repl: Value,
        string: Value,
        count: i64,
    ) -> PyResult<(Value, usize)> {
        let c = self.compiled_of(pattern)?;
        let subj = self.subject(string)?;
        let template = match self.str_ref(repl) {
            Some(t) if t.contains('\\') => Some(
                re_syntax::parse_template(t, c.groups, |n| c.group_index(n)).map_err(re_error)?,
            ),
            Some(t) => Some(vec![Piece::Text(t.to_string())]),
            None if self.is_callable(repl) => None,
            None => {
                return Err(type_error(format!(
                    "expected str instance, {} found",
                    self.type_name(repl)
                )))
            }
        };
        // A negative count replaces nothing, as in CPython (0 means all).
        if count < 0 {
            return Ok((string, 0));
        }
        let limit = count as usize;
        let n_chars = subj.char_len();
        let matches = self.all_matches(&c, &subj, 0, n_chars, limit)?;
        let mut out = String::with_capacity(subj.text.len());
        let mut last = 0;
        for spans in &matches {
            let Some((s, e)) = spans[0] else { continue };
            out.push_str(&subj.text[last..s]);
            match &template {
                Some(pieces) => {
                    for piece in pieces {
                        match piece {
                            Piece::Text(t) => out.push_str(t),
                            Piece::Group(g) => {
                                if let Some((a, b)) = spans.get(*g).copied().flatten() {
                                    out.push_str(&subj.text[a..b]);
                                }
                            }
                        }
                    }
                }
                None => {
                    let m = self.new_match(pattern, string, &subj, spans, 0, n_chars)?;
                    let r = self.call_nested(repl, &[m], Vec::new())?;
                    match self.str_ref(r) {
                        Some(t) => out.push_str(t),
                        None => {
                            return Err(type_error(format!(
                                "expected str instance, {} found",
                                self.type_name(r)
                            )))
                        }
                    }
                }
            }
            self.heap
                .check_room(out.len())
                .map_err(|_| crate::error::memory_limit())?;
            last = e;
        }
        out.push_str(&subj.text[last..]);
        self.charge_fuel(out.len() as u64 / 32)?;
        Ok((self.new_str(out), matches.len()))
    }

    fn split_impl(&mut self, pattern: Value, string: Value, maxsplit: i64) -> PyResult<Value> {
        let c = self.compiled_of(pattern)?;
        let subj = self.subject(string)?;
        let limit = if maxsplit <= 0 { 0 } else { maxsplit as usize };
        if maxsplit < 0 {
            return Ok(self.new_list(vec![string]));
        }
        let n_chars = subj.char_len();
        let matches = self.all_matches(&c, &subj, 0, n_chars, limit)?;
        let mut items = Vec::new();
        let mut last = 0;
        for spans in &matches {
            let Some((s, e)) = spans[0] else { continue };
            items.push(self.new_str(&subj.text[last..s]));
            for g in spans.iter().skip(1) {
                let v = match g {
                    Some((a, b)) => self.new_str(&subj.text[*a..*b]),
                    None => Value::None,
                };
                items.push(v);
            }
            last = e;
        }
        items.push(self.new_str(&subj.text[last..]));
        Ok(self.new_list(items))
    }

    /// Methods of `re.Pattern` objects.
    pub(crate) fn pattern_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let a = Args::new(name, args, kw);
        match name {
            "search" | "match" | "fullmatch" | "findall" | "finditer" => {
                let [string, pos, endpos] = a.take(["string", "pos", "endpos"], 1)?;
                let string = string.unwrap_or(Value::None);
                match name {
                    "search" => self.pattern_find(recv, string, pos, endpos, Anchor::Search),
                    "match" => self.pattern_find(recv, string, pos, endpos, Anchor::Match),
                    "fullmatch" => self.pattern_find(recv, string, pos, endpos, Anchor::Full),
                    "findall" => self.findall_impl(recv, string, pos, endpos),
                    _ => self.finditer_impl(recv, string, pos, endpos),
                }
            }
            "sub" | "subn" => {
                let [repl, string, count] = a.take(["repl", "string", "count"], 2)?;
                let count = self.opt_int(count, 0)?;
                let (s, n) = self.sub_impl(
                    recv,
                    repl.unwrap_or(Value::None),
                    string.unwrap_or(Value::None),
                    count,
                )?;
                Ok(if name == "sub" {
                    s
                } else {
                    self.new_tuple(vec![s, Value::Int(n as i64)])
                })
            }
            "split" => {
                let [string, maxsplit] = a.take(["string", "maxsplit"], 1)?;
                let maxsplit = self.opt_int(maxsplit, 0)?;
                self.split_impl(recv, string.unwrap_or(Value::None), maxsplit)
            }
            _ => Err(exc(
                Ty::AttributeError,
                format!("'re.Pattern' object has no attribute '{name}'"),
            )),
        }
    }

    fn opt_int(&self, v: Option<Value>, default: i64) -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(Value::Int(i)) => Ok(i),
            Some(Value::Bool(b)) => Ok(b as i64),
            Some(v) => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    fn match_parts(&self, m: Value) -> PyResult<(Value, Value, CharSpans)> {
        match m {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Match(mo) => Ok((mo.pattern, mo.string, mo.spans.clone())),
                _ => Err(crate::interp::internal("not a match")),
            },
            _ => Err(crate::interp::internal("not a match")),
        }
    }

    /// A group argument (number or name) as a group number.
    fn group_number(&self, pattern: Value, g: Value, groups: usize) -> PyResult<usize> {
        let c = self.compiled_of(pattern)?;
        let n = match g {
            Value::Int(i) if i >= 0 && (i as usize) <= groups => Some(i as usize),
            Value::Bool(b) => Some(b as usize),
            _ => match self.str_ref(g) {
                Some(name) => c.group_index(name),
                None => None,
            },
        };
        n.ok_or_else(|| exc(Ty::IndexError, "no such group"))
    }

    fn group_value(
        &mut self,
        string: Value,
        span: Option<(usize, usize)>,
        default: Value,
    ) -> Value {
        match span {
            None => default,
            Some((a, b)) => {
                let Some(text) = self.str_ref(string) else {
                    return default;
                };
                let piece: String = if text.is_ascii() {
                    text[a..b].to_string()
                } else {
                    text.chars().skip(a).take(b - a).collect()
                };
                self.new_str(piece)
            }
        }
    }

    /// `m[g]`: the same as `m.group(g)`.
    pub(crate) fn match_getitem(&mut self, m: Value, g: Value) -> PyResult<Value> {
        let (pattern, string, spans) = self.match_parts(m)?;
        let i = self.group_number(pattern, g, spans.len() - 1)?;
        Ok(self.group_value(string, spans[i], Value::None))
    }

    /// Methods of `re.Match` objects.
    pub(crate) fn match_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        let (pattern, string, spans) = self.match_parts(recv)?;
        let groups = spans.len() - 1;
        match name {
            "group" => {
                no_kw("group", kw)?;
                if args.len() <= 1 {
                    let g = args.first().copied().unwrap_or(Value::Int(0));
                    let i = self.group_number(pattern, g, groups)?;
                    return Ok(self.group_value(string, spans[i], Value::None));
                }
                let mut out = Vec::with_capacity(args.len());
                for g in args {
                    let i = self.group_number(pattern, *g, groups)?;
                    out.push(self.group_value(string, spans[i], Value::None));
                }
                Ok(self.new_tuple(out))
            }
            "groups" => {
                let [default] = Args::new(name, args, kw).take(["default"], 0)?;
                let default = default.unwrap_or(Value::None);
                let out: Vec<Value> = (1..=groups)
                    .map(|g| self.group_value(string, spans[g], default))
                    .collect();
                Ok(self.new_tuple(out))
            }
            "groupdict" => {
                let [default] = Args::new(name, args, kw).take(["default"], 0)?;
                let default = default.unwrap_or(Value::None);
                let c = self.compiled_of(pattern)?;
                let d = self.new_dict();
                for (n, g) in &c.names {
                    let k = self.new_str(n.as_str());
                    let v = self.group_value(string, spans[*g], default);
                    self.dict_set(d, k, v)?;
                }
                Ok(d)
            }
            "start" | "end" | "span" => {
                no_kw(name, kw)?;
                arity(name, args, 0, 1)?;
                let g = args.first().copied().unwrap_or(Value::Int(0));
                let i = self.group_number(pattern, g, groups)?;
                let (a, b) = match spans[i] {
                    Some((a, b)) => (a as i64, b as i64),
                    None => (-1, -1),
                };
                Ok(match name {
                    "start" => Value::Int(a),
                    "end" => Value::Int(b),
                    _ => self.new_tuple(vec![Value::Int(a), Value::Int(b)]),
                })
            }
            "expand" => {
                no_kw(name, kw)?;
                arity(name, args, 1, 1)?;
                let Some(t) = self.str_ref(args[0]) else {
                    return Err(type_error(format!(
                        "expected str instance, {} found",
                        self.type_name(args[0])
                    )));
                };
                let c = self.compiled_of(pattern)?;
                let pieces = re_syntax::parse_template(t, c.groups, |n| c.group_index(n))
                    .map_err(re_error)?;
                let mut out = String::new();
                for p in pieces {
                    match p {
                        Piece::Text(t) => out.push_str(&t),
                        Piece::Group(g) => {
                            let v = self.group_value(string, spans[g], Value::None);
                            if let Some(s) = self.str_ref(v) {
                                out.push_str(s);
                            }
                        }
                    }
                }
                Ok(self.new_str(out))
            }
            _ => Err(exc(
                Ty::AttributeError,
                format!("'re.Match' object has no attribute '{name}'"),
            )),
        }
    }

    /// Data attributes of patterns and matches (`p.pattern`, `m.string`, `m.lastgroup`, ...).
    pub(crate) fn re_getattr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        let Value::Obj(h) = obj else { return Ok(None) };
        match self.heap.get(h) {
            Obj::Pattern(p) => {
                let (c, source) = (p.compiled.clone(), p.source);
                Ok(Some(match name {
                    "pattern" => source,
                    "flags" => Value::Int(c.flags),
                    "groups" => Value::Int(c.groups as i64),
                    "groupindex" => {
                        let d = self.new_dict();
                        for (n, g) in &c.names {
                            let k = self.new_str(n.as_str());
                            self.dict_set(d, k, Value::Int(*g as i64))?;
                        }
                        d
                    }
                    _ => return Ok(None),
                }))
            }
            Obj::Match(m) => {
                let (pattern, string, pos, endpos) = (m.pattern, m.string, m.pos, m.endpos);
                // lastindex: the group that closed last, which is the one with the greatest end, and on
                // ties the outermost (smallest number).
                let last = m
                    .spans
                    .iter()
                    .enumerate()
                    .skip(1)
                    .filter_map(|(i, s)| s.map(|(_, e)| (e, i)))
                    .fold(None::<(usize, usize)>, |best, (e, i)| match best {
                        Some((be, _)) if be >= e => best,
                        _ => Some((e, i)),
                    })
                    .map(|(_, i)| i);
                Ok(Some(match name {
                    "string" => string,
                    "re" => pattern,
                    "pos" => Value::Int(pos as i64),
                    "endpos" => Value::Int(endpos as i64),
                    "lastindex" => last.map_or(Value::None, |i| Value::Int(i as i64)),
                    "lastgroup" => {
                        let c = self.compiled_of(pattern)?;
                        match last.and_then(|i| c.names.iter().find(|(_, g)| *g == i)) {
                            Some((n, _)) => self.new_str(n.as_str()),
                            None => Value::None,
                        }
                    }
                    _ => return Ok(None),
                }))
            }
            _ => Ok(None),
        }
    }

    /// `re.compile('a+')`, `<re.Match object; span=(0, 2), match='aa'>`.
    pub(crate) fn re_repr(&mut self, v: Value, out: &mut String) -> PyResult<()> {
        let Value::Obj(h) = v else { return Ok(()) };
        match self.heap.get(h) {
            Obj::Pattern(p) => {
                let (source, flags) = (p.source, p.compiled.flags);
                out.push_str("re.compile(");
                self.repr_into(source, out, 1)?;
                let names: Vec<&str> = [
                    (re_syntax::IGNORECASE, "re.IGNORECASE"),
                    (re_syntax::LOCALE, "re.LOCALE"),
                    (re_syntax::MULTILINE, "re.MULTILINE"),
                    (re_syntax::DOTALL, "re.DOTALL"),
                    (re_syntax::VERBOSE, "re.VERBOSE"),
                    (re_syntax::ASCII, "re.ASCII"),
                ]
                .iter()
                .filter(|(bit, _)| flags & bit != 0)
                .map(|(_, n)| *n)
                .collect();
                if !names.is_empty() {
                    out.push_str(", ");
                    out.push_str(&names.join("|"));
                }
                out.push(')');
            }
            Obj::Match(m) => {
                let (string, span) = (m.string, m.spans.first().copied().flatten());
                let (a, b) = span.unwrap_or((0, 0));
                out.push_str(&format!("<re.Match object; span=({a}, {b}), match="));
                let text = self.group_value(string, span, Value::None);
                self.repr_into(text, out, 1)?;
                out.push('>');
            }
            _ => {}
        }
        Ok(())
    }
}

fn flags_of(vm: &Vm, v: Option<Value>) -> PyResult<i64> {
    vm.opt_int(v, 0)
}

fn compile(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let [pattern, flags] = Args::new("compile", args, kw).take(["pattern", "flags"], 1)?;
    let flags = flags_of(vm, flags)?;
    vm.pattern_arg(pattern.unwrap_or(Value::None), flags)
}

fn find(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    kw: &[(String, Value)],
    anchor: Anchor,
) -> PyResult<Value> {
    let [pattern, string, flags] =
        Args::new(func, args, kw).take(["pattern", "string", "flags"], 2)?;
    let flags = flags_of(vm, flags)?;
    let p = vm.pattern_arg(pattern.unwrap_or(Value::None), flags)?;
    vm.pattern_find(p, string.unwrap_or(Value::None), None, None, anchor)
}

fn search(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    find(vm, "search", args, kw, Anchor::Search)
}

fn match_(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    find(vm, "match", args, kw, Anchor::Match)
}

fn fullmatch(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    find(vm, "fullmatch", args, kw, Anchor::Full)
}

fn findall(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let [pattern, string, flags] =
        Args::new("findall", args, kw).take(["pattern", "string", "flags"], 2)?;
    let flags = flags_of(vm, flags)?;
    let p = vm.pattern_arg(pattern.unwrap_or(Value::None), flags)?;
    vm.findall_impl(p, string.unwrap_or(Value::None), None, None)
}

fn finditer(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let [pattern, string, flags] =
        Args::new("finditer", args, kw).take(["pattern", "string", "flags"], 2)?;
    let flags = flags_of(vm, flags)?;
    let p = vm.pattern_arg(pattern.unwrap_or(Value::None), flags)?;
    vm.finditer_impl(p, string.unwrap_or(Value::None), None, None)
}

fn sub_common(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    kw: &[(String, Value)],
) -> PyResult<(Value, usize)> {
    let [pattern, repl, string, count, flags] =
        Args::new(func, args, kw).take(["pattern", "repl", "string", "count", "flags"], 3)?;
    let flags = flags_of(vm, flags)?;
    let count = vm.opt_int(count, 0)?;
    let p = vm.pattern_arg(pattern.unwrap_or(Value::None), flags)?;
    vm.sub_impl(
        p,
        repl.unwrap_or(Value::None),
        string.unwrap_or(Value::None),
        count,
    )
}

fn sub(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    Ok(sub_common(vm, "sub", args, kw)?.0)
}

fn subn(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let (s, n) = sub_common(vm, "subn", args, kw)?;
    Ok(vm.new_tuple(vec![s, Value::Int(n as i64)]))
}

fn split(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    let [pattern, string, maxsplit, flags] =
        Args::new("split", args, kw).take(["pattern", "string", "maxsplit", "flags"], 2)?;
    let flags = flags_of(vm, flags)?;
    let maxsplit = vm.opt_int(maxsplit, 0)?;
    let p = vm.pattern_arg(pattern.unwrap_or(Value::None), flags)?;
    vm.split_impl(p, string.unwrap_or(Value::None), maxsplit)
}

fn escape(vm: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    no_kw("escape", kw)?;
    arity("escape", args, 1, 1)?;
    let Some(s) = vm.str_ref(args[0]) else {
        return Err(type_error(format!(
            "expected str, got {}",
            vm.type_name(args[0])
        )));
    };
    let e = re_syntax::escape(s);
    Ok(vm.new_str(e))
}

fn purge(_: &mut Vm, args: &[Value], kw: &[(String, Value)]) -> PyResult<Value> {
    // The cache is shared by every job in the process, so one job does not get to empty it.
    no_kw("purge", kw)?;
    arity("purge", args, 0, 0)?;
    Ok(Value::None)
}
