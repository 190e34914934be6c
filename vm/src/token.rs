//! `Token` objects: the script's handle on a capability token the host bound to a global.
//!
//! A token string is a bearer credential, so the VM never keeps it: `Vm::bind_token` parses the string
//! and stores only the parsed token (or why it failed to parse) behind an `Arc`, shared with the `scope`
//! objects made from it. Nothing a script can reach turns a Token back into text: its repr and str show
//! the capability and the first digits of the (non-secret) token id, it has no attributes, compares and
//! hashes by identity, and every conversion a gated call makes (json, headers, bodies, file contents, tool
//! arguments) refuses it with a TypeError. The only use of a Token is `with scope(name, token):`.

use std::fmt;
use std::sync::Arc;

use npython_caps::{CapError, Token};

use crate::capability::CapObj;
use crate::heap::Obj;
use crate::interp::Vm;
use crate::value::Value;

/// Hex digits of the token id shown in a repr: enough to tell a job's tokens apart; the full id is in
/// capability errors and audit logs.
const ID_DIGITS_SHOWN: usize = 8;

/// A bound token: parsed, never verified here (that happens at scope entry, against the job's tenant).
pub struct TokenCell {
    /// The parsed token, or the `Forged` error its string gave, reported when a scope is entered so that
    /// binding never fails and a script learns nothing before it uses the token.
    parsed: Result<Token, CapError>,
}

impl TokenCell {
    pub(crate) fn parse(text: &str) -> TokenCell {
        TokenCell {
            parsed: Token::parse(text).map_err(CapError::from),
        }
    }

    pub(crate) fn parsed(&self) -> Result<&Token, &CapError> {
        self.parsed.as_ref()
    }

    /// `<Token http id=3f2a9c01…>`, or `<Token malformed>` for a string that did not parse.
    pub(crate) fn repr(&self) -> String {
        match &self.parsed {
            Ok(token) => {
                let id = token.id().to_string();
                let short = id.get(..ID_DIGITS_SHOWN).unwrap_or(&id);
                format!("<Token {} id={short}…>", token.capability())
            }
            Err(_) => "<Token malformed>".to_string(),
        }
    }
}

impl fmt::Debug for TokenCell {
    /// The repr only: the signature never reaches a log.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.repr())
    }
}

impl Vm {
    /// Binds the module global `name` to a `Token` object for `token` (a token string as issued). Like
    /// `set_global`, call it after `load`; returns false when the script never mentions `name`. A string
    /// that is not a well-formed token still binds: entering a scope with it raises
    /// `CapabilityError('capability token rejected as forged: ...')`.
    pub fn bind_token(&mut self, name: &str, token: &str) -> bool {
        let cell = Arc::new(TokenCell::parse(token));
        let h = self.heap.alloc(Obj::Cap(Box::new(CapObj::Token(cell))));
        self.set_global(name, Value::Obj(h))
    }

    /// The token behind a `Token` object.
    pub(crate) fn token_cell(&self, v: Value) -> Option<Arc<TokenCell>> {
        match v {
            Value::Obj(h) => match self.heap.get(h) {
                Obj::Cap(c) => match &**c {
                    CapObj::Token(t) => Some(t.clone()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }
}
