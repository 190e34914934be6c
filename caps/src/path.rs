//! POSIX paths, compared segment by segment: the path prefixes of `http` and `fs` tokens, request paths
//! of http calls, and paths inside a tenant's fs root.
//!
//! Prefixes are matched on whole segments, so `/reports` covers `/reports/a.txt` but not `/reports2`.
//! `..` is refused everywhere rather than resolved: a path that needs it to stay inside a prefix is not
//! worth the risk of resolving it differently from the broker.

use std::fmt;

use crate::error::TokenError;

/// The longest fs path checked, in bytes; longer ones are refused before any work is done.
const MAX_PATH_LEN: usize = 4096;

/// A path prefix of an `http` or `fs` token, in canonical form: `/` or `/a/b`, with no empty, `.` or `..`
/// segments and no trailing slash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathPrefix {
    text: String,
}

impl PathPrefix {
    /// Parses and normalizes a prefix: `reports`, `/reports/` and `//reports/.` all become `/reports`.
    pub fn parse(text: &str) -> Result<PathPrefix, TokenError> {
        let invalid = |reason| TokenError::invalid("path prefix", text, reason);
        if text.is_empty() {
            return Err(invalid(
                "a prefix is a path such as /reports (or / for everything)",
            ));
        }
        if text.bytes().any(|b| b < 0x20 || b == 0x7f || b == b'\\') {
            return Err(invalid("a prefix has no control characters or backslashes"));
        }
        let mut canonical = String::with_capacity(text.len() + 1);
        for segment in text.split('/') {
            match segment {
                "" | "." => {}
                ".." => return Err(invalid("`..` is not allowed in a prefix")),
                _ => {
                    canonical.push('/');
                    canonical.push_str(segment);
                }
            }
        }
        if canonical.is_empty() {
            canonical.push('/');
        }
        if canonical.len() > 255 {
            return Err(invalid("a prefix has at most 255 bytes"));
        }
        Ok(PathPrefix { text: canonical })
    }

    /// The canonical text form, which is also the wire form.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether a path, given as its segments, lies at or under this prefix.
    pub(crate) fn covers<S: AsRef<[u8]>>(&self, path: &[S]) -> bool {
        let mut path = path.iter();
        self.text.split('/').filter(|s| !s.is_empty()).all(|want| {
            path.next()
                .is_some_and(|have| have.as_ref() == want.as_bytes())
        })
    }
}

impl fmt::Display for PathPrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// A normalized path inside a tenant's fs root, as `allows_fs` checked it: segments joined by `/`,
/// without a leading slash, no empty, `.` or `..` segments, no NUL byte (`""` is the root itself). The
/// broker opens exactly this path under the root, so what was checked is what is opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FsPath(String);

impl FsPath {
    /// The path relative to the tenant's root.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The path's segments, in order.
    pub fn segments(&self) -> impl Iterator<Item = &str> {
        self.0.split('/').filter(|s| !s.is_empty())
    }

    /// Whether this is the root itself.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for FsPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "/{}", self.0)
    }
}

/// Splits an fs path into its segments. `/a/b`, `a/b`, `a//b/` and `./a/b` are all `["a", "b"]`.
pub(crate) fn fs_segments(path: &str) -> Result<Vec<&str>, &'static str> {
    if path.len() > MAX_PATH_LEN {
        return Err("the path is longer than 4096 bytes");
    }
    if path.contains('\0') {
        return Err("a path cannot contain a NUL byte");
    }
    let mut segments = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => return Err("`..` is not allowed: paths cannot leave their directory"),
            _ => segments.push(segment),
        }
    }
    Ok(segments)
}

/// Builds the `FsPath` for checked segments.
pub(crate) fn fs_path(segments: &[&str]) -> FsPath {
    FsPath(segments.join("/"))
}

/// Percent-decodes the path of an http request, without its query or fragment.
///
/// Prefixes are compared with the decoded path because that is what servers route on: otherwise
/// `/v1%2F..%2Fadmin` would pass a `/v1` prefix and reach `/admin`.
pub(crate) fn decode_http_path(path: &str) -> Result<Vec<u8>, &'static str> {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    if path.len() > MAX_PATH_LEN {
        return Err("the path is longer than 4096 bytes");
    }
    let mut out = Vec::with_capacity(path.len());
    let mut bytes = path.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let hi = bytes.next().and_then(hex_digit);
            let lo = bytes.next().and_then(hex_digit);
            match (hi, lo) {
                (Some(hi), Some(lo)) => out.push((hi << 4) | lo),
                _ => return Err("a `%` must be followed by two hex digits"),
            }
        } else {
            out.push(b);
        }
    }
    Ok(out)
}

/// Splits a decoded http path into segments, refusing `.`, `..`, NUL and backslashes (which some servers
/// treat as `/`).
pub(crate) fn http_segments(decoded: &[u8]) -> Result<Vec<&[u8]>, &'static str> {
    if decoded.iter().any(|&b| b == 0 || b == b'\\') {
        return Err("a path cannot contain NUL bytes or backslashes");
    }
    let mut segments = Vec::new();
    for segment in decoded.split(|&b| b == b'/') {
        match segment {
            b"" => {}
            b"." | b".." => return Err("`.` and `..` segments are not allowed in a URL path"),
            _ => segments.push(segment),
        }
    }
    Ok(segments)
}

fn hex_digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefix(s: &str) -> PathPrefix {
        PathPrefix::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    fn fs_covered(p: &str, path: &str) -> bool {
        prefix(p).covers(&fs_segments(path).expect("valid path"))
    }

    fn http_covered(p: &str, path: &str) -> Result<bool, &'static str> {
        let decoded = decode_http_path(path)?;
        Ok(prefix(p).covers(&http_segments(&decoded)?))
    }

    #[test]
    fn prefixes_normalize() {
        for (input, canonical) in [
            ("/", "/"),
            ("reports", "/reports"),
            ("/reports/", "/reports"),
            ("//reports/./q1", "/reports/q1"),
            (".", "/"),
        ] {
            assert_eq!(prefix(input).as_str(), canonical);
            assert_eq!(prefix(canonical).as_str(), canonical);
        }
        for bad in [
            "",
            "/a/../b",
            "..",
            "/a\\b",
            "/a\0",
            "/a\nb",
            &format!("/{}", "x".repeat(255)),
        ] {
            assert!(PathPrefix::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn prefixes_match_whole_segments() {
        assert!(fs_covered("/reports", "/reports"));
        assert!(fs_covered("/reports", "/reports/a.txt"));
        assert!(fs_covered("/reports", "reports/q1/a.txt"));
        assert!(fs_covered("/reports", "//reports//a.txt"));
        assert!(fs_covered("/reports", "./reports/./a.txt"));
        assert!(!fs_covered("/reports", "/reports2"));
        assert!(!fs_covered("/reports", "/reports2/a.txt"));
        assert!(!fs_covered("/reports", "/"));
        assert!(!fs_covered("/reports/q1", "/reports"));
        assert!(fs_covered("/", "/anything/at/all"));
        assert!(fs_covered("/", "/"));
    }

    #[test]
    fn fs_paths_refuse_traversal_and_nul() {
        assert!(fs_segments("/reports/../etc/passwd").is_err());
        assert!(fs_segments("..").is_err());
        assert!(fs_segments("a/..").is_err());
        assert!(fs_segments("a\0b").is_err());
        assert!(fs_segments(&"a/".repeat(3000)).is_err());
        assert_eq!(fs_segments("/a/b/"), Ok(vec!["a", "b"]));
        assert_eq!(fs_path(&["a", "b"]).as_str(), "a/b");
        assert_eq!(fs_path(&["a", "b"]).to_string(), "/a/b");
        assert!(fs_path(&[]).is_root());
    }

    #[test]
    fn http_paths_are_decoded_before_matching() {
        assert_eq!(http_covered("/v1", "/v1/users?x=/admin"), Ok(true));
        assert_eq!(http_covered("/v1", "/v1"), Ok(true));
        assert_eq!(http_covered("/v1", "/v10"), Ok(false));
        assert_eq!(http_covered("/v1", "/admin#/v1"), Ok(false));
        assert_eq!(http_covered("/v1", "/%76%31/x"), Ok(true));
        assert_eq!(http_covered("/v1 x", "/v1%20x/y"), Ok(true));
        assert!(http_covered("/v1", "/v1/../admin").is_err());
        assert!(http_covered("/v1", "/v1%2F..%2Fadmin").is_err());
        assert!(http_covered("/v1", "/v1/%2e%2e/admin").is_err());
        assert!(http_covered("/v1", "/v1/..%5cadmin").is_err());
        assert!(http_covered("/v1", "/v1/%00").is_err());
        assert!(http_covered("/v1", "/v1/%zz").is_err());
        assert!(http_covered("/v1", "/v1/%4").is_err());
        assert_eq!(http_covered("/", ""), Ok(true));
    }
}
