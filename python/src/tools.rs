//! Python callables as nPython tools, and the broker and token context a run's gated calls go through.
//!
//! A tool runs on the broker's blocking pool, which holds no GIL: each call attaches to the interpreter for
//! the call only, so the VM keeps running other jobs (and the caller's thread stays detached) meanwhile.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use pyo3::exceptions::{PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use npython_broker::{ToolCall, ToolError};
use npython_caps::{KeyStore, Verifier};
use npython_vm::Data;

/// A registered tool: its name and the Python callable that serves it.
pub type PyTools = Vec<(String, Py<PyAny>)>;

/// `tools={"name": callable}`, checked: names are identifiers, values callable.
pub fn parse(obj: Option<&Bound<'_, PyAny>>) -> PyResult<PyTools> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Vec::new());
    };
    let Ok(dict) = obj.cast::<PyDict>() else {
        return Err(PyTypeError::new_err(
            "tools must be a dict of tool name to callable",
        ));
    };
    let mut out = Vec::new();
    for (k, v) in dict.iter() {
        let Ok(name) = k.cast::<PyString>() else {
            return Err(PyTypeError::new_err("tools: names must be str"));
        };
        let name = name.to_cow()?.into_owned();
        if !npython_engine::job::is_identifier(&name) {
            return Err(PyValueError::new_err(format!(
                "tools: {name:?} is not a valid tool name (use a Python identifier)"
            )));
        }
        if !v.is_callable() {
            return Err(PyTypeError::new_err(format!(
                "tools[{name:?}] is not callable"
            )));
        }
        out.push((name, v.unbind()));
    }
    Ok(out)
}

/// Calls `callable(**args)` with the GIL and turns its answer (or exception) into the script's.
pub fn call(callable: &Py<PyAny>, call: &ToolCall) -> Result<Data, ToolError> {
    let args = npython_engine::data_to_json(&call.args);
    Python::attach(|py| {
        let kwargs = crate::convert::to_py(py, &args)
            .and_then(|a| a.cast_into::<PyDict>().map_err(PyErr::from))
            .map_err(|e| ToolError::invalid(format!("tool arguments: {e}")))?;
        let answer = callable
            .bind(py)
            .call((), Some(&kwargs))
            .map_err(|e| exception_to_tool_error(py, &call.name, e))?;
        let what = format!("the answer of tool {:?}", call.name);
        let json = crate::convert::to_json(&answer, &what)
            .map_err(|e| ToolError::failed(e.value(py).to_string()))?;
        Ok(npython_engine::json_to_data(&json))
    })
}

/// A Python exception from a tool, raised in the script as the closest I/O error kind: ValueError and
/// TypeError as ValueError, LookupError as FileNotFoundError, TimeoutError as TimeoutError, anything else
/// as OSError; the message keeps the original class name.
fn exception_to_tool_error(py: Python<'_>, tool: &str, e: PyErr) -> ToolError {
    let class = e
        .get_type(py)
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "Exception".into());
    let message = format!("tool {tool:?} raised {class}: {}", e.value(py));
    if e.is_instance_of::<pyo3::exceptions::PyTimeoutError>(py) {
        ToolError::timeout(message)
    } else if e.is_instance_of::<pyo3::exceptions::PyLookupError>(py)
        || e.is_instance_of::<pyo3::exceptions::PyFileNotFoundError>(py)
    {
        ToolError::not_found(message)
    } else if e.is_instance_of::<PyValueError>(py) || e.is_instance_of::<PyTypeError>(py) {
        ToolError::invalid(message)
    } else {
        ToolError::failed(message)
    }
}

/// Registers every Python tool on `tools` (a broker's tool table).
pub fn register(tools: &mut npython_broker::Tools, py_tools: &PyTools) {
    for (name, callable) in py_tools {
        let callable = Python::attach(|py| callable.clone_ref(py));
        tools.register_blocking(name.clone(), move |c: &ToolCall| call(&callable, c));
    }
}

/// The key store to check tokens with: `path`, else `$NPYTHON_HOME` (default `~/.npython`).
pub fn keystore_home(path: Option<PathBuf>) -> PyResult<PathBuf> {
    match path {
        Some(p) => Ok(p),
        None => KeyStore::default_home().map_err(|e| PyOSError::new_err(e.to_string())),
    }
}

/// An existing key store as a verifier; a missing key is a clear error, since tokens could not verify.
pub fn verifier(home: &Path) -> PyResult<Arc<dyn Verifier + Send + Sync>> {
    let store = KeyStore::open_existing(home).map_err(|e| {
        PyValueError::new_err(format!(
            "cannot check tokens: key store {}: {e} (mint a token with npython.KeyStore first)",
            home.display()
        ))
    })?;
    Ok(Arc::new(store))
}

/// Unix seconds now, for token expiry.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The broker and token context of a single run (`npython.run`), as `npython run` builds them.
pub fn job_io(
    py_tools: &PyTools,
    tokens: Vec<(String, String)>,
    tenant: &str,
    home: Option<PathBuf>,
    fs_root: Option<PathBuf>,
) -> PyResult<Option<npython_engine::job::JobIo>> {
    if tokens.is_empty() && py_tools.is_empty() && fs_root.is_none() {
        return Ok(None);
    }
    let store = if tokens.is_empty() {
        None
    } else {
        Some(verifier(&keystore_home(home)?)?)
    };
    let mut config = npython_broker::BrokerConfig {
        threads: 1,
        verifier: store.clone(),
        ..npython_broker::BrokerConfig::default()
    };
    register(&mut config.tools, py_tools);
    if let Some(root) = fs_root {
        config.fs.roots.insert(tenant.to_string(), root);
    }
    let broker = npython_broker::Broker::new(config)
        .map_err(|e| PyOSError::new_err(format!("cannot start the I/O broker: {e}")))?;
    let clock: npython_vm::UnixClock = Arc::new(now);
    // Without tokens the script has no `Token` global to enter a scope with; a keyring with a fresh random
    // key that nobody holds still gives the context a verifier that accepts nothing.
    let checker: Arc<dyn Verifier + Send + Sync> = match store {
        Some(s) => s,
        None => Arc::new(npython_caps::Keyring::new(
            npython_caps::KeyId::new(1),
            npython_caps::SigningKey::generate().map_err(|e| PyOSError::new_err(e.to_string()))?,
        )),
    };
    Ok(Some(npython_engine::job::JobIo {
        broker: Arc::new(broker),
        capabilities: npython_vm::CapabilityContext::new(tenant.to_string(), checker, clock),
        tokens,
    }))
}
