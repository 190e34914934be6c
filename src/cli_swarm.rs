//! `npython swarm FILE.jsonl`: one job per JSON line (DESIGN.md "Jobs"), run on the scheduler, one JSON
//! result line per job on stdout as jobs end, and a progress bar on stderr when it is a terminal.
//!
//! A line that is not a valid job yields an `invalid` result naming the line, never an abort. `file` paths
//! are relative to the JSONL file's directory. A line's `tokens` (name -> token string) become `Token`
//! globals checked against the key store in $NPYTHON_HOME; gated calls go to an `npython_broker::Broker`
//! (`--fs-root DIR`: tenant T's files live in DIR/T/; `--audit-log FILE`). A line's `seed` seeds `random`.
//! Without a key store a warning is printed and scope entry raises `CapabilityError`. Exit 0 once every
//! line has a result; 2 for usage errors (unreadable file, bad flags).

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use npython::job::JobLine;
use npython::{Engine, Job, JobResult};

/// The job's id as text: the line's `id` (a string, or a number written as JSON), else `line-N`.
fn job_id(v: &serde_json::Value, lineno: usize) -> String {
    match v.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => format!("line-{lineno}"),
        Some(other) => other.to_string(),
    }
}

/// Turns one line into a job, or the message of its `invalid` result.
fn parse_line(text: &str, lineno: usize, base: &Path) -> Result<Job, (String, String)> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        (
            format!("line-{lineno}"),
            format!("line {lineno}: not JSON: {e}"),
        )
    })?;
    let id = job_id(&value, lineno);
    if !value.is_object() {
        return Err((id, format!("line {lineno}: a job must be a JSON object")));
    }
    let line: JobLine =
        serde_json::from_value(value).map_err(|e| (id.clone(), format!("line {lineno}: {e}")))?;
    if line.script.is_some() {
        return Err((
            id,
            format!("line {lineno}: `script` refs are for the HTTP API; give `source` or `file`"),
        ));
    }
    if let Some(bad) = line.bad_input_name() {
        return Err((
            id,
            format!("line {lineno}: input name `{bad}` is not a Python identifier"),
        ));
    }
    let tokens = line
        .token_pairs()
        .map_err(|e| (id.clone(), format!("line {lineno}: {e}")))?;
    let (source, filename) = match (line.source, line.file) {
        (Some(s), None) => (s, format!("{id}.py")),
        (None, Some(f)) => {
            let path = base.join(&f);
            let bytes = std::fs::read(&path)
                .map_err(|e| (id.clone(), format!("line {lineno}: cannot read {f}: {e}")))?;
            let s = String::from_utf8(bytes)
                .map_err(|_| (id.clone(), format!("line {lineno}: {f} is not valid UTF-8")))?;
            (s, f)
        }
        (Some(_), Some(_)) => {
            return Err((
                id,
                format!("line {lineno}: give either `source` or `file`, not both"),
            ))
        }
        (None, None) => return Err((id, format!("line {lineno}: a job needs `source` or `file`"))),
    };
    Ok(Job {
        id: Some(id),
        source,
        filename,
        inputs: line.inputs,
        limits: line.limits,
        quantum: 0,
        tenant: line.tenant,
        tokens,
        seed: line.seed,
    })
}

fn progress_bar(total: usize) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40.cyan/blue} {pos}/{len} jobs  {per_sec}  eta {eta}",
    ) {
        bar.set_style(style);
    }
    bar
}

/// Writes one result line; false when stdout is closed (the caller stops writing, not an error).
fn emit(out: &mut impl Write, r: &JobResult) -> bool {
    match serde_json::to_string(r) {
        Ok(s) => writeln!(out, "{s}").and_then(|_| out.flush()).is_ok(),
        Err(e) => {
            eprintln!("npython: cannot encode a result: {e}");
            true
        }
    }
}

/// The flags of `npython swarm`.
pub struct SwarmOptions {
    pub workers: Option<usize>,
    pub vms: Option<usize>,
    pub quantum: Option<u64>,
    pub fs_root: Option<std::path::PathBuf>,
    pub audit_log: Option<std::path::PathBuf>,
}

/// The broker performing the swarm's gated calls (and its sleeps).
fn broker(
    opts: &SwarmOptions,
    verifier: Option<Arc<dyn npython_caps::Verifier + Send + Sync>>,
) -> Result<npython_broker::Broker, String> {
    let mut config = npython_broker::BrokerConfig {
        audit: crate::audit_sink(opts.audit_log.as_deref())?,
        verifier,
        ..npython_broker::BrokerConfig::default()
    };
    config.fs.base = opts.fs_root.clone();
    npython_broker::Broker::new(config).map_err(|e| e.to_string())
}

pub fn swarm(file: &str, opts: SwarmOptions) -> ExitCode {
    let SwarmOptions {
        workers,
        vms,
        quantum,
        ..
    } = opts;
    let text = match crate::read_source(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("npython: {e}");
            return ExitCode::from(2);
        }
    };
    let base = Path::new(file)
        .parent()
        .filter(|_| file != "-")
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let mut jobs = Vec::new();
    let mut malformed = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line, i + 1, &base) {
            Ok(job) => jobs.push(job),
            Err((id, message)) => malformed.push(JobResult::malformed(
                Some(id),
                u32::try_from(i + 1).unwrap_or(u32::MAX),
                message,
            )),
        }
    }
    // Tokens are checked against the key store `npython token mint` uses; only needed when a job has one.
    let mut verifier: Option<Arc<dyn npython_caps::Verifier + Send + Sync>> = None;
    if jobs.iter().any(|j| !j.tokens.is_empty()) {
        let store = npython_caps::KeyStore::default_home()
            .and_then(|home| npython_caps::KeyStore::open_existing(&home));
        match store {
            Ok(store) => verifier = Some(Arc::new(store)),
            // Every line still gets its result: a job that enters a scope then fails with
            // CapabilityError ("no verifier"), one that only carries its token runs normally.
            Err(e) => eprintln!(
                "npython: warning: cannot open the key store to check the jobs' tokens ({e}); \
                 `with scope(...)` will raise CapabilityError"
            ),
        }
    }
    let broker = match broker(&opts, verifier.clone()) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("npython: {e}");
            return ExitCode::from(2);
        }
    };
    let mut builder = Engine::builder().broker(Arc::new(broker));
    if let Some(verifier) = verifier {
        builder = builder.verifier(verifier);
    }
    if let Some(w) = workers {
        builder = builder.workers(w);
    }
    if let Some(m) = vms {
        builder = builder.vms(m);
    }
    if let Some(q) = quantum {
        builder = builder.quantum(q);
    }
    let engine = match builder.build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("npython: internal error: {e}");
            return ExitCode::from(4);
        }
    };
    let bar = progress_bar(jobs.len() + malformed.len());
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut open = malformed.iter().all(|r| {
        bar.inc(1);
        emit(&mut out, r)
    });
    if open {
        for (_, r) in engine.swarm(jobs) {
            bar.inc(1);
            if !emit(&mut out, &r) {
                // Nobody reads the results any more (`| head`): stop; dropping the engine cancels the rest.
                open = false;
                break;
            }
        }
    }
    bar.finish_and_clear();
    if open {
        engine.shutdown();
    }
    ExitCode::SUCCESS
}
