//! URLs for the `http` module: parsing what a script passes into the parts the token is checked against,
//! and percent-encoding query strings and form bodies.
//!
//! The parser accepts one plain form, `scheme://host[:port][/path][?query][#fragment]`, and refuses
//! anything a browser and a server might read differently (user info, backslashes, control characters,
//! raw spaces in the host), so the host checked against the token is the host the broker connects to. The
//! URL sent on is rebuilt from the parts (lower-case scheme and host, fragment dropped, non-ASCII and
//! spaces in the path and query percent-encoded).

use std::fmt::Write;

/// The longest URL accepted, in bytes.
const MAX_URL_LEN: usize = 8192;

/// A parsed absolute http(s) URL.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Url {
    pub scheme: String,
    /// Lower-case; IPv6 addresses keep their brackets.
    pub host: String,
    /// The port written in the URL, if any.
    pub explicit_port: Option<u16>,
    /// Starts with `/`; percent-encoded.
    pub path: String,
    /// Without the `?`; percent-encoded; None when the URL has no `?`.
    pub query: Option<String>,
}

impl Url {
    /// The port the request connects to.
    pub fn port(&self) -> u16 {
        self.explicit_port
            .unwrap_or(if self.scheme == "https" { 443 } else { 80 })
    }

    /// The path and query, as the token's path prefixes are checked against.
    pub fn path_and_query(&self) -> String {
        match &self.query {
            Some(q) => format!("{}?{q}", self.path),
            None => self.path.clone(),
        }
    }

    /// Appends already-encoded `key=value` pairs to the query.
    pub fn add_query(&mut self, encoded: &str) {
        if encoded.is_empty() {
            return;
        }
        match &mut self.query {
            Some(q) if !q.is_empty() => {
                q.push('&');
                q.push_str(encoded);
            }
            _ => self.query = Some(encoded.to_string()),
        }
    }

    /// The URL as sent to the broker.
    pub fn to_text(&self) -> String {
        let mut s = format!("{}://{}", self.scheme, self.host);
        if let Some(p) = self.explicit_port {
            let _ = write!(s, ":{p}");
        }
        s.push_str(&self.path_and_query());
        s
    }
}

/// Parses an absolute http or https URL. The error is a message for a ValueError.
pub(crate) fn parse(text: &str) -> Result<Url, String> {
    if text.len() > MAX_URL_LEN {
        return Err(format!(
            "the URL is {} bytes long; the limit is {MAX_URL_LEN}",
            text.len()
        ));
    }
    let shown = clip(text);
    let Some((scheme, rest)) = text.split_once("://") else {
        return Err(format!(
            "Invalid URL '{shown}': No scheme supplied. Perhaps you meant https://{shown}?"
        ));
    };
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(format!(
            "Invalid URL '{shown}': only http and https URLs are supported, not '{}'",
            clip(&scheme)
        ));
    }
    if text.chars().any(|c| c.is_control() || c == '\\') {
        return Err(format!(
            "Invalid URL '{shown}': a URL cannot contain control characters or backslashes"
        ));
    }
    let rest = rest.split('#').next().unwrap_or("");
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    if authority.contains('@') {
        return Err(format!(
            "Invalid URL '{shown}': user names and passwords in URLs are not supported; send \
             credentials in a header"
        ));
    }
    let (host, port) =
        split_host_port(authority).map_err(|reason| format!("Invalid URL '{shown}': {reason}"))?;
    let (path, query) = match tail.split_once('?') {
        Some((p, q)) => (p, Some(encode_loose(q))),
        None => (tail, None),
    };
    let path = if path.is_empty() {
        "/".to_string()
    } else {
        encode_loose(path)
    };
    Ok(Url {
        scheme,
        host,
        explicit_port: port,
        path,
        query,
    })
}

fn split_host_port(authority: &str) -> Result<(String, Option<u16>), &'static str> {
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        let Some((inner, after)) = rest.split_once(']') else {
            return Err("an IPv6 host must end with ]");
        };
        let port = match after {
            "" => None,
            p => Some(
                p.strip_prefix(':')
                    .ok_or("unexpected text after the host")?,
            ),
        };
        (format!("[{inner}]"), port)
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), Some(p)),
            None => (authority.to_string(), None),
        }
    };
    if host.is_empty() || host == "[]" {
        return Err("no host supplied");
    }
    if host.contains([' ', '%', '<', '>', '"', '{', '}', '|', '^', '`']) {
        return Err("the host contains characters a host name cannot have");
    }
    let port = match port {
        None => None,
        Some(p) => {
            if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err("the port must be a number from 1 to 65535");
            }
            match p.parse::<u16>() {
                Ok(n) if n > 0 => Some(n),
                _ => return Err("the port must be a number from 1 to 65535"),
            }
        }
    };
    Ok((host.to_ascii_lowercase(), port))
}

/// Percent-encodes what may not appear raw in a path or query (spaces, non-ASCII, quotes), keeping
/// existing escapes and reserved characters, as requests does for the URL it is given.
fn encode_loose(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_graphic() && !matches!(b, b'"' | b'<' | b'>' | b'`' | b'{' | b'}' | b'|') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// `application/x-www-form-urlencoded` encoding of one key or value (Python's `quote_plus`).
pub(crate) fn quote_plus(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'.' | b'-' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// `k1=v1&k2=v2`, each part `quote_plus`-encoded (Python's `urlencode`).
pub(crate) fn urlencode(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", quote_plus(k), quote_plus(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Script text quoted in a message, clipped so a message stays short.
fn clip(s: &str) -> String {
    const MAX: usize = 200;
    match s.char_indices().nth(MAX) {
        None => s.to_string(),
        Some((cut, _)) => format!("{}…", &s[..cut]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_urls() {
        let u = parse("HTTPS://API.Example.com:8443/v1/x y?q=1#frag").expect("parses");
        assert_eq!(u.scheme, "https");
        assert_eq!(u.host, "api.example.com");
        assert_eq!(u.port(), 8443);
        assert_eq!(u.path, "/v1/x%20y");
        assert_eq!(u.to_text(), "https://api.example.com:8443/v1/x%20y?q=1");
        let u = parse("http://[::1]/").expect("ipv6");
        assert_eq!((u.host.as_str(), u.port()), ("[::1]", 80));
        let mut u = parse("https://a.com").expect("no path");
        assert_eq!(u.path, "/");
        u.add_query("a=1");
        assert_eq!(u.to_text(), "https://a.com/?a=1");
    }

    #[test]
    fn refuses_ambiguous_urls() {
        for bad in [
            "a.com/x",
            "ftp://a.com/",
            "https://user@a.com/",
            "https://evil.com\\@a.com/",
            "https://a.com:0/",
            "https://a.com:99999/",
            "https://a.com:8x/",
            "https://:80/",
            "https://a.com\n/",
            "https://[::1/",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn form_encoding_matches_python() {
        assert_eq!(quote_plus("a b&c=d/é"), "a+b%26c%3Dd%2F%C3%A9");
        assert_eq!(
            urlencode(&[("q".into(), "x y".into()), ("n".into(), "1".into())]),
            "q=x+y&n=1"
        );
    }
}
