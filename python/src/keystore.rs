//! `npython.KeyStore`: the key store the CLI's `npython token` uses (`$NPYTHON_HOME`), from Python. Minting
//! and attenuating go through the CLI's own code (`npython_caps::cli`), so a token minted here is the token
//! `npython token mint` would have minted with the same flags, checked by the same rules.

use std::path::PathBuf;

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use npython_caps::cli::{self, AttenuateArgs, CliError, MintArgs, NarrowArgs, TokenCommand};
use npython_caps::{KeyStore as Store, Token, TokenId, Verifier};

/// The key store in a directory (default `$NPYTHON_HOME`, else `~/.npython`): mints, narrows, inspects and
/// revokes capability tokens. Never exposes a signing key.
#[pyclass(frozen, module = "npython")]
pub struct KeyStore {
    home: PathBuf,
}

fn cli_error(e: CliError) -> PyErr {
    match e {
        CliError::Store(e) => PyOSError::new_err(format!("key store: {e}")),
        other => PyValueError::new_err(other.to_string()),
    }
}

/// The token printed as the last line of `mint` / `attenuate`.
fn last_line(text: &str) -> String {
    text.trim_end()
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[allow(clippy::too_many_arguments)]
fn narrow(
    allow_tools: Option<Vec<String>>,
    allow_hosts: Option<Vec<String>>,
    allow_methods: Option<Vec<String>>,
    allow_schemes: Option<Vec<String>>,
    path_prefixes: Option<Vec<String>>,
    read_only: bool,
    quota_bytes: Option<u64>,
    timeout_ms: Option<u64>,
) -> NarrowArgs {
    NarrowArgs {
        allow_tools: allow_tools.unwrap_or_default(),
        allow_hosts: allow_hosts.unwrap_or_default(),
        allow_methods: allow_methods.unwrap_or_default(),
        allow_schemes: allow_schemes.unwrap_or_default(),
        path_prefixes: path_prefixes.unwrap_or_default(),
        read_only,
        quota_bytes,
        timeout_ms,
        ..NarrowArgs::default()
    }
}

impl KeyStore {
    pub fn home(&self) -> PathBuf {
        self.home.clone()
    }
}

#[pymethods]
impl KeyStore {
    #[new]
    #[pyo3(signature = (path=None))]
    fn new(path: Option<PathBuf>) -> PyResult<KeyStore> {
        Ok(KeyStore {
            home: crate::tools::keystore_home(path)?,
        })
    }

    /// The key store's directory.
    #[getter]
    fn path(&self) -> PathBuf {
        self.home.clone()
    }

    /// Mints a token for `tenant` and capability `cap` ("http", "fs", "tools"), creating the signing key on
    /// first use; `expires` is "30s", "15m", "1h", "7d" or "never". The keyword restrictions are those of
    /// `npython token mint`. Returns the token string.
    #[pyo3(signature = (cap, *, tenant="default", expires="1h", allow_tools=None, allow_hosts=None,
                        allow_methods=None, allow_schemes=None, path_prefixes=None, read_only=false,
                        quota_bytes=None, timeout_ms=None))]
    #[allow(clippy::too_many_arguments)]
    fn mint(
        &self,
        py: Python<'_>,
        cap: &str,
        tenant: &str,
        expires: &str,
        allow_tools: Option<Vec<String>>,
        allow_hosts: Option<Vec<String>>,
        allow_methods: Option<Vec<String>>,
        allow_schemes: Option<Vec<String>>,
        path_prefixes: Option<Vec<String>>,
        read_only: bool,
        quota_bytes: Option<u64>,
        timeout_ms: Option<u64>,
    ) -> PyResult<String> {
        let args = MintArgs {
            tenant: tenant.to_string(),
            cap: cap.to_string(),
            expires: expires.to_string(),
            narrow: narrow(
                allow_tools,
                allow_hosts,
                allow_methods,
                allow_schemes,
                path_prefixes,
                read_only,
                quota_bytes,
                timeout_ms,
            ),
        };
        let home = self.home.clone();
        let text = py
            .detach(|| cli::execute(TokenCommand::Mint(args), &home, crate::tools::now()))
            .map_err(cli_error)?;
        Ok(last_line(&text))
    }

    /// The least-ceremony token for `npython.run(..., tools=...)`: a `tools` token allowing exactly `tools`
    /// (a list of names, or the dict passed as `tools=`) for `tenant`, expiring after `expires`.
    #[pyo3(signature = (tools, *, tenant="default", expires="1h"))]
    fn tools_token(
        &self,
        py: Python<'_>,
        tools: &Bound<'_, PyAny>,
        tenant: &str,
        expires: &str,
    ) -> PyResult<String> {
        let names: Vec<String> = if let Ok(d) = tools.cast::<PyDict>() {
            d.keys().extract()?
        } else {
            tools.extract()?
        };
        if names.is_empty() {
            return Err(PyValueError::new_err(
                "tools_token needs at least one tool name",
            ));
        }
        self.mint(
            py,
            "tools",
            tenant,
            expires,
            Some(names),
            None,
            None,
            None,
            None,
            false,
            None,
            None,
        )
    }

    /// Narrows a token (needs no key): the result allows only what both the token and the new restrictions
    /// allow. Returns the new token string.
    #[pyo3(signature = (token, *, expires=None, allow_tools=None, allow_hosts=None, allow_methods=None,
                        allow_schemes=None, path_prefixes=None, read_only=false, quota_bytes=None,
                        timeout_ms=None))]
    #[allow(clippy::too_many_arguments)]
    fn attenuate(
        &self,
        token: &str,
        expires: Option<String>,
        allow_tools: Option<Vec<String>>,
        allow_hosts: Option<Vec<String>>,
        allow_methods: Option<Vec<String>>,
        allow_schemes: Option<Vec<String>>,
        path_prefixes: Option<Vec<String>>,
        read_only: bool,
        quota_bytes: Option<u64>,
        timeout_ms: Option<u64>,
    ) -> PyResult<String> {
        let args = AttenuateArgs {
            token: token.to_string(),
            expires,
            narrow: narrow(
                allow_tools,
                allow_hosts,
                allow_methods,
                allow_schemes,
                path_prefixes,
                read_only,
                quota_bytes,
                timeout_ms,
            ),
        };
        let text = cli::execute(
            TokenCommand::Attenuate(args),
            &self.home,
            crate::tools::now(),
        )
        .map_err(cli_error)?;
        Ok(last_line(&text))
    }

    /// A token's id, tenant, capability, restrictions (as `npython token inspect` words them), and whether it
    /// verifies against this key store now (`verifies`, with `why` when it does not).
    fn inspect<'py>(&self, py: Python<'py>, token: &str) -> PyResult<Bound<'py, PyDict>> {
        let parsed = Token::parse(token.trim())
            .map_err(|e| PyValueError::new_err(format!("not a valid token: {e}")))?;
        let out = PyDict::new(py);
        out.set_item("id", parsed.id().to_string())?;
        out.set_item("key_id", parsed.key_id().to_string())?;
        out.set_item("tenant", parsed.tenant())?;
        out.set_item("capability", parsed.capability())?;
        let restrictions: Vec<String> = parsed.caveats().iter().map(|c| c.to_string()).collect();
        out.set_item("restrictions", restrictions)?;
        let (verifies, why) = match Store::open_existing(&self.home) {
            Err(e) => (false, Some(e.to_string())),
            Ok(store) => match store.verify_token(
                &parsed,
                parsed.tenant(),
                parsed.capability(),
                crate::tools::now(),
            ) {
                Ok(_) => (true, None),
                Err(e) => (false, Some(format!("{}: {e}", e.code()))),
            },
        };
        out.set_item("verifies", verifies)?;
        out.set_item("why", why)?;
        Ok(out)
    }

    /// Revokes a token (or a token id, 32 hex digits) and every token narrowed from it, for every process
    /// sharing this key store. Returns False if it was already revoked.
    fn revoke(&self, target: &str) -> PyResult<bool> {
        let target = target.trim();
        let id = if target.starts_with("npy") {
            Token::parse(target)
                .map_err(|e| PyValueError::new_err(format!("not a valid token: {e}")))?
                .id()
        } else {
            TokenId::parse_hex(target).ok_or_else(|| {
                PyValueError::new_err("expected a token (npy1_...) or a token id (32 hex digits)")
            })?
        };
        let store = Store::open_existing(&self.home)
            .map_err(|e| PyOSError::new_err(format!("key store: {e}")))?;
        store
            .revoke(id, crate::tools::now())
            .map_err(|e| PyOSError::new_err(format!("key store: {e}")))
    }

    fn __repr__(&self) -> String {
        format!("KeyStore({:?})", self.home.display().to_string())
    }
}
