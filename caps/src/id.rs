//! Identifiers and key material: the random id each token carries for revocation, the id of the signing
//! key that minted it, and the signing key itself (which never prints).

use std::fmt;

use crate::error::{StoreError, TokenError};

/// The random 128-bit id of a token, shared by every token attenuated from it. Revoking the id revokes
/// them all. Displayed as 32 lowercase hex digits; not secret (it appears in reprs and audit logs).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TokenId([u8; 16]);

impl TokenId {
    /// Wraps raw id bytes.
    pub fn from_bytes(bytes: [u8; 16]) -> TokenId {
        TokenId(bytes)
    }

    /// Draws a fresh id from the operating system's random source.
    pub fn generate() -> Result<TokenId, TokenError> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| TokenError::Entropy(e.to_string()))?;
        Ok(TokenId(bytes))
    }

    /// The raw id bytes.
    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }

    /// Parses the 32-hex-digit form shown by `Display`. Returns `None` for anything else.
    pub fn parse_hex(text: &str) -> Option<TokenId> {
        let text = text.as_bytes();
        if text.len() != 32 {
            return None;
        }
        let mut bytes = [0u8; 16];
        for (out, pair) in bytes.iter_mut().zip(text.chunks_exact(2)) {
            let (hi, lo) = match pair {
                [hi, lo] => (hex_value(*hi)?, hex_value(*lo)?),
                _ => return None,
            };
            *out = (hi << 4) | lo;
        }
        Some(TokenId(bytes))
    }
}

impl fmt::Display for TokenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_hex(f, &self.0)
    }
}

impl fmt::Debug for TokenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TokenId({self})")
    }
}

/// Which signing key minted a token. Keys are numbered from 1; the highest number is the one that mints,
/// older ones still verify until their file is removed (key rotation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(u32);

impl KeyId {
    /// Wraps a key number.
    pub fn new(n: u32) -> KeyId {
        KeyId(n)
    }

    /// The key number.
    pub fn get(self) -> u32 {
        self.0
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A 256-bit HMAC signing key. It never prints: `Debug` shows `SigningKey(<redacted>)`, and there is no
/// `Display` and no public accessor for the bytes.
#[derive(Clone)]
pub struct SigningKey([u8; 32]);

impl SigningKey {
    /// Wraps raw key bytes (for embedders that keep keys elsewhere, and for tests).
    pub fn from_bytes(bytes: [u8; 32]) -> SigningKey {
        SigningKey(bytes)
    }

    /// Draws a fresh key from the operating system's random source.
    pub fn generate() -> Result<SigningKey, StoreError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| StoreError::Entropy(e.to_string()))?;
        Ok(SigningKey(bytes))
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The key file form: 64 lowercase hex digits and a newline.
    pub(crate) fn to_hex_line(&self) -> String {
        struct Hex<'a>(&'a [u8]);
        impl fmt::Display for Hex<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write_hex(f, self.0)
            }
        }
        format!("{}\n", Hex(&self.0))
    }

    /// Parses the key file form. Accepts exactly 64 hex digits, optionally followed by one newline.
    pub(crate) fn from_hex_line(text: &[u8]) -> Option<SigningKey> {
        let text = text.strip_suffix(b"\n").unwrap_or(text);
        if text.len() != 64 {
            return None;
        }
        let mut bytes = [0u8; 32];
        for (out, pair) in bytes.iter_mut().zip(text.chunks_exact(2)) {
            match pair {
                [hi, lo] => *out = (hex_value(*hi)? << 4) | hex_value(*lo)?,
                _ => return None,
            }
        }
        Some(SigningKey(bytes))
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningKey(<redacted>)")
    }
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn write_hex(f: &mut fmt::Formatter<'_>, bytes: &[u8]) -> fmt::Result {
    bytes.iter().try_for_each(|b| write!(f, "{b:02x}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_ids_round_trip_through_hex() {
        let id = TokenId::from_bytes([0x3f, 0x2a, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0xff]);
        let hex = id.to_string();
        assert_eq!(hex, "3f2a000102030405060708090a0b0cff");
        assert_eq!(TokenId::parse_hex(&hex), Some(id));
        assert_eq!(TokenId::parse_hex(&hex.to_uppercase()), Some(id));
    }

    #[test]
    fn malformed_hex_ids_are_rejected() {
        for bad in [
            "",
            "3f2a",
            &"g".repeat(32),
            &"a".repeat(33),
            "ééééééééééééééé",
            &"0".repeat(31),
        ] {
            assert_eq!(TokenId::parse_hex(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn generated_ids_differ() {
        let a = TokenId::generate().expect("entropy");
        let b = TokenId::generate().expect("entropy");
        assert_ne!(a, b);
    }

    #[test]
    fn signing_keys_never_print() {
        let key = SigningKey::from_bytes([0xab; 32]);
        let shown = format!("{key:?}");
        assert_eq!(shown, "SigningKey(<redacted>)");
        assert!(!shown.contains("ab"));
    }

    #[test]
    fn key_file_form_round_trips_and_rejects_junk() {
        let key = SigningKey::generate().expect("entropy");
        let line = key.to_hex_line();
        assert_eq!(line.len(), 65);
        let back = SigningKey::from_hex_line(line.as_bytes()).expect("parses");
        assert_eq!(back.bytes(), key.bytes());
        for bad in [&b""[..], b"\n", &[b'a'; 63], &[b'z'; 64], &[b'a'; 66]] {
            assert!(SigningKey::from_hex_line(bad).is_none());
        }
    }
}
