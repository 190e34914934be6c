//! The HMAC-SHA256 chain behind every token: the root signature under the signing key, one re-keying step
//! per caveat, and constant-time comparison. Nothing else in the crate touches the MAC.

use hmac::digest::generic_array::GenericArray;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// A signature: the HMAC-SHA256 output, and the key of the next link in the chain.
pub(crate) type Signature = [u8; 32];

/// Separates token root signatures from any other use a signing key might be put to, now or later.
const ROOT_CONTEXT: &[u8] = b"npython-caps token v1\0";

/// HMAC-SHA256, keyed and ready for a message.
#[derive(Clone)]
pub(crate) struct Keyed(Hmac<Sha256>);

impl Keyed {
    /// Keys an HMAC with a 32-byte key.
    ///
    /// HMAC pads keys shorter than the hash block with zeros (RFC 2104), so keying with the 64-byte
    /// zero-padded block is the same function as keying with the 32 bytes, and it goes through the
    /// infallible fixed-size constructor instead of the slice one, which returns a `Result` that can never
    /// be an error for HMAC.
    pub(crate) fn new(key: &[u8; 32]) -> Keyed {
        let mut block = [0u8; 64];
        block[..32].copy_from_slice(key);
        Keyed(<Hmac<Sha256> as hmac::digest::KeyInit>::new(
            GenericArray::from_slice(&block),
        ))
    }

    fn sign(&self, parts: &[&[u8]]) -> Signature {
        let mut mac = self.0.clone();
        for part in parts {
            mac.update(part);
        }
        mac.finalize().into_bytes().into()
    }
}

/// The first signature of a chain: the signing key over the token's header.
pub(crate) fn root(key: &Keyed, header: &[u8]) -> Signature {
    key.sign(&[ROOT_CONTEXT, header])
}

/// One link of the chain: the previous signature, used as a key, over one encoded caveat.
pub(crate) fn chain(previous: &Signature, caveat: &[u8]) -> Signature {
    Keyed::new(previous).sign(&[caveat])
}

/// Compares two signatures in constant time, so a forger learns nothing from how long a rejection took.
pub(crate) fn equal(a: &Signature, b: &Signature) -> bool {
    a.ct_eq(b).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_keying_equals_slice_keying() {
        let key = [0x5a; 32];
        let mut reference = <Hmac<Sha256> as Mac>::new_from_slice(&key).expect("any length");
        reference.update(b"caveat");
        let expected: Signature = reference.finalize().into_bytes().into();
        assert_eq!(Keyed::new(&key).sign(&[b"cav", b"eat"]), expected);
    }

    #[test]
    fn matches_rfc_4231_test_case_2() {
        // RFC 4231 uses the 4-byte key "Jefe"; zero-padding it to 32 bytes is the same HMAC key.
        let mut key = [0u8; 32];
        key[..4].copy_from_slice(b"Jefe");
        let sig = Keyed::new(&key).sign(&[b"what do ya want for nothing?"]);
        let hex: String = sig.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn chain_depends_on_every_input() {
        let key = Keyed::new(&[1; 32]);
        let r = root(&key, b"header");
        assert_ne!(r, root(&key, b"headeR"));
        assert_ne!(r, root(&Keyed::new(&[2; 32]), b"header"));
        let a = chain(&r, b"caveat a");
        assert_ne!(a, chain(&r, b"caveat b"));
        assert!(equal(&a, &chain(&r, b"caveat a")));
        assert!(!equal(&a, &r));
    }
}
