//! Verification: the [`Verifier`] trait the engine calls, the signing keys by id, minting, and
//! [`Keyring`], the in-memory verifier for embedders and tests. The on-disk one is `store::KeyStore`;
//! both share the checks here, so they cannot disagree about what verifies.

use std::collections::{BTreeMap, HashSet};

use crate::authority::Authority;
use crate::caveat::Caveat;
use crate::error::{CapError, Forgery, TokenError};
use crate::id::{KeyId, SigningKey, TokenId};
use crate::mac::Keyed;
use crate::token::Token;

/// Checks tokens. The engine calls [`Verifier::verify`] once when a script enters
/// `with scope(name, token)`, keeps the [`Authority`] for the block, and calls [`Verifier::check_live`]
/// before every gated call, so expiry and revocation take effect in the middle of a scope.
pub trait Verifier {
    /// Checks a parsed token, in this order: the signature (a [`CapError::Forged`] token tells nothing
    /// else reliably), the tenant, the capability, revocation, expiry.
    fn verify_token(
        &self,
        token: &Token,
        tenant: &str,
        capability: &str,
        now: u64,
    ) -> Result<Authority, CapError>;

    /// Parses and checks a token string. A string that does not parse is [`CapError::Forged`].
    fn verify(
        &self,
        token: &str,
        tenant: &str,
        capability: &str,
        now: u64,
    ) -> Result<Authority, CapError> {
        let token = Token::parse(token)?;
        self.verify_token(&token, tenant, capability, now)
    }

    /// Re-checks what can change after verification: revocation, then expiry.
    fn check_live(&self, authority: &Authority, now: u64) -> Result<(), CapError>;
}

/// What a new token grants. The expiry, if any, becomes the token's first caveat, followed by `caveats`
/// in order.
///
/// A caveat-free token is unrestricted within its capability: an `http` token without a host caveat
/// reaches every public host. The CLI insists on hosts for `http` and tool names for `tools`; embedders
/// minting through the library decide for themselves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MintSpec {
    /// The tenant the token is for.
    pub tenant: String,
    /// The capability it grants.
    pub capability: String,
    /// When it expires (unix seconds), if ever.
    pub expires_at: Option<u64>,
    /// Its restrictions.
    pub caveats: Vec<Caveat>,
}

impl MintSpec {
    /// A spec for an unrestricted, non-expiring token; narrow it with the `with_*` methods.
    pub fn new(tenant: impl Into<String>, capability: impl Into<String>) -> MintSpec {
        MintSpec {
            tenant: tenant.into(),
            capability: capability.into(),
            expires_at: None,
            caveats: Vec::new(),
        }
    }

    /// Sets the expiry (unix seconds).
    pub fn with_expiry(mut self, expires_at: u64) -> MintSpec {
        self.expires_at = Some(expires_at);
        self
    }

    /// Adds a restriction.
    pub fn with_caveat(mut self, caveat: Caveat) -> MintSpec {
        self.caveats.push(caveat);
        self
    }
}

/// Signing keys by id; never empty. The highest id mints; every key present verifies, so rotation is:
/// add a key with a higher id, and later drop the old one to retire the tokens it signed.
#[derive(Clone)]
pub(crate) struct Keys {
    keys: BTreeMap<KeyId, Keyed>,
    current: KeyId,
}

impl Keys {
    pub(crate) fn new(id: KeyId, key: &SigningKey) -> Keys {
        let mut keys = BTreeMap::new();
        keys.insert(id, Keyed::new(key.bytes()));
        Keys { keys, current: id }
    }

    pub(crate) fn insert(&mut self, id: KeyId, key: &SigningKey) {
        self.keys.insert(id, Keyed::new(key.bytes()));
        self.current = self.current.max(id);
    }

    pub(crate) fn current(&self) -> KeyId {
        self.current
    }

    pub(crate) fn ids(&self) -> impl Iterator<Item = KeyId> + '_ {
        self.keys.keys().copied()
    }

    pub(crate) fn mint(&self, spec: &MintSpec, id: TokenId) -> Result<Token, TokenError> {
        let Some(key) = self.keys.get(&self.current) else {
            // `current` is always a key of the map; this arm only keeps the code free of panics.
            return Err(TokenError::InvalidValue {
                what: "key id",
                value: self.current.to_string(),
                reason: "has no key",
            });
        };
        let expiry = spec.expires_at.map(Caveat::ExpiresAt);
        Token::mint(
            key,
            self.current,
            id,
            &spec.tenant,
            &spec.capability,
            expiry.into_iter().chain(spec.caveats.iter().cloned()),
        )
    }

    /// The checks every verifier runs, with revocation supplied by the caller.
    pub(crate) fn verify(
        &self,
        token: &Token,
        tenant: &str,
        capability: &str,
        now: u64,
        is_revoked: impl FnOnce(TokenId) -> Result<bool, CapError>,
    ) -> Result<Authority, CapError> {
        let key = self
            .keys
            .get(&token.key_id())
            .ok_or(CapError::Forged(Forgery::UnknownKey(token.key_id())))?;
        if !token.signature_valid(key) {
            return Err(CapError::Forged(Forgery::BadSignature));
        }
        if token.tenant() != tenant {
            return Err(CapError::WrongTenant {
                id: token.id(),
                expected: tenant.to_string(),
                found: token.tenant().to_string(),
            });
        }
        if token.capability() != capability {
            return Err(CapError::WrongCapability {
                id: token.id(),
                expected: capability.to_string(),
                found: token.capability().to_string(),
            });
        }
        if is_revoked(token.id())? {
            return Err(CapError::Revoked { id: token.id() });
        }
        let authority = Authority::from_token(token);
        authority.check_expiry(now)?;
        Ok(authority)
    }
}

/// An in-memory verifier: signing keys and a revocation set, for embedders that keep keys elsewhere and
/// for tests. Nothing here touches the disk.
#[derive(Clone)]
pub struct Keyring {
    keys: Keys,
    revoked: HashSet<TokenId>,
}

impl Keyring {
    /// A keyring with one signing key.
    pub fn new(id: KeyId, key: SigningKey) -> Keyring {
        Keyring {
            keys: Keys::new(id, &key),
            revoked: HashSet::new(),
        }
    }

    /// Adds a key. The highest id mints; every key verifies.
    pub fn add_key(&mut self, id: KeyId, key: SigningKey) {
        self.keys.insert(id, &key);
    }

    /// The id of the key that mints.
    pub fn current_key_id(&self) -> KeyId {
        self.keys.current()
    }

    /// Mints a token with the given id (draw one with [`TokenId::generate`]).
    pub fn mint(&self, spec: &MintSpec, id: TokenId) -> Result<Token, TokenError> {
        self.keys.mint(spec, id)
    }

    /// Revokes a token id, and with it every token attenuated from it.
    pub fn revoke(&mut self, id: TokenId) {
        self.revoked.insert(id);
    }

    /// Whether a token id is revoked.
    pub fn is_revoked(&self, id: TokenId) -> bool {
        self.revoked.contains(&id)
    }
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring")
            .field("key_ids", &self.keys.ids().collect::<Vec<_>>())
            .field("revoked", &self.revoked.len())
            .finish()
    }
}

impl Verifier for Keyring {
    fn verify_token(
        &self,
        token: &Token,
        tenant: &str,
        capability: &str,
        now: u64,
    ) -> Result<Authority, CapError> {
        self.keys
            .verify(token, tenant, capability, now, |id| Ok(self.is_revoked(id)))
    }

    fn check_live(&self, authority: &Authority, now: u64) -> Result<(), CapError> {
        if self.is_revoked(authority.token_id()) {
            return Err(CapError::Revoked {
                id: authority.token_id(),
            });
        }
        authority.check_expiry(now)
    }
}

#[cfg(test)]
mod tests;
