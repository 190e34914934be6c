//! Text conversions with CPython's exact output: float repr, string repr, the format-spec mini-language
//! (f-strings, `format`, `str.format`) and `%`-formatting.

use std::fmt::Write;

use num_bigint::BigInt;
use num_traits::Signed;

use crate::error::{exc, type_error, value_error, Exc, PyResult};
use crate::heap::Obj;
use crate::interp::Vm;
use crate::types::Ty;
use crate::value::Value;

/// CPython's default limit on int <-> decimal string conversion (sys.int_info.default_max_str_digits).
pub const MAX_STR_DIGITS: usize = 4300;

pub fn digits_error() -> Exc {
    value_error(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Shortest round-trip digits and decimal exponent of a finite, non-zero float: value = 0.DIGITS * 10^decpt.
fn shortest_digits(f: f64) -> (String, i32) {
    let mut s = format!("{:e}", f.abs());
    // Rust gives *a* shortest string that round-trips; CPython gives the one nearest the exact value, ties to
    // even. They differ only on exact ties, which need 16 or 17 digits: 0.0029802322387695312 is exactly
    // ...953125, and Rust rounded the tie up to ...313. Exact formatting to the same digit count rounds ties to
    // even; keep it when it still round-trips.
    let n = s.find('e').unwrap_or(s.len()) - usize::from(s.contains('.'));
    if n >= 16 {
        let exact = format!("{:.*e}", n - 1, f.abs());
        if exact != s && exact.parse::<f64>() == Ok(f.abs()) {
            s = exact;
        }
    }
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// `repr(float)` as CPython prints it.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, decpt) = shortest_digits(f);
    let mut out = String::new();
    if f < 0.0 {
        out.push('-');
    }
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        let _ = write!(out, "e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..(-decpt) {
            out.push('0');
        }
        out.push_str(&digits);
    } else if decpt as usize >= digits.len() {
        out.push_str(&digits);
        for _ in 0..(decpt as usize - digits.len()) {
            out.push('0');
        }
        out.push_str(".0");
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    out
}

/// Whether CPython's repr prints this character as is.
fn printable(c: char) -> bool {
    let u = c as u32;
    !(c.is_control()
        || u == 0xa0
        || u == 0xad
        || (0x2000..=0x200f).contains(&u)
        || (0x2028..=0x202f).contains(&u)
        || (0x205f..=0x206f).contains(&u)
        || u == 0x3000
        || u == 0xfeff
        || (0xe000..=0xf8ff).contains(&u)
        || (0xfff0..=0xfffb).contains(&u)
        || u >= 0xf0000)
}

/// `repr(str)`: CPython's quote choice and escapes.
pub fn str_repr(s: &str, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x7f || printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u <= 0xff {
                    let _ = write!(out, "\\x{u:02x}");
                } else if u <= 0xffff {
                    let _ = write!(out, "\\u{u:04x}");
                } else {
                    let _ = write!(out, "\\U{u:08x}");
                }
            }
        }
    }
    out.push(quote);
}

/// `ascii(obj)`-style escaping of a repr: everything non-ASCII escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u <= 0xff {
            let _ = write!(out, "\\x{u:02x}");
        } else if u <= 0xffff {
            let _ = write!(out, "\\u{u:04x}");
        } else {
            let _ = write!(out, "\\U{u:08x}");
        }
    }
    out
}

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Default, Clone)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

impl Spec {
    /// The fill and alignment in force: the `0` flag means a `0` fill (unless a fill is given) and, for
    /// numbers without an explicit alignment, `=` (sign first, then the zeros), as CPython 3.11 does.
    fn fill_and_align(&self, numeric: bool) -> (char, char) {
        let fill = self.fill.unwrap_or(if self.zero { '0' } else { ' ' });
        let align = self.align.unwrap_or(if self.zero && numeric {
            '='
        } else if numeric {
            '>'
        } else {
            '<'
        });
        (fill, align)
    }

    /// CPython's parse-time check of `,` and `_` against the presentation type: both with the decimal and
    /// float types (and no type), `_` alone with `b o x X`, neither with anything else.
    fn check_grouping(&self) -> PyResult<()> {
        let Some(sep) = self.grouping else {
            return Ok(());
        };
        match self.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(()),
            Some(t) => Err(value_error(format!("Cannot specify '{sep}' with '{t}'."))),
        }
    }
}

/// A number's text once its digits are known: `head` (sign and `0x`-style prefix), the integer digits
/// (no separators yet), and `rest` (fraction, exponent, `%`). Groups the digits every `every`, and when the
/// fill is `0` with `=` alignment grows the zero padding inside the grouping, as CPython does (`0,001,234`).
fn finish_number(spec: &Spec, head: &str, int_digits: &str, rest: &str, every: usize) -> String {
    let Some(sep) = spec.grouping else {
        return pad(spec, head, &format!("{int_digits}{rest}"), true);
    };
    let (fill, align) = spec.fill_and_align(true);
    let fixed = head.chars().count() + rest.chars().count();
    if fill == '0' && align == '=' && spec.width > fixed {
        let target = spec.width - fixed;
        let mut padded = int_digits.to_string();
        loop {
            let grouped = group(&padded, sep, every);
            if grouped.len() >= target {
                return format!("{head}{grouped}{rest}");
            }
            padded.insert(0, '0');
        }
    }
    pad(
        spec,
        head,
        &format!("{}{rest}", group(int_digits, sep, every)),
        true,
    )
}

fn parse_spec(spec: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let mut w = String::new();
    while i < chars.len() && chars[i].is_ascii_digit() {
        w.push(chars[i]);
        i += 1;
    }
    if !w.is_empty() {
        s.width = w
            .parse()
            .map_err(|_| value_error("Too many decimal digits in format string"))?;
        if s.width > 1 << 20 {
            return Err(value_error("Too many decimal digits in format string"));
        }
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let mut p = String::new();
        while i < chars.len() && chars[i].is_ascii_digit() {
            p.push(chars[i]);
            i += 1;
        }
        if p.is_empty() {
            return Err(value_error("Format specifier missing precision"));
        }
        let p: usize = p
            .parse()
            .map_err(|_| value_error("Too many decimal digits in format string"))?;
        if p > 10_000 {
            return Err(value_error("precision too big"));
        }
        s.precision = Some(p);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(value_error("Invalid format specifier"));
    }
    s.check_grouping()?;
    Ok(s)
}

/// Inserts grouping separators into a run of digits.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pads `body` (with sign/prefix `head` kept in front for `=` alignment) to the spec's width.
fn pad(spec: &Spec, head: &str, body: &str, numeric: bool) -> String {
    let len = head.chars().count() + body.chars().count();
    let (fill, align) = spec.fill_and_align(numeric);
    if len >= spec.width {
        return format!("{head}{body}");
    }
    let n = spec.width - len;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{head}{body}{}", fills(n)),
        '^' => format!("{}{head}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{head}{}{body}", fills(n)),
        _ => format!("{}{head}{body}", fills(n)),
    }
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// An int to format: machine-sized ones avoid bigint arithmetic.
enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntArg<'_> {
    fn negative(&self) -> bool {
        match self {
            IntArg::Small(i) => *i < 0,
            IntArg::Big(b) => b.is_negative(),
        }
    }

    /// The magnitude's digits in `radix` (2, 8, 10 or 16, lowercase).
    fn digits(&self, radix: u32) -> String {
        match self {
            IntArg::Small(i) => {
                let m = i.unsigned_abs();
                match radix {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                }
            }
            IntArg::Big(b) => b.abs().to_str_radix(radix),
        }
    }

    fn decimal_digits_estimate(&self) -> f64 {
        match self {
            IntArg::Small(_) => 19.0,
            IntArg::Big(b) => b.bits() as f64 * std::f64::consts::LOG10_2,
        }
    }

    fn as_char(&self) -> Option<char> {
        match self {
            IntArg::Small(i) => u32::try_from(*i).ok().and_then(char::from_u32),
            IntArg::Big(_) => None,
        }
    }
}

fn format_int(v: IntArg, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    let (prefix, digits) = match ty {
        'd' | 'n' => {
            if v.decimal_digits_estimate() > MAX_STR_DIGITS as f64 {
                return Err(digits_error());
            }
            ("", v.digits(10))
        }
        'b' => ("0b", v.digits(2)),
        'o' => ("0o", v.digits(8)),
        'x' => ("0x", v.digits(16)),
        'X' => ("0X", v.digits(16).to_uppercase()),
        'c' => {
            if spec.sign.is_some() {
                return Err(value_error(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if spec.alt {
                return Err(value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let c = v.as_char();
            let c = c.ok_or_else(|| exc(Ty::OverflowError, "%c arg not in range(0x110000)"))?;
            return Ok(pad(spec, "", &c.to_string(), true));
        }
        _ => unreachable_code(ty, "int")?,
    };
    let mut head = sign_str(v.negative(), spec.sign).to_string();
    if spec.alt {
        head.push_str(prefix);
    }
    let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
    Ok(finish_number(spec, &head, &digits, "", every))
}

fn unreachable_code<T>(ty: char, what: &str) -> PyResult<T> {
    Err(value_error(format!(
        "Unknown format code '{ty}' for object of type '{what}'"
    )))
}

/// Formats `x` with Rust's exact decimal expansion in exponent form, CPython style (`1.50e+03`).
fn exp_format(x: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, x);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!(
        "{m}{}{}{:02}",
        if upper { 'E' } else { 'e' },
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

fn strip_zeros(s: &str) -> String {
    if let Some((m, e)) = s.split_once(['e', 'E']) {
        let sep = if s.contains('E') { 'E' } else { 'e' };
        let m = if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.')
        } else {
            m
        };
        format!("{m}{sep}{e}")
    } else if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// The `g` presentation: fixed or exponent notation depending on the exponent after rounding.
fn general_format(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    let p = prec.max(1);
    if x == 0.0 {
        let s = if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".into()
        };
        return if x.is_sign_negative() {
            format!("-{s}")
        } else {
            s
        };
    }
    let e = exp_format(x, p - 1, false);
    let exp: i32 = e
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let s = if -4 <= exp && exp < p as i32 {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, x)
    } else {
        exp_format(x, p - 1, upper)
    };
    if alt {
        s
    } else {
        strip_zeros(&s)
    }
}

fn format_float(x: f64, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty;
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let neg = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let mut body = if a.is_nan() || a.is_infinite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        let s = if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        if ty == Some('%') {
            format!("{s}%")
        } else {
            s
        }
    } else {
        match ty {
            None => match spec.precision {
                None => with_point(float_repr(a), spec.alt),
                Some(p) => {
                    // CPython: like `g`, but switching to an exponent one digit sooner (it keeps room for
                    // the `.0` it adds to a whole number).
                    let p = p.max(1);
                    let e = exp_format(a, p - 1, false);
                    let exp: i32 = e
                        .split_once('e')
                        .and_then(|(_, e)| e.parse().ok())
                        .unwrap_or(0);
                    let s = if -4 <= exp && exp < p as i32 - 1 {
                        format!("{:.*}", (p as i32 - 1 - exp) as usize, a)
                    } else {
                        e
                    };
                    let s = if spec.alt { s } else { strip_zeros(&s) };
                    if s.contains(['.', 'e']) {
                        with_point(s, spec.alt)
                    } else {
                        format!("{s}.0")
                    }
                }
            },
            Some('f' | 'F') => {
                let s = format!("{:.*}", spec.precision.unwrap_or(6), a);
                if spec.alt && !s.contains('.') {
                    format!("{s}.")
                } else {
                    s
                }
            }
            Some('e' | 'E') => {
                with_point(exp_format(a, spec.precision.unwrap_or(6), upper), spec.alt)
            }
            Some('g' | 'G' | 'n') => with_point(
                general_format(a, spec.precision.unwrap_or(6), upper, spec.alt),
                spec.alt,
            ),
            Some('%') => with_point(
                format!("{:.*}%", spec.precision.unwrap_or(6), a * 100.0),
                spec.alt,
            ),
            Some(c) => return unreachable_code(c, "float"),
        }
    };
    let head = sign_str(neg, spec.sign);
    if !a.is_finite() {
        // `inf` and `nan` have no digits to group, even under zero padding.
        return Ok(pad(spec, head, &body, true));
    }
    let end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let rest = body.split_off(end);
    Ok(finish_number(spec, head, &body, &rest, 3))
}

/// The `#` form: a decimal point even when no digits follow it (`7.`, `7.e+00`, `700.%`).
fn with_point(s: String, alt: bool) -> String {
    if !alt || s.contains('.') || s.starts_with(['i', 'n', 'I', 'N']) {
        return s;
    }
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    format!("{}.{}", &s[..end], &s[end..])
}

fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    if let Some(c) = spec.ty.filter(|c| *c != 's') {
        return unreachable_code(c, "str");
    }
    if let Some(sep) = spec.grouping {
        return Err(value_error(format!("Cannot specify '{sep}' with 's'.")));
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.alt {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(spec, "", &body, false))
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if self.user_dunder(v).is_some() {
            let spec_value = self.new_str(spec);
            if let Some(r) = self.call_dunder(v, "__format__", &[spec_value])? {
                return match self.str_ref(r) {
                    Some(s) => Ok(s.to_string()),
                    None => Err(type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(r)
                    ))),
                };
            }
            if let Some(p) = self.payload(v) {
                // str.__format__ without a width or precision is the object's own text: its `__str__`.
                let chars = self.exact_str_ref(p).map(|t| t.chars().count());
                let plain_text = chars.is_some_and(|n| {
                    parse_spec(spec).is_ok_and(|sp| sp.width <= n && sp.precision.is_none())
                });
                if plain_text {
                    return self.str_of(v);
                }
                if !spec.is_empty() {
                    return self.format_value(p, spec);
                }
            }
            if !spec.is_empty() {
                return Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                )));
            }
        }
        if spec.is_empty() {
            return self.str_of(v);
        }
        let sp = parse_spec(spec)?;
        match v {
            Value::Int(_) | Value::Bool(_) => {
                if matches!(sp.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
                    let f = self.to_f64(v)?.unwrap_or(0.0);
                    return format_float(f, &sp);
                }
                if let (Value::Bool(b), None) = (v, sp.ty) {
                    if sp.width == 0 {
                        return Ok(if b { "True".into() } else { "False".into() });
                    }
                }
                let i = match v {
                    Value::Int(i) => i,
                    Value::Bool(b) => b as i64,
                    _ => 0,
                };
                format_int(IntArg::Small(i), &sp)
            }
            Value::Float(f) => format_float(f, &sp),
            Value::Obj(h) => match self.heap.get(h) {
                Obj::BigInt(b) => {
                    if matches!(sp.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
                        let f = crate::arith::bigint_to_f64(b)?;
                        return format_float(f, &sp);
                    }
                    format_int(IntArg::Big(b), &sp)
                }
                Obj::Str(s) => {
                    let s = s.s.to_string();
                    format_str(&s, &sp)
                }
                _ => Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                ))),
            },
            _ => Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                self.type_name(v)
            ))),
        }
    }

    /// An f-string replacement field: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`) then the format spec.
    pub(crate) fn format_field(
        &mut self,
        v: Value,
        conv: u8,
        spec: Option<Value>,
    ) -> PyResult<String> {
        let spec = match spec {
            Some(s) => self.str_ref(s).unwrap_or("").to_string(),
            None => String::new(),
        };
        let v = match conv {
            0 => v,
            1 => {
                let s = self.str_of(v)?;
                self.new_str(s)
            }
            2 => {
                let s = self.repr(v)?;
                self.new_str(s)
            }
            _ => {
                let s = self.repr(v)?;
                let s = ascii_escape(&s);
                self.new_str(s)
            }
        };
        if spec.is_empty() {
            if let Some(s) = self.exact_str_ref(v) {
                return Ok(s.to_string());
            }
        }
        self.format_value(v, &spec)
    }

    /// `fmt % args`.
    /// The next argument of a `%` format as a `*` width or precision.
    fn star_arg(&self, items: &[Value], next: &mut usize, mapping: Option<Value>) -> PyResult<i64> {
        if mapping.is_some() {
            return Err(type_error("not enough arguments for format string"));
        }
        let v = items
            .get(*next)
            .copied()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        *next += 1;
        match v {
            Value::Int(n) => Ok(n),
            Value::Bool(b) => Ok(b as i64),
            _ => Err(type_error("* wants int")),
        }
    }

    /// `%.3d` / `%#.4x`: at least `prec` digits (zero-padded), then the width, as C's printf and CPython do.
    fn int_with_precision(
        &mut self,
        n: Value,
        conv: char,
        flags: &str,
        width: &str,
        prec: &str,
    ) -> PyResult<String> {
        let mut spec = String::new();
        if flags.contains('+') {
            spec.push('+');
        } else if flags.contains(' ') {
            spec.push(' ');
        }
        if flags.contains('#') {
            spec.push('#');
        }
        spec.push(conv);
        let plain = self.format_value(n, &spec)?;
        let sign_len = usize::from(plain.starts_with(['+', '-', ' ']));
        let prefix_len = sign_len
            + if flags.contains('#') && plain[sign_len..].starts_with('0') && conv != 'd' {
                2
            } else {
                0
            };
        let (head, digits) = plain.split_at(prefix_len);
        let prec: usize = prec.parse().unwrap_or(0);
        let width: usize = width.parse().unwrap_or(0);
        self.charge_fuel((prec.max(width) / 64) as u64)?;
        self.heap
            .check_room(prec.max(width))
            .map_err(|_| crate::error::memory_limit())?;
        let mut body = String::with_capacity(prec.max(width) + head.len());
        body.push_str(head);
        body.extend(std::iter::repeat_n('0', prec.saturating_sub(digits.len())));
        body.push_str(digits);
        let pad = width.saturating_sub(body.chars().count());
        Ok(if flags.contains('-') {
            body + &" ".repeat(pad)
        } else if flags.contains('0') {
            format!("{head}{}{}", "0".repeat(pad), &body[head.len()..])
        } else {
            " ".repeat(pad) + &body
        })
    }

    pub(crate) fn percent_format(&mut self, fmt: &str, args: Value) -> PyResult<Value> {
        // An instance of a tuple subclass (a namedtuple) supplies its items, as a tuple does.
        let args = match self.payload(args) {
            Some(Value::Obj(p)) if matches!(self.heap.get(p), Obj::Tuple(_)) => Value::Obj(p),
            _ => args,
        };
        let (items, mapping) = match args {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Tuple(t) => (t.to_vec(), None),
                Obj::Dict(_) => (vec![args], Some(args)),
                _ => (vec![args], None),
            },
            _ => (vec![args], None),
        };
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut next = 0usize;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut key = None;
            if i < chars.len() && chars[i] == '(' {
                let end = chars[i..].iter().position(|c| *c == ')').map(|p| p + i);
                let Some(end) = end else {
                    return Err(value_error("incomplete format key"));
                };
                key = Some(chars[i + 1..end].iter().collect::<String>());
                i = end + 1;
            }
            let mut flags = String::new();
            while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
                flags.push(chars[i]);
                i += 1;
            }
            let mut width = String::new();
            if chars.get(i) == Some(&'*') {
                // `%*d`: the width is the next argument; a negative one left-aligns.
                i += 1;
                let w = self.star_arg(&items, &mut next, mapping)?;
                if w < 0 {
                    flags.push('-');
                }
                width = w.unsigned_abs().to_string();
            } else {
                while i < chars.len() && chars[i].is_ascii_digit() {
                    width.push(chars[i]);
                    i += 1;
                }
            }
            let mut prec = None;
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                let mut p = String::new();
                if chars.get(i) == Some(&'*') {
                    i += 1;
                    p = self
                        .star_arg(&items, &mut next, mapping)?
                        .max(0)
                        .to_string();
                } else {
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        p.push(chars[i]);
                        i += 1;
                    }
                }
                prec = Some(p);
            }
            let Some(&conv) = chars.get(i) else {
                return Err(value_error("incomplete format"));
            };
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let arg = match (&key, mapping) {
                (Some(k), Some(m)) => {
                    let kv = self.new_str(k.as_str());
                    match self.dict_get(m, kv)? {
                        Some(v) => v,
                        None => return Err(Exc::Args(Ty::KeyError, vec![kv])),
                    }
                }
                (Some(_), None) => return Err(type_error("format requires a mapping")),
                _ => {
                    let v = items.get(next).copied();
                    next += 1;
                    v.ok_or_else(|| type_error("not enough arguments for format string"))?
                }
            };
            let mut spec = String::new();
            let left = flags.contains('-');
            if left {
                spec.push('<');
            }
            if flags.contains('+') {
                spec.push('+');
            } else if flags.contains(' ') {
                spec.push(' ');
            }
            if flags.contains('#') {
                spec.push('#');
            }
            if flags.contains('0') && !left {
                spec.push('0');
            }
            spec.push_str(&width);
            if let Some(p) = &prec {
                spec.push('.');
                spec.push_str(if p.is_empty() { "0" } else { p });
            }
            let piece = match conv {
                's' | 'r' | 'a' => {
                    let s = match conv {
                        's' => self.str_of(arg)?,
                        'r' => self.repr(arg)?,
                        _ => ascii_escape(&self.repr(arg)?),
                    };
                    let sv = self.new_str(s);
                    // %-formatting right-aligns text unless `-` is given (format specs left-align it);
                    // the numeric flags do not apply to text.
                    let mut text_spec = String::from(if left { "<" } else { ">" });
                    text_spec.push_str(&width);
                    if let Some(p) = &prec {
                        text_spec.push('.');
                        text_spec.push_str(if p.is_empty() { "0" } else { p });
                    }
                    self.format_value(sv, &text_spec)?
                }
                'd' | 'i' | 'u' => {
                    // An int or float subclass formats its own value (its `__index__` is not asked).
                    let number_base = self.number_payload(arg);
                    let arg = match number_base {
                        Some(p) => p,
                        None => match self.call_dunder(arg, "__index__", &[])? {
                            Some(n) => n,
                            None => self.unwrap_payload(arg),
                        },
                    };
                    let n = match arg {
                        Value::Float(f) => {
                            if !f.is_finite() {
                                return Err(exc(
                                    Ty::OverflowError,
                                    "cannot convert float infinity to integer",
                                ));
                            }
                            self.bigint(crate::arith::float_to_bigint(f.trunc()))
                        }
                        Value::Int(_) | Value::Bool(_) => arg,
                        Value::Obj(h) if matches!(self.heap.get(h), Obj::BigInt(_)) => arg,
                        _ => {
                            return Err(type_error(format!(
                                "%{conv} format: a real number is required, not {}",
                                self.type_name(arg)
                            )))
                        }
                    };
                    match &prec {
                        Some(p) => self.int_with_precision(n, 'd', &flags, &width, p)?,
                        None => self.format_value(n, &format!("{spec}d"))?,
                    }
                }
                'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' => {
                    let stand_in = if matches!(conv, 'x' | 'X' | 'o' | 'c') {
                        "__index__"
                    } else {
                        "__float__"
                    };
                    let number_base = self.number_payload(arg);
                    let arg = match number_base {
                        Some(p) => p,
                        None => match self.call_dunder(arg, stand_in, &[])? {
                            Some(n) => n,
                            None => self.unwrap_payload(arg),
                        },
                    };
                    let ok = matches!(arg, Value::Int(_) | Value::Bool(_) | Value::Float(_))
                        || matches!(arg, Value::Obj(h) if matches!(self.heap.get(h), Obj::BigInt(_)))
                        || (conv == 'c' && self.str_ref(arg).is_some());
                    if !ok {
                        return Err(type_error(format!(
                            "%{conv} format: a real number is required, not {}",
                            self.type_name(arg)
                        )));
                    }
                    if conv == 'c' {
                        if let Some(s) = self.str_ref(arg) {
                            let sv = self.new_str(s.to_string());
                            let align = if left { "<" } else { ">" };
                            self.format_value(sv, &format!("{align}{width}"))?
                        } else {
                            let align = if left { "<" } else { ">" };
                            self.format_value(arg, &format!("{align}{width}c"))?
                        }
                    } else if matches!(conv, 'x' | 'X' | 'o') && matches!(arg, Value::Float(_)) {
                        return Err(type_error(format!(
                            "%{conv} format: an integer is required, not float"
                        )));
                    } else if let (Some(p), 'x' | 'X' | 'o') = (&prec, conv) {
                        self.int_with_precision(arg, conv, &flags, &width, p)?
                    } else {
                        self.format_value(arg, &format!("{spec}{conv}"))?
                    }
                }
                other => {
                    return Err(value_error(format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        i - 1
                    )))
                }
            };
            out.push_str(&piece);
        }
        if mapping.is_none() && next < items.len() {
            return Err(type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Ok(self.new_str(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_cpython() {
        let cases = [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (1.5, "1.5"),
            (123456789.125, "123456789.125"),
            (1e300 * 10.0, "1e+301"),
            (2.5e-7, "2.5e-07"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want);
        }
    }

    #[test]
    fn str_repr_quotes_like_cpython() {
        let mut s = String::new();
        str_repr("it's", &mut s);
        assert_eq!(s, "\"it's\"");
        s.clear();
        str_repr("a\"b'c\n\x00é", &mut s);
        assert_eq!(s, "'a\"b\\'c\\n\\x00é'");
    }

    #[test]
    fn float_specs() {
        let f =
            |x: f64, spec: &str| format_float(x, &parse_spec(spec).expect("spec")).expect("fmt");
        assert_eq!(f(1.23456, ".2f"), "1.23");
        assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(f(0.5, ".0%"), "50%");
        assert_eq!(f(12345.678, ".3e"), "1.235e+04");
        assert_eq!(f(0.00001234, "g"), "1.234e-05");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(-2.5, "08.2f"), "-0002.50");
        assert_eq!(f(2.5, "^9.1f"), "   2.5   ");
    }
}
