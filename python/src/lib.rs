//! The `npython` Python package's native module (`npython._native`): nPython's engine in the Python process
//! through PyO3, with no subprocess and no HTTP. `npython.run` runs one script on the caller's thread;
//! `npython.Engine` owns a scheduler for many; `npython.KeyStore` mints the tokens scripts need for tools.
//!
//! Invariants (what it must never do):
//! - Panic or abort on anything a Python caller passes: bad input is a `TypeError` / `ValueError` raised
//!   before any job starts, and a tool's exception or non-JSON answer is the script's error, not ours.
//! - Hold the GIL while a VM runs: every wait on the engine is inside `py.detach`, and tools attach only for
//!   the duration of their own call, so Python threads (and tools) run while scripts do.
//! - Give scripts authority the caller did not grant: tools are reachable only with a token checked against
//!   the key store, exactly as in `npython run`.

use std::path::PathBuf;
use std::sync::OnceLock;

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

mod convert;
mod engine;
mod keystore;
mod result;
mod tools;

pub use keystore::KeyStore;
pub use result::{RunResult, ScriptError};

/// The engine `npython.run` uses: one per process, made on first use (it compiles the prelude once).
fn shared_engine() -> PyResult<&'static npython_engine::Engine> {
    static ENGINE: OnceLock<Result<npython_engine::Engine, String>> = OnceLock::new();
    ENGINE
        .get_or_init(npython_engine::Engine::new)
        .as_ref()
        .map_err(|e| PyRuntimeError::new_err(format!("nPython engine failed to start: {e}")))
}

/// The engine `npython.run` uses for scripts without tools, tokens or files: a scheduler with pooled VMs, so
/// a run borrows a ready VM instead of building one (about 20 µs instead of 400 µs for `1 + 1`).
fn pooled_engine() -> PyResult<&'static npython_engine::Engine> {
    static ENGINE: OnceLock<Result<npython_engine::Engine, String>> = OnceLock::new();
    ENGINE
        .get_or_init(|| npython_engine::Engine::builder().vms(64).build())
        .as_ref()
        .map_err(|e| PyRuntimeError::new_err(format!("nPython engine failed to start: {e}")))
}

/// Waits for a submitted job with the GIL released, waking every 50 ms to let Python handle signals: a
/// Ctrl-C (KeyboardInterrupt) cancels the job and raises in the caller instead of waiting for its deadline.
pub(crate) fn wait_interruptible(
    py: Python<'_>,
    handle: npython_engine::JobHandle,
) -> PyResult<npython_engine::JobResult> {
    loop {
        if let Some(r) = py.detach(|| handle.wait_timeout(std::time::Duration::from_millis(50))) {
            return Ok(r);
        }
        if let Err(e) = py.check_signals() {
            handle.cancel();
            return Err(e);
        }
    }
}

/// `keystore=`: a `KeyStore`, a path, or None (`$NPYTHON_HOME`).
fn keystore_path(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<PathBuf>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    if let Ok(ks) = obj.cast::<KeyStore>() {
        return Ok(Some(ks.get().home()));
    }
    obj.extract::<PathBuf>()
        .map(Some)
        .map_err(|_| PyTypeError::new_err("keystore must be an npython.KeyStore, a path, or None"))
}

fn tenant_name(tenant: &str) -> PyResult<String> {
    if tenant.is_empty() || tenant.len() > 64 {
        return Err(PyValueError::new_err(
            "tenant must be a non-empty name of at most 64 characters",
        ));
    }
    Ok(tenant.to_string())
}

/// Runs one script to its end and returns a `RunResult`. The GIL is released while the script runs.
///
/// `inputs` become module globals (JSON data); `limits` takes the job schema's keys (`max_instructions`,
/// `max_memory_bytes`, `timeout_ms`, `max_output_bytes`, `max_result_bytes`); `tokens` binds capability
/// tokens as globals; `tools` maps tool names to Python callables, reachable from the script as
/// `tools.name(**kwargs)` inside `with scope("tools", token)`; `keystore` is where tokens are checked
/// (default `$NPYTHON_HOME`); `fs_root` is the directory the script's `fs` calls see.
#[pyfunction]
#[pyo3(signature = (source, *, inputs=None, limits=None, tokens=None, tools=None, seed=0,
                    filename="<script>", tenant="default", keystore=None, fs_root=None))]
#[allow(clippy::too_many_arguments)]
fn run(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    inputs: Option<&Bound<'_, PyAny>>,
    limits: Option<&Bound<'_, PyAny>>,
    tokens: Option<&Bound<'_, PyAny>>,
    tools: Option<&Bound<'_, PyAny>>,
    seed: u64,
    filename: &str,
    tenant: &str,
    keystore: Option<&Bound<'_, PyAny>>,
    fs_root: Option<PathBuf>,
) -> PyResult<RunResult> {
    let Ok(source) = source.cast::<PyString>() else {
        return Err(PyTypeError::new_err("source must be a str"));
    };
    let tenant = tenant_name(tenant)?;
    let job = npython_engine::Job {
        source: source.to_cow()?.into_owned(),
        filename: filename.to_string(),
        inputs: convert::inputs(inputs)?,
        limits: convert::limits(limits)?,
        tenant: Some(tenant.clone()),
        seed: Some(seed),
        ..npython_engine::Job::default()
    };
    let py_tools = tools::parse(tools)?;
    let io = tools::job_io(
        &py_tools,
        convert::tokens(tokens)?,
        &tenant,
        keystore_path(keystore)?,
        fs_root,
    )?;
    let r = match io {
        None => {
            let engine = pooled_engine()?;
            match engine.submit(job) {
                Ok(handle) => wait_interruptible(py, handle)?,
                Err(e) => npython_engine::JobResult::refused(None, &e),
            }
        }
        Some(io) => {
            // Tools are this call's own Python callables, so the run gets its own broker and runs on the
            // calling thread (GIL released), as `npython run` does.
            let engine = shared_engine()?;
            py.detach(|| engine.run_job_with_io(&job, Some(&io), |_, _| {}))
        }
    };
    RunResult::from_job(py, r)
}

/// A job for `Engine.run_many`: a source string, or a dict with the job schema's keys.
fn job_from_py(
    item: &Bound<'_, PyAny>,
    index: usize,
    default_tenant: &str,
) -> PyResult<npython_engine::Job> {
    let what = format!("jobs[{index}]");
    if let Ok(s) = item.cast::<PyString>() {
        return Ok(npython_engine::Job {
            id: Some(index.to_string()),
            source: s.to_cow()?.into_owned(),
            filename: "<script>".into(),
            tenant: Some(default_tenant.to_string()),
            ..npython_engine::Job::default()
        });
    }
    let Ok(d) = item.cast::<PyDict>() else {
        return Err(PyTypeError::new_err(format!(
            "{what}: a job is a source str or a dict (source, inputs, limits, tokens, seed, filename, id, \
             tenant)"
        )));
    };
    for key in d.keys() {
        let key: String = key.extract()?;
        if ![
            "source", "inputs", "limits", "tokens", "seed", "filename", "id", "tenant",
        ]
        .contains(&key.as_str())
        {
            return Err(PyValueError::new_err(format!(
                "{what}: unknown key {key:?} (keys: source, inputs, limits, tokens, seed, filename, id, \
                 tenant)"
            )));
        }
    }
    let get = |k: &str| d.get_item(k);
    let Some(source) = get("source")? else {
        return Err(PyValueError::new_err(format!("{what}: no \"source\"")));
    };
    let source: String = source
        .extract()
        .map_err(|_| PyTypeError::new_err(format!("{what}: \"source\" must be a str")))?;
    let opt_str = |k: &str| -> PyResult<Option<String>> {
        match get(k)? {
            None => Ok(None),
            Some(v) if v.is_none() => Ok(None),
            Some(v) => v
                .extract()
                .map(Some)
                .map_err(|_| PyTypeError::new_err(format!("{what}: {k:?} must be a str"))),
        }
    };
    let seed = match get("seed")? {
        None => 0,
        Some(v) => v.extract::<u64>().map_err(|_| {
            PyTypeError::new_err(format!("{what}: \"seed\" must be a non-negative int"))
        })?,
    };
    let tenant = match opt_str("tenant")? {
        Some(t) => tenant_name(&t)?,
        None => default_tenant.to_string(),
    };
    Ok(npython_engine::Job {
        id: Some(opt_str("id")?.unwrap_or_else(|| index.to_string())),
        source,
        filename: opt_str("filename")?.unwrap_or_else(|| "<script>".into()),
        inputs: convert::inputs(get("inputs")?.as_ref())?,
        limits: convert::limits(get("limits")?.as_ref())?,
        tokens: convert::tokens(get("tokens")?.as_ref())?,
        seed: Some(seed),
        tenant: Some(tenant),
        quantum: 0,
    })
}

/// Converts finished jobs into a Python list of `RunResult`.
fn results_list<'py>(
    py: Python<'py>,
    results: Vec<npython_engine::JobResult>,
) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for r in results {
        list.append(Py::new(py, RunResult::from_job(py, r)?)?)?;
    }
    Ok(list)
}

#[pymodule]
#[pyo3(name = "_native")]
fn npython_native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(run, m)?)?;
    m.add_class::<RunResult>()?;
    m.add_class::<ScriptError>()?;
    m.add_class::<KeyStore>()?;
    m.add_class::<engine::Engine>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
