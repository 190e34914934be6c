//! Security tests of minting and verification: round trips, each verification failure, tampering of
//! every kind, attenuation that cannot widen, and a seeded randomized search over mutated tokens that
//! asserts no panic and no widening.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use super::*;
use crate::caveat::{Method, Scheme, ToolName};
use crate::error::ParseError;
use crate::host::HostPattern;
use crate::path::PathPrefix;
use crate::testutil::Rng;
use crate::token::TOKEN_PREFIX;

const NOW: u64 = 1_700_000_000;
const HOUR: u64 = 3_600;

fn keyring() -> Keyring {
    Keyring::new(KeyId::new(1), SigningKey::from_bytes([7; 32]))
}

fn hosts(list: &[&str]) -> Caveat {
    Caveat::Hosts(
        list.iter()
            .map(|h| HostPattern::parse(h).expect("host"))
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

fn prefixes(list: &[&str]) -> Caveat {
    Caveat::PathPrefixes(
        list.iter()
            .map(|p| PathPrefix::parse(p).expect("prefix"))
            .collect(),
    )
}

/// An http token for `acme` with an expiry and three caveats: the shape the benches measure.
fn http_spec() -> MintSpec {
    MintSpec::new("acme", "http")
        .with_expiry(NOW + HOUR)
        .with_caveat(hosts(&["api.example.com", "files.example.com:8443"]))
        .with_caveat(methods(&["GET", "POST"]))
        .with_caveat(prefixes(&["/v1"]))
}

fn mint(ring: &Keyring, spec: &MintSpec, id: u8) -> Token {
    ring.mint(spec, TokenId::from_bytes([id; 16]))
        .expect("mints")
}

fn raw(token: &str) -> Vec<u8> {
    let encoded = token.strip_prefix(TOKEN_PREFIX).expect("prefix");
    URL_SAFE_NO_PAD.decode(encoded).expect("base64")
}

fn text(bytes: &[u8]) -> String {
    format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

fn verify(ring: &Keyring, token: &str) -> Result<Authority, CapError> {
    ring.verify(token, "acme", "http", NOW)
}

#[test]
fn minted_tokens_verify_and_grant_their_caveats() {
    let ring = keyring();
    let token = mint(&ring, &http_spec(), 1).encode();
    let auth = verify(&ring, &token).expect("verifies");
    assert_eq!(auth.token_id(), TokenId::from_bytes([1; 16]));
    assert_eq!(auth.expires_at(), Some(NOW + HOUR));
    assert!(auth
        .allows_http("https", "api.example.com", 443, "GET", "/v1/items")
        .is_ok());
    assert!(auth
        .allows_http("https", "files.example.com", 8443, "POST", "/v1")
        .is_ok());
    assert!(auth
        .allows_http("https", "files.example.com", 443, "POST", "/v1")
        .is_err());
    assert!(ring.check_live(&auth, NOW).is_ok());
}

#[test]
fn each_failure_has_its_own_error() {
    let mut ring = keyring();
    let token = mint(&ring, &http_spec(), 1).encode();

    let other_key = Keyring::new(KeyId::new(1), SigningKey::from_bytes([8; 32]));
    assert_eq!(
        verify(&other_key, &token).err(),
        Some(CapError::Forged(Forgery::BadSignature))
    );
    let rotated_away = Keyring::new(KeyId::new(2), SigningKey::from_bytes([7; 32]));
    assert_eq!(
        verify(&rotated_away, &token).err(),
        Some(CapError::Forged(Forgery::UnknownKey(KeyId::new(1))))
    );
    assert_eq!(
        verify(&ring, "npy1_garbage").err().map(|e| e.code()),
        Some("forged")
    );
    assert!(matches!(
        ring.verify(&token, "acme", "http", NOW + HOUR),
        Err(CapError::Expired { expired_at, .. }) if expired_at == NOW + HOUR
    ));
    assert!(matches!(
        ring.verify(&token, "globex", "http", NOW),
        Err(CapError::WrongTenant { ref expected, ref found, .. }) if expected == "globex" && found == "acme"
    ));
    assert!(matches!(
        ring.verify(&token, "acme", "fs", NOW),
        Err(CapError::WrongCapability { ref expected, ref found, .. }) if expected == "fs" && found == "http"
    ));

    let auth = verify(&ring, &token).expect("verifies before revocation");
    ring.revoke(TokenId::from_bytes([1; 16]));
    assert_eq!(
        verify(&ring, &token).err(),
        Some(CapError::Revoked {
            id: TokenId::from_bytes([1; 16])
        })
    );
    // Revocation also stops an authority that was verified before it: the mid-scope check.
    assert_eq!(
        ring.check_live(&auth, NOW).err().map(|e| e.code()),
        Some("revoked")
    );
    let other = mint(&ring, &http_spec(), 2).encode();
    let auth = verify(&ring, &other).expect("another id is unaffected");
    assert_eq!(
        ring.check_live(&auth, NOW + HOUR).err().map(|e| e.code()),
        Some("expired")
    );
}

#[test]
fn revoking_an_id_revokes_its_attenuations() {
    let mut ring = keyring();
    let token = mint(&ring, &http_spec(), 1);
    let narrower = token
        .attenuate(methods(&["GET"]))
        .expect("attenuates")
        .encode();
    assert!(verify(&ring, &narrower).is_ok());
    ring.revoke(token.id());
    assert_eq!(
        verify(&ring, &narrower).err().map(|e| e.code()),
        Some("revoked")
    );
}

#[test]
fn key_rotation_keeps_old_tokens_valid_until_the_key_is_dropped() {
    let mut ring = keyring();
    let old = mint(&ring, &http_spec(), 1).encode();
    ring.add_key(KeyId::new(2), SigningKey::from_bytes([9; 32]));
    assert_eq!(ring.current_key_id(), KeyId::new(2));
    let new = mint(&ring, &http_spec(), 2);
    assert_eq!(new.key_id(), KeyId::new(2));
    assert!(verify(&ring, &old).is_ok());
    assert!(verify(&ring, &new.encode()).is_ok());
    // Adding an older id does not take minting back.
    ring.add_key(KeyId::new(1), SigningKey::from_bytes([7; 32]));
    assert_eq!(ring.current_key_id(), KeyId::new(2));
}

#[test]
fn attenuation_narrows() {
    let ring = keyring();
    let token = mint(&ring, &http_spec(), 1);
    let narrower = token
        .attenuate(hosts(&["api.example.com"]))
        .and_then(|t| t.attenuate(methods(&["GET"])))
        .and_then(|t| t.attenuate(prefixes(&["/v1/public"])))
        .and_then(|t| t.attenuate(Caveat::ExpiresAt(NOW + 60)))
        .and_then(|t| t.attenuate(Caveat::MaxResponseBytes(1024)))
        .expect("attenuates");
    let auth = verify(&ring, &narrower.encode()).expect("verifies");
    assert!(auth
        .allows_http("https", "api.example.com", 443, "GET", "/v1/public/a")
        .is_ok());
    assert!(auth
        .allows_http("https", "files.example.com", 8443, "GET", "/v1/public/a")
        .is_err());
    assert!(auth
        .allows_http("https", "api.example.com", 443, "POST", "/v1/public/a")
        .is_err());
    assert!(auth
        .allows_http("https", "api.example.com", 443, "GET", "/v1/private")
        .is_err());
    assert_eq!(auth.max_response_bytes(), Some(1024));
    assert_eq!(
        ring.verify(&narrower.encode(), "acme", "http", NOW + 60)
            .err()
            .map(|e| e.code()),
        Some("expired")
    );
}

#[test]
fn attenuation_cannot_widen() {
    let ring = keyring();
    let token = mint(&ring, &http_spec(), 1);
    // Appending "wider" caveats is allowed, but they intersect with the minter's.
    let widened = token
        .attenuate(hosts(&["*", "evil.com"]))
        .and_then(|t| t.attenuate(methods(&["DELETE", "GET"])))
        .and_then(|t| t.attenuate(prefixes(&["/"])))
        .and_then(|t| t.attenuate(Caveat::ExpiresAt(u64::MAX)))
        .and_then(|t| t.attenuate(Caveat::Schemes(vec![Scheme::Http, Scheme::Https])))
        .expect("attenuates");
    let auth = verify(&ring, &widened.encode()).expect("verifies");
    assert!(auth
        .allows_http("https", "evil.com", 443, "GET", "/v1")
        .is_err());
    assert!(auth
        .allows_http("https", "api.example.com", 443, "DELETE", "/v1")
        .is_err());
    assert!(auth
        .allows_http("https", "api.example.com", 443, "GET", "/admin")
        .is_err());
    assert!(auth
        .allows_http("https", "api.example.com", 443, "GET", "/v1")
        .is_ok());
    assert_eq!(auth.expires_at(), Some(NOW + HOUR));
    assert!(ring
        .verify(&widened.encode(), "acme", "http", NOW + HOUR)
        .is_err());
}

/// Splits a token's bytes into header, caveat frames and signature, to tamper with each part.
fn split(bytes: &[u8]) -> (Vec<u8>, Vec<Vec<u8>>, Vec<u8>) {
    let (body, sig) = bytes.split_at(bytes.len() - 32);
    let tenant_len = usize::from(body[20]);
    let cap_len = usize::from(body[21 + tenant_len]);
    let header_len = 22 + tenant_len + cap_len;
    let mut frames = Vec::new();
    let mut at = header_len;
    while at < body.len() {
        let len = usize::from(u16::from_be_bytes([body[at + 1], body[at + 2]]));
        frames.push(body[at..at + 3 + len].to_vec());
        at += 3 + len;
    }
    (body[..header_len].to_vec(), frames, sig.to_vec())
}

fn join(header: &[u8], frames: &[Vec<u8>], sig: &[u8]) -> String {
    let mut bytes = header.to_vec();
    frames.iter().for_each(|f| bytes.extend_from_slice(f));
    bytes.extend_from_slice(sig);
    text(&bytes)
}

#[test]
fn tampering_is_detected() {
    let ring = keyring();
    let token = mint(&ring, &http_spec(), 1)
        .attenuate(methods(&["GET"]))
        .expect("attenuates")
        .encode();
    let (header, frames, sig) = split(&raw(&token));
    assert_eq!(frames.len(), 5);
    assert_eq!(join(&header, &frames, &sig), token);
    let forged = |t: &str| verify(&ring, t).err().map(|e| e.code()) == Some("forged");

    // Strip each caveat in turn, including the minter's expiry and the holder's last one.
    for i in 0..frames.len() {
        let mut fewer = frames.clone();
        fewer.remove(i);
        assert!(forged(&join(&header, &fewer, &sig)), "stripping caveat {i}");
    }
    // Reorder.
    let mut swapped = frames.clone();
    swapped.swap(1, 2);
    assert!(forged(&join(&header, &swapped, &sig)));
    // Edit a host in place, keeping every length the same.
    let mut edited = frames.clone();
    let pos = edited[1]
        .windows(3)
        .position(|w| w == b"api")
        .expect("host bytes");
    edited[1][pos..pos + 3].copy_from_slice(b"evl");
    assert!(forged(&join(&header, &edited, &sig)));
    // Change the tenant (same length), the token id, and the capability (`http` -> `htpp`).
    let mut other_tenant = header.clone();
    other_tenant[21..25].copy_from_slice(b"acmf");
    assert!(verify(&ring, &join(&other_tenant, &frames, &sig)).is_err());
    assert!(ring
        .verify(&join(&other_tenant, &frames, &sig), "acmf", "http", NOW)
        .is_err_and(|e| e == CapError::Forged(Forgery::BadSignature)));
    let mut other_id = header.clone();
    other_id[4] ^= 1;
    assert!(forged(&join(&other_id, &frames, &sig)));
    let mut other_cap = header.clone();
    let cap_at = other_cap.len() - 2;
    other_cap[cap_at] = b'p';
    assert!(ring
        .verify(&join(&other_cap, &frames, &sig), "acme", "htpp", NOW)
        .is_err());
    // Point the key id at another key.
    let mut other_key = header.clone();
    other_key[3] = 2;
    assert!(forged(&join(&other_key, &frames, &sig)));
    // Truncate the string, and append garbage to it.
    for cut in [1, 5, 43, 44, token.len() - 10] {
        assert!(forged(&token[..token.len() - cut]), "cut {cut}");
    }
    for tail in ["A", "AA", "AAAA", "_-_-", "=", "%00"] {
        assert!(forged(&format!("{token}{tail}")), "tail {tail}");
    }
    // A valid-looking extra caveat without re-keying.
    let mut extra = frames.clone();
    extra.push(frames[2].clone());
    assert!(forged(&join(&header, &extra, &sig)));
}

#[test]
fn signatures_cannot_be_swapped_between_tokens() {
    let ring = keyring();
    let narrow = mint(&ring, &http_spec(), 1).encode();
    let wide = mint(
        &ring,
        &MintSpec::new("acme", "http").with_caveat(hosts(&["*"])),
        2,
    )
    .encode();
    let (_, _, narrow_sig) = split(&raw(&narrow));
    let (wide_header, wide_frames, _) = split(&raw(&wide));
    let (narrow_header, narrow_frames, _) = split(&raw(&narrow));
    let (_, _, wide_sig) = split(&raw(&wide));
    for attempt in [
        join(&wide_header, &wide_frames, &narrow_sig),
        join(&narrow_header, &wide_frames, &narrow_sig),
        join(&narrow_header, &wide_frames, &wide_sig),
        join(&narrow_header, &[], &narrow_sig),
        join(&wide_header, &narrow_frames, &wide_sig),
        join(&wide_header, &narrow_frames, &narrow_sig),
    ] {
        assert_eq!(
            verify(&ring, &attempt).err(),
            Some(CapError::Forged(Forgery::BadSignature))
        );
    }
}

#[test]
fn mint_refuses_bad_specs() {
    let ring = keyring();
    let id = TokenId::from_bytes([1; 16]);
    assert!(matches!(
        ring.mint(
            &MintSpec::new("acme", "fs").with_caveat(hosts(&["a.com"])),
            id
        ),
        Err(TokenError::NotApplicable {
            caveat: "hosts",
            ..
        })
    ));
    assert!(ring.mint(&MintSpec::new("", "http"), id).is_err());
    assert!(ring.mint(&MintSpec::new("acme", "Not A Name"), id).is_err());
    let custom = ring
        .mint(&MintSpec::new("acme", "crm").with_expiry(NOW + 1), id)
        .expect("embedder capabilities take an expiry");
    assert!(ring.verify(&custom.encode(), "acme", "crm", NOW).is_ok());
    assert!(ring
        .mint(
            &MintSpec::new("acme", "crm")
                .with_caveat(Caveat::Tools(vec![ToolName::parse("x").expect("tool")])),
            id
        )
        .is_err());
}

#[test]
fn debug_output_of_a_keyring_shows_no_key() {
    let shown = format!("{:?}", keyring());
    assert!(shown.contains("key_ids"));
    assert!(!shown.contains("07, 07") && !shown.contains("[7, 7"));
}

/// Requests probed against every token the randomized tests produce: what the original grants must
/// bound what any mutation or attenuation grants.
fn probes() -> Vec<(&'static str, &'static str, u16, &'static str, &'static str)> {
    let mut out = Vec::new();
    for scheme in ["https", "http"] {
        for (host, port) in [
            ("api.example.com", 443),
            ("api.example.com", 80),
            ("files.example.com", 8443),
            ("evil.com", 443),
            ("x.example.com", 443),
            ("127.0.0.1", 80),
        ] {
            for method in ["GET", "POST", "DELETE"] {
                for path in ["/v1", "/v1/a", "/v2", "/", "/v1/public/x"] {
                    out.push((scheme, host, port, method, path));
                }
            }
        }
    }
    out
}

fn assert_not_wider(original: &Authority, candidate: &Authority, what: &str) {
    for (scheme, host, port, method, path) in probes() {
        if candidate
            .allows_http(scheme, host, port, method, path)
            .is_ok()
        {
            assert!(
                original
                    .allows_http(scheme, host, port, method, path)
                    .is_ok(),
                "{what} widened the token to {scheme}://{host}:{port} {method} {path}"
            );
        }
    }
    assert!(
        candidate.expires_at().unwrap_or(u64::MAX) <= original.expires_at().unwrap_or(u64::MAX)
    );
}

/// One random change to a token string, at the text level or at the byte level.
fn mutate(rng: &mut Rng, token: &str, donor: &[u8]) -> String {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bytes = raw(token);
    match rng.below(10) {
        0 => {
            let mut t = token.as_bytes().to_vec();
            let i = rng.below(t.len());
            t[i] = B64[rng.below(B64.len())];
            return String::from_utf8_lossy(&t).into_owned();
        }
        1 => {
            let cut = rng.below(token.len());
            return token[..cut].to_string();
        }
        2 => {
            let mut t = token.to_string();
            for _ in 0..=rng.below(8) {
                t.push(char::from(rng.below(256) as u8));
            }
            return t;
        }
        3 => {
            let i = rng.below(bytes.len());
            bytes[i] ^= 1 << rng.below(8);
        }
        4 => {
            let i = rng.below(bytes.len());
            bytes[i] = rng.below(256) as u8;
        }
        5 => {
            let start = rng.below(bytes.len());
            let end = (start + 1 + rng.below(40)).min(bytes.len());
            bytes.drain(start..end);
        }
        6 => {
            let at = rng.below(bytes.len() + 1);
            let junk: Vec<u8> = (0..=rng.below(40)).map(|_| rng.below(256) as u8).collect();
            bytes.splice(at..at, junk);
        }
        7 => {
            // Swap two ranges of equal length (reorders caveats, or header and caveat bytes).
            let len = 1 + rng.below(20);
            if bytes.len() > 2 * len {
                let a = rng.below(bytes.len() - 2 * len);
                let b = a + len + rng.below(bytes.len() - a - 2 * len + 1);
                for k in 0..len {
                    bytes.swap(a + k, b + k);
                }
            }
        }
        8 => {
            // Splice in a piece of another token (other id, tenant, key or caveats).
            let start = rng.below(donor.len());
            let end = (start + 1 + rng.below(60)).min(donor.len());
            let at = rng.below(bytes.len());
            let to = (at + rng.below(60)).min(bytes.len());
            bytes.splice(at..to, donor[start..end].iter().copied());
        }
        _ => {
            // Duplicate a slice (a repeated caveat, a doubled signature).
            let start = rng.below(bytes.len());
            let end = (start + 1 + rng.below(40)).min(bytes.len());
            let piece = bytes[start..end].to_vec();
            let at = rng.below(bytes.len() + 1);
            bytes.splice(at..at, piece);
        }
    }
    text(&bytes)
}

#[test]
fn randomized_mutations_never_panic_and_never_verify() {
    let ring = keyring();
    let original = mint(&ring, &http_spec(), 1)
        .attenuate(Caveat::MaxResponseBytes(4096))
        .expect("attenuates")
        .encode();
    let original_auth = verify(&ring, &original).expect("verifies");
    let donor = raw(&mint(
        &Keyring::new(KeyId::new(2), SigningKey::from_bytes([3; 32])),
        &MintSpec::new("globex", "http")
            .with_caveat(hosts(&["*"]))
            .with_caveat(methods(&["DELETE"])),
        9,
    )
    .encode());
    let mut rng = Rng::new(0x5eed_cafe_f00d_0001);
    let mut parsed = 0;
    for round in 0..20_000 {
        let mutated = mutate(&mut rng, &original, &donor);
        // Parsing alone must not panic, whatever it returns.
        if Token::parse(&mutated).is_ok() {
            parsed += 1;
        }
        match verify(&ring, &mutated) {
            Err(CapError::Forged(_)) => {}
            Err(other) => panic!("round {round}: a mutation failed for another reason: {other}"),
            Ok(auth) => {
                // Only a mutation that changed nothing may verify.
                assert_eq!(raw(&mutated), raw(&original), "round {round}: {mutated}");
                assert_not_wider(&original_auth, &auth, "an identity mutation");
            }
        }
    }
    // The byte-level mutations must reach the signature check, not just the parser.
    assert!(parsed > 1_000, "only {parsed} mutations parsed");
}

/// A random caveat that applies to http tokens, drawn to include "wider" values.
fn random_http_caveat(rng: &mut Rng) -> Caveat {
    let pick = |rng: &mut Rng, from: &[&'static str]| -> Vec<&'static str> {
        let n = 1 + rng.below(from.len());
        (0..n).map(|_| from[rng.below(from.len())]).collect()
    };
    match rng.below(7) {
        0 => hosts(&pick(
            rng,
            &[
                "*",
                "api.example.com",
                "evil.com",
                "*.example.com",
                "*:443",
                "127.0.0.1:80",
            ],
        )),
        1 => methods(&pick(rng, &["GET", "POST", "DELETE", "PUT"])),
        2 => prefixes(&pick(rng, &["/", "/v1", "/v2", "/v1/public"])),
        3 => Caveat::ExpiresAt(NOW + rng.below(10 * HOUR as usize) as u64),
        4 => Caveat::Schemes(if rng.below(2) == 0 {
            vec![Scheme::Http, Scheme::Https]
        } else {
            vec![Scheme::Http]
        }),
        5 => Caveat::MaxResponseBytes(rng.below(1 << 20) as u64),
        _ => Caveat::TimeoutMs(rng.below(60_000) as u64),
    }
}

#[test]
fn randomized_attenuation_never_widens() {
    let ring = keyring();
    let base = mint(&ring, &http_spec(), 1);
    let base_auth = verify(&ring, &base.encode()).expect("verifies");
    let mut rng = Rng::new(42);
    for round in 0..2_000 {
        let mut token = base.clone();
        for _ in 0..=rng.below(6) {
            token = token.attenuate(random_http_caveat(&mut rng)).expect("fits");
        }
        match verify(&ring, &token.encode()) {
            Ok(auth) => {
                assert_not_wider(&base_auth, &auth, &format!("round {round}"));
                if let (Some(limit), Some(base_limit)) =
                    (auth.max_response_bytes(), base_auth.max_response_bytes())
                {
                    assert!(limit <= base_limit);
                }
            }
            // An earlier expiry can make the narrowed token expired already; nothing else may fail.
            Err(CapError::Expired { .. }) => {}
            Err(other) => panic!("round {round}: {other}"),
        }
    }
}

#[test]
fn parse_errors_surface_as_forged() {
    let ring = keyring();
    for (input, expected) in [
        ("", ParseError::BadPrefix),
        ("npy9_x", ParseError::UnsupportedVersion),
        ("npy1_*", ParseError::BadBase64),
    ] {
        assert_eq!(
            verify(&ring, input).err(),
            Some(CapError::Forged(Forgery::Malformed(expected)))
        );
    }
}
