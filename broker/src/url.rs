//! The parts of an http(s) URL the broker checks and connects to, and RFC 3986 reference resolution for
//! relative `Location` headers.
//!
//! One parse (`hyper::Uri`) feeds both the capability check and the connection, so the host the token was
//! checked against is the host the connector dials. URLs with user info (`http://a.com@b.com/`) are refused
//! outright: they are a classic source of parser disagreement and a script has headers for credentials.

use std::net::{IpAddr, Ipv6Addr};

use hyper::Uri;

use crate::address::parse_browser_ipv4;

/// The longest URL the broker accepts (a script could otherwise hand over megabytes of query string).
pub(crate) const MAX_URL_LEN: usize = 16 * 1024;

/// How the URL names its host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum HostKind {
    /// A name to resolve through DNS.
    Name,
    /// An IP address, written canonically (`127.0.0.1`, `[::1]`) or in a numeric form browsers accept.
    Ip(IpAddr),
}

/// A parsed absolute http(s) URL.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub(crate) uri: Uri,
    /// `http` or `https`, lower-case.
    pub(crate) scheme: &'static str,
    /// The host as written, without brackets for IPv6.
    pub(crate) host: String,
    pub(crate) host_kind: HostKind,
    /// The port to connect to (the scheme's default when the URL names none).
    pub(crate) port: u16,
    /// Path and query, `/` when empty.
    pub(crate) path_and_query: String,
}

impl Target {
    /// Parses an absolute URL. The fragment, if any, is dropped (it is never sent).
    pub(crate) fn parse(url: &str) -> Result<Target, String> {
        if url.len() > MAX_URL_LEN {
            return Err(format!(
                "the URL is {} bytes long; the limit is {MAX_URL_LEN}",
                url.len()
            ));
        }
        let without_fragment = url.split_once('#').map_or(url, |(before, _)| before);
        let uri: Uri = without_fragment
            .parse()
            .map_err(|e| format!("invalid URL {}: {e}", clip(url)))?;
        let scheme = match uri.scheme_str().map(str::to_ascii_lowercase).as_deref() {
            Some("http") => "http",
            Some("https") => "https",
            Some(other) => {
                return Err(format!(
                    "unsupported URL scheme {}: only http and https",
                    clip(other)
                ))
            }
            None => return Err(format!("the URL {} is not absolute", clip(url))),
        };
        let authority = uri
            .authority()
            .ok_or_else(|| format!("the URL {} has no host", clip(url)))?;
        if authority.as_str().contains('@') {
            return Err(
                "URLs with user info (user:password@) are not supported; send an Authorization header"
                    .to_string(),
            );
        }
        let raw_host = authority.host();
        let (host, host_kind) = match raw_host.strip_prefix('[') {
            Some(inner) => {
                let inner = inner.strip_suffix(']').unwrap_or(inner);
                let ip: Ipv6Addr = inner
                    .parse()
                    .map_err(|_| format!("invalid IPv6 address in URL: {}", clip(raw_host)))?;
                (inner.to_string(), HostKind::Ip(IpAddr::V6(ip)))
            }
            None => {
                if raw_host.is_empty() {
                    return Err(format!("the URL {} has no host", clip(url)));
                }
                match parse_browser_ipv4(raw_host) {
                    Some(v4) => (raw_host.to_string(), HostKind::Ip(IpAddr::V4(v4))),
                    None => (raw_host.to_string(), HostKind::Name),
                }
            }
        };
        let port = match uri.port_u16() {
            Some(port) => port,
            None if scheme == "https" => 443,
            None => 80,
        };
        let path_and_query = uri
            .path_and_query()
            .map_or("/", |pq| pq.as_str())
            .to_string();
        let path_and_query = if path_and_query.is_empty() {
            "/".to_string()
        } else {
            path_and_query
        };
        Ok(Target {
            uri,
            scheme,
            host,
            host_kind,
            port,
            path_and_query,
        })
    }

    /// The URL without its query, for audit records (queries often carry keys).
    pub(crate) fn without_query(&self) -> String {
        let path = self
            .path_and_query
            .split_once('?')
            .map_or(self.path_and_query.as_str(), |(p, _)| p);
        let host = match self.host_kind {
            HostKind::Ip(IpAddr::V6(_)) => format!("[{}]", self.host),
            _ => self.host.clone(),
        };
        format!("{}://{}:{}{}", self.scheme, host, self.port, path)
    }

    /// Scheme, host and port: requests to the same origin share credentials, others do not.
    pub(crate) fn same_origin(&self, other: &Target) -> bool {
        self.scheme == other.scheme
            && self.host.eq_ignore_ascii_case(&other.host)
            && self.port == other.port
    }
}

/// Resolves a `Location` value against the URL that answered with it (RFC 3986 section 5.2).
pub(crate) fn resolve_reference(base: &Uri, reference: &str) -> Result<String, String> {
    let reference = reference.trim();
    let reference = reference
        .split_once('#')
        .map_or(reference, |(before, _)| before);
    let base_scheme = base.scheme_str().unwrap_or("http");
    let base_authority = base.authority().map_or("", |a| a.as_str());
    let base_path = base.path();
    let base_query = base.query();
    if has_scheme(reference) {
        return Ok(reference.to_string());
    }
    if let Some(rest) = reference.strip_prefix("//") {
        return Ok(format!("{base_scheme}://{rest}"));
    }
    let (ref_path, ref_query) = match reference.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (reference, None),
    };
    let (path, query) = if ref_path.is_empty() {
        (base_path.to_string(), ref_query.or(base_query))
    } else if ref_path.starts_with('/') {
        (remove_dot_segments(ref_path), ref_query)
    } else {
        let merged = match base_path.rfind('/') {
            Some(i) => format!("{}{}", &base_path[..=i], ref_path),
            None => format!("/{ref_path}"),
        };
        (remove_dot_segments(&merged), ref_query)
    };
    let query = query.map_or(String::new(), |q| format!("?{q}"));
    Ok(format!("{base_scheme}://{base_authority}{path}{query}"))
}

/// Whether a reference starts with `scheme:` (letters, digits, `+-.`, starting with a letter).
fn has_scheme(reference: &str) -> bool {
    match reference.split_once(':') {
        Some((scheme, _)) => {
            let mut chars = scheme.chars();
            chars.next().is_some_and(|c| c.is_ascii_alphabetic())
                && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// RFC 3986 section 5.2.4, on whole segments.
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    for (i, segment) in segments.iter().enumerate() {
        match *segment {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    if joined.starts_with('/') {
        joined
    } else {
        format!("/{joined}")
    }
}

/// At most 200 characters of user text, for messages.
pub(crate) fn clip(text: &str) -> String {
    const MAX: usize = 200;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hosts_ports_and_numeric_forms() {
        let t = Target::parse("HTTP://Example.com/a?b=1#frag").expect("parses");
        assert_eq!(
            (t.scheme, t.host.as_str(), t.port),
            ("http", "Example.com", 80)
        );
        assert_eq!(t.path_and_query, "/a?b=1");
        assert_eq!(t.host_kind, HostKind::Name);
        let t = Target::parse("https://[::1]:8443").expect("parses");
        assert_eq!(t.host_kind, HostKind::Ip("::1".parse().expect("ip")));
        assert_eq!((t.port, t.path_and_query.as_str()), (8443, "/"));
        let t = Target::parse("http://0x7f.1/").expect("parses");
        assert_eq!(t.host_kind, HostKind::Ip("127.0.0.1".parse().expect("ip")));
        assert!(Target::parse("ftp://a.com/").is_err());
        assert!(Target::parse("/relative").is_err());
        assert!(Target::parse("http://user:pw@a.com/").is_err());
        assert!(Target::parse("http://a.com@b.com/").is_err());
    }

    #[test]
    fn resolves_relative_locations() {
        let base: Uri = "http://h:1/a/b/c?q=1".parse().expect("uri");
        let cases = [
            ("https://other/x", "https://other/x"),
            ("//other:2/y", "http://other:2/y"),
            ("/root?z", "http://h:1/root?z"),
            ("d", "http://h:1/a/b/d"),
            ("../d", "http://h:1/a/d"),
            ("../../../../d", "http://h:1/d"),
            ("./", "http://h:1/a/b/"),
            ("?n=2", "http://h:1/a/b/c?n=2"),
            ("", "http://h:1/a/b/c?q=1"),
            ("d#frag", "http://h:1/a/b/d"),
        ];
        for (reference, expected) in cases {
            assert_eq!(
                resolve_reference(&base, reference).as_deref(),
                Ok(expected),
                "{reference}"
            );
        }
    }
}
