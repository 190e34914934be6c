//! Admin token endpoints: mint, attenuate and revoke capability tokens through the same key store and the
//! same code as `npython token` (`npython_caps::cli::execute`), so tokens minted on the command line verify
//! here, tokens minted here verify there, and revocations persist in the store for every process sharing it.
//! A request body is the JSON form of the command's flags (`allow_hosts` for `--allow-host`, ...).

use std::path::Path;

use npython_caps::cli::{AttenuateArgs, CliError, MintArgs, NarrowArgs, TokenCommand};
use npython_caps::{KeyStore, Token, TokenId};
use serde::Deserialize;

use super::errors::ApiError;

/// The restriction flags, as JSON fields.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Narrow {
    #[serde(default)]
    allow_hosts: Vec<String>,
    #[serde(default)]
    allow_schemes: Vec<String>,
    #[serde(default)]
    allow_methods: Vec<String>,
    #[serde(default)]
    path_prefixes: Vec<String>,
    max_request_bytes: Option<u64>,
    max_response_bytes: Option<u64>,
    timeout_ms: Option<u64>,
    #[serde(default)]
    read_only: bool,
    quota_bytes: Option<u64>,
    #[serde(default)]
    allow_tools: Vec<String>,
}

impl From<Narrow> for NarrowArgs {
    fn from(n: Narrow) -> NarrowArgs {
        NarrowArgs {
            allow_hosts: n.allow_hosts,
            allow_schemes: n.allow_schemes,
            allow_methods: n.allow_methods,
            path_prefixes: n.path_prefixes,
            max_request_bytes: n.max_request_bytes,
            max_response_bytes: n.max_response_bytes,
            timeout_ms: n.timeout_ms,
            read_only: n.read_only,
            quota_bytes: n.quota_bytes,
            allow_tools: n.allow_tools,
        }
    }
}

/// `POST /v1/tokens`: `tenant`, `cap`, `expires` (`30s`, `15m`, `1h`, `7d` or `never`; default `1h`), and
/// restrictions.
pub struct MintRequest {
    tenant: String,
    cap: String,
    expires: Option<String>,
    narrow: Narrow,
}

/// `POST /v1/tokens/attenuate`: `token`, optional `expires`, and restrictions to add.
pub struct AttenuateRequest {
    token: String,
    expires: Option<String>,
    narrow: Narrow,
}

/// The required fields, the optional ones, and the restrictions of a token request.
type Split = (Vec<String>, Vec<Option<String>>, Narrow);

/// Splits a JSON object into its named string fields and the restrictions. Restrictions are parsed with
/// unknown fields refused: a misspelt restriction must not silently mint a broader token.
fn split(body: &[u8], required: &[&str], optional: &[&str]) -> Result<Split, ApiError> {
    let mut obj: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(body).map_err(|e| ApiError::json(&e))?;
    let mut take = |name: &str| -> Result<Option<String>, ApiError> {
        match obj.remove(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(ApiError::bad_request(
                "invalid_request",
                format!("`{name}` must be a string"),
            )),
        }
    };
    let mut req = Vec::new();
    for name in required {
        req.push(take(name)?.ok_or_else(|| {
            ApiError::bad_request("invalid_request", format!("missing field `{name}`"))
        })?);
    }
    let mut opt = Vec::new();
    for name in optional {
        opt.push(take(name)?);
    }
    let narrow: Narrow = serde_json::from_value(serde_json::Value::Object(obj))
        .map_err(|e| ApiError::bad_request("invalid_request", e.to_string()))?;
    Ok((req, opt, narrow))
}

impl MintRequest {
    pub fn parse(body: &[u8]) -> Result<MintRequest, ApiError> {
        let (mut req, mut opt, narrow) = split(body, &["tenant", "cap"], &["expires"])?;
        let cap = req.pop().unwrap_or_default();
        let tenant = req.pop().unwrap_or_default();
        Ok(MintRequest {
            tenant,
            cap,
            expires: opt.pop().flatten(),
            narrow,
        })
    }
}

impl AttenuateRequest {
    pub fn parse(body: &[u8]) -> Result<AttenuateRequest, ApiError> {
        let (mut req, mut opt, narrow) = split(body, &["token"], &["expires"])?;
        Ok(AttenuateRequest {
            token: req.pop().unwrap_or_default(),
            expires: opt.pop().flatten(),
            narrow,
        })
    }
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn cli_error(e: CliError) -> ApiError {
    match e {
        CliError::Store(e) => ApiError::internal(format!("key store: {e}")),
        other => ApiError::bad_request("invalid_token_request", other.to_string()),
    }
}

/// The token on the last line of a mint or attenuate output, with its id and description.
fn token_response(text: &str) -> Result<serde_json::Value, ApiError> {
    let encoded = text.lines().last().unwrap_or("").trim();
    let token = Token::parse(encoded)
        .map_err(|e| ApiError::internal(format!("the minted token does not parse: {e}")))?;
    Ok(serde_json::json!({
        "token": encoded,
        "id": token.id().to_string(),
        "tenant": token.tenant(),
        "capability": token.capability(),
        "description": text.lines().take(text.lines().count().saturating_sub(1)).collect::<Vec<_>>().join("\n"),
    }))
}

pub fn mint(home: &Path, req: MintRequest) -> Result<serde_json::Value, ApiError> {
    let cmd = TokenCommand::Mint(MintArgs {
        tenant: req.tenant,
        cap: req.cap,
        expires: req.expires.unwrap_or_else(|| "1h".into()),
        narrow: req.narrow.into(),
    });
    let text = npython_caps::cli::execute(cmd, home, now()).map_err(cli_error)?;
    token_response(&text)
}

pub fn attenuate(home: &Path, req: AttenuateRequest) -> Result<serde_json::Value, ApiError> {
    let cmd = TokenCommand::Attenuate(AttenuateArgs {
        token: req.token,
        expires: req.expires,
        narrow: req.narrow.into(),
    });
    let text = npython_caps::cli::execute(cmd, home, now()).map_err(cli_error)?;
    token_response(&text)
}

/// Revokes a token by id (32 hex digits) or by the whole token.
pub fn revoke(home: &Path, target: &str) -> Result<serde_json::Value, ApiError> {
    let id = if target.starts_with("npy") {
        Token::parse(target).map(|t| t.id()).map_err(|e| {
            ApiError::bad_request("invalid_token_request", format!("not a valid token: {e}"))
        })?
    } else {
        TokenId::parse_hex(target).ok_or_else(|| {
            ApiError::bad_request(
                "invalid_token_request",
                "expected a token id (32 hex digits) or a token (npy1_...)",
            )
        })?
    };
    let store = KeyStore::open(home).map_err(|e| ApiError::internal(format!("key store: {e}")))?;
    let newly = store
        .revoke(id, now())
        .map_err(|e| ApiError::internal(format!("key store: {e}")))?;
    Ok(serde_json::json!({
        "id": id.to_string(),
        "revoked": true,
        "already_revoked": !newly,
    }))
}

/// Opens (creating if needed) the key store at start-up, so the first mint does not race to create a key.
pub fn open_store(home: &Path) -> Result<(), String> {
    KeyStore::open(home)
        .map(|_| ())
        .map_err(|e| format!("key store {}: {e}", home.display()))
}
