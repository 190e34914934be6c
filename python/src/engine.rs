//! `npython.Engine`: a scheduler with its own workers and VM pool, for many jobs at once from Python.

use std::sync::Arc;

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use crate::{convert, job_from_py, keystore_path, results_list, tools, RunResult};

/// An engine with `workers` threads and `vms` pooled VMs (defaults: the cores, and 512). Tools given here
/// serve every job it runs; tokens are checked against `keystore` (default `$NPYTHON_HOME`), which must
/// already hold a key (mint the tokens before creating the engine).
#[pyclass(frozen, module = "npython")]
pub struct Engine {
    inner: npython_engine::Engine,
    tenant: String,
}

#[pymethods]
impl Engine {
    #[new]
    #[pyo3(signature = (workers=None, *, vms=None, quantum=None, tools=None, keystore=None,
                        tenant="default"))]
    fn new(
        py: Python<'_>,
        workers: Option<usize>,
        vms: Option<usize>,
        quantum: Option<u64>,
        tools: Option<&Bound<'_, PyAny>>,
        keystore: Option<&Bound<'_, PyAny>>,
        tenant: &str,
    ) -> PyResult<Engine> {
        let tenant = crate::tenant_name(tenant)?;
        let mut builder = npython_engine::Engine::builder();
        if let Some(w) = workers {
            if w == 0 {
                return Err(pyo3::exceptions::PyValueError::new_err(
                    "workers must be at least 1",
                ));
            }
            builder = builder.workers(w);
        }
        if let Some(v) = vms {
            if v == 0 {
                return Err(pyo3::exceptions::PyValueError::new_err(
                    "vms must be at least 1",
                ));
            }
            builder = builder.vms(v);
        }
        if let Some(q) = quantum {
            builder = builder.quantum(q.max(1));
        }
        let home = tools::keystore_home(keystore_path(keystore)?)?;
        // A store without a key yet cannot have minted any token: jobs then run without a verifier, and a
        // `with scope(...)` says so in the script.
        if let Ok(store) = npython_caps::KeyStore::open_existing(&home) {
            builder = builder.verifier(Arc::new(store));
        }
        for (name, callable) in tools::parse(tools)? {
            builder = builder.tool_blocking(&name, move |c| tools::call(&callable, c));
        }
        let inner = py
            .detach(|| builder.build())
            .map_err(|e| PyRuntimeError::new_err(format!("cannot start the engine: {e}")))?;
        Ok(Engine { inner, tenant })
    }

    /// Runs one script on the engine's scheduler and waits for it (GIL released); same keywords as
    /// `npython.run`, without `tools` (give them to the engine).
    #[pyo3(signature = (source, *, inputs=None, limits=None, tokens=None, seed=0, filename="<script>",
                        id=None))]
    #[allow(clippy::too_many_arguments)]
    fn run(
        &self,
        py: Python<'_>,
        source: &Bound<'_, PyAny>,
        inputs: Option<&Bound<'_, PyAny>>,
        limits: Option<&Bound<'_, PyAny>>,
        tokens: Option<&Bound<'_, PyAny>>,
        seed: u64,
        filename: &str,
        id: Option<String>,
    ) -> PyResult<RunResult> {
        let Ok(source) = source.cast::<PyString>() else {
            return Err(PyTypeError::new_err("source must be a str"));
        };
        let job = npython_engine::Job {
            id,
            source: source.to_cow()?.into_owned(),
            filename: filename.to_string(),
            inputs: convert::inputs(inputs)?,
            limits: convert::limits(limits)?,
            tokens: convert::tokens(tokens)?,
            seed: Some(seed),
            tenant: Some(self.tenant.clone()),
            quantum: 0,
        };
        let id = job.id.clone();
        let r = match self.inner.submit(job) {
            Ok(handle) => crate::wait_interruptible(py, handle)?,
            Err(e) => npython_engine::JobResult::refused(id, &e),
        };
        RunResult::from_job(py, r)
    }

    /// Runs many jobs in parallel and returns their results in completion order. A job is a source str or a
    /// dict with `source` and optionally `inputs`, `limits`, `tokens`, `seed`, `filename`, `id` (default: its
    /// index in `jobs`, as a str) and `tenant`. Every job is checked before any runs.
    fn run_many<'py>(
        &self,
        py: Python<'py>,
        jobs: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let mut parsed = Vec::new();
        for (i, item) in jobs.try_iter()?.enumerate() {
            parsed.push(job_from_py(&item?, i, &self.tenant)?);
        }
        let results: Vec<npython_engine::JobResult> =
            py.detach(|| self.inner.swarm(parsed).map(|(_, r)| r).collect());
        results_list(py, results)
    }

    /// Lets every accepted job finish, then refuses new ones.
    fn shutdown(&self, py: Python<'_>) {
        py.detach(|| self.inner.shutdown());
    }

    fn __repr__(&self) -> String {
        format!("Engine(tenant={:?})", self.tenant)
    }
}
