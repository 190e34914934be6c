//! Error types, one per job: decoding a token string ([`ParseError`]), building or narrowing a token
//! ([`TokenError`]), verifying one ([`CapError`]), a request outside a verified authority ([`Denied`]), and
//! the on-disk key store ([`StoreError`]).
//!
//! Messages are written for whoever has to act on them, often an LLM agent: each says what failed and what
//! to do next. No message contains key material or a whole token (a token is a bearer credential): tokens
//! are named by id. Values that came from a script (hosts, paths) are clipped so a message stays bounded.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::id::{KeyId, TokenId};
use crate::time::{format_span, format_utc};

/// The longest piece of caller-supplied text quoted in a message.
const MAX_QUOTED: usize = 120;

/// Quotes caller-supplied text in a message, clipped at a character boundary.
pub(crate) fn clip(s: &str) -> String {
    match s.char_indices().nth(MAX_QUOTED) {
        None => s.to_string(),
        Some((cut, _)) => format!("{}…", &s[..cut]),
    }
}

/// Why a string is not a well-formed token. Every malformed input maps to one of these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// The string is longer than [`crate::MAX_TOKEN_LEN`] bytes.
    TooLong {
        /// Its length in bytes.
        len: usize,
    },
    /// The string does not start with [`crate::TOKEN_PREFIX`].
    BadPrefix,
    /// The string is a token of another format version (`npy2_...`).
    UnsupportedVersion,
    /// The text after the prefix is not unpadded base64url.
    BadBase64,
    /// The bytes end in the middle of a field.
    Truncated {
        /// The field being read.
        field: &'static str,
    },
    /// A field holds a value the format does not allow.
    BadField {
        /// The field.
        field: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A caveat kind this version does not know. Unknown caveats fail closed: they may restrict something
    /// this verifier cannot check.
    UnknownCaveat {
        /// The caveat's tag byte.
        tag: u8,
    },
    /// A caveat that does not apply to the token's capability (a host caveat on an `fs` token).
    CaveatNotApplicable {
        /// The caveat kind.
        caveat: &'static str,
        /// The token's capability.
        capability: String,
    },
    /// More than [`crate::MAX_CAVEATS`] caveats.
    TooManyCaveats,
    /// A caveat whose bytes are not in the one canonical encoding of its value.
    NonCanonical {
        /// The caveat kind.
        caveat: &'static str,
    },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::TooLong { len } => write!(
                f,
                "the token is {len} bytes long, more than the {} a token may have",
                crate::MAX_TOKEN_LEN
            ),
            ParseError::BadPrefix => write!(
                f,
                "the text is not an nPython token (tokens start with `{}`)",
                crate::TOKEN_PREFIX
            ),
            ParseError::UnsupportedVersion => write!(
                f,
                "the token uses a format version this engine does not support (expected `{}`)",
                crate::TOKEN_PREFIX
            ),
            ParseError::BadBase64 => {
                write!(
                    f,
                    "the token is not valid base64url text (was it cut or wrapped?)"
                )
            }
            ParseError::Truncated { field } => {
                write!(
                    f,
                    "the token ends in the middle of its {field} (it was cut short)"
                )
            }
            ParseError::BadField { field, reason } => write!(f, "the token's {field} {reason}"),
            ParseError::UnknownCaveat { tag } => write!(
                f,
                "the token has a caveat of unknown kind {tag}, so it cannot be checked here"
            ),
            ParseError::CaveatNotApplicable { caveat, capability } => write!(
                f,
                "the token has a `{caveat}` caveat, which does not apply to `{}` tokens",
                clip(capability)
            ),
            ParseError::TooManyCaveats => {
                write!(f, "the token has more than {} caveats", crate::MAX_CAVEATS)
            }
            ParseError::NonCanonical { caveat } => {
                write!(
                    f,
                    "the token's `{caveat}` caveat is not canonically encoded"
                )
            }
        }
    }
}

impl std::error::Error for ParseError {}

/// Why a token could not be minted, or a caveat built or appended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenError {
    /// A value (tenant, capability, host, path, method, tool, list) is not allowed.
    InvalidValue {
        /// What the value is.
        what: &'static str,
        /// The value as given, clipped.
        value: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The caveat does not apply to this capability.
    NotApplicable {
        /// The caveat kind.
        caveat: &'static str,
        /// The token's capability.
        capability: String,
    },
    /// The token would have more than [`crate::MAX_CAVEATS`] caveats.
    TooManyCaveats,
    /// The token would be longer than [`crate::MAX_TOKEN_LEN`].
    TooLong {
        /// The length it would have, in bytes.
        len: usize,
    },
    /// The operating system's random source failed, so no token id could be drawn.
    Entropy(String),
}

impl TokenError {
    pub(crate) fn invalid(what: &'static str, value: &str, reason: &'static str) -> TokenError {
        TokenError::InvalidValue {
            what,
            value: clip(value),
            reason,
        }
    }
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenError::InvalidValue {
                what,
                value,
                reason,
            } => write!(f, "invalid {what} `{value}`: {reason}"),
            TokenError::NotApplicable { caveat, capability } => write!(
                f,
                "a `{caveat}` restriction does not apply to `{capability}` tokens"
            ),
            TokenError::TooManyCaveats => write!(
                f,
                "a token may carry at most {} caveats; mint a narrower token instead of attenuating further",
                crate::MAX_CAVEATS
            ),
            TokenError::TooLong { len } => write!(
                f,
                "the token would be {len} bytes, more than the {} allowed; use fewer or shorter restrictions",
                crate::MAX_TOKEN_LEN
            ),
            TokenError::Entropy(e) => write!(f, "the system random source failed: {e}"),
        }
    }
}

impl std::error::Error for TokenError {}

/// Why a token is considered forged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Forgery {
    /// The string is not a well-formed token.
    Malformed(ParseError),
    /// The token names a signing key this verifier does not have.
    UnknownKey(KeyId),
    /// The signature does not match the header and caveats.
    BadSignature,
}

/// Why a token does not grant what was asked. Matched by code at `with scope(...)` entry and at every
/// gated call; [`CapError::code`] is the stable name for APIs and metrics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CapError {
    /// Malformed, signed with an unknown key, or the signature does not match: someone edited it.
    Forged(Forgery),
    /// The token's expiry has passed.
    Expired {
        /// The token's id.
        id: TokenId,
        /// When it expired (unix seconds).
        expired_at: u64,
        /// The time it was checked at (unix seconds).
        now: u64,
    },
    /// The token's id is on the revocation list.
    Revoked {
        /// The token's id.
        id: TokenId,
    },
    /// The token was minted for another tenant.
    WrongTenant {
        /// The token's id.
        id: TokenId,
        /// The tenant asking.
        expected: String,
        /// The token's tenant. Kept for audit logs; the message does not show it, so one tenant's
        /// scripts do not learn another tenant's name.
        found: String,
    },
    /// The token grants another capability.
    WrongCapability {
        /// The token's id.
        id: TokenId,
        /// The capability asked for.
        expected: String,
        /// The capability the token grants.
        found: String,
    },
    /// The key store could not be read, so nothing can be verified (fail closed).
    Unavailable {
        /// What went wrong, for the operator.
        reason: String,
    },
}

impl CapError {
    /// The stable, machine-readable name of this error: `forged`, `expired`, `revoked`,
    /// `wrong_tenant`, `wrong_capability` or `unavailable`.
    pub fn code(&self) -> &'static str {
        match self {
            CapError::Forged(_) => "forged",
            CapError::Expired { .. } => "expired",
            CapError::Revoked { .. } => "revoked",
            CapError::WrongTenant { .. } => "wrong_tenant",
            CapError::WrongCapability { .. } => "wrong_capability",
            CapError::Unavailable { .. } => "unavailable",
        }
    }
}

impl From<ParseError> for CapError {
    fn from(e: ParseError) -> CapError {
        CapError::Forged(Forgery::Malformed(e))
    }
}

impl fmt::Display for CapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CapError::Forged(Forgery::Malformed(e)) => write!(
                f,
                "capability token rejected as forged: {e}. Pass the token exactly as it was issued, or \
                 ask for a new token; tokens can be narrowed with `npython token attenuate` but never \
                 edited"
            ),
            CapError::Forged(Forgery::UnknownKey(key)) => write!(
                f,
                "capability token rejected as forged: it is signed with key {key}, which this engine does \
                 not have (the key was retired, or the token comes from another installation). Ask for a \
                 new token"
            ),
            CapError::Forged(Forgery::BadSignature) => write!(
                f,
                "capability token rejected as forged: its signature does not match its contents, so it \
                 was edited, truncated or made up. Ask for a new token; do not retry with this one"
            ),
            CapError::Expired {
                id,
                expired_at,
                now,
            } => write!(
                f,
                "capability token {id} expired at {} ({} ago). Ask for a new token; an expired token \
                 cannot be renewed",
                format_utc(*expired_at),
                format_span(now.saturating_sub(*expired_at))
            ),
            CapError::Revoked { id } => write!(
                f,
                "capability token {id} has been revoked. Ask for a new token; do not retry with this one"
            ),
            CapError::WrongTenant { id, expected, .. } => write!(
                f,
                "capability token {id} was minted for another tenant, not `{}`. Use a token issued to \
                 this tenant",
                clip(expected)
            ),
            CapError::WrongCapability {
                id,
                expected,
                found,
            } => write!(
                f,
                "capability token {id} grants the `{found}` capability, not `{}`. Use it as \
                 scope(\"{found}\", token), or pass a `{}` token",
                clip(expected),
                clip(expected)
            ),
            CapError::Unavailable { reason } => write!(
                f,
                "capability tokens cannot be checked right now ({reason}); this is a problem of the \
                 engine, not of the token: retry later or tell the operator"
            ),
        }
    }
}

impl std::error::Error for CapError {}

/// A request outside a verified token's authority. [`Denied::code`] is the stable name for the audit log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Denied {
    /// The check is for one capability and the token grants another.
    WrongCapability {
        /// The capability the check needs.
        needed: &'static str,
        /// The capability the token grants.
        granted: String,
    },
    /// The URL scheme is not allowed.
    Scheme {
        /// The requested scheme.
        scheme: String,
        /// What the token allows.
        allowed: String,
    },
    /// The host (or its port) is not allowed.
    Host {
        /// The requested host, normalized.
        host: String,
        /// The requested port.
        port: u16,
        /// What the token allows.
        allowed: String,
    },
    /// The host is not a valid host name or IP address.
    InvalidHost {
        /// The host as given, clipped.
        host: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The HTTP method is not allowed.
    Method {
        /// The requested method.
        method: String,
        /// What the token allows.
        allowed: String,
    },
    /// The path is outside every allowed prefix.
    Path {
        /// The requested path, clipped.
        path: String,
        /// What the token allows.
        allowed: String,
    },
    /// The path is not acceptable at all (`..`, a NUL byte, a bad escape).
    InvalidPath {
        /// The path as given, clipped.
        path: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A write with a read-only token.
    ReadOnly {
        /// The path written, clipped.
        path: String,
    },
    /// The tool is not allowed.
    Tool {
        /// The requested tool.
        name: String,
        /// What the token allows.
        allowed: String,
    },
}

impl Denied {
    /// The stable, machine-readable name of this denial.
    pub fn code(&self) -> &'static str {
        match self {
            Denied::WrongCapability { .. } => "wrong_capability",
            Denied::Scheme { .. } => "scheme",
            Denied::Host { .. } => "host",
            Denied::InvalidHost { .. } => "invalid_host",
            Denied::Method { .. } => "method",
            Denied::Path { .. } => "path",
            Denied::InvalidPath { .. } => "invalid_path",
            Denied::ReadOnly { .. } => "read_only",
            Denied::Tool { .. } => "tool",
        }
    }
}

impl fmt::Display for Denied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Denied::WrongCapability { needed, granted } => write!(
                f,
                "this call needs an `{needed}` token, but the scope's token grants `{granted}`"
            ),
            Denied::Scheme { scheme, allowed } => write!(
                f,
                "scheme `{scheme}` is not allowed by this token (allowed: {allowed})"
            ),
            Denied::Host {
                host,
                port,
                allowed,
            } => write!(
                f,
                "host {host} port {port} is not allowed by this token (allowed: {allowed})"
            ),
            Denied::InvalidHost { host, reason } => write!(f, "invalid host `{host}`: {reason}"),
            Denied::Method { method, allowed } => write!(
                f,
                "method {method} is not allowed by this token (allowed: {allowed})"
            ),
            Denied::Path { path, allowed } => write!(
                f,
                "path `{path}` is outside the paths this token allows (allowed: {allowed})"
            ),
            Denied::InvalidPath { path, reason } => write!(f, "invalid path `{path}`: {reason}"),
            Denied::ReadOnly { path } => write!(
                f,
                "cannot write `{path}`: this token is read-only; ask for a read-write token"
            ),
            Denied::Tool { name, allowed } => write!(
                f,
                "tool `{name}` is not allowed by this token (allowed: {allowed})"
            ),
        }
    }
}

impl std::error::Error for Denied {}

/// Why the key store in `$NPYTHON_HOME` could not be opened, read or written.
#[derive(Debug)]
pub enum StoreError {
    /// An I/O operation failed.
    Io {
        /// What was being done.
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The operating system's error.
        source: io::Error,
    },
    /// The store has no signing key, and this operation does not create one.
    NoKey {
        /// The store directory.
        home: PathBuf,
    },
    /// A key file is readable by other users, so the key must be assumed leaked.
    InsecureKeyFile {
        /// The key file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// A key file does not hold exactly one key.
    CorruptKey {
        /// The key file.
        path: PathBuf,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The revocation log is larger than the store will read.
    RevocationLogTooLarge {
        /// The log file.
        path: PathBuf,
        /// Its size in bytes.
        len: u64,
    },
    /// The operating system's random source failed.
    Entropy(String),
    /// Neither `$NPYTHON_HOME` nor `$HOME` is set.
    NoHome,
}

impl StoreError {
    pub(crate) fn io(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Self {
        StoreError::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Io {
                action,
                path,
                source,
            } => write!(f, "cannot {action} {}: {source}", path.display()),
            StoreError::NoKey { home } => write!(
                f,
                "no signing key in {} (run `npython token mint` once to create one)",
                home.display()
            ),
            StoreError::InsecureKeyFile { path, mode } => write!(
                f,
                "signing key {} has permissions {mode:o}, readable by other users; consider it leaked: \
                 rotate the key, then `chmod 600` the file",
                path.display()
            ),
            StoreError::CorruptKey { path, reason } => {
                write!(f, "signing key {} is unusable: {reason}", path.display())
            }
            StoreError::RevocationLogTooLarge { path, len } => write!(
                f,
                "revocation log {} is {len} bytes, more than the store reads; rotate the signing key \
                 and start a new log",
                path.display()
            ),
            StoreError::Entropy(e) => write!(f, "the system random source failed: {e}"),
            StoreError::NoHome => write!(
                f,
                "cannot find the key store: set NPYTHON_HOME (or HOME, for ~/.npython)"
            ),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_keeps_short_text_and_cuts_long_text_on_a_char_boundary() {
        assert_eq!(clip("abc"), "abc");
        let long = "é".repeat(500);
        let clipped = clip(&long);
        assert_eq!(clipped.chars().count(), MAX_QUOTED + 1);
        assert!(clipped.ends_with('…'));
    }

    #[test]
    fn wrong_tenant_message_does_not_name_the_other_tenant() {
        let e = CapError::WrongTenant {
            id: TokenId::from_bytes([7; 16]),
            expected: "alice".into(),
            found: "bob-secret-corp".into(),
        };
        let text = e.to_string();
        assert!(text.contains("alice"), "{text}");
        assert!(!text.contains("bob-secret-corp"), "{text}");
        assert_eq!(e.code(), "wrong_tenant");
    }

    #[test]
    fn every_cap_error_says_what_to_do() {
        let id = TokenId::from_bytes([1; 16]);
        let errors = [
            CapError::Forged(Forgery::BadSignature),
            CapError::Forged(Forgery::UnknownKey(KeyId::new(9))),
            CapError::Forged(Forgery::Malformed(ParseError::BadBase64)),
            CapError::Expired {
                id,
                expired_at: 100,
                now: 3700,
            },
            CapError::Revoked { id },
            CapError::WrongCapability {
                id,
                expected: "http".into(),
                found: "fs".into(),
            },
        ];
        for e in errors {
            let text = e.to_string();
            assert!(
                text.contains("new token") || text.contains("scope("),
                "not actionable: {text}"
            );
        }
    }
}
