//! Jobs: one script run with inputs and limits to one outcome, in the schema shared by every front door
//! (`npython run --json`, `npython swarm`, the HTTP API).

use std::panic::AssertUnwindSafe;
use std::time::Instant;

use serde::Serialize;

use crate::{
    compile, data_to_json, json_to_data, Data, Engine, IoError, IoErrorKind, IoRequest, IoResult,
    JobError, Limit, Limits, PyException, RunOutcome,
};

/// What a single-job run may reach outside the VM: the broker that performs its gated calls, the context
/// its tokens are checked in (tenant, verifier, clock), and the tokens bound as module globals.
#[cfg(feature = "broker")]
pub struct JobIo {
    pub broker: std::sync::Arc<npython_broker::Broker>,
    pub capabilities: npython_vm::CapabilityContext,
    /// `(global name, token string)` pairs; the VM keeps only the parsed token.
    pub tokens: Vec<(String, String)>,
}

/// Performs a blocked VM's request on the calling thread: the single-job runner of the CLI has nothing else
/// to do meanwhile (the scheduler serves requests without holding a worker). A sleep past the deadline ends
/// the job at the deadline; gated calls go to `gated` (the broker, whose timeouts the deadline shortens).
fn serve_blocking(
    req: IoRequest,
    deadline: Option<Instant>,
    gated: &dyn Fn(IoRequest, Option<Instant>) -> IoResult,
) -> Result<IoResult, RunOutcome> {
    match req {
        IoRequest::Sleep { seconds } => {
            let want =
                std::time::Duration::try_from_secs_f64(seconds).unwrap_or(std::time::Duration::MAX);
            let until_deadline = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            match until_deadline {
                Some(left) if left <= want => {
                    std::thread::sleep(left);
                    Err(RunOutcome::Killed(JobError::Limit(Limit::Time)))
                }
                _ => {
                    std::thread::sleep(want);
                    Ok(Ok(Data::None))
                }
            }
        }
        req @ (IoRequest::Http(_) | IoRequest::Fs(_) | IoRequest::Tool(_)) => {
            Ok(gated(req, deadline))
        }
    }
}

/// The answer to a gated call in a single-job run without a broker.
fn no_broker(_req: IoRequest, _deadline: Option<Instant>) -> IoResult {
    Err(IoError {
        kind: IoErrorKind::Os,
        message: "this runner has no I/O broker for http, fs or tools".into(),
    })
}

/// The wall-clock limit of a job that sets none: long enough for any honest agent script, short enough that
/// a sleeping or spinning job cannot hold its slot for long.
pub const DEFAULT_TIMEOUT_MS: u64 = 60_000;

/// Limits a job may set; unset ones take the engine defaults.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobLimits {
    #[serde(default, deserialize_with = "integral")]
    pub max_instructions: Option<u64>,
    #[serde(default, deserialize_with = "integral")]
    pub max_memory_bytes: Option<usize>,
    #[serde(default, deserialize_with = "integral")]
    pub timeout_ms: Option<u64>,
    #[serde(default, deserialize_with = "integral")]
    pub max_output_bytes: Option<usize>,
    /// The JSON encoding of the job's return value, in bytes; a larger one ends the job `killed` with
    /// `limit: "result"`.
    #[serde(default, deserialize_with = "integral")]
    pub max_result_bytes: Option<usize>,
}

/// A limit as a non-negative integer. JSON (and JSON Schema's `integer`) counts `5.0` as the integer 5, so an
/// integral float is read as one; a fraction, a negative number or one past `T`'s range is an error.
fn integral<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: TryFrom<u64>,
{
    use serde::de::Error;
    let Some(n) = <Option<serde_json::Number> as serde::Deserialize>::deserialize(d)? else {
        return Ok(None);
    };
    let whole = n.as_u64().or_else(|| {
        n.as_f64()
            .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f < 18_446_744_073_709_551_616.0)
            // Exact: an integral f64 below 2^64 converts without rounding.
            .map(|f| f as u64)
    });
    whole
        .and_then(|w| T::try_from(w).ok())
        .map(Some)
        .ok_or_else(|| {
            D::Error::custom(format!(
                "{n} is not a whole number of 0 or more that fits 64 bits"
            ))
        })
}

impl JobLimits {
    pub fn to_vm_limits(&self) -> Limits {
        let d = Limits::default();
        Limits {
            max_instructions: self.max_instructions.unwrap_or(d.max_instructions),
            max_memory_bytes: self.max_memory_bytes.unwrap_or(d.max_memory_bytes),
            max_output_bytes: self.max_output_bytes.unwrap_or(d.max_output_bytes),
            max_depth: d.max_depth,
        }
    }
}

/// A job to run.
#[derive(Clone, Debug, Default)]
pub struct Job {
    pub id: Option<String>,
    pub source: String,
    pub filename: String,
    pub inputs: serde_json::Map<String, serde_json::Value>,
    pub limits: JobLimits,
    /// Instructions per quantum between deadline checks and output flushes (`run_job` only; submitted jobs
    /// use the engine's quantum).
    pub quantum: u64,
    /// The tenant a submitted job runs for (`None`: "default"). `run_job` ignores it.
    pub tenant: Option<String>,
    /// Capability tokens, `(global name, token string as issued)`: each becomes a `Token` global of the
    /// script, checked on `with scope(...)` entry for this job's tenant by the engine's verifier
    /// (`EngineBuilder::verifier`). Names must be Python identifiers (`JobLine::token_pairs` checks).
    /// `run_job` ignores them; `run_job_with_io` binds them with `JobIo::tokens`, checked by its context.
    pub tokens: Vec<(String, String)>,
    /// Seed of the script's `random` module and `uuid.uuid4`; `None` means 0 (reproducible).
    pub seed: Option<u64>,
}

/// How a job ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JobStatus {
    Ok,
    Error,
    Invalid,
    Killed,
    Cancelled,
    Internal,
}

/// The error part of a result.
#[derive(Clone, Debug, Serialize)]
pub struct ErrorInfo {
    #[serde(rename = "type")]
    pub type_name: String,
    pub message: String,
    pub line: u32,
    pub traceback: String,
}

/// A diagnostic as it appears in results.
#[derive(Clone, Debug, Serialize)]
pub struct DiagnosticInfo {
    pub severity: &'static str,
    pub code: &'static str,
    pub line: u32,
    pub col: u32,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl From<&crate::Diagnostic> for DiagnosticInfo {
    fn from(d: &crate::Diagnostic) -> DiagnosticInfo {
        DiagnosticInfo {
            severity: d.severity.as_str(),
            code: d.code,
            line: d.line,
            col: d.col,
            message: d.message.clone(),
            hint: d.hint.clone(),
        }
    }
}

/// Which of a job's two output streams a piece of text went to (`print(..., file=sys.stderr)` and
/// `sys.stderr.write` go to `Stderr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputStream {
    Stdout,
    Stderr,
}

/// The outcome of a job.
#[derive(Clone, Debug, Serialize)]
pub struct JobResult {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub status: JobStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<&'static str>,
    pub stdout: String,
    /// What the script wrote to `sys.stderr`; always present, like `stdout`, so clients need no default.
    pub stderr: String,
    pub result: serde_json::Value,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub result_repr: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorInfo>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<DiagnosticInfo>,
    pub instructions: u64,
    pub wall_ms: f64,
    /// Time the job spent executing on a thread (wall time minus waiting for a worker, a VM or I/O).
    pub cpu_ms: f64,
    /// The uncaught exception, for callers that render tracebacks themselves.
    #[serde(skip)]
    pub exception: Option<PyException>,
    /// Why the job was killed or failed internally, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl JobResult {
    fn new(id: Option<String>, status: JobStatus) -> JobResult {
        JobResult {
            id,
            status,
            limit: None,
            stdout: String::new(),
            stderr: String::new(),
            result: serde_json::Value::Null,
            result_repr: false,
            error: None,
            diagnostics: Vec::new(),
            instructions: 0,
            wall_ms: 0.0,
            cpu_ms: 0.0,
            exception: None,
            reason: None,
        }
    }
}

impl JobResult {
    /// Ends a successful job `killed` (limit `result`) if its return value's JSON is over `max` bytes.
    pub fn enforce_result_limit(&mut self, max: Option<usize>) {
        let Some(max) = max else { return };
        if self.status != JobStatus::Ok {
            return;
        }
        let size = serde_json::to_vec(&self.result).map_or(usize::MAX, |v| v.len());
        if size > max {
            self.status = JobStatus::Killed;
            self.limit = Some("result");
            self.result = serde_json::Value::Null;
            self.result_repr = false;
            self.reason = Some(format!(
                "the return value is {size} bytes of JSON, over max_result_bytes ({max})"
            ));
        }
    }

    /// The result of a job the scheduler ran; `source` and `filename` render the traceback.
    pub fn from_outcome(
        id: Option<String>,
        o: npython_scheduler::Outcome,
        source: &str,
        filename: &str,
    ) -> JobResult {
        use npython_scheduler::End;
        let mut r = JobResult::new(id, JobStatus::Ok);
        r.diagnostics = o.diagnostics.iter().map(DiagnosticInfo::from).collect();
        r.instructions = o.instructions;
        r.wall_ms = o.wall.as_secs_f64() * 1e3;
        r.cpu_ms = o.cpu.as_secs_f64() * 1e3;
        r.stdout = o.stdout;
        r.stderr = o.stderr;
        match o.end {
            End::Finished(Ok(d)) => r.result = data_to_json(&d),
            End::Finished(Err(repr)) => {
                r.result = serde_json::Value::String(repr);
                r.result_repr = true;
            }
            End::Raised(e) if exits_cleanly(&e) => {}
            End::Raised(e) => {
                r.status = JobStatus::Error;
                r.error = Some(ErrorInfo {
                    type_name: e.type_name.clone(),
                    message: e.message.clone(),
                    line: e.line,
                    traceback: crate::traceback::render(&e, filename, source),
                });
                r.exception = Some(e);
            }
            End::Killed { limit, reason } => {
                r.status = JobStatus::Killed;
                r.limit = Some(limit.name());
                r.reason = Some(reason);
            }
            End::Cancelled => {
                r.status = JobStatus::Cancelled;
                r.reason = Some("cancelled".into());
            }
            End::Internal(why) => {
                r.status = JobStatus::Internal;
                r.reason = Some(why);
            }
            End::Invalid => r.status = JobStatus::Invalid,
        }
        r
    }

    /// The result of a job the engine refused (it never ran): out of tenant fuel is a kill by the
    /// instruction limit, a memory limit above the engine's budget a kill by the memory limit, a shutdown a cancellation, an engine that cannot start an internal error.
    pub fn refused(id: Option<String>, why: &npython_scheduler::SubmitError) -> JobResult {
        use npython_scheduler::SubmitError;
        let status = match why {
            SubmitError::FuelExhausted { .. } | SubmitError::OverMemoryBudget { .. } => {
                JobStatus::Killed
            }
            SubmitError::QueueFull { .. } | SubmitError::ShuttingDown => JobStatus::Cancelled,
            SubmitError::Unavailable(_) => JobStatus::Internal,
        };
        let mut r = JobResult::new(id, status);
        r.limit = match why {
            SubmitError::FuelExhausted { .. } => Some(Limit::Instructions.name()),
            SubmitError::OverMemoryBudget { .. } => Some(Limit::Memory.name()),
            _ => None,
        };
        r.reason = Some(format!("refused: {why}"));
        r
    }

    /// The result for a swarm line that is not a valid job: `invalid`, with one diagnostic saying why.
    pub fn malformed(id: Option<String>, line: u32, message: String) -> JobResult {
        let mut r = JobResult::new(id, JobStatus::Invalid);
        r.diagnostics.push(DiagnosticInfo {
            severity: "error",
            code: "job",
            line,
            col: 1,
            message,
            hint: None,
        });
        r
    }
}

impl Engine {
    /// Compiles and runs a job to its outcome. `on_output` receives the text written to each stream as the
    /// job runs (after each quantum: stdout's text of a quantum comes before its stderr text).
    pub fn run_job(&self, job: &Job, on_output: impl FnMut(OutputStream, &str)) -> JobResult {
        self.drive(job, None, &no_broker, on_output)
    }

    /// `run_job` with tokens bound and gated calls performed by `io`'s broker.
    #[cfg(feature = "broker")]
    pub fn run_job_with_io(
        &self,
        job: &Job,
        io: Option<&JobIo>,
        on_output: impl FnMut(OutputStream, &str),
    ) -> JobResult {
        let gated = |req: IoRequest, deadline: Option<Instant>| match io {
            Some(io) => io.broker.perform_blocking(0, req, deadline),
            None => no_broker(req, deadline),
        };
        let capabilities = io.map(|io| (&io.capabilities, io.tokens.as_slice()));
        self.drive(job, capabilities, &gated, on_output)
    }

    /// The single-job driver: compiles, loads and runs `job` to its outcome. With `capabilities`, the VM
    /// gets that context and those tokens (before the job's own); `gated` serves http, fs and tool calls.
    fn drive(
        &self,
        job: &Job,
        capabilities: Option<(&npython_vm::CapabilityContext, &[(String, String)])>,
        gated: &dyn Fn(IoRequest, Option<Instant>) -> IoResult,
        mut on_output: impl FnMut(OutputStream, &str),
    ) -> JobResult {
        let start = Instant::now();
        let compiled = compile(&job.source, &job.filename);
        let diagnostics: Vec<DiagnosticInfo> = compiled
            .diagnostics
            .iter()
            .map(DiagnosticInfo::from)
            .collect();
        let Some(program) = compiled.program else {
            let mut r = JobResult::new(job.id.clone(), JobStatus::Invalid);
            r.diagnostics = diagnostics;
            r.wall_ms = start.elapsed().as_secs_f64() * 1e3;
            return r;
        };
        let limits = job.limits.to_vm_limits();
        let mut vm = match self.new_vm_for(limits, &program) {
            Ok(vm) => vm,
            Err(e) => {
                let mut r = JobResult::new(job.id.clone(), JobStatus::Internal);
                r.reason = Some(e);
                return r;
            }
        };
        vm.load(program);
        vm.set_clock(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs_f64())
                .unwrap_or(0.0),
        );
        for (name, value) in &job.inputs {
            let v = vm.from_data(&json_to_data(value));
            vm.set_global(name, v);
        }
        vm.set_random_seed(job.seed.unwrap_or(0));
        if let Some((context, tokens)) = capabilities {
            vm.set_capabilities(context.clone());
            for (name, token) in tokens.iter().chain(&job.tokens) {
                vm.bind_token(name, token);
            }
        }
        let deadline = job
            .limits
            .timeout_ms
            .or(Some(DEFAULT_TIMEOUT_MS))
            .map(|ms| start + std::time::Duration::from_millis(ms));
        // A watchdog raises the VM's interrupt flag at the deadline so even one long builtin call stops;
        // dropping `_cancel_watchdog` when the job ends wakes it early.
        let (_cancel_watchdog, cancelled) = std::sync::mpsc::channel::<()>();
        if let Some(d) = deadline {
            let flag = vm.interrupt_flag();
            let wait = d.saturating_duration_since(Instant::now());
            std::thread::spawn(move || {
                if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
                    cancelled.recv_timeout(wait)
                {
                    flag.store(true, std::sync::atomic::Ordering::Relaxed);
                }
            });
        }
        let quantum = if job.quantum == 0 {
            100_000
        } else {
            job.quantum
        };
        let mut stdout = String::new();
        let mut stderr = String::new();
        let mut cpu = std::time::Duration::ZERO;
        let outcome = loop {
            let ran = Instant::now();
            let step = std::panic::catch_unwind(AssertUnwindSafe(|| vm.run(quantum)));
            cpu += ran.elapsed();
            // The VM keeps the streams apart, so the order of a stdout and a stderr write within one
            // quantum is not known; stdout goes first.
            let out = vm.take_output();
            if !out.is_empty() {
                let text = String::from_utf8_lossy(&out);
                on_output(OutputStream::Stdout, &text);
                stdout.push_str(&text);
            }
            let err = vm.take_stderr();
            if !err.is_empty() {
                let text = String::from_utf8_lossy(&err);
                on_output(OutputStream::Stderr, &text);
                stderr.push_str(&text);
            }
            match step {
                Ok(RunOutcome::Yielded) => {
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        break RunOutcome::Killed(JobError::Limit(Limit::Time));
                    }
                }
                Ok(RunOutcome::Blocked(req)) => {
                    match serve_blocking(req, deadline, gated) {
                        Ok(result) => vm.resume_io(result),
                        Err(killed) => break killed,
                    };
                }
                Ok(other) => break other,
                Err(panic) => {
                    let msg = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "panic".into());
                    break RunOutcome::Killed(JobError::Internal(msg));
                }
            }
        };
        let mut r = JobResult::new(job.id.clone(), JobStatus::Ok);
        r.diagnostics = diagnostics;
        r.instructions = vm.instructions();
        match outcome {
            RunOutcome::Finished(v) => match vm.to_data(v) {
                Some(d) => r.result = data_to_json(&d),
                None => {
                    r.result = serde_json::Value::String(
                        vm.repr(v).unwrap_or_else(|_| "<unrepresentable>".into()),
                    );
                    r.result_repr = true;
                }
            },
            RunOutcome::Raised(e) if exits_cleanly(&e) => {}
            RunOutcome::Raised(e) => {
                r.status = JobStatus::Error;
                r.error = Some(ErrorInfo {
                    type_name: e.type_name.clone(),
                    message: e.message.clone(),
                    line: e.line,
                    traceback: crate::traceback::render(&e, &job.filename, &job.source),
                });
                r.exception = Some(e);
            }
            RunOutcome::Killed(JobError::Limit(l)) => {
                r.status = JobStatus::Killed;
                r.limit = Some(l.name());
                r.reason = Some(JobError::Limit(l).to_string());
            }
            RunOutcome::Killed(e @ JobError::Internal(_)) => {
                r.status = JobStatus::Internal;
                r.reason = Some(e.to_string());
            }
            RunOutcome::Yielded | RunOutcome::Blocked(_) => {
                r.status = JobStatus::Internal;
                r.reason = Some("the job stopped without an outcome".into());
            }
        }
        r.stdout = stdout;
        r.stderr = stderr;
        r.wall_ms = start.elapsed().as_secs_f64() * 1e3;
        r.cpu_ms = cpu.as_secs_f64() * 1e3;
        r.enforce_result_limit(job.limits.max_result_bytes);
        r
    }
}

/// One job as written on the wire (DESIGN.md "Jobs"): a line of `npython swarm` or an element of a
/// `POST /v1/swarms` batch. Both front doors parse this one struct; each decides which of `file` (CLI
/// only), `script` (an uploaded script's ref, API only) and `tenant` (CLI only) it accepts.
#[derive(Clone, Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobLine {
    /// The caller's name for the job (a string, or a number written as JSON), echoed in its result.
    pub id: Option<serde_json::Value>,
    pub source: Option<String>,
    pub script: Option<String>,
    pub file: Option<String>,
    pub tenant: Option<String>,
    #[serde(default)]
    pub inputs: serde_json::Map<String, serde_json::Value>,
    /// Capability tokens: global name -> token string (see `token_pairs`, which checks both).
    #[serde(default)]
    pub tokens: serde_json::Map<String, serde_json::Value>,
    /// Seed of the job's `random` module and `uuid.uuid4` (an unsigned 64-bit integer; unset means 0).
    #[serde(default)]
    pub seed: Option<u64>,
    #[serde(default)]
    pub limits: JobLimits,
}

impl JobLine {
    /// The job's id as text, if it has one: a string as is, a number as written.
    pub fn id_text(&self) -> Option<String> {
        match &self.id {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(serde_json::Value::Null) | None => None,
            Some(other) => Some(other.to_string()),
        }
    }

    /// The job's tokens as `Job::tokens` wants them, or why they are unusable: a name that is not a Python
    /// identifier, one that is also an input, or a value that is not a string.
    pub fn token_pairs(&self) -> Result<Vec<(String, String)>, String> {
        let mut out = Vec::with_capacity(self.tokens.len());
        for (name, value) in &self.tokens {
            if !is_identifier(name) {
                return Err(format!("token name `{name}` is not a Python identifier"));
            }
            if self.inputs.contains_key(name) {
                return Err(format!("`{name}` is both an input and a token"));
            }
            match value {
                serde_json::Value::String(token) => out.push((name.clone(), token.clone())),
                _ => {
                    return Err(format!(
                        "token `{name}` must be a string (the token as issued)"
                    ))
                }
            }
        }
        Ok(out)
    }

    /// The first input name that is not a Python identifier (inputs become module globals).
    pub fn bad_input_name(&self) -> Option<&str> {
        self.inputs
            .keys()
            .find(|k| !is_identifier(k))
            .map(String::as_str)
    }
}

/// Whether `name` can be a module global.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// `sys.exit()`, `sys.exit(0)` and `sys.exit(None)` end a script successfully, as in CPython; any other
/// `SystemExit` is an error whose message is the exit code or text.
fn exits_cleanly(e: &npython_vm::PyException) -> bool {
    e.type_name == "SystemExit" && matches!(e.message.as_str(), "" | "0" | "None")
}

/// The process exit status `npython run` uses for an uncaught `SystemExit(code)`: an int code as CPython
/// reduces it (to 8 bits), else None (the code is a message, printed, and the status is 1).
pub fn system_exit_status(type_name: &str, message: &str) -> Option<u8> {
    if type_name != "SystemExit" {
        return None;
    }
    message.parse::<i64>().ok().map(|code| (code & 0xff) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(source: &str, limits: JobLimits) -> Job {
        Job {
            source: source.into(),
            filename: "t.py".into(),
            limits,
            ..Job::default()
        }
    }

    #[test]
    fn stderr_is_its_own_stream_in_the_result_and_the_callback() {
        let engine = Engine::new().expect("engine");
        let src =
            "import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.stderr.write('more')\n";
        let mut seen = Vec::new();
        let r = engine.run_job(&job(src, JobLimits::default()), |stream, text| {
            seen.push((stream, text.to_string()))
        });
        assert_eq!(r.status, JobStatus::Ok, "{:?}", r.error);
        assert_eq!(r.stdout, "out\n");
        assert_eq!(r.stderr, "err\nmore");
        assert_eq!(
            seen,
            vec![
                (OutputStream::Stdout, "out\n".to_string()),
                (OutputStream::Stderr, "err\nmore".to_string())
            ]
        );
        let line = serde_json::to_value(&r).expect("encodes");
        assert_eq!(line["stderr"], "err\nmore");
        // Present even when empty, like `stdout`, so clients need no default.
        let quiet = engine.run_job(&job("1\n", JobLimits::default()), |_, _| {});
        assert_eq!(serde_json::to_value(&quiet).expect("encodes")["stderr"], "");
    }

    #[test]
    fn both_streams_count_against_one_output_limit() {
        let engine = Engine::new().expect("engine");
        let limits = JobLimits {
            max_output_bytes: Some(10),
            ..JobLimits::default()
        };
        // 6 bytes on each stream: either alone fits, together they do not.
        let src = "import sys\nprint('12345')\nprint('12345', file=sys.stderr)\n";
        let r = engine.run_job(&job(src, limits), |_, _| {});
        assert_eq!(r.status, JobStatus::Killed);
        assert_eq!(r.limit, Some("output"));
        assert_eq!(r.stdout, "12345\n");
        assert_eq!(r.stderr, "");
    }
}
