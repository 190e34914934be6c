//! Caveats: the restrictions a token carries, their value types, which capability each applies to, and
//! their wire encoding.
//!
//! Every caveat only ever narrows. A token's authority is the intersection of all its caveats: list
//! caveats (hosts, schemes, methods, path prefixes, tools) must each be satisfied by some entry, so two
//! host caveats allow only hosts in both; numeric caveats (expiry, byte limits, timeout) take the
//! minimum; `read_only` wins over its absence.
//!
//! # Wire format
//!
//! A caveat is `tag: u8, len: u16 (big-endian), body: [u8; len]`. The tags are fixed and never reused:
//!
//! | tag | caveat               | body                  | applies to   |
//! |-----|----------------------|-----------------------|--------------|
//! | 1   | `ExpiresAt`          | u64 unix seconds      | every token  |
//! | 2   | `Hosts`              | list of host patterns | `http`       |
//! | 3   | `Schemes`            | list of `http`/`https`| `http`       |
//! | 4   | `Methods`            | list of methods       | `http`       |
//! | 5   | `PathPrefixes`       | list of path prefixes | `http`, `fs` |
//! | 6   | `MaxRequestBytes`    | u64                   | `http`       |
//! | 7   | `MaxResponseBytes`   | u64                   | `http`       |
//! | 8   | `TimeoutMs`          | u64 milliseconds      | `http`       |
//! | 9   | `ReadOnly`           | empty                 | `fs`         |
//! | 10  | `QuotaBytes`         | u64                   | `fs`         |
//! | 11  | `Tools`              | list of tool names    | `tools`      |
//!
//! A list is `count: u8` (1 to [`MAX_LIST_ITEMS`]) followed by `count` strings, each `len: u8` then that
//! many UTF-8 bytes in the value's canonical text form. Decoding is strict: a value that does not parse,
//! is not canonical, or leaves trailing bytes makes the whole token malformed. An unknown tag fails
//! closed. Embedder capabilities accept only `ExpiresAt`.

use std::fmt;

use crate::error::{ParseError, TokenError};
use crate::host::HostPattern;
use crate::path::PathPrefix;
use crate::time::format_utc;
use crate::wire::{put_short_str, Reader};

/// The most values one list caveat may hold.
pub(crate) const MAX_LIST_ITEMS: usize = 32;

// Wire tags, explicit so that reordering the enum cannot change the format.
const EXPIRES_AT: u8 = 1;
const HOSTS: u8 = 2;
const SCHEMES: u8 = 3;
const METHODS: u8 = 4;
const PATH_PREFIXES: u8 = 5;
const MAX_REQUEST_BYTES: u8 = 6;
const MAX_RESPONSE_BYTES: u8 = 7;
const TIMEOUT_MS: u8 = 8;
const READ_ONLY: u8 = 9;
const QUOTA_BYTES: u8 = 10;
const TOOLS: u8 = 11;

/// One restriction on a token.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Caveat {
    /// Invalid at and after this time (unix seconds).
    ExpiresAt(u64),
    /// http: the request's host and port must match one of these.
    Hosts(Vec<HostPattern>),
    /// http: the URL scheme must be one of these.
    Schemes(Vec<Scheme>),
    /// http: the method must be one of these.
    Methods(Vec<Method>),
    /// http: the URL path, or fs: the path inside the tenant's root, must lie under one of these.
    PathPrefixes(Vec<PathPrefix>),
    /// http: the request body may have at most this many bytes.
    MaxRequestBytes(u64),
    /// http: the response body may have at most this many bytes.
    MaxResponseBytes(u64),
    /// http: each request must finish within this many milliseconds.
    TimeoutMs(u64),
    /// fs: no writes, deletes or directory creation.
    ReadOnly,
    /// fs: writes may use at most this many bytes in total.
    QuotaBytes(u64),
    /// tools: the tool called must be one of these.
    Tools(Vec<ToolName>),
}

impl Caveat {
    /// The caveat's kind, as shown in messages and by `token inspect`.
    pub fn kind(&self) -> &'static str {
        match self {
            Caveat::ExpiresAt(_) => "expires",
            Caveat::Hosts(_) => "hosts",
            Caveat::Schemes(_) => "schemes",
            Caveat::Methods(_) => "methods",
            Caveat::PathPrefixes(_) => "path prefixes",
            Caveat::MaxRequestBytes(_) => "max request bytes",
            Caveat::MaxResponseBytes(_) => "max response bytes",
            Caveat::TimeoutMs(_) => "timeout",
            Caveat::ReadOnly => "read-only",
            Caveat::QuotaBytes(_) => "quota",
            Caveat::Tools(_) => "tools",
        }
    }

    fn tag(&self) -> u8 {
        match self {
            Caveat::ExpiresAt(_) => EXPIRES_AT,
            Caveat::Hosts(_) => HOSTS,
            Caveat::Schemes(_) => SCHEMES,
            Caveat::Methods(_) => METHODS,
            Caveat::PathPrefixes(_) => PATH_PREFIXES,
            Caveat::MaxRequestBytes(_) => MAX_REQUEST_BYTES,
            Caveat::MaxResponseBytes(_) => MAX_RESPONSE_BYTES,
            Caveat::TimeoutMs(_) => TIMEOUT_MS,
            Caveat::ReadOnly => READ_ONLY,
            Caveat::QuotaBytes(_) => QUOTA_BYTES,
            Caveat::Tools(_) => TOOLS,
        }
    }

    /// Whether this caveat restricts something a token of `capability` can do. A caveat that does not
    /// apply is refused rather than ignored, so nobody believes they narrowed a token when they did not.
    pub(crate) fn applies_to(&self, capability: &str) -> bool {
        match self {
            Caveat::ExpiresAt(_) => true,
            Caveat::Hosts(_)
            | Caveat::Schemes(_)
            | Caveat::Methods(_)
            | Caveat::MaxRequestBytes(_)
            | Caveat::MaxResponseBytes(_)
            | Caveat::TimeoutMs(_) => capability == "http",
            Caveat::PathPrefixes(_) => capability == "http" || capability == "fs",
            Caveat::ReadOnly | Caveat::QuotaBytes(_) => capability == "fs",
            Caveat::Tools(_) => capability == "tools",
        }
    }

    /// Checks that this caveat can be added to a token of `capability`.
    pub(crate) fn check_for(&self, capability: &str) -> Result<(), TokenError> {
        if !self.applies_to(capability) {
            return Err(TokenError::NotApplicable {
                caveat: self.kind(),
                capability: capability.to_string(),
            });
        }
        let len = match self {
            Caveat::Hosts(v) => v.len(),
            Caveat::Schemes(v) => v.len(),
            Caveat::Methods(v) => v.len(),
            Caveat::PathPrefixes(v) => v.len(),
            Caveat::Tools(v) => v.len(),
            _ => return Ok(()),
        };
        if len == 0 || len > MAX_LIST_ITEMS {
            return Err(TokenError::InvalidValue {
                what: self.kind(),
                value: format!("{len} values"),
                reason: "a list caveat holds 1 to 32 values",
            });
        }
        Ok(())
    }

    /// Appends the wire form (tag, length, body). Fails only for a caveat `check_for` would refuse.
    pub(crate) fn encode(&self, out: &mut Vec<u8>) -> Result<(), TokenError> {
        let start = out.len();
        out.push(self.tag());
        out.extend_from_slice(&[0, 0]);
        let body_start = out.len();
        let fits = match self {
            Caveat::ExpiresAt(n)
            | Caveat::MaxRequestBytes(n)
            | Caveat::MaxResponseBytes(n)
            | Caveat::TimeoutMs(n)
            | Caveat::QuotaBytes(n) => {
                out.extend_from_slice(&n.to_be_bytes());
                true
            }
            Caveat::ReadOnly => true,
            Caveat::Hosts(v) => encode_list(out, v),
            Caveat::Schemes(v) => encode_list(out, v),
            Caveat::Methods(v) => encode_list(out, v),
            Caveat::PathPrefixes(v) => encode_list(out, v),
            Caveat::Tools(v) => encode_list(out, v),
        };
        let body_len = u16::try_from(out.len() - body_start).ok().filter(|_| fits);
        match body_len {
            Some(len) => {
                out[start + 1..body_start].copy_from_slice(&len.to_be_bytes());
                Ok(())
            }
            None => {
                out.truncate(start);
                Err(TokenError::InvalidValue {
                    what: self.kind(),
                    value: String::new(),
                    reason: "a list caveat holds 1 to 32 values",
                })
            }
        }
    }

    /// Decodes one caveat body. Strict: the bytes must be the canonical encoding of the value.
    pub(crate) fn decode(tag: u8, body: &[u8]) -> Result<Caveat, ParseError> {
        Ok(match tag {
            EXPIRES_AT => Caveat::ExpiresAt(decode_u64(body, "expires")?),
            HOSTS => Caveat::Hosts(decode_list(body, "hosts")?),
            SCHEMES => Caveat::Schemes(decode_list(body, "schemes")?),
            METHODS => Caveat::Methods(decode_list(body, "methods")?),
            PATH_PREFIXES => Caveat::PathPrefixes(decode_list(body, "path prefixes")?),
            MAX_REQUEST_BYTES => Caveat::MaxRequestBytes(decode_u64(body, "max request bytes")?),
            MAX_RESPONSE_BYTES => Caveat::MaxResponseBytes(decode_u64(body, "max response bytes")?),
            TIMEOUT_MS => Caveat::TimeoutMs(decode_u64(body, "timeout")?),
            READ_ONLY if body.is_empty() => Caveat::ReadOnly,
            READ_ONLY => {
                return Err(ParseError::NonCanonical {
                    caveat: "read-only",
                })
            }
            QUOTA_BYTES => Caveat::QuotaBytes(decode_u64(body, "quota")?),
            TOOLS => Caveat::Tools(decode_list(body, "tools")?),
            _ => return Err(ParseError::UnknownCaveat { tag }),
        })
    }
}

impl fmt::Display for Caveat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn list<T: ListItem>(f: &mut fmt::Formatter<'_>, kind: &str, items: &[T]) -> fmt::Result {
            write!(f, "{kind}: ")?;
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                f.write_str(item.item_str())?;
            }
            Ok(())
        }
        match self {
            Caveat::ExpiresAt(t) => write!(f, "expires at {}", format_utc(*t)),
            Caveat::Hosts(v) => list(f, "hosts", v),
            Caveat::Schemes(v) => list(f, "schemes", v),
            Caveat::Methods(v) => list(f, "methods", v),
            Caveat::PathPrefixes(v) => list(f, "path prefixes", v),
            Caveat::MaxRequestBytes(n) => write!(f, "max request bytes: {n}"),
            Caveat::MaxResponseBytes(n) => write!(f, "max response bytes: {n}"),
            Caveat::TimeoutMs(n) => write!(f, "timeout: {n} ms"),
            Caveat::ReadOnly => f.write_str("read-only"),
            Caveat::QuotaBytes(n) => write!(f, "quota bytes: {n}"),
            Caveat::Tools(v) => list(f, "tools", v),
        }
    }
}

/// A URL scheme an `http` token may allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// Plain `http`.
    Http,
    /// `https`.
    Https,
}

impl Scheme {
    /// Parses `http` or `https`, in any case.
    pub fn parse(text: &str) -> Result<Scheme, TokenError> {
        if text.eq_ignore_ascii_case("https") {
            Ok(Scheme::Https)
        } else if text.eq_ignore_ascii_case("http") {
            Ok(Scheme::Http)
        } else {
            Err(TokenError::invalid(
                "scheme",
                text,
                "the scheme is http or https",
            ))
        }
    }

    /// `http` or `https`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }

    /// The port a URL of this scheme uses when it names none.
    pub fn default_port(self) -> u16 {
        match self {
            Scheme::Http => 80,
            Scheme::Https => 443,
        }
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An HTTP method, upper case (`GET`, `POST`, ...).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method(String);

impl Method {
    /// Parses a method, upper-casing it: `get` becomes `GET`.
    pub fn parse(text: &str) -> Result<Method, TokenError> {
        let valid = !text.is_empty()
            && text.len() <= 20
            && text
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'_');
        if !valid {
            return Err(TokenError::invalid(
                "method",
                text,
                "a method is 1 to 20 letters, such as GET or POST",
            ));
        }
        Ok(Method(text.to_ascii_uppercase()))
    }

    /// The method, upper case.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The name of a tool a `tools` token may call. Case-sensitive.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ToolName(String);

impl ToolName {
    /// Parses a tool name: 1 to 64 ASCII letters, digits, `_`, `-` and `.`, starting with a letter, digit
    /// or `_`.
    pub fn parse(text: &str) -> Result<ToolName, TokenError> {
        let mut bytes = text.bytes();
        let first_ok = bytes
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
        let rest_ok = bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
        if !first_ok || !rest_ok || text.len() > 64 {
            return Err(TokenError::invalid(
                "tool name",
                text,
                "a tool name is 1 to 64 letters, digits, `_`, `-` or `.`",
            ));
        }
        Ok(ToolName(text.to_string()))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ToolName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A value that can sit in a list caveat: parsed from and encoded as its canonical text.
pub(crate) trait ListItem: Sized {
    fn parse_item(text: &str) -> Result<Self, TokenError>;
    fn item_str(&self) -> &str;
}

impl ListItem for HostPattern {
    fn parse_item(text: &str) -> Result<Self, TokenError> {
        HostPattern::parse(text)
    }
    fn item_str(&self) -> &str {
        self.as_str()
    }
}

impl ListItem for Scheme {
    fn parse_item(text: &str) -> Result<Self, TokenError> {
        Scheme::parse(text)
    }
    fn item_str(&self) -> &str {
        self.as_str()
    }
}

impl ListItem for Method {
    fn parse_item(text: &str) -> Result<Self, TokenError> {
        Method::parse(text)
    }
    fn item_str(&self) -> &str {
        self.as_str()
    }
}

impl ListItem for PathPrefix {
    fn parse_item(text: &str) -> Result<Self, TokenError> {
        PathPrefix::parse(text)
    }
    fn item_str(&self) -> &str {
        self.as_str()
    }
}

impl ListItem for ToolName {
    fn parse_item(text: &str) -> Result<Self, TokenError> {
        ToolName::parse(text)
    }
    fn item_str(&self) -> &str {
        self.as_str()
    }
}

/// Parses every text with `T::parse_item`, for building caveats from CLI flags.
#[cfg(feature = "cli")]
pub(crate) fn parse_items<T: ListItem>(texts: &[String]) -> Result<Vec<T>, TokenError> {
    texts.iter().map(|t| T::parse_item(t)).collect()
}

fn encode_list<T: ListItem>(out: &mut Vec<u8>, items: &[T]) -> bool {
    let Some(count) = u8::try_from(items.len())
        .ok()
        .filter(|&n| n > 0 && usize::from(n) <= MAX_LIST_ITEMS)
    else {
        return false;
    };
    out.push(count);
    items
        .iter()
        .all(|item| put_short_str(out, item.item_str()).is_some())
}

fn decode_list<T: ListItem>(body: &[u8], kind: &'static str) -> Result<Vec<T>, ParseError> {
    let mut reader = Reader::new(body);
    let count = usize::from(reader.u8(kind)?);
    if count == 0 || count > MAX_LIST_ITEMS {
        return Err(ParseError::BadField {
            field: kind,
            reason: "must list 1 to 32 values",
        });
    }
    let mut items = Vec::with_capacity(count);
    for _ in 0..count {
        let text = reader.short_str(kind)?;
        let item = T::parse_item(text).map_err(|_| ParseError::BadField {
            field: kind,
            reason: "holds a value that is not allowed",
        })?;
        if item.item_str() != text {
            return Err(ParseError::NonCanonical { caveat: kind });
        }
        items.push(item);
    }
    if !reader.is_empty() {
        return Err(ParseError::NonCanonical { caveat: kind });
    }
    Ok(items)
}

fn decode_u64(body: &[u8], kind: &'static str) -> Result<u64, ParseError> {
    let bytes: [u8; 8] = body
        .try_into()
        .map_err(|_| ParseError::NonCanonical { caveat: kind })?;
    Ok(u64::from_be_bytes(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts(list: &[&str]) -> Caveat {
        Caveat::Hosts(
            list.iter()
                .map(|h| HostPattern::parse(h).expect("host"))
                .collect(),
        )
    }

    fn every_kind() -> Vec<Caveat> {
        vec![
            Caveat::ExpiresAt(1_700_000_000),
            hosts(&["api.example.com", "*.cdn.example.com:8443", "[::1]:3000"]),
            Caveat::Schemes(vec![Scheme::Https]),
            Caveat::Methods(vec![
                Method::parse("get").expect("m"),
                Method::parse("POST").expect("m"),
            ]),
            Caveat::PathPrefixes(vec![PathPrefix::parse("/v1").expect("p")]),
            Caveat::MaxRequestBytes(1024),
            Caveat::MaxResponseBytes(1 << 20),
            Caveat::TimeoutMs(5_000),
            Caveat::ReadOnly,
            Caveat::QuotaBytes(u64::MAX),
            Caveat::Tools(vec![ToolName::parse("search").expect("t")]),
        ]
    }

    #[test]
    fn every_kind_round_trips() {
        for caveat in every_kind() {
            let mut out = Vec::new();
            caveat.encode(&mut out).expect("encodes");
            let mut r = Reader::new(&out);
            let tag = r.u8("tag").expect("tag");
            let len = r.u16("len").expect("len");
            let body = r.take(usize::from(len), "body").expect("body");
            assert!(r.is_empty());
            assert_eq!(Caveat::decode(tag, body), Ok(caveat.clone()), "{caveat}");
        }
    }

    #[test]
    fn applicability_follows_the_table() {
        let http_only = hosts(&["a.com"]);
        assert!(http_only.applies_to("http"));
        assert!(!http_only.applies_to("fs"));
        assert!(Caveat::PathPrefixes(vec![PathPrefix::parse("/").expect("p")]).applies_to("fs"));
        assert!(Caveat::ReadOnly.applies_to("fs"));
        assert!(!Caveat::ReadOnly.applies_to("http"));
        assert!(Caveat::ExpiresAt(1).applies_to("crm"));
        assert!(!Caveat::Tools(vec![ToolName::parse("x").expect("t")]).applies_to("crm"));
        assert!(matches!(
            Caveat::ReadOnly.check_for("tools"),
            Err(TokenError::NotApplicable { .. })
        ));
    }

    #[test]
    fn empty_and_oversized_lists_are_refused() {
        assert!(Caveat::Hosts(vec![]).check_for("http").is_err());
        let many = vec![HostPattern::parse("a.com").expect("h"); MAX_LIST_ITEMS + 1];
        assert!(Caveat::Hosts(many.clone()).check_for("http").is_err());
        let mut out = vec![7];
        assert!(Caveat::Hosts(many).encode(&mut out).is_err());
        assert_eq!(out, vec![7], "a failed encode leaves the buffer as it was");
    }

    #[test]
    fn non_canonical_and_unknown_bodies_are_malformed() {
        // An upper-case host: valid, but not in canonical form.
        let body = [1, 7, b'A', b'P', b'I', b'.', b'c', b'o', b'm'];
        assert_eq!(
            Caveat::decode(HOSTS, &body),
            Err(ParseError::NonCanonical { caveat: "hosts" })
        );
        // Trailing bytes after the list.
        let body = [1, 5, b'a', b'p', b'i', b'.', b'x', 0];
        assert!(Caveat::decode(HOSTS, &body).is_err());
        assert!(Caveat::decode(HOSTS, &[0]).is_err());
        assert!(Caveat::decode(HOSTS, &[]).is_err());
        assert!(Caveat::decode(EXPIRES_AT, &[0; 7]).is_err());
        assert!(Caveat::decode(EXPIRES_AT, &[0; 9]).is_err());
        assert!(Caveat::decode(READ_ONLY, &[0]).is_err());
        assert_eq!(
            Caveat::decode(200, &[]),
            Err(ParseError::UnknownCaveat { tag: 200 })
        );
        assert!(Caveat::decode(TOOLS, &[1, 1, b'-']).is_err());
    }

    #[test]
    fn values_validate() {
        assert_eq!(Method::parse("get").expect("m").as_str(), "GET");
        for bad in ["", "G E T", "GET\r\n", &"A".repeat(21), "GÉT"] {
            assert!(Method::parse(bad).is_err(), "{bad:?}");
        }
        assert!(Scheme::parse("HTTPS").is_ok());
        assert!(Scheme::parse("ftp").is_err());
        assert_eq!(Scheme::Http.default_port(), 80);
        assert!(ToolName::parse("web.search-v2").is_ok());
        for bad in ["", "-x", ".x", "a b", "a/b", &"t".repeat(65)] {
            assert!(ToolName::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn caveats_display_for_inspect() {
        let shown: Vec<String> = every_kind().iter().map(|c| c.to_string()).collect();
        assert_eq!(shown[0], "expires at 2023-11-14T22:13:20Z");
        assert_eq!(
            shown[1],
            "hosts: api.example.com, *.cdn.example.com:8443, [::1]:3000"
        );
        assert_eq!(shown[3], "methods: GET, POST");
        assert_eq!(shown[8], "read-only");
    }
}
