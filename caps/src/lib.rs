//! nPython capability tokens: minting, attenuating and verifying them, the key store they are checked
//! against, and the `npython token` subcommands.
//!
//! Scripts have no ambient authority. A token is what grants one tenant one capability (`http`, `fs`,
//! `tools`, or a name an embedder registers) within constraints, until it expires or is revoked.
//!
//! # Central design decision: a macaroon-style caveat chain
//!
//! A token is a header (key id, random token id, tenant, capability), a list of caveats, and a signature:
//!
//! ```text
//! sig0 = HMAC-SHA256(signing key, "npython-caps token v1\0" || header)
//! sig  = HMAC-SHA256(sig_(i-1), caveat_i)          for each caveat in order
//! ```
//!
//! Anyone holding a token can append a caveat and re-key the signature without the signing key, so
//! tokens can be narrowed offline ([`Token::attenuate`]). Nobody can remove, reorder or edit a caveat, or
//! change the header, because that needs an earlier signature in the chain, which only the key can
//! recompute. Every caveat only ever restricts, so the authority of a token is the intersection of all of
//! them ([`Authority`]). The minter's own constraints are simply the first caveats. Caveat kinds this
//! version does not know fail closed. The wire format is documented in `token.rs` and `caveat.rs`.
//!
//! # Using it
//!
//! The host verifies a token once when a script enters `with scope(name, token)` ([`Verifier::verify`]),
//! then before every gated call re-checks expiry and revocation ([`Verifier::check_live`]) and asks the
//! returned [`Authority`] whether the call is inside it ([`Authority::allows_http`],
//! [`Authority::allows_fs`], [`Authority::allows_tool`]). [`KeyStore`] is the verifier shared by the CLI and
//! the server: the signing keys and the revocation log in `$NPYTHON_HOME`. [`Keyring`] is the same thing in
//! memory, for embedders and tests.
//!
//! The [`cli`] module (cargo feature `cli`, on by default) holds the `npython token` subcommands; crates
//! that only verify tokens can turn it off and leave clap out.
//!
//! # Invariants
//!
//! - This crate never touches the network and never reads a clock: the caller passes `now` (unix seconds).
//!   The only disk it touches is the key store directory it is given ([`KeyStore`]).
//! - Key material is never logged, displayed or returned: `SigningKey` prints as redacted, no error message
//!   contains a key, and `token inspect` shows caveats, never a key. Error messages name tokens by id only,
//!   because a whole token is a bearer credential.
//! - Parsing never panics on any input. Every malformed token string or key file becomes a typed error, and
//!   sizes are checked before anything is allocated from them ([`MAX_TOKEN_LEN`], [`MAX_CAVEATS`]).
//! - Signatures are compared in constant time (`subtle`).

#![deny(missing_docs)]

mod authority;
mod caveat;
#[cfg(feature = "cli")]
pub mod cli;
mod error;
mod host;
mod id;
mod keyring;
mod mac;
mod path;
mod store;
mod time;
mod token;
mod wire;

#[cfg(test)]
mod testutil;

// The public API. Every name here is a commitment; removing one is progress.
pub use authority::Authority;
pub use caveat::{Caveat, Method, Scheme, ToolName};
pub use error::{CapError, Denied, Forgery, ParseError, StoreError, TokenError};
pub use host::HostPattern;
pub use id::{KeyId, SigningKey, TokenId};
pub use keyring::{Keyring, MintSpec, Verifier};
pub use path::{FsPath, PathPrefix};
pub use store::KeyStore;
pub use token::{Token, MAX_CAVEATS, MAX_TOKEN_LEN, TOKEN_PREFIX};
