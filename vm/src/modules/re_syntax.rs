//! Python regular-expression syntax, rewritten for fancy-regex, and `re.sub` replacement templates.
//!
//! fancy-regex (over the regex crate) already reads most of Python's syntax: `(?P<name>...)`, `(?P=name)`,
//! lookaround, atomic groups, possessive quantifiers, `\1`. What differs is rewritten here, so a pattern
//! means what CPython's `re` says it means:
//!
//! - `$` without MULTILINE matches at the end *or before a final newline*; the regex crate's `$` only at
//!   the end. Such patterns get a second translation for subjects that end with a newline (see
//!   `Translated::newline_source`). `\Z` is the regex crate's `\z`.
//! - Inside a class, `[` is a literal in Python but a nested class in the regex crate, and `&&`, `~~`, `--`
//!   are set operations there; they are escaped.
//! - A `{` that does not start a valid quantifier is a literal in Python and an error in the regex crate;
//!   `{,n}` means `{0,n}`.
//! - `\<`, `\>` are literals in Python and word boundaries in the regex crate; octal escapes exist only in
//!   Python; `(?#...)` comments are dropped; the `a`, `u` and `L` inline flags are read here.
//! - VERBOSE is applied here rather than passed on, because Python keeps whitespace inside classes.
//! - ASCII narrows `\d`, `\w`, `\s`, `\b` to ASCII.
//!
//! Errors carry CPython's wording where we detect them ourselves ("bad escape \q at position 3").

/// Python's flag values (`re.IGNORECASE` and friends).
pub const IGNORECASE: i64 = 2;
pub const LOCALE: i64 = 4;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;
pub const UNICODE: i64 = 32;
pub const VERBOSE: i64 = 64;
pub const ASCII: i64 = 256;

/// A pattern rewritten for fancy-regex, and the flags in effect (arguments plus leading inline flags).
pub struct Translated {
    /// For subjects that do not end with a newline, where Python's `$` is the regex crate's `$`.
    pub source: String,
    /// For subjects that end with one, when the pattern has a `$` outside MULTILINE: there `$` also
    /// matches before that final newline, which needs a lookahead and so fancy-regex's backtracking
    /// engine. Kept apart so that patterns with `$` stay on the automata for every other subject.
    pub newline_source: Option<String>,
    pub flags: i64,
}

/// Rewrites `pattern` (compiled with `flags`) for fancy-regex.
pub fn translate(pattern: &str, flags: i64) -> Result<Translated, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut flags = flags;
    let mut i = 0;
    // Leading inline flags apply to the whole pattern: read them here, as the rewrite depends on them.
    while let Some((f, len)) = leading_flags(&chars[i..]) {
        flags |= f;
        i += len;
    }
    if flags & ASCII != 0 && flags & UNICODE != 0 {
        return Err("ASCII and UNICODE flags are incompatible".into());
    }
    if flags & LOCALE != 0 {
        return Err("cannot use LOCALE flag with a str pattern".into());
    }
    let mut out = String::with_capacity(pattern.len() + 8);
    if flags & IGNORECASE != 0 {
        out.push_str("(?i)");
    }
    if flags & MULTILINE != 0 {
        out.push_str("(?m)");
    }
    if flags & DOTALL != 0 {
        out.push_str("(?s)");
    }
    let mut t = Translator {
        chars: &chars,
        verbose: flags & VERBOSE != 0,
        ascii: flags & ASCII != 0,
        multiline: flags & MULTILINE != 0,
        dollar_before_newline: false,
        saw_dollar: std::cell::Cell::new(false),
    };
    let prefix = out.clone();
    t.run(i, &mut out)?;
    let newline_source = if t.saw_dollar.get() {
        t.dollar_before_newline = true;
        let mut nl = prefix;
        t.run(i, &mut nl)?;
        Some(nl)
    } else {
        None
    };
    Ok(Translated {
        source: out,
        newline_source,
        flags: if flags & ASCII == 0 {
            flags | UNICODE
        } else {
            flags
        },
    })
}

/// `(?imsx)`-style global flags at `chars`' start: their bits and length. Scoped `(?i:...)` is not one.
fn leading_flags(chars: &[char]) -> Option<(i64, usize)> {
    if chars.len() < 3 || chars[0] != '(' || chars[1] != '?' {
        return None;
    }
    let mut bits = 0;
    for (k, c) in chars[2..].iter().enumerate() {
        bits |= match c {
            'i' => IGNORECASE,
            'L' => LOCALE,
            'm' => MULTILINE,
            's' => DOTALL,
            'u' => UNICODE,
            'x' => VERBOSE,
            'a' => ASCII,
            ')' if k > 0 => return Some((bits, k + 3)),
            _ => return None,
        };
    }
    None
}

struct Translator<'a> {
    chars: &'a [char],
    verbose: bool,
    ascii: bool,
    multiline: bool,
    /// Whether `$` (outside MULTILINE) is written to also match before a final newline.
    dollar_before_newline: bool,
    saw_dollar: std::cell::Cell<bool>,
}

impl Translator<'_> {
    fn run(&self, mut i: usize, out: &mut String) -> Result<(), String> {
        let c = self.chars;
        while i < c.len() {
            let ch = c[i];
            match ch {
                '\\' => i = self.escape(i, false, out)?,
                '[' => i = self.class(i, out)?,
                '$' => {
                    if !self.multiline {
                        self.saw_dollar.set(true);
                    }
                    out.push_str(if self.multiline || !self.dollar_before_newline {
                        "$"
                    } else {
                        r"(?:\z|(?=\n\z))"
                    });
                    i += 1;
                }
                '{' => {
                    match quantifier(&c[i..]) {
                        Some((text, len)) => {
                            out.push_str(&text);
                            i += len;
                        }
                        None => {
                            out.push_str(r"\{");
                            i += 1;
                        }
                    }
                    continue;
                }
                '}' => {
                    out.push_str(r"\}");
                    i += 1;
                }
                '(' if c.get(i + 1) == Some(&'?') && c.get(i + 2) == Some(&'#') => {
                    // A comment group: dropped up to its `)`.
                    match c[i..].iter().position(|&x| x == ')') {
                        Some(end) => i += end + 1,
                        None => {
                            return Err(format!("missing ), unterminated comment at position {i}"))
                        }
                    }
                }
                '(' if c.get(i + 1) == Some(&'?') => {
                    // Inline flags in the middle (`(?i:...)` or a misplaced `(?i)`): drop the letters the
                    // regex crate does not know; the rest passes on.
                    let mut j = i + 2;
                    let mut kept = String::from("(?");
                    let mut is_flags = false;
                    while j < c.len() && "aiLmsux-".contains(c[j]) {
                        is_flags = true;
                        if !"aLu".contains(c[j]) {
                            kept.push(c[j]);
                        }
                        j += 1;
                    }
                    if is_flags && j < c.len() && (c[j] == ':' || c[j] == ')') {
                        if c[j] == ')' && kept == "(?" {
                            i = j + 1;
                        } else {
                            out.push_str(&kept);
                            i = j;
                        }
                    } else {
                        out.push_str("(?");
                        i += 2;
                    }
                }
                c0 if self.verbose && c0.is_whitespace() => i += 1,
                '#' if self.verbose => {
                    while i < c.len() && c[i] != '\n' {
                        i += 1;
                    }
                }
                _ => {
                    out.push(ch);
                    i += 1;
                }
            }
        }
        Ok(())
    }

    /// A character class starting at `[` (index `start`); returns the index after its `]`.
    fn class(&self, start: usize, out: &mut String) -> Result<usize, String> {
        let c = self.chars;
        let mut i = start + 1;
        out.push('[');
        if c.get(i) == Some(&'^') {
            out.push('^');
            i += 1;
        }
        // A `]` first in the class is a literal.
        if c.get(i) == Some(&']') {
            out.push_str(r"\]");
            i += 1;
        }
        while i < c.len() {
            match c[i] {
                ']' => {
                    out.push(']');
                    return Ok(i + 1);
                }
                '\\' => i = self.escape(i, true, out)?,
                '[' | '&' | '~' | '#' | ' ' => {
                    out.push('\\');
                    out.push(c[i]);
                    i += 1;
                }
                '-' if c.get(i + 1) == Some(&'-') => {
                    out.push_str(r"\-");
                    i += 1;
                }
                ch if ch.is_whitespace() || ch.is_control() => {
                    push_code_point(ch, out);
                    i += 1;
                }
                ch => {
                    out.push(ch);
                    i += 1;
                }
            }
        }
        Err(format!("unterminated character set at position {start}"))
    }

    /// An escape starting at `\` (index `start`); returns the index after it.
    fn escape(&self, start: usize, in_class: bool, out: &mut String) -> Result<usize, String> {
        let c = self.chars;
        let Some(&e) = c.get(start + 1) else {
            return Err(format!("bad escape (end of pattern) at position {start}"));
        };
        let mut i = start + 2;
        match e {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' if self.ascii => {
                let (set, negated) = match e {
                    'd' => ("0-9", false),
                    'D' => ("0-9", true),
                    'w' => ("0-9A-Za-z_", false),
                    'W' => ("0-9A-Za-z_", true),
                    's' => (r"\t\n\x0B\x0C\r ", false),
                    _ => (r"\t\n\x0B\x0C\r ", true),
                };
                if in_class && !negated {
                    out.push_str(set);
                } else if in_class {
                    // A negated ASCII class inside a class: the Unicode form, the closest the regex crate
                    // can express there.
                    out.push('\\');
                    out.push(e);
                } else {
                    out.push_str(if negated { "[^" } else { "[" });
                    out.push_str(set);
                    out.push(']');
                }
            }
            'b' | 'B' if self.ascii && !in_class => {
                out.push_str(if e == 'b' { r"(?-u:\b)" } else { r"(?-u:\B)" })
            }
            'b' if in_class => out.push_str(r"\x08"),
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                out.push('\\');
                out.push(e);
            }
            'A' | 'b' | 'B' if !in_class => {
                out.push('\\');
                out.push(e);
            }
            'Z' if !in_class => out.push_str(r"\z"),
            'n' | 't' | 'r' | 'f' | 'v' | 'a' => {
                out.push('\\');
                out.push(e);
            }
            'x' | 'u' | 'U' => {
                let digits = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = c[i..].iter().take(digits).collect();
                if hex.len() != digits || !hex.chars().all(|h| h.is_ascii_hexdigit()) {
                    return Err(format!("incomplete escape \\{e}{hex} at position {start}"));
                }
                let code = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
                let Some(ch) = char::from_u32(code) else {
                    return Err(format!("bad escape \\{e}{hex} at position {start}"));
                };
                push_code_point(ch, out);
                i += digits;
            }
            '0' => {
                // Up to two more octal digits.
                let mut code = 0u32;
                let mut n = 0;
                while n < 2 && i < c.len() && ('0'..='7').contains(&c[i]) {
                    code = code * 8 + c[i] as u32 - '0' as u32;
                    i += 1;
                    n += 1;
                }
                push_code_point(char::from_u32(code).unwrap_or('\0'), out);
            }
            '1'..='9' => {
                let octal: String = c[start + 1..].iter().take(3).collect();
                if octal.len() == 3 && octal.chars().all(|d| ('0'..='7').contains(&d)) {
                    let code = u32::from_str_radix(&octal, 8).unwrap_or(0);
                    if code > 0o377 {
                        return Err(format!(
                            "octal escape value \\{octal} outside of range 0-0o377 at position {start}"
                        ));
                    }
                    push_code_point(char::from_u32(code).unwrap_or('\0'), out);
                    i = start + 4;
                } else if in_class {
                    return Err(format!("bad escape \\{e} at position {start}"));
                } else {
                    // A group reference: one or two digits.
                    out.push('\\');
                    out.push(e);
                    if let Some(&d) = c.get(i) {
                        if d.is_ascii_digit() {
                            out.push(d);
                            i += 1;
                        }
                    }
                }
            }
            ch if ch.is_ascii_alphanumeric() => {
                return Err(format!("bad escape \\{ch} at position {start}"));
            }
            ch => push_literal(ch, out),
        }
        Ok(i)
    }
}

/// A valid `{m}`, `{m,}`, `{,n}`, `{m,n}` at `chars`' start (with an optional lazy or possessive suffix
/// left to the caller): the rewritten text and its length.
fn quantifier(chars: &[char]) -> Option<(String, usize)> {
    let close = chars.iter().position(|&c| c == '}')?;
    let inner: String = chars[1..close].iter().collect();
    let (lo, hi) = match inner.split_once(',') {
        Some((lo, hi)) => (lo, Some(hi)),
        None => (inner.as_str(), None),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !digits(lo) || !hi.is_none_or(digits) || (lo.is_empty() && hi.is_none()) {
        return None;
    }
    let lo = if lo.is_empty() { "0" } else { lo };
    let text = match hi {
        None => format!("{{{lo}}}"),
        Some(hi) => format!("{{{lo},{hi}}}"),
    };
    Some((text, close + 1))
}

/// A literal character, escaped when the regex crate would read it as syntax.
fn push_literal(ch: char, out: &mut String) {
    if ch.is_whitespace() || ch.is_control() {
        push_code_point(ch, out);
    } else if ch.is_ascii_punctuation() && ch != '<' && ch != '>' {
        out.push('\\');
        out.push(ch);
    } else {
        out.push(ch);
    }
}

fn push_code_point(ch: char, out: &mut String) {
    use std::fmt::Write;
    let _ = write!(out, "\\x{{{:X}}}", ch as u32);
}

/// One piece of a `re.sub` replacement template.
#[derive(Debug, PartialEq)]
pub enum Piece {
    Text(String),
    Group(usize),
}

/// Parses a replacement template (`\1`, `\g<2>`, `\g<name>`, and the usual character escapes);
/// `group_index` resolves a group name, `groups` is the number of groups.
pub fn parse_template(
    template: &str,
    groups: usize,
    group_index: impl Fn(&str) -> Option<usize>,
) -> Result<Vec<Piece>, String> {
    let c: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    let bad_group = |g: usize, pos: usize| format!("invalid group reference {g} at position {pos}");
    while i < c.len() {
        if c[i] != '\\' {
            text.push(c[i]);
            i += 1;
            continue;
        }
        let Some(&e) = c.get(i + 1) else {
            return Err(format!("bad escape (end of pattern) at position {i}"));
        };
        let start = i;
        i += 2;
        match e {
            'g' => {
                if c.get(i) != Some(&'<') {
                    return Err(format!("missing < at position {i}"));
                }
                let Some(close) = c[i..].iter().position(|&x| x == '>') else {
                    return Err(format!(
                        "missing >, unterminated name at position {}",
                        i + 1
                    ));
                };
                let name: String = c[i + 1..i + close].iter().collect();
                if name.is_empty() {
                    return Err(format!("missing group name at position {}", i + 1));
                }
                let g = if name.chars().all(|d| d.is_ascii_digit()) {
                    let g = name.parse::<usize>().unwrap_or(usize::MAX);
                    if g > groups {
                        return Err(bad_group(g, i + 1));
                    }
                    g
                } else {
                    match group_index(&name) {
                        Some(g) => g,
                        None if name
                            .chars()
                            .next()
                            .is_some_and(|f| f.is_alphabetic() || f == '_')
                            && name.chars().all(|f| f.is_alphanumeric() || f == '_') =>
                        {
                            return Err(format!("unknown group name '{name}'"))
                        }
                        None => {
                            return Err(format!(
                                "bad character in group name '{name}' at position {}",
                                i + 1
                            ))
                        }
                    }
                };
                flush(&mut text, &mut pieces);
                pieces.push(Piece::Group(g));
                i += close + 1;
            }
            '0' => {
                let mut code = 0u32;
                let mut n = 0;
                while n < 2 && i < c.len() && ('0'..='7').contains(&c[i]) {
                    code = code * 8 + c[i] as u32 - '0' as u32;
                    i += 1;
                    n += 1;
                }
                text.push(char::from_u32(code).unwrap_or('\0'));
            }
            '1'..='9' => {
                let octal: String = c[start + 1..].iter().take(3).collect();
                if octal.len() == 3 && octal.chars().all(|d| ('0'..='7').contains(&d)) {
                    let code = u32::from_str_radix(&octal, 8).unwrap_or(0);
                    text.push(char::from_u32(code).unwrap_or('\0'));
                    i = start + 4;
                } else {
                    let mut g = e as usize - '0' as usize;
                    if let Some(&d) = c.get(i) {
                        if d.is_ascii_digit() {
                            g = g * 10 + (d as usize - '0' as usize);
                            i += 1;
                        }
                    }
                    if g > groups {
                        return Err(bad_group(g, start + 1));
                    }
                    flush(&mut text, &mut pieces);
                    pieces.push(Piece::Group(g));
                }
            }
            'n' => text.push('\n'),
            't' => text.push('\t'),
            'r' => text.push('\r'),
            'f' => text.push('\x0c'),
            'v' => text.push('\x0b'),
            'a' => text.push('\x07'),
            'b' => text.push('\x08'),
            '\\' => text.push('\\'),
            ch if ch.is_ascii_alphanumeric() => {
                return Err(format!("bad escape \\{ch} at position {start}"))
            }
            ch => {
                text.push('\\');
                text.push(ch);
            }
        }
    }
    flush(&mut text, &mut pieces);
    Ok(pieces)
}

fn flush(text: &mut String, pieces: &mut Vec<Piece>) {
    if !text.is_empty() {
        pieces.push(Piece::Text(std::mem::take(text)));
    }
}

/// `re.escape`: every character that could be syntax, backslashed (CPython's set).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for ch in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(ch) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(p: &str) -> String {
        translate(p, 0)
            .map(|t| t.source)
            .unwrap_or_else(|e| format!("ERR {e}"))
    }

    #[test]
    fn rewrites_what_differs() {
        assert_eq!(tr(r"a$"), r"a$");
        assert_eq!(
            translate("a$", 0)
                .ok()
                .and_then(|t| t.newline_source)
                .as_deref(),
            Some(r"a(?:\z|(?=\n\z))")
        );
        assert_eq!(tr(r"a\Z"), r"a\z");
        assert_eq!(tr(r"[[a]"), r"[\[a]");
        assert_eq!(tr(r"[]a]"), r"[\]a]");
        assert_eq!(tr(r"a{,3}"), r"a{0,3}");
        assert_eq!(tr(r"{x}"), r"\{x\}");
        assert_eq!(tr(r"a(?#note)b"), "ab");
        assert_eq!(tr(r"\<"), "<");
        assert_eq!(tr(r"\q"), r"ERR bad escape \q at position 0");
        assert_eq!(tr(r"(?x) a b # c"), "ab");
        assert_eq!(tr(r"(?x)[ ]"), r"[\ ]");
        assert_eq!(
            translate("(?i)a", 0).map(|t| t.flags).ok(),
            Some(IGNORECASE | UNICODE)
        );
    }

    #[test]
    fn templates() {
        let p = parse_template(r"<\1|\g<name>|\n>", 2, |n| (n == "name").then_some(2)).ok();
        assert_eq!(
            p,
            Some(vec![
                Piece::Text("<".into()),
                Piece::Group(1),
                Piece::Text("|".into()),
                Piece::Group(2),
                Piece::Text("|\n>".into()),
            ])
        );
        assert!(parse_template(r"\3", 2, |_| None).is_err());
        assert!(parse_template(r"\g<x>", 2, |_| None).is_err());
    }
}
