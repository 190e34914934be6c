//! Decoding of Python literals: string escapes and prefixes, ints (with bigints), floats.

/// The prefix flags of a string literal.
#[derive(Clone, Copy, Debug, Default)]
pub struct StrPrefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

pub fn parse_prefix(start_token: &str) -> StrPrefix {
    let mut p = StrPrefix::default();
    for c in start_token.chars().take_while(|c| c.is_ascii_alphabetic()) {
        match c.to_ascii_lowercase() {
            'r' => p.raw = true,
            'b' => p.bytes = true,
            'f' => p.fstring = true,
            _ => {}
        }
    }
    p
}

/// Decodes backslash escapes (non-raw strings). Returns an error message for an escape nPython cannot decode.
pub fn unescape(s: &str, fstring: bool) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if fstring && (c == '{' || c == '}') && chars.get(i + 1) == Some(&c) {
            out.push(c);
            i += 2;
            continue;
        }
        if c != '\\' || i + 1 >= chars.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = chars[i + 1];
        i += 2;
        match e {
            '\n' => {}
            '\r' => {
                if chars.get(i) == Some(&'\n') {
                    i += 1;
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                let mut n = 1;
                while n < 3 && i < chars.len() && chars[i].is_digit(8) {
                    v = v * 8 + chars[i].to_digit(8).unwrap_or(0);
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = chars.iter().skip(i).take(n).collect();
                if hex.len() != n || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                    return Err(format!("truncated \\{e} escape"));
                }
                i += n;
                let v = u32::from_str_radix(&hex, 16).map_err(|_| format!("bad \\{e} escape"))?;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => return Err(format!("illegal Unicode character in \\{e} escape")),
                }
            }
            'N' => {
                return Err("\\N{...} escapes are not supported; write the character itself".into())
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes a bytes literal's text: ASCII only, with the escapes bytes have (`\xHH` and octal give a
/// byte; `\u` and `\N` are not escapes there and stay as written).
pub fn unescape_bytes(s: &str, raw: bool) -> Result<Vec<u8>, String> {
    if !s.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    let b = s.as_bytes();
    if raw {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' || i + 1 >= b.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                // CPython 3.11 wraps values above 0o377 to a byte (with a warning).
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = s.get(i..i + 2).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(v) if hex.len() == 2 => out.push(v),
                    _ => return Err("invalid \\x escape".into()),
                }
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// A parsed int literal: fits in i64, or the decimal digits of a bigger one.
pub enum IntLit {
    Small(i64),
    Big(String),
}

pub fn parse_int(text: &str) -> Option<IntLit> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = if let Some(r) = lower.strip_prefix("0x") {
        (16, r.to_string())
    } else if let Some(r) = lower.strip_prefix("0o") {
        (8, r.to_string())
    } else if let Some(r) = lower.strip_prefix("0b") {
        (2, r.to_string())
    } else {
        (10, lower)
    };
    if digits.is_empty() {
        return None;
    }
    if let Ok(v) = i64::from_str_radix(&digits, radix) {
        return Some(IntLit::Small(v));
    }
    let big = num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)?;
    Some(IntLit::Big(big.to_string()))
}

pub fn parse_float(text: &str) -> Option<f64> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    t.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            unescape(r"a\n\t\\\x41\u00e9\101", false).as_deref(),
            Ok("a\n\t\\Aé\u{41}")
        );
        assert_eq!(unescape(r"\d", false).as_deref(), Ok("\\d"));
        assert_eq!(unescape("{{x}}", true).as_deref(), Ok("{x}"));
        assert_eq!(
            unescape_bytes(r"a\x00\xff\n\u1", false),
            Ok(b"a\x00\xff\n\\u1".to_vec())
        );
        assert!(unescape_bytes("é", false).is_err());
    }

    #[test]
    fn ints() {
        assert!(matches!(parse_int("0xff"), Some(IntLit::Small(255))));
        assert!(matches!(parse_int("1_000"), Some(IntLit::Small(1000))));
        assert!(matches!(
            parse_int("99999999999999999999"),
            Some(IntLit::Big(_))
        ));
    }
}
