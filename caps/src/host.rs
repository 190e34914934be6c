//! Host names and the host patterns of `http` tokens: one normalization for both sides, so a pattern and
//! a request host are compared in the same canonical form.
//!
//! Canonical hosts are lowercase ASCII without a trailing dot, IPv4 addresses in dotted-quad form, IPv6
//! addresses in their RFC 5952 form. Anything a URL parser could read as an IP address in a disguised form
//! (`2130706433`, `0x7f.1`, `127.1`, `017.0.0.1`) is rejected, so a pattern can never name an address by
//! accident and the broker's address checks see the same host this module matched.

use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

use crate::error::TokenError;

/// Which host names a pattern covers.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Hosts {
    /// `*`: every host. Such a pattern never names a host explicitly, so the broker still refuses
    /// private and loopback addresses.
    Any,
    /// One host name or IP address.
    Exact(String),
    /// `*.example.com`: every strict subdomain of the domain, not the domain itself.
    Subdomains(String),
}

/// An allowed host of an `http` token, with an optional port: `api.example.com`, `api.example.com:8443`,
/// `*.example.com`, `*`, `10.0.0.5:8080`, `[::1]:3000`.
///
/// Without a port, a pattern allows only the scheme's default port (443 for https, 80 for http): naming a
/// host does not open its other services.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostPattern {
    hosts: Hosts,
    port: Option<u16>,
    /// The canonical text form, which is also the wire form.
    text: String,
}

impl HostPattern {
    /// Parses and normalizes a pattern (`API.Example.com.` becomes `api.example.com`).
    pub fn parse(text: &str) -> Result<HostPattern, TokenError> {
        let invalid = |reason| TokenError::invalid("host", text, reason);
        let (host, port) = split_port(text).map_err(invalid)?;
        let hosts = match host {
            HostPart::Bracketed(inner) => Hosts::Exact(normalize_ipv6(inner).map_err(invalid)?),
            HostPart::Plain("*") => Hosts::Any,
            HostPart::Plain(plain) => match plain.strip_prefix("*.") {
                Some(domain) => {
                    let domain = normalize_host(domain).map_err(invalid)?;
                    if domain.parse::<Ipv4Addr>().is_ok() || domain.contains(':') {
                        return Err(invalid(
                            "a wildcard covers subdomains of a name, not an address",
                        ));
                    }
                    Hosts::Subdomains(domain)
                }
                None if plain.contains(':') => {
                    return Err(invalid("write IPv6 addresses in brackets, as [::1]:8080"));
                }
                None => Hosts::Exact(normalize_host(plain).map_err(invalid)?),
            },
        };
        let mut text = match &hosts {
            Hosts::Any => "*".to_string(),
            Hosts::Exact(h) if h.contains(':') => format!("[{h}]"),
            Hosts::Exact(h) => h.clone(),
            Hosts::Subdomains(d) => format!("*.{d}"),
        };
        if let Some(port) = port {
            text.push_str(&format!(":{port}"));
        }
        Ok(HostPattern { hosts, port, text })
    }

    /// The canonical text form.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The pattern's port, if it names one.
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// Whether a normalized request host and port fall under this pattern.
    pub(crate) fn matches(&self, host: &str, port: u16, default_port: u16) -> bool {
        if self.port.unwrap_or(default_port) != port {
            return false;
        }
        match &self.hosts {
            Hosts::Any => true,
            Hosts::Exact(h) => h == host,
            Hosts::Subdomains(domain) => host
                .strip_suffix(domain.as_str())
                .and_then(|sub| sub.strip_suffix('.'))
                .is_some_and(|sub| !sub.is_empty()),
        }
    }

    /// Whether this pattern names exactly this host (no wildcard) and port.
    pub(crate) fn names(&self, host: &str, port: u16, default_port: u16) -> bool {
        matches!(&self.hosts, Hosts::Exact(h) if h == host)
            && self.port.unwrap_or(default_port) == port
    }
}

impl fmt::Display for HostPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for HostPattern {
    type Err = TokenError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        HostPattern::parse(s)
    }
}

/// The host part of a `host[:port]` text.
enum HostPart<'a> {
    /// The inside of `[...]`.
    Bracketed(&'a str),
    Plain(&'a str),
}

fn split_port(text: &str) -> Result<(HostPart<'_>, Option<u16>), &'static str> {
    if let Some(rest) = text.strip_prefix('[') {
        let (inside, after) = rest.split_once(']').ok_or("unclosed `[`")?;
        let port = match after {
            "" => None,
            _ => Some(parse_port(
                after.strip_prefix(':').ok_or("unexpected text after `]`")?,
            )?),
        };
        return Ok((HostPart::Bracketed(inside), port));
    }
    match text.rsplit_once(':') {
        // More than one colon is an unbracketed IPv6 address; the caller says how to write it.
        Some((host, _)) if host.contains(':') => Ok((HostPart::Plain(text), None)),
        Some((host, port)) => Ok((HostPart::Plain(host), Some(parse_port(port)?))),
        None => Ok((HostPart::Plain(text), None)),
    }
}

fn parse_port(text: &str) -> Result<u16, &'static str> {
    const REASON: &str = "a port is a number from 1 to 65535";
    if text.is_empty() || text.len() > 5 || text.starts_with('0') {
        return Err(REASON);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(REASON);
    }
    match text.parse::<u16>() {
        Ok(port) if port > 0 => Ok(port),
        _ => Err(REASON),
    }
}

fn normalize_ipv6(text: &str) -> Result<String, &'static str> {
    text.parse::<Ipv6Addr>()
        .map(|ip| ip.to_string())
        .map_err(|_| "not a valid IPv6 address")
}

/// Normalizes a host as it appears in a request (`Example.COM.`, `[::1]`, `::1`, `10.0.0.1`) or in a
/// pattern (without brackets or port) to its canonical form.
pub(crate) fn normalize_host(text: &str) -> Result<String, &'static str> {
    if let Some(inner) = text.strip_prefix('[') {
        return normalize_ipv6(inner.strip_suffix(']').ok_or("unclosed `[`")?);
    }
    if text.contains(':') {
        return normalize_ipv6(text);
    }
    if !text.is_ascii() {
        return Err("international host names must be written in punycode (xn--...)");
    }
    let lower = text.to_ascii_lowercase();
    let name = lower.strip_suffix('.').unwrap_or(&lower);
    if name.is_empty() {
        return Err("the host is empty");
    }
    if name.len() > 253 {
        return Err("a host name has at most 253 characters");
    }
    for label in name.split('.') {
        if label.is_empty() {
            return Err("a host name has an empty label (`..`)");
        }
        if label.len() > 63 {
            return Err("a host name label has at most 63 characters");
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err("a host name has only letters, digits, `-`, `_` and dots");
        }
    }
    // URL parsers read a name whose last label is a number as an IPv4 address, in decimal, octal or hex
    // and with fewer than four parts. Only the canonical dotted quad is accepted, so every address is
    // written one way.
    let last = name.rsplit('.').next().unwrap_or(name);
    let numeric = last.bytes().all(|b| b.is_ascii_digit()) || last.starts_with("0x");
    if numeric {
        match name.parse::<Ipv4Addr>() {
            Ok(ip) if ip.to_string() == name => {}
            _ => {
                return Err("a numeric host must be a dotted-quad IPv4 address like 93.184.216.34")
            }
        }
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pat(s: &str) -> HostPattern {
        HostPattern::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn patterns_normalize_to_one_canonical_form() {
        for (input, canonical) in [
            ("api.example.com", "api.example.com"),
            ("API.Example.COM.", "api.example.com"),
            ("api.example.com:8443", "api.example.com:8443"),
            ("*.Example.com", "*.example.com"),
            ("*", "*"),
            ("*:8080", "*:8080"),
            ("10.0.0.5:8080", "10.0.0.5:8080"),
            ("[::1]", "[::1]"),
            ("[0:0:0:0:0:0:0:1]:3000", "[::1]:3000"),
            ("[2001:DB8::1]", "[2001:db8::1]"),
            ("under_score.example", "under_score.example"),
        ] {
            let p = pat(input);
            assert_eq!(p.as_str(), canonical, "{input}");
            // The canonical form is a fixed point, which the decoder relies on.
            assert_eq!(pat(canonical), p);
        }
    }

    #[test]
    fn malformed_patterns_are_rejected() {
        for bad in [
            "",
            ":443",
            "api.example.com:",
            "api.example.com:0",
            "api.example.com:65536",
            "api.example.com:080",
            "api.example.com:+80",
            "a..b",
            ".",
            "exa mple.com",
            "ex/ample.com",
            "bücher.de",
            "::1",
            "[::1",
            "[::1]x",
            "[::1]:",
            "[nope]",
            "*.",
            "*.10.0.0.1",
            "**",
            "a.*.com",
            "2130706433",
            "0x7f.1",
            "127.1",
            "017.0.0.1",
            "1.2.3.256",
            &"a".repeat(64),
            &format!("{}.com", ["a"; 130].join(".")),
            "host\0.com",
        ] {
            assert!(HostPattern::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn port_less_patterns_allow_only_the_default_port() {
        let p = pat("api.example.com");
        assert!(p.matches("api.example.com", 443, 443));
        assert!(p.matches("api.example.com", 80, 80));
        assert!(!p.matches("api.example.com", 8443, 443));
        let p = pat("api.example.com:8443");
        assert!(p.matches("api.example.com", 8443, 443));
        assert!(!p.matches("api.example.com", 443, 443));
    }

    #[test]
    fn wildcards_cover_strict_subdomains_only() {
        let p = pat("*.example.com");
        assert!(p.matches("a.example.com", 443, 443));
        assert!(p.matches("a.b.example.com", 443, 443));
        assert!(!p.matches("example.com", 443, 443));
        assert!(!p.matches("badexample.com", 443, 443));
        assert!(!p.matches("example.com.evil.net", 443, 443));
        assert!(!p.names("a.example.com", 443, 443));
        assert!(pat("*").matches("anything.net", 443, 443));
        assert!(!pat("*").names("anything.net", 443, 443));
        assert!(pat("anything.net").names("anything.net", 443, 443));
    }

    #[test]
    fn request_hosts_normalize_like_patterns() {
        assert_eq!(normalize_host("Example.COM."), Ok("example.com".into()));
        assert_eq!(normalize_host("[::1]"), Ok("::1".into()));
        assert_eq!(normalize_host("0:0::1"), Ok("::1".into()));
        assert_eq!(normalize_host("127.0.0.1"), Ok("127.0.0.1".into()));
        assert_eq!(normalize_host("127.0.0.1."), Ok("127.0.0.1".into()));
        for disguised in [
            "2130706433",
            "0x7f.1",
            "0x7f000001",
            "127.1",
            "0177.0.0.1",
            "127.0.1",
        ] {
            assert!(
                normalize_host(disguised).is_err(),
                "{disguised} was accepted"
            );
        }
        assert!(normalize_host("fe80::1%eth0").is_err());
    }
}
