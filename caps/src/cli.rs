//! The `npython token` subcommands: `mint`, `attenuate`, `inspect` and `revoke`, as a clap
//! [`Subcommand`] the main binary embeds, and [`execute`], which runs one and returns the text to print.
//!
//! `execute` takes the store directory and the current time as parameters, prints nothing and reads no
//! environment, so every command is testable as a function. `mint` and `attenuate` print the token as the
//! last line, so scripts can take it with `tail -n 1`. Nothing here ever prints a signing key.

use std::fmt;
use std::path::Path;

use clap::{Args, Subcommand};

use crate::caveat::{parse_items, Caveat, Method, Scheme, ToolName};
use crate::error::{ParseError, StoreError, TokenError};
use crate::host::HostPattern;
use crate::id::TokenId;
use crate::keyring::{MintSpec, Verifier};
use crate::path::PathPrefix;
use crate::store::KeyStore;
use crate::time::{format_span, format_utc, parse_duration};
use crate::token::{check_capability, check_tenant, Token};

/// `npython token ...`: mint, narrow, inspect and revoke capability tokens.
#[derive(Clone, Debug, Subcommand)]
pub enum TokenCommand {
    /// Mint a token for one tenant and one capability; prints the token as the last line
    ///
    /// Examples:
    ///   npython token mint --tenant acme --cap http --allow-host api.example.com --allow-method GET --expires 1h
    ///   npython token mint --tenant acme --cap fs --path-prefix /reports --read-only --quota-bytes 1000000
    ///   npython token mint --tenant acme --cap tools --allow-tool search
    #[command(verbatim_doc_comment)]
    Mint(MintArgs),
    /// Narrow a token by adding restrictions; needs no key. Prints the new token as the last line.
    Attenuate(AttenuateArgs),
    /// Show a token's tenant, capability, id and restrictions, and whether it verifies here.
    Inspect(InspectArgs),
    /// Revoke a token, and every token narrowed from it, for every process sharing this key store.
    Revoke(RevokeArgs),
}

/// Arguments of `npython token mint`.
#[derive(Clone, Debug, Args)]
pub struct MintArgs {
    /// The tenant the token is for.
    #[arg(long)]
    pub tenant: String,
    /// The capability it grants: http, fs, tools, or one the embedder registers.
    #[arg(long)]
    pub cap: String,
    /// How long the token lives: 30s, 15m, 1h, 7d, or `never`.
    #[arg(long, default_value = "1h", value_name = "DURATION")]
    pub expires: String,
    /// The restrictions.
    #[command(flatten)]
    pub narrow: NarrowArgs,
}

/// Arguments of `npython token attenuate`.
#[derive(Clone, Debug, Args)]
pub struct AttenuateArgs {
    /// The token to narrow.
    pub token: String,
    /// Make the token expire sooner: 30s, 15m, 1h, 7d from now.
    #[arg(long, value_name = "DURATION")]
    pub expires: Option<String>,
    /// The restrictions to add.
    #[command(flatten)]
    pub narrow: NarrowArgs,
}

/// Restrictions shared by `mint` and `attenuate`. Each flag that is given becomes one caveat; repeating
/// a list flag (or separating values with commas) lists alternatives within that caveat.
#[derive(Clone, Debug, Default, Args)]
pub struct NarrowArgs {
    /// http: allow this host, with an optional port: api.example.com, api.example.com:8443,
    /// *.example.com, or * for any public host. Without a port only 443 (https) or 80 (http) is allowed.
    #[arg(long = "allow-host", value_name = "HOST[:PORT]", value_delimiter = ',')]
    pub allow_hosts: Vec<String>,
    /// http: allow this URL scheme (http or https).
    #[arg(long = "allow-scheme", value_name = "SCHEME", value_delimiter = ',')]
    pub allow_schemes: Vec<String>,
    /// http: allow this method (GET, POST, ...).
    #[arg(long = "allow-method", value_name = "METHOD", value_delimiter = ',')]
    pub allow_methods: Vec<String>,
    /// http: allow URL paths under this prefix; fs: allow paths under this directory of the tenant's
    /// root. `/reports` allows `/reports/a.txt`, not `/reports2`.
    #[arg(long = "path-prefix", value_name = "PATH")]
    pub path_prefixes: Vec<String>,
    /// http: the most bytes a request body may have.
    #[arg(long, value_name = "BYTES")]
    pub max_request_bytes: Option<u64>,
    /// http: the most bytes a response body may have.
    #[arg(long, value_name = "BYTES")]
    pub max_response_bytes: Option<u64>,
    /// http: the longest one request may take, in milliseconds.
    #[arg(long, value_name = "MS")]
    pub timeout_ms: Option<u64>,
    /// fs: refuse writes, deletes and directory creation.
    #[arg(long)]
    pub read_only: bool,
    /// fs: the most bytes writes may use in total.
    #[arg(long, value_name = "BYTES")]
    pub quota_bytes: Option<u64>,
    /// tools: allow calling this tool.
    #[arg(long = "allow-tool", value_name = "NAME", value_delimiter = ',')]
    pub allow_tools: Vec<String>,
}

/// Arguments of `npython token inspect`.
#[derive(Clone, Debug, Args)]
pub struct InspectArgs {
    /// The token to show.
    pub token: String,
}

/// Arguments of `npython token revoke`.
#[derive(Clone, Debug, Args)]
pub struct RevokeArgs {
    /// A token (npy1_...) or a token id (32 hex digits, as `inspect` shows it).
    pub target: String,
}

/// Why a token command failed.
#[derive(Debug)]
pub enum CliError {
    /// The command line asks for something that cannot be done; the message says what to change.
    Usage(String),
    /// The token argument is not a well-formed token.
    Parse(ParseError),
    /// A restriction or name is invalid.
    Token(TokenError),
    /// The key store could not be used.
    Store(StoreError),
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(message) => f.write_str(message),
            CliError::Parse(e) => write!(f, "not a valid token: {e}"),
            CliError::Token(e) => write!(f, "{e}"),
            CliError::Store(e) => write!(f, "key store: {e}"),
        }
    }
}

impl std::error::Error for CliError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CliError::Usage(_) => None,
            CliError::Parse(e) => Some(e),
            CliError::Token(e) => Some(e),
            CliError::Store(e) => Some(e),
        }
    }
}

impl From<ParseError> for CliError {
    fn from(e: ParseError) -> Self {
        CliError::Parse(e)
    }
}

impl From<TokenError> for CliError {
    fn from(e: TokenError) -> Self {
        CliError::Token(e)
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        CliError::Store(e)
    }
}

/// Runs one token command against the key store in `home` at time `now` (unix seconds), and returns the
/// text to print. `mint` and `attenuate` end with the token on its own line.
pub fn execute(command: TokenCommand, home: &Path, now: u64) -> Result<String, CliError> {
    match command {
        TokenCommand::Mint(args) => mint(args, home, now),
        TokenCommand::Attenuate(args) => attenuate(args, now),
        TokenCommand::Inspect(args) => inspect(&args.token, home, now),
        TokenCommand::Revoke(args) => revoke(&args.target, home, now),
    }
}

fn mint(args: MintArgs, home: &Path, now: u64) -> Result<String, CliError> {
    // Check everything before touching the store, so a typo does not create a key.
    check_tenant(&args.tenant)
        .map_err(|reason| TokenError::invalid("tenant", &args.tenant, reason))?;
    check_capability(&args.cap)
        .map_err(|reason| TokenError::invalid("capability", &args.cap, reason))?;
    let expires_at = match args.expires.as_str() {
        "never" => None,
        text => Some(expiry(text, now)?),
    };
    let caveats = restrictions(&args.narrow, &args.cap)?;
    let has = |kind: &str| caveats.iter().any(|c| c.kind() == kind);
    if args.cap == "http" && !has("hosts") {
        return Err(CliError::Usage(
            "an http token needs at least one --allow-host (use --allow-host '*' for any public host)"
                .into(),
        ));
    }
    if args.cap == "tools" && !has("tools") {
        return Err(CliError::Usage(
            "a tools token needs at least one --allow-tool".into(),
        ));
    }
    let spec = MintSpec {
        tenant: args.tenant,
        capability: args.cap,
        expires_at,
        caveats,
    };
    let store = KeyStore::open(home)?;
    let token = store.mint(&spec)?;
    let mut out = format!(
        "minted a `{}` token for tenant `{}` (id {}, key {})\n",
        token.capability(),
        token.tenant(),
        token.id(),
        token.key_id()
    );
    out.push_str(&describe_caveats(&token, now));
    out.push_str(&token.encode());
    out.push('\n');
    Ok(out)
}

fn attenuate(args: AttenuateArgs, now: u64) -> Result<String, CliError> {
    let token = Token::parse(args.token.trim())?;
    let mut added = restrictions(&args.narrow, token.capability())?;
    if let Some(text) = &args.expires {
        added.insert(0, Caveat::ExpiresAt(expiry(text, now)?));
    }
    if added.is_empty() {
        return Err(CliError::Usage(
            "nothing to narrow: give at least one restriction, such as --allow-host, --path-prefix, \
             --allow-method, --allow-tool, --read-only or --expires"
                .into(),
        ));
    }
    let mut narrowed = token.clone();
    for caveat in &added {
        narrowed = narrowed.attenuate(caveat.clone())?;
    }
    let mut out = format!(
        "narrowed `{}` token {} for tenant `{}`; it now carries {} restrictions, all of which must hold:\n",
        narrowed.capability(),
        narrowed.id(),
        narrowed.tenant(),
        narrowed.caveats().len()
    );
    out.push_str(&describe_caveats(&narrowed, now));
    out.push_str(&narrowed.encode());
    out.push('\n');
    Ok(out)
}

fn inspect(text: &str, home: &Path, now: u64) -> Result<String, CliError> {
    let token = Token::parse(text.trim())?;
    let mut out = format!(
        "token {}\n  format:     {}, signed with key {}\n  tenant:     {}\n  capability: {}\n",
        token.id(),
        crate::TOKEN_PREFIX.trim_end_matches('_'),
        token.key_id(),
        token.tenant(),
        token.capability()
    );
    if token.caveats().is_empty() {
        out.push_str("  restrictions: none (everything the capability allows)\n");
    } else {
        out.push_str("  restrictions (every one must hold):\n");
        out.push_str(&describe_caveats(&token, now));
    }
    let status = match KeyStore::open_existing(home) {
        Err(StoreError::NoKey { home }) => {
            format!("unknown (no signing key in {})", home.display())
        }
        Err(e) => format!("unknown ({e})"),
        Ok(store) => match store.verify_token(&token, token.tenant(), token.capability(), now) {
            Ok(_) => "yes".to_string(),
            Err(e) => format!("no, {}: {e}", e.code()),
        },
    };
    out.push_str(&format!("  verifies here: {status}\n"));
    Ok(out)
}

fn revoke(target: &str, home: &Path, now: u64) -> Result<String, CliError> {
    let target = target.trim();
    let id = if target.starts_with("npy") {
        Token::parse(target)?.id()
    } else {
        TokenId::parse_hex(target).ok_or_else(|| {
            CliError::Usage(
                "expected a token (npy1_...) or a token id (32 hex digits, as `npython token inspect` shows)"
                    .into(),
            )
        })?
    };
    let store = KeyStore::open_existing(home)?;
    Ok(if store.revoke(id, now)? {
        format!(
            "revoked token {id}: it and every token narrowed from it stop working at their next use\n"
        )
    } else {
        format!("token {id} was already revoked\n")
    })
}

/// `now` plus a duration such as `1h`.
fn expiry(text: &str, now: u64) -> Result<u64, CliError> {
    let secs = parse_duration(text)
        .map_err(|reason| CliError::Usage(format!("invalid --expires `{text}`: {reason}")))?;
    now.checked_add(secs).ok_or_else(|| {
        CliError::Usage(format!("invalid --expires `{text}`: too far in the future"))
    })
}

/// Builds one caveat per restriction flag given, refusing flags that do not apply to `capability`.
fn restrictions(narrow: &NarrowArgs, capability: &str) -> Result<Vec<Caveat>, CliError> {
    let mut out: Vec<(&str, Caveat)> = Vec::new();
    if !narrow.allow_hosts.is_empty() {
        let hosts = parse_items::<HostPattern>(&narrow.allow_hosts)?;
        out.push(("--allow-host", Caveat::Hosts(hosts)));
    }
    if !narrow.allow_schemes.is_empty() {
        let schemes = parse_items::<Scheme>(&narrow.allow_schemes)?;
        out.push(("--allow-scheme", Caveat::Schemes(schemes)));
    }
    if !narrow.allow_methods.is_empty() {
        let methods = parse_items::<Method>(&narrow.allow_methods)?;
        out.push(("--allow-method", Caveat::Methods(methods)));
    }
    if !narrow.path_prefixes.is_empty() {
        let prefixes = parse_items::<PathPrefix>(&narrow.path_prefixes)?;
        out.push(("--path-prefix", Caveat::PathPrefixes(prefixes)));
    }
    let limits = [
        (
            "--max-request-bytes",
            narrow.max_request_bytes.map(Caveat::MaxRequestBytes),
        ),
        (
            "--max-response-bytes",
            narrow.max_response_bytes.map(Caveat::MaxResponseBytes),
        ),
        ("--timeout-ms", narrow.timeout_ms.map(Caveat::TimeoutMs)),
        ("--quota-bytes", narrow.quota_bytes.map(Caveat::QuotaBytes)),
        ("--read-only", narrow.read_only.then_some(Caveat::ReadOnly)),
    ];
    out.extend(
        limits
            .into_iter()
            .filter_map(|(flag, c)| c.map(|c| (flag, c))),
    );
    if !narrow.allow_tools.is_empty() {
        let tools = parse_items::<ToolName>(&narrow.allow_tools)?;
        out.push(("--allow-tool", Caveat::Tools(tools)));
    }
    out.into_iter()
        .map(|(flag, caveat)| {
            if caveat.applies_to(capability) {
                Ok(caveat)
            } else {
                Err(CliError::Usage(format!(
                    "{flag} does not apply to `{capability}` tokens (http takes hosts, schemes, methods, \
                     path prefixes, byte limits and a timeout; fs takes path prefixes, --read-only and \
                     --quota-bytes; tools takes --allow-tool)"
                )))
            }
        })
        .collect()
}

/// One numbered line per caveat, with expiries shown relative to `now`.
fn describe_caveats(token: &Token, now: u64) -> String {
    let mut out = String::new();
    for (i, caveat) in token.caveats().iter().enumerate() {
        let line = match caveat {
            Caveat::ExpiresAt(t) if *t > now => {
                format!(
                    "expires at {} (in {})",
                    format_utc(*t),
                    format_span(t - now)
                )
            }
            Caveat::ExpiresAt(t) => format!(
                "expired at {} ({} ago)",
                format_utc(*t),
                format_span(now - t)
            ),
            other => other.to_string(),
        };
        out.push_str(&format!("    {}. {line}\n", i + 1));
    }
    out
}

#[cfg(test)]
mod tests;
