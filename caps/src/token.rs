//! The token: its fields, its string form, attenuation, and recomputing its signature chain.
//!
//! # Wire format, version 1
//!
//! A token string is [`TOKEN_PREFIX`] (`npy1_`) followed by the unpadded base64url encoding of:
//!
//! | field      | encoding                                                                  |
//! |------------|---------------------------------------------------------------------------|
//! | key id     | u32, big-endian                                                           |
//! | token id   | 16 bytes                                                                  |
//! | tenant     | u8 length, then 1 to 64 bytes of `[A-Za-z0-9._-]`                          |
//! | capability | u8 length, then 1 to 32 bytes of `[a-z0-9_-]`, starting with a letter      |
//! | caveats    | 0 to [`MAX_CAVEATS`] caveats, each `tag: u8, len: u16, body` (`caveat.rs`) |
//! | signature  | 32 bytes: the last link of the HMAC-SHA256 chain                          |
//!
//! The header is everything before the first caveat; the root signature covers it, and each caveat's
//! exact bytes are one link of the chain (see the crate docs). The whole string is at most
//! [`MAX_TOKEN_LEN`] bytes, checked before decoding, and base64 decoding is strict (no padding, no
//! whitespace, no stray bits), so each token has exactly one string form. A future format gets a new
//! prefix (`npy2_`); this version refuses it instead of guessing.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use crate::caveat::Caveat;
use crate::error::{ParseError, TokenError};
use crate::id::{KeyId, TokenId};
use crate::mac::{self, Keyed, Signature};
use crate::wire::{put_short_str, Reader};

/// The prefix of every version-1 token string.
pub const TOKEN_PREFIX: &str = "npy1_";

/// The longest token string accepted, in bytes. About 3 KB of caveats: room for dozens of hosts, while
/// a hostile string is refused before a byte of it is decoded.
pub const MAX_TOKEN_LEN: usize = 4096;

/// The most caveats one token may carry.
pub const MAX_CAVEATS: usize = 32;

/// A parsed capability token. Parsing checks only the format: whether the token is genuine, current and
/// meant for the caller is decided by a [`crate::Verifier`].
///
/// `Debug` shows the id, tenant, capability and caveats but never the signature, and there is no
/// `Display`: the string form, a bearer credential, only comes out through [`Token::encode`].
#[derive(Clone)]
pub struct Token {
    /// The header followed by every caveat, byte for byte as signed.
    body: Vec<u8>,
    /// Where the header ends in `body`.
    header_len: usize,
    /// Where each caveat ends in `body`.
    caveat_ends: Vec<usize>,
    key_id: KeyId,
    id: TokenId,
    tenant: String,
    capability: String,
    caveats: Vec<Caveat>,
    signature: Signature,
}

impl Token {
    /// Creates a token signed with `key`, then appends `caveats` in order.
    pub(crate) fn mint(
        key: &Keyed,
        key_id: KeyId,
        id: TokenId,
        tenant: &str,
        capability: &str,
        caveats: impl IntoIterator<Item = Caveat>,
    ) -> Result<Token, TokenError> {
        check_tenant(tenant).map_err(|reason| TokenError::invalid("tenant", tenant, reason))?;
        check_capability(capability)
            .map_err(|reason| TokenError::invalid("capability", capability, reason))?;
        let mut body = Vec::with_capacity(64);
        body.extend_from_slice(&key_id.get().to_be_bytes());
        body.extend_from_slice(id.as_bytes());
        // Both fit in a short string: their checks above bound them to 64 and 32 bytes.
        let fits = put_short_str(&mut body, tenant).and(put_short_str(&mut body, capability));
        if fits.is_none() {
            return Err(TokenError::invalid("tenant", tenant, "is too long"));
        }
        let signature = mac::root(key, &body);
        let mut token = Token {
            header_len: body.len(),
            body,
            caveat_ends: Vec::new(),
            key_id,
            id,
            tenant: tenant.to_string(),
            capability: capability.to_string(),
            caveats: Vec::new(),
            signature,
        };
        for caveat in caveats {
            token.push(caveat)?;
        }
        Ok(token)
    }

    /// Returns a copy of this token narrowed by one more caveat. Needs no key: the new signature is keyed
    /// by the old one. Refuses a caveat that does not apply to this token's capability, and one that would
    /// take the token past [`MAX_CAVEATS`] or [`MAX_TOKEN_LEN`].
    pub fn attenuate(&self, caveat: Caveat) -> Result<Token, TokenError> {
        let mut token = self.clone();
        token.push(caveat)?;
        Ok(token)
    }

    fn push(&mut self, caveat: Caveat) -> Result<(), TokenError> {
        caveat.check_for(&self.capability)?;
        if self.caveats.len() >= MAX_CAVEATS {
            return Err(TokenError::TooManyCaveats);
        }
        let start = self.body.len();
        caveat.encode(&mut self.body)?;
        let len = encoded_len(self.body.len());
        if len > MAX_TOKEN_LEN {
            self.body.truncate(start);
            return Err(TokenError::TooLong { len });
        }
        let frame = self.body.get(start..).unwrap_or_default();
        self.signature = mac::chain(&self.signature, frame);
        self.caveat_ends.push(self.body.len());
        self.caveats.push(caveat);
        Ok(())
    }

    /// Parses a token string. Checks the format only, never the signature. Never panics: every malformed
    /// input is a [`ParseError`].
    pub fn parse(text: &str) -> Result<Token, ParseError> {
        if text.len() > MAX_TOKEN_LEN {
            return Err(ParseError::TooLong { len: text.len() });
        }
        let encoded = text.strip_prefix(TOKEN_PREFIX).ok_or_else(|| {
            if is_other_version(text) {
                ParseError::UnsupportedVersion
            } else {
                ParseError::BadPrefix
            }
        })?;
        let bytes = URL_SAFE_NO_PAD
            .decode(encoded)
            .map_err(|_| ParseError::BadBase64)?;
        let signature_at = bytes
            .len()
            .checked_sub(32)
            .ok_or(ParseError::Truncated { field: "signature" })?;
        let (body, signature) = bytes
            .split_at_checked(signature_at)
            .ok_or(ParseError::Truncated { field: "signature" })?;
        let signature: Signature = signature
            .try_into()
            .map_err(|_| ParseError::Truncated { field: "signature" })?;

        let mut reader = Reader::new(body);
        let key_id = KeyId::new(reader.u32("key id")?);
        let id = TokenId::from_bytes(reader.array("token id")?);
        let tenant = reader.short_str("tenant")?;
        check_tenant(tenant).map_err(|reason| ParseError::BadField {
            field: "tenant",
            reason,
        })?;
        let capability = reader.short_str("capability")?;
        check_capability(capability).map_err(|reason| ParseError::BadField {
            field: "capability",
            reason,
        })?;
        let header_len = reader.position();

        let mut caveats = Vec::new();
        let mut caveat_ends = Vec::new();
        while !reader.is_empty() {
            if caveats.len() >= MAX_CAVEATS {
                return Err(ParseError::TooManyCaveats);
            }
            let tag = reader.u8("caveat")?;
            let len = reader.u16("caveat")?;
            let caveat = Caveat::decode(tag, reader.take(usize::from(len), "caveat")?)?;
            if !caveat.applies_to(capability) {
                return Err(ParseError::CaveatNotApplicable {
                    caveat: caveat.kind(),
                    capability: capability.to_string(),
                });
            }
            caveats.push(caveat);
            caveat_ends.push(reader.position());
        }

        Ok(Token {
            header_len,
            caveat_ends,
            key_id,
            id,
            tenant: tenant.to_string(),
            capability: capability.to_string(),
            caveats,
            signature,
            body: body.to_vec(),
        })
    }

    /// The token's string form: what is handed to a script, a job or the CLI.
    pub fn encode(&self) -> String {
        let mut bytes = Vec::with_capacity(self.body.len() + self.signature.len());
        bytes.extend_from_slice(&self.body);
        bytes.extend_from_slice(&self.signature);
        let mut text = String::with_capacity(encoded_len(self.body.len()));
        text.push_str(TOKEN_PREFIX);
        URL_SAFE_NO_PAD.encode_string(&bytes, &mut text);
        text
    }

    /// Whether the signature is the chain recomputed from `key` over the header and every caveat.
    pub(crate) fn signature_valid(&self, key: &Keyed) -> bool {
        let Some(header) = self.body.get(..self.header_len) else {
            return false;
        };
        let mut signature = mac::root(key, header);
        let mut start = self.header_len;
        for &end in &self.caveat_ends {
            let Some(frame) = self.body.get(start..end) else {
                return false;
            };
            signature = mac::chain(&signature, frame);
            start = end;
        }
        mac::equal(&signature, &self.signature)
    }

    /// The id of the key that minted the token.
    pub fn key_id(&self) -> KeyId {
        self.key_id
    }

    /// The token's id, shared with every token attenuated from it.
    pub fn id(&self) -> TokenId {
        self.id
    }

    /// The tenant the token was minted for.
    pub fn tenant(&self) -> &str {
        &self.tenant
    }

    /// The capability the token grants.
    pub fn capability(&self) -> &str {
        &self.capability
    }

    /// The caveats, in the order they were added (the minter's first).
    pub fn caveats(&self) -> &[Caveat] {
        &self.caveats
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("id", &self.id)
            .field("key_id", &self.key_id)
            .field("tenant", &self.tenant)
            .field("capability", &self.capability)
            .field("caveats", &self.caveats)
            .finish_non_exhaustive()
    }
}

/// The length of the string form of a token whose body has `body_len` bytes.
fn encoded_len(body_len: usize) -> usize {
    let bytes = body_len.saturating_add(32);
    TOKEN_PREFIX.len()
        + base64::encoded_len(bytes, false).unwrap_or(usize::MAX - TOKEN_PREFIX.len())
}

/// Whether the text looks like a token of another format version (`npy2_...`).
fn is_other_version(text: &str) -> bool {
    text.strip_prefix("npy").is_some_and(|rest| {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest.as_bytes().get(digits) == Some(&b'_')
    })
}

/// Checks a tenant name: 1 to 64 ASCII letters, digits, `.`, `_` or `-`.
pub(crate) fn check_tenant(tenant: &str) -> Result<(), &'static str> {
    let valid = !tenant.is_empty()
        && tenant.len() <= 64
        && tenant
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    valid
        .then_some(())
        .ok_or("is 1 to 64 letters, digits, `.`, `_` or `-`")
}

/// Checks a capability name: 1 to 32 lowercase letters, digits, `_` or `-`, starting with a letter.
pub(crate) fn check_capability(capability: &str) -> Result<(), &'static str> {
    let mut bytes = capability.bytes();
    let valid = bytes.next().is_some_and(|b| b.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-'))
        && capability.len() <= 32;
    valid
        .then_some(())
        .ok_or("is 1 to 32 lowercase letters, digits, `_` or `-`, starting with a letter")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::HostPattern;

    fn key() -> Keyed {
        Keyed::new(&[42; 32])
    }

    fn hosts(list: &[&str]) -> Caveat {
        Caveat::Hosts(
            list.iter()
                .map(|h| HostPattern::parse(h).expect("host"))
                .collect(),
        )
    }

    fn minted() -> Token {
        Token::mint(
            &key(),
            KeyId::new(3),
            TokenId::from_bytes([9; 16]),
            "acme",
            "http",
            [
                Caveat::ExpiresAt(2_000_000_000),
                hosts(&["api.example.com"]),
            ],
        )
        .expect("mints")
    }

    #[test]
    fn string_form_round_trips() {
        let token = minted();
        let text = token.encode();
        assert!(text.starts_with(TOKEN_PREFIX));
        assert!(text[TOKEN_PREFIX.len()..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        let back = Token::parse(&text).expect("parses");
        assert_eq!(back.encode(), text);
        assert_eq!(back.key_id(), KeyId::new(3));
        assert_eq!(back.id(), TokenId::from_bytes([9; 16]));
        assert_eq!(back.tenant(), "acme");
        assert_eq!(back.capability(), "http");
        assert_eq!(back.caveats(), token.caveats());
        assert!(back.signature_valid(&key()));
        assert!(!back.signature_valid(&Keyed::new(&[43; 32])));
    }

    #[test]
    fn attenuation_extends_the_chain_without_the_key() {
        let token = minted();
        let narrower = token
            .attenuate(Caveat::Methods(vec![
                crate::Method::parse("GET").expect("m")
            ]))
            .expect("attenuates");
        assert_eq!(narrower.caveats().len(), 3);
        assert_eq!(narrower.id(), token.id());
        assert!(narrower.signature_valid(&key()));
        let reparsed = Token::parse(&narrower.encode()).expect("parses");
        assert!(reparsed.signature_valid(&key()));
    }

    #[test]
    fn attenuation_refuses_what_does_not_apply_or_fit() {
        let token = minted();
        assert!(matches!(
            token.attenuate(Caveat::ReadOnly),
            Err(TokenError::NotApplicable { .. })
        ));
        let mut t = token.clone();
        while t.caveats().len() < MAX_CAVEATS {
            t = t.attenuate(Caveat::ExpiresAt(1)).expect("room left");
        }
        assert_eq!(
            t.attenuate(Caveat::ExpiresAt(1)).err(),
            Some(TokenError::TooManyCaveats)
        );
        // Long host lists hit the length bound before the caveat count.
        let long: Vec<String> = (0..32)
            .map(|i| format!("{}{i}.example.com", "h".repeat(50)))
            .collect();
        let refs: Vec<&str> = long.iter().map(String::as_str).collect();
        let mut t = token;
        let err = loop {
            match t.attenuate(hosts(&refs)) {
                Ok(next) => t = next,
                Err(e) => break e,
            }
        };
        assert!(matches!(err, TokenError::TooLong { .. }), "{err}");
        assert!(t.encode().len() <= MAX_TOKEN_LEN);
        assert!(Token::parse(&t.encode()).is_ok());
    }

    #[test]
    fn mint_validates_names() {
        let mint = |tenant: &str, cap: &str| {
            Token::mint(
                &key(),
                KeyId::new(1),
                TokenId::from_bytes([0; 16]),
                tenant,
                cap,
                [],
            )
        };
        assert!(mint("acme-corp.eu_1", "http").is_ok());
        assert!(mint("crm", "my_crm-2").is_ok());
        for (tenant, cap) in [
            ("", "http"),
            ("a b", "http"),
            (&*"t".repeat(65), "http"),
            ("a", ""),
            ("a", "HTTP"),
            ("a", "1x"),
            ("a", &*"c".repeat(33)),
        ] {
            assert!(mint(tenant, cap).is_err(), "{tenant:?} {cap:?}");
        }
    }

    #[test]
    fn malformed_strings_are_typed_errors() {
        let good = minted().encode();
        let cases: Vec<(String, ParseError)> = vec![
            (String::new(), ParseError::BadPrefix),
            ("hello".into(), ParseError::BadPrefix),
            ("npy2_AAAA".into(), ParseError::UnsupportedVersion),
            ("npy10_AAAA".into(), ParseError::UnsupportedVersion),
            ("npy1_".into(), ParseError::Truncated { field: "signature" }),
            ("npy1_!!!!".into(), ParseError::BadBase64),
            (format!("{good}="), ParseError::BadBase64),
            (format!(" {good}"), ParseError::BadPrefix),
            (format!("{good}\n"), ParseError::BadBase64),
            (
                "x".repeat(MAX_TOKEN_LEN + 1),
                ParseError::TooLong {
                    len: MAX_TOKEN_LEN + 1,
                },
            ),
            (
                format!(
                    "npy1_{}",
                    URL_SAFE_NO_PAD.encode([&[0u8; 20][..], &[200], &[0; 42]].concat())
                ),
                ParseError::Truncated { field: "tenant" },
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(Token::parse(&text).err(), Some(expected), "{text:?}");
        }
    }

    #[test]
    fn inapplicable_and_unknown_caveats_in_signed_bytes_are_malformed() {
        // Build the bytes by hand, as a forger with the key (or a buggy minter) might.
        let token = minted();
        let mut body = token.body.get(..token.header_len).expect("header").to_vec();
        Caveat::ReadOnly.encode(&mut body).expect("encodes");
        body.extend_from_slice(&[0; 32]);
        let text = format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(&body));
        assert!(matches!(
            Token::parse(&text),
            Err(ParseError::CaveatNotApplicable {
                caveat: "read-only",
                ..
            })
        ));

        let mut body = token.body.get(..token.header_len).expect("header").to_vec();
        body.extend_from_slice(&[99, 0, 0]);
        body.extend_from_slice(&[0; 32]);
        let text = format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(&body));
        assert_eq!(
            Token::parse(&text).err(),
            Some(ParseError::UnknownCaveat { tag: 99 })
        );
    }

    #[test]
    fn random_bytes_and_text_never_panic() {
        let mut rng = crate::testutil::Rng::new(7);
        for _ in 0..5_000 {
            let len = rng.below(200);
            let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
            let _ = Token::parse(&format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(&bytes)));
            let _ = Token::parse(&String::from_utf8_lossy(&bytes));
        }
    }

    #[test]
    fn debug_never_shows_the_signature() {
        let token = minted();
        let shown = format!("{token:?}");
        assert!(shown.contains("acme"));
        let sig_hex: String = token.signature.iter().map(|b| format!("{b:02x}")).collect();
        assert!(!shown.contains(&sig_hex));
        assert!(!shown.contains(&token.encode()[5..20]));
    }
}
