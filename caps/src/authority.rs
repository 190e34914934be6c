//! What a verified token grants: the intersection of its caveats, folded once at verification, and the
//! checks a gated call asks before it runs.
//!
//! An `Authority` is only ever made by a verifier from a token whose signature, tenant and capability
//! checked out. It does not check time or revocation itself: the host calls [`crate::Verifier::check_live`]
//! before each gated call, then the `allows_*` check for the call.

use std::fmt;
use std::time::Duration;

use crate::caveat::{Caveat, Method, Scheme, ToolName};
use crate::error::{clip, CapError, Denied};
use crate::host::{normalize_host, HostPattern};
use crate::id::TokenId;
use crate::path::{decode_http_path, fs_path, fs_segments, http_segments, FsPath, PathPrefix};
use crate::token::Token;

/// The authority a verified token grants. Each list field holds one entry per caveat of that kind, and a
/// request must satisfy every one of them; limits hold the minimum over their caveats.
#[derive(Clone, Debug)]
pub struct Authority {
    id: TokenId,
    tenant: String,
    capability: String,
    expires_at: Option<u64>,
    hosts: Vec<Vec<HostPattern>>,
    schemes: Vec<Vec<Scheme>>,
    methods: Vec<Vec<Method>>,
    path_prefixes: Vec<Vec<PathPrefix>>,
    tools: Vec<Vec<ToolName>>,
    read_only: bool,
    max_request_bytes: Option<u64>,
    max_response_bytes: Option<u64>,
    timeout_ms: Option<u64>,
    quota_bytes: Option<u64>,
}

/// The smaller of two optional limits, where `None` is no limit.
fn min_limit(current: Option<u64>, new: u64) -> Option<u64> {
    Some(current.map_or(new, |c| c.min(new)))
}

impl Authority {
    /// Folds a token's caveats. The caller has verified the token.
    pub(crate) fn from_token(token: &Token) -> Authority {
        let mut a = Authority {
            id: token.id(),
            tenant: token.tenant().to_string(),
            capability: token.capability().to_string(),
            expires_at: None,
            hosts: Vec::new(),
            schemes: Vec::new(),
            methods: Vec::new(),
            path_prefixes: Vec::new(),
            tools: Vec::new(),
            read_only: false,
            max_request_bytes: None,
            max_response_bytes: None,
            timeout_ms: None,
            quota_bytes: None,
        };
        for caveat in token.caveats() {
            match caveat {
                Caveat::ExpiresAt(t) => a.expires_at = min_limit(a.expires_at, *t),
                Caveat::Hosts(v) => a.hosts.push(v.clone()),
                Caveat::Schemes(v) => a.schemes.push(v.clone()),
                Caveat::Methods(v) => a.methods.push(v.clone()),
                Caveat::PathPrefixes(v) => a.path_prefixes.push(v.clone()),
                Caveat::Tools(v) => a.tools.push(v.clone()),
                Caveat::ReadOnly => a.read_only = true,
                Caveat::MaxRequestBytes(n) => {
                    a.max_request_bytes = min_limit(a.max_request_bytes, *n)
                }
                Caveat::MaxResponseBytes(n) => {
                    a.max_response_bytes = min_limit(a.max_response_bytes, *n)
                }
                Caveat::TimeoutMs(n) => a.timeout_ms = min_limit(a.timeout_ms, *n),
                Caveat::QuotaBytes(n) => a.quota_bytes = min_limit(a.quota_bytes, *n),
            }
        }
        a
    }

    /// Fails with [`CapError::Expired`] at and after the token's expiry.
    pub fn check_expiry(&self, now: u64) -> Result<(), CapError> {
        match self.expires_at {
            Some(expired_at) if now >= expired_at => Err(CapError::Expired {
                id: self.id,
                expired_at,
                now,
            }),
            _ => Ok(()),
        }
    }

    /// Whether an http request is inside this authority. `port` is the port the request will connect to
    /// (the scheme's default when the URL names none); `path` is the URL path, with or without a query.
    ///
    /// The host is compared in canonical form (see `HostPattern`), the path after percent-decoding and on
    /// whole segments, and the method upper-cased: the broker must send the method upper-case and
    /// connect to the host it passed here.
    pub fn allows_http(
        &self,
        scheme: &str,
        host: &str,
        port: u16,
        method: &str,
        path: &str,
    ) -> Result<(), Denied> {
        self.require("http")?;
        let scheme = Scheme::parse(scheme).map_err(|_| Denied::Scheme {
            scheme: clip(scheme),
            allowed: describe(&self.schemes, "http, https"),
        })?;
        if !self.schemes.iter().all(|set| set.contains(&scheme)) {
            return Err(Denied::Scheme {
                scheme: scheme.to_string(),
                allowed: describe(&self.schemes, "any"),
            });
        }
        let host = normalize_host(host).map_err(|reason| Denied::InvalidHost {
            host: clip(host),
            reason,
        })?;
        let default_port = scheme.default_port();
        if !self
            .hosts
            .iter()
            .all(|set| set.iter().any(|p| p.matches(&host, port, default_port)))
        {
            return Err(Denied::Host {
                host,
                port,
                allowed: describe(&self.hosts, "any"),
            });
        }
        let method = Method::parse(method).map_err(|_| Denied::Method {
            method: clip(method),
            allowed: describe(&self.methods, "any"),
        })?;
        if !self.methods.iter().all(|set| set.contains(&method)) {
            return Err(Denied::Method {
                method: method.to_string(),
                allowed: describe(&self.methods, "any"),
            });
        }
        let invalid = |reason| Denied::InvalidPath {
            path: clip(path),
            reason,
        };
        let decoded = decode_http_path(path).map_err(invalid)?;
        let segments = http_segments(&decoded).map_err(invalid)?;
        self.check_prefixes(&segments, path)
    }

    /// Whether this token names `host` and `port` explicitly in every host caveat, with no wildcard. The
    /// broker refuses private, loopback and link-local addresses unless the token names the host this way.
    pub fn names_host(&self, scheme: &str, host: &str, port: u16) -> bool {
        let (Ok(scheme), Ok(host)) = (Scheme::parse(scheme), normalize_host(host)) else {
            return false;
        };
        self.capability == "http"
            && !self.hosts.is_empty()
            && self.hosts.iter().all(|set| {
                set.iter()
                    .any(|p| p.names(&host, port, scheme.default_port()))
            })
    }

    /// Whether an fs operation on `path` (inside the tenant's root; `/a/b` and `a/b` are the same path)
    /// is inside this authority. Returns the normalized path the broker must open.
    pub fn allows_fs(&self, path: &str, write: bool) -> Result<FsPath, Denied> {
        self.require("fs")?;
        let segments = fs_segments(path).map_err(|reason| Denied::InvalidPath {
            path: clip(path),
            reason,
        })?;
        self.check_prefixes(&segments, path)?;
        if write && self.read_only {
            return Err(Denied::ReadOnly { path: clip(path) });
        }
        Ok(fs_path(&segments))
    }

    /// Whether calling the tool `name` is inside this authority.
    pub fn allows_tool(&self, name: &str) -> Result<(), Denied> {
        self.require("tools")?;
        if self
            .tools
            .iter()
            .all(|set| set.iter().any(|t| t.as_str() == name))
        {
            Ok(())
        } else {
            Err(Denied::Tool {
                name: clip(name),
                allowed: describe(&self.tools, "any"),
            })
        }
    }

    fn require(&self, needed: &'static str) -> Result<(), Denied> {
        if self.capability == needed {
            Ok(())
        } else {
            Err(Denied::WrongCapability {
                needed,
                granted: self.capability.clone(),
            })
        }
    }

    fn check_prefixes<S: AsRef<[u8]>>(&self, segments: &[S], path: &str) -> Result<(), Denied> {
        if self
            .path_prefixes
            .iter()
            .all(|set| set.iter().any(|p| p.covers(segments)))
        {
            Ok(())
        } else {
            Err(Denied::Path {
                path: clip(path),
                allowed: describe(&self.path_prefixes, "any"),
            })
        }
    }

    /// The token's id (shared by every token attenuated from the same mint).
    pub fn token_id(&self) -> TokenId {
        self.id
    }

    /// The tenant the token was minted for.
    pub fn tenant(&self) -> &str {
        &self.tenant
    }

    /// The capability granted.
    pub fn capability(&self) -> &str {
        &self.capability
    }

    /// When the token expires (unix seconds), if it does.
    pub fn expires_at(&self) -> Option<u64> {
        self.expires_at
    }

    /// http: the most bytes a request body may have, if limited.
    pub fn max_request_bytes(&self) -> Option<u64> {
        self.max_request_bytes
    }

    /// http: the most bytes a response body may have, if limited.
    pub fn max_response_bytes(&self) -> Option<u64> {
        self.max_response_bytes
    }

    /// http: how long one request may take, if limited.
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout_ms.map(Duration::from_millis)
    }

    /// fs: the most bytes writes may use in total, if limited.
    pub fn quota_bytes(&self) -> Option<u64> {
        self.quota_bytes
    }

    /// fs: whether writes are refused.
    pub fn read_only(&self) -> bool {
        self.read_only
    }
}

/// Describes what a list restriction allows, for a denial message: `a, b` for one caveat, and
/// `{a, b} and {b}` when several must all hold. `unrestricted` is shown when there is no such caveat.
/// Bounded, so a token full of long lists still gives a short message.
fn describe<T: fmt::Display>(sets: &[Vec<T>], unrestricted: &str) -> String {
    let one = |set: &Vec<T>| set.iter().map(T::to_string).collect::<Vec<_>>().join(", ");
    let text = match sets {
        [] => unrestricted.to_string(),
        [set] => one(set),
        _ => sets
            .iter()
            .map(|set| format!("{{{}}}", one(set)))
            .collect::<Vec<_>>()
            .join(" and "),
    };
    clip(&text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::KeyId;
    use crate::mac::Keyed;

    fn authority(capability: &str, caveats: Vec<Caveat>) -> Authority {
        let token = Token::mint(
            &Keyed::new(&[1; 32]),
            KeyId::new(1),
            TokenId::from_bytes([2; 16]),
            "acme",
            capability,
            caveats,
        )
        .expect("mints");
        Authority::from_token(&token)
    }

    fn hosts(list: &[&str]) -> Caveat {
        Caveat::Hosts(
            list.iter()
                .map(|h| HostPattern::parse(h).expect("host"))
                .collect(),
        )
    }

    fn prefixes(list: &[&str]) -> Caveat {
        Caveat::PathPrefixes(
            list.iter()
                .map(|p| PathPrefix::parse(p).expect("prefix"))
                .collect(),
        )
    }

    fn methods(list: &[&str]) -> Caveat {
        Caveat::Methods(
            list.iter()
                .map(|m| Method::parse(m).expect("method"))
                .collect(),
        )
    }

    #[test]
    fn http_hosts_ports_methods_and_paths() {
        let a = authority(
            "http",
            vec![
                hosts(&["api.example.com", "localhost:8080"]),
                methods(&["GET", "POST"]),
                prefixes(&["/v1"]),
            ],
        );
        assert_eq!(
            a.allows_http("https", "api.example.com", 443, "GET", "/v1/users"),
            Ok(())
        );
        assert_eq!(
            a.allows_http("HTTPS", "API.example.com.", 443, "get", "/v1"),
            Ok(())
        );
        assert_eq!(
            a.allows_http("http", "api.example.com", 80, "POST", "/v1/x?q=1"),
            Ok(())
        );
        assert_eq!(
            a.allows_http("http", "localhost", 8080, "GET", "/v1/"),
            Ok(())
        );
        let code = |r: Result<(), Denied>| r.err().map(|d| d.code());
        assert_eq!(
            code(a.allows_http("https", "api.example.com", 8443, "GET", "/v1")),
            Some("host")
        );
        assert_eq!(
            code(a.allows_http("https", "evil.com", 443, "GET", "/v1")),
            Some("host")
        );
        assert_eq!(
            code(a.allows_http("http", "localhost", 80, "GET", "/v1")),
            Some("host")
        );
        assert_eq!(
            code(a.allows_http("https", "api.example.com", 443, "DELETE", "/v1")),
            Some("method")
        );
        assert_eq!(
            code(a.allows_http("https", "api.example.com", 443, "GET", "/v2")),
            Some("path")
        );
        assert_eq!(
            code(a.allows_http("https", "api.example.com", 443, "GET", "/v10")),
            Some("path")
        );
        assert_eq!(
            code(a.allows_http("https", "api.example.com", 443, "GET", "/v1/../admin")),
            Some("invalid_path")
        );
        assert_eq!(
            code(a.allows_http("ftp", "api.example.com", 21, "GET", "/v1")),
            Some("scheme")
        );
        assert_eq!(
            code(a.allows_http("https", "2130706433", 443, "GET", "/v1")),
            Some("invalid_host")
        );
        assert_eq!(
            code(a.allows_http("https", "api.example.com", 443, "G E T", "/v1")),
            Some("method")
        );
    }

    #[test]
    fn several_caveats_intersect() {
        let a = authority(
            "http",
            vec![
                hosts(&["a.com", "b.com"]),
                hosts(&["b.com", "c.com"]),
                prefixes(&["/v1", "/v2"]),
                prefixes(&["/v2/public"]),
                Caveat::Schemes(vec![Scheme::Https, Scheme::Http]),
                Caveat::Schemes(vec![Scheme::Https]),
                Caveat::MaxResponseBytes(1000),
                Caveat::MaxResponseBytes(500),
                Caveat::MaxResponseBytes(800),
                Caveat::ExpiresAt(300),
                Caveat::ExpiresAt(200),
            ],
        );
        assert!(a
            .allows_http("https", "b.com", 443, "GET", "/v2/public/x")
            .is_ok());
        assert!(a
            .allows_http("https", "a.com", 443, "GET", "/v2/public/x")
            .is_err());
        assert!(a
            .allows_http("https", "c.com", 443, "GET", "/v2/public/x")
            .is_err());
        assert!(a
            .allows_http("https", "b.com", 443, "GET", "/v1/public")
            .is_err());
        assert!(a
            .allows_http("http", "b.com", 80, "GET", "/v2/public")
            .is_err());
        assert_eq!(a.max_response_bytes(), Some(500));
        assert_eq!(a.expires_at(), Some(200));
        assert!(a.check_expiry(199).is_ok());
        assert!(matches!(
            a.check_expiry(200),
            Err(CapError::Expired {
                expired_at: 200,
                ..
            })
        ));
        let denied = a
            .allows_http("https", "a.com", 443, "GET", "/v2/public")
            .expect_err("denied");
        assert_eq!(
            denied.to_string(),
            "host a.com port 443 is not allowed by this token (allowed: {a.com, b.com} and {b.com, c.com})"
        );
    }

    #[test]
    fn explicit_naming_is_for_ssrf_exemptions() {
        let a = authority("http", vec![hosts(&["127.0.0.1:8080", "*.example.com"])]);
        assert!(a.names_host("http", "127.0.0.1", 8080));
        assert!(!a.names_host("http", "127.0.0.1", 80));
        assert!(!a.names_host("https", "x.example.com", 443));
        assert!(a
            .allows_http("https", "x.example.com", 443, "GET", "/")
            .is_ok());
        let unrestricted = authority("http", vec![]);
        assert!(!unrestricted.names_host("http", "127.0.0.1", 80));
        let narrowed = authority("http", vec![hosts(&["127.0.0.1:8080"]), hosts(&["*:8080"])]);
        assert!(!narrowed.names_host("http", "127.0.0.1", 8080));
    }

    #[test]
    fn fs_prefixes_and_read_only() {
        let a = authority(
            "fs",
            vec![
                prefixes(&["/reports"]),
                Caveat::ReadOnly,
                Caveat::QuotaBytes(10),
            ],
        );
        assert_eq!(
            a.allows_fs("/reports/a.txt", false)
                .map(|p| p.as_str().to_string()),
            Ok("reports/a.txt".into())
        );
        assert_eq!(
            a.allows_fs("reports//q1/./b", false).map(|p| p.to_string()),
            Ok("/reports/q1/b".into())
        );
        assert_eq!(
            a.allows_fs("/reports2/a.txt", false)
                .err()
                .map(|d| d.code()),
            Some("path")
        );
        assert_eq!(
            a.allows_fs("/reports/../x", false).err().map(|d| d.code()),
            Some("invalid_path")
        );
        assert_eq!(
            a.allows_fs("/reports/a\0", false).err().map(|d| d.code()),
            Some("invalid_path")
        );
        assert_eq!(
            a.allows_fs("/reports/a.txt", true).err().map(|d| d.code()),
            Some("read_only")
        );
        assert_eq!(a.quota_bytes(), Some(10));
        assert!(a.read_only());
        let rw = authority("fs", vec![]);
        assert!(rw.allows_fs("/anything", true).is_ok());
        assert!(rw.allows_fs("/", false).expect("root").is_root());
    }

    #[test]
    fn tools_must_be_listed_in_every_caveat() {
        let tool = |n: &str| ToolName::parse(n).expect("tool");
        let a = authority(
            "tools",
            vec![
                Caveat::Tools(vec![tool("search"), tool("fetch")]),
                Caveat::Tools(vec![tool("search")]),
            ],
        );
        assert!(a.allows_tool("search").is_ok());
        assert_eq!(a.allows_tool("fetch").err().map(|d| d.code()), Some("tool"));
        assert_eq!(
            a.allows_tool("Search").err().map(|d| d.code()),
            Some("tool")
        );
    }

    #[test]
    fn checks_refuse_the_wrong_capability() {
        let fs = authority("fs", vec![]);
        assert_eq!(
            fs.allows_http("https", "a.com", 443, "GET", "/")
                .err()
                .map(|d| d.code()),
            Some("wrong_capability")
        );
        assert!(fs.allows_tool("search").is_err());
        assert!(!fs.names_host("https", "a.com", 443));
        let http = authority("http", vec![]);
        assert!(http.allows_fs("/a", false).is_err());
    }

    #[test]
    fn limits_are_exposed() {
        let a = authority(
            "http",
            vec![
                Caveat::TimeoutMs(1500),
                Caveat::MaxRequestBytes(64),
                Caveat::TimeoutMs(2000),
            ],
        );
        assert_eq!(a.timeout(), Some(Duration::from_millis(1500)));
        assert_eq!(a.max_request_bytes(), Some(64));
        assert_eq!(a.max_response_bytes(), None);
        assert_eq!(a.expires_at(), None);
        assert_eq!(a.tenant(), "acme");
        assert_eq!(a.capability(), "http");
        assert_eq!(a.token_id(), TokenId::from_bytes([2; 16]));
    }
}
