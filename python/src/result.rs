//! What a run returns to Python: the job schema's result (`JobResult`) as attributes, with the script's
//! value already converted to Python data.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use npython_engine::{JobResult, JobStatus};

/// An uncaught exception of the script.
#[pyclass(frozen, get_all, module = "npython")]
pub struct ScriptError {
    /// The exception's class name, e.g. "ZeroDivisionError".
    #[pyo3(name = "type")]
    pub type_name: String,
    pub message: String,
    /// The line of the script where it was raised (1-based; 0 if unknown).
    pub line: u32,
    /// The CPython-style traceback text.
    pub traceback: String,
}

#[pymethods]
impl ScriptError {
    fn __repr__(&self) -> String {
        format!(
            "ScriptError(type={:?}, message={:?}, line={})",
            self.type_name, self.message, self.line
        )
    }
}

/// The outcome of one script run.
#[pyclass(frozen, get_all, module = "npython")]
pub struct RunResult {
    /// The job's id, if it had one (`Engine.run_many`).
    pub id: Option<String>,
    /// "ok", "error", "invalid", "killed", "cancelled" or "internal".
    pub status: &'static str,
    /// The value of the script's last expression as Python data (None if it ended otherwise).
    pub result: Py<PyAny>,
    /// True when the value was not JSON data and `result` is its repr string.
    pub result_repr: bool,
    pub stdout: String,
    pub stderr: String,
    /// The uncaught exception when status is "error".
    pub error: Option<Py<ScriptError>>,
    /// Which limit ended a "killed" job: "instructions", "memory", "time", "output" or "result".
    pub limit: Option<&'static str>,
    /// Why the job was killed or failed internally, in words.
    pub reason: Option<String>,
    /// Compile diagnostics (status "invalid"), each a dict: severity, code, line, col, message, hint.
    pub diagnostics: Py<PyAny>,
    pub instructions: u64,
    pub wall_ms: f64,
    pub cpu_ms: f64,
    json: String,
}

pub fn status_name(s: JobStatus) -> &'static str {
    match s {
        JobStatus::Ok => "ok",
        JobStatus::Error => "error",
        JobStatus::Invalid => "invalid",
        JobStatus::Killed => "killed",
        JobStatus::Cancelled => "cancelled",
        JobStatus::Internal => "internal",
    }
}

impl RunResult {
    pub fn from_job(py: Python<'_>, r: JobResult) -> PyResult<RunResult> {
        let json = serde_json::to_string(&r).unwrap_or_default();
        let diagnostics = crate::convert::to_py(
            py,
            &serde_json::to_value(&r.diagnostics).unwrap_or_default(),
        )?;
        let error = match r.error {
            Some(e) => Some(Py::new(
                py,
                ScriptError {
                    type_name: e.type_name,
                    message: e.message,
                    line: e.line,
                    traceback: e.traceback,
                },
            )?),
            None => None,
        };
        Ok(RunResult {
            id: r.id,
            status: status_name(r.status),
            result: crate::convert::to_py(py, &r.result)?.unbind(),
            result_repr: r.result_repr,
            stdout: r.stdout,
            stderr: r.stderr,
            error,
            limit: r.limit,
            reason: r.reason,
            diagnostics: diagnostics.unbind(),
            instructions: r.instructions,
            wall_ms: r.wall_ms,
            cpu_ms: r.cpu_ms,
            json,
        })
    }
}

#[pymethods]
impl RunResult {
    /// True when the script ran to its end (status "ok").
    #[getter]
    fn ok(&self) -> bool {
        self.status == "ok"
    }

    /// The result in the job schema's JSON, as `npython run --json` prints it.
    fn to_json(&self) -> &str {
        &self.json
    }

    /// The result as a dict (the JSON of `to_json`, parsed).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let value: serde_json::Value = serde_json::from_str(&self.json).unwrap_or_default();
        let out = crate::convert::to_py(py, &value)?;
        if !out.is_instance_of::<PyDict>() {
            return Ok(PyDict::new(py).into_any());
        }
        Ok(out)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let result = self.result.bind(py).repr()?.to_string();
        let short: String = result.chars().take(80).collect();
        Ok(match (&self.error, self.limit) {
            (Some(e), _) => format!(
                "RunResult(status={:?}, error={}: {:?})",
                self.status,
                e.get().type_name,
                e.get().message
            ),
            (None, Some(limit)) => {
                format!("RunResult(status={:?}, limit={limit:?})", self.status)
            }
            _ => format!("RunResult(status={:?}, result={short})", self.status),
        })
    }
}
