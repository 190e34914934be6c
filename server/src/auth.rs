//! Who is calling: `Authorization: Bearer KEY` mapped to a tenant or to the admin role.
//!
//! Keys are never stored: the presented key is hashed (SHA-256) and compared in constant time with every
//! configured hash, without stopping at the first match, so timing says nothing about which key or how
//! much of it matched.

use hyper::header::AUTHORIZATION;
use hyper::{HeaderMap, StatusCode};
use subtle::ConstantTimeEq;

use super::config::{hash_key, ServeConfig};
use super::errors::ApiError;

/// An authenticated caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caller {
    /// A tenant, by index in the configuration.
    Tenant(usize),
    Admin,
}

/// The configured key hashes.
pub struct Keys {
    tenants: Vec<([u8; 32], usize)>,
    admin: Vec<[u8; 32]>,
}

impl Keys {
    pub fn new(config: &ServeConfig) -> Keys {
        Keys {
            tenants: config
                .tenants
                .iter()
                .enumerate()
                .flat_map(|(i, t)| t.key_hashes.iter().map(move |h| (*h, i)))
                .collect(),
            admin: config.admin_key_hashes.clone(),
        }
    }

    /// The caller a request's headers authenticate, or 401 (400 for two Authorization headers).
    pub fn authenticate(&self, headers: &HeaderMap) -> Result<Caller, ApiError> {
        let unauthorized = |message: &str| {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                message.to_string(),
            )
        };
        let mut values = headers.get_all(AUTHORIZATION).iter();
        let value = values
            .next()
            .ok_or_else(|| unauthorized("missing `Authorization: Bearer KEY` header"))?;
        if values.next().is_some() {
            // Which one would win depends on the proxies in between: refuse rather than pick one.
            return Err(ApiError::bad_request(
                "duplicate_authorization",
                "the request has more than one Authorization header; send exactly one",
            ));
        }
        let text = value
            .to_str()
            .map_err(|_| unauthorized("the Authorization header is not ASCII"))?;
        // The scheme is case-insensitive (RFC 9110 section 11.1): `Bearer`, `bearer`, `BEARER`.
        let key = text
            .split_once(' ')
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, key)| key.trim())
            .filter(|k| !k.is_empty())
            .ok_or_else(|| unauthorized("the Authorization header must be `Bearer KEY`"))?;
        let presented = hash_key(key);
        let mut found = None;
        for (hash, tenant) in &self.tenants {
            if bool::from(hash.ct_eq(&presented)) {
                found = Some(Caller::Tenant(*tenant));
            }
        }
        for hash in &self.admin {
            if bool::from(hash.ct_eq(&presented)) {
                found = Some(Caller::Admin);
            }
        }
        found.ok_or_else(|| unauthorized("unknown API key"))
    }
}

/// The tenant a caller acts for, or 403 for the admin key (it manages tokens, it runs nothing).
pub fn tenant_of(caller: Caller) -> Result<usize, ApiError> {
    match caller {
        Caller::Tenant(t) => Ok(t),
        Caller::Admin => Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "the admin key manages tokens; use a tenant's API key to run jobs",
        )),
    }
}

/// 403 unless the caller holds the admin key.
pub fn require_admin(caller: Caller) -> Result<(), ApiError> {
    match caller {
        Caller::Admin => Ok(()),
        Caller::Tenant(_) => Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "this endpoint needs the admin key",
        )),
    }
}
