//! The `npython` command: `run`, `check`, `disasm`, `swarm`, `token`, `serve` and `mcp`.
//!
//! Exit codes: 0 ok, 1 uncaught exception, 2 invalid script or usage, 3 killed by a limit, 4 internal error.

use std::io::{Read, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

mod cli_swarm;
mod mcp;
use npython::{
    compile, job::DiagnosticInfo, Engine, Job, JobLimits, JobStatus, OutputStream, Severity,
};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "npython",
    version,
    about = "A secure Python-subset engine for swarms of AI agents"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script (`-` reads stdin). Exit 0 ok, 1 uncaught exception, 2 invalid, 3 killed, 4 internal.
    Run {
        file: String,
        /// Instruction budget for the whole run.
        #[arg(long)]
        max_instructions: Option<u64>,
        /// Live heap bytes the script may hold.
        #[arg(long)]
        max_memory: Option<usize>,
        /// Wall-clock limit in milliseconds.
        #[arg(long)]
        timeout_ms: Option<u64>,
        /// Bytes the script may write to stdout and stderr together.
        #[arg(long)]
        max_output: Option<usize>,
        /// A module global for the script, as NAME=JSON (repeatable).
        #[arg(long = "input", value_name = "NAME=JSON")]
        inputs: Vec<String>,
        /// Instructions between suspensions of the VM (for testing suspension; results never depend on it).
        #[arg(long, hide = true)]
        fuel_quantum: Option<u64>,
        /// Print the job result as JSON on stdout instead of streaming the script's output.
        #[arg(long)]
        json: bool,
        /// Seed of the script's `random` module and `uuid.uuid4` (default 0: runs are reproducible).
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        #[command(flatten)]
        io: IoArgs,
    },
    /// Check scripts for errors without running them. Exit 1 when any has errors.
    Check {
        #[arg(required = true)]
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Show the bytecode a script compiles to.
    Disasm { file: String },
    /// Mint, attenuate, inspect and revoke capability tokens (key and revocations in $NPYTHON_HOME,
    /// default ~/.npython).
    #[command(subcommand)]
    Token(npython_caps::cli::TokenCommand),
    /// Run a batch of jobs, one JSON object per line (`-` reads stdin); one JSON result line per job on
    /// stdout as jobs end. Exit 0 once every line has a result (see each line's status), 2 on usage errors.
    Swarm {
        file: String,
        /// Worker threads (default: available cores).
        #[arg(long)]
        workers: Option<usize>,
        /// VMs in the pool (default 512); every running or blocked job holds one.
        #[arg(long)]
        vms: Option<usize>,
        /// Instructions a job runs before it yields its worker (default 10,000).
        #[arg(long)]
        quantum: Option<u64>,
        /// The directory under which each tenant's `fs` calls see their files: tenant T gets DIR/T/
        /// (without it, fs calls fail).
        #[arg(long, value_name = "DIR")]
        fs_root: Option<std::path::PathBuf>,
        /// Append one JSON line per gated call (tenant, capability, target, outcome, bytes) to FILE.
        #[arg(long, value_name = "FILE")]
        audit_log: Option<std::path::PathBuf>,
    },
    /// Serve MCP over stdio: one tool, `run_python` (code, optional inputs), whose description is the
    /// docs/PROMPT.md block. Limits, tokens and the fs root are set here, as for `run`.
    Mcp {
        /// Instruction budget of each run.
        #[arg(long)]
        max_instructions: Option<u64>,
        /// Live heap bytes each run may hold.
        #[arg(long)]
        max_memory: Option<usize>,
        /// Wall-clock limit of each run in milliseconds.
        #[arg(long)]
        timeout_ms: Option<u64>,
        /// Bytes each run may write to stdout and stderr together.
        #[arg(long)]
        max_output: Option<usize>,
        #[command(flatten)]
        io: IoArgs,
    },
    /// Serve the HTTP API (see docs/USAGE.md "Serving"). Without --config: one tenant `default` whose API
    /// key and an admin key are kept in $NPYTHON_HOME/serve-keys.toml (printed on first start).
    /// SIGTERM/SIGINT drains accepted jobs, then exits 0.
    Serve {
        /// A TOML config: tenants with hashed API keys, quotas, pool size, limits, retention.
        #[arg(long, value_name = "FILE")]
        config: Option<std::path::PathBuf>,
        /// Address to listen on (default 127.0.0.1:8080, or the config's); port 0 picks a free port.
        #[arg(long, value_name = "ADDR")]
        listen: Option<String>,
    },
}

/// `npython run`'s gated I/O: tokens bound as globals, checked against the key store in $NPYTHON_HOME, and
/// the broker that performs the calls made inside `with scope(...)`.
#[derive(clap::Args)]
struct IoArgs {
    /// A capability token for the script, as NAME=TOKEN (repeatable); the script sees a `Token` global NAME.
    #[arg(long = "token", value_name = "NAME=TOKEN")]
    tokens: Vec<String>,
    /// The tenant the tokens were minted for.
    #[arg(long, default_value = "default")]
    tenant: String,
    /// The directory the script's `fs` calls see as `/` (without it, fs calls fail).
    #[arg(long, value_name = "DIR")]
    fs_root: Option<std::path::PathBuf>,
    /// Append one JSON line per gated call (tenant, capability, target, outcome, bytes) to FILE.
    #[arg(long, value_name = "FILE")]
    audit_log: Option<std::path::PathBuf>,
}

impl IoArgs {
    /// The run's broker and tokens; `None` when the script gets no token (then it has no gated I/O).
    fn job_io(&self) -> Result<Option<npython::job::JobIo>, String> {
        if self.tokens.is_empty() {
            return Ok(None);
        }
        let mut tokens = Vec::new();
        for item in &self.tokens {
            let Some((name, token)) = item.split_once('=') else {
                return Err("--token expects NAME=TOKEN".to_string());
            };
            if !is_identifier(name) {
                return Err(format!(
                    "--token {name}: the name must be a Python identifier"
                ));
            }
            tokens.push((name.to_string(), token.to_string()));
        }
        let home = npython_caps::KeyStore::default_home().map_err(|e| e.to_string())?;
        let store: Arc<dyn npython_caps::Verifier + Send + Sync> = Arc::new(
            npython_caps::KeyStore::open_existing(&home)
                .map_err(|e| format!("cannot open the key store to check --token: {e}"))?,
        );
        let mut config = npython_broker::BrokerConfig {
            threads: 1,
            audit: audit_sink(self.audit_log.as_deref())?,
            verifier: Some(store.clone()),
            ..npython_broker::BrokerConfig::default()
        };
        if let Some(root) = &self.fs_root {
            config.fs.roots.insert(self.tenant.clone(), root.clone());
        }
        let broker = npython_broker::Broker::new(config).map_err(|e| e.to_string())?;
        let clock: npython_vm::UnixClock = Arc::new(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
        Ok(Some(npython::job::JobIo {
            broker: Arc::new(broker),
            capabilities: npython_vm::CapabilityContext::new(self.tenant.clone(), store, clock),
            tokens,
        }))
    }
}

/// Where `--audit-log` sends the broker's audit lines (`npython run` and `npython swarm`): that file, or
/// nowhere.
fn audit_sink(
    path: Option<&std::path::Path>,
) -> Result<Arc<dyn npython_broker::AuditSink>, String> {
    Ok(match path {
        Some(path) => Arc::new(
            npython_broker::FileAuditSink::open(path)
                .map_err(|e| format!("cannot open --audit-log {}: {e}", path.display()))?,
        ),
        None => Arc::new(npython_broker::NoAudit),
    })
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

fn read_source(file: &str) -> Result<String, String> {
    if file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        Ok(s)
    } else {
        let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        String::from_utf8(bytes).map_err(|_| format!("{file} is not valid UTF-8"))
    }
}

/// Reads a script, reporting a failure on stderr as a usage error (exit 2).
fn load_source(file: &str) -> Result<String, ExitCode> {
    read_source(file).map_err(|e| {
        eprintln!("npython: {e}");
        ExitCode::from(2)
    })
}

fn token(cmd: npython_caps::cli::TokenCommand) -> ExitCode {
    let home = match npython_caps::KeyStore::default_home() {
        Ok(h) => h,
        Err(e) => {
            eprintln!("npython token: {e}");
            return ExitCode::from(2);
        }
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    match npython_caps::cli::execute(cmd, &home, now) {
        Ok(text) => {
            println!("{}", text.trim_end());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("npython token: {e}");
            ExitCode::from(2)
        }
    }
}

fn display_name(file: &str) -> String {
    if file == "-" {
        "<stdin>".into()
    } else {
        file.to_string()
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cfg!(feature = "unmetered") {
        eprintln!("npython: warning: built with the `unmetered` feature (benchmarks only): no limit is enforced");
    }
    match cli.command {
        Command::Run {
            file,
            max_instructions,
            max_memory,
            timeout_ms,
            max_output,
            inputs,
            fuel_quantum,
            json,
            seed,
            io,
        } => {
            let limits = JobLimits {
                max_instructions,
                max_memory_bytes: max_memory,
                timeout_ms,
                max_output_bytes: max_output,
                max_result_bytes: None,
            };
            run(&file, limits, &inputs, fuel_quantum, json, seed, &io)
        }
        Command::Check { files, format } => check(&files, format),
        Command::Disasm { file } => disasm(&file),
        Command::Token(cmd) => token(cmd),
        Command::Swarm {
            file,
            workers,
            vms,
            quantum,
            fs_root,
            audit_log,
        } => cli_swarm::swarm(
            &file,
            cli_swarm::SwarmOptions {
                workers,
                vms,
                quantum,
                fs_root,
                audit_log,
            },
        ),
        Command::Mcp {
            max_instructions,
            max_memory,
            timeout_ms,
            max_output,
            io,
        } => {
            let limits = JobLimits {
                max_instructions,
                max_memory_bytes: max_memory,
                timeout_ms,
                max_output_bytes: max_output,
                max_result_bytes: None,
            };
            let served = io
                .job_io()
                .and_then(|job_io| mcp::serve(limits, job_io, io.tenant.clone()));
            match served {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("npython mcp: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Serve { config, listen } => {
            match npython_server::run(npython_server::ServeOptions { config, listen }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("npython serve: {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

fn run(
    file: &str,
    limits: JobLimits,
    inputs: &[String],
    quantum: Option<u64>,
    json: bool,
    seed: Option<u64>,
    io: &IoArgs,
) -> ExitCode {
    let source = match load_source(file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut input_map = serde_json::Map::new();
    for item in inputs {
        let Some((name, value)) = item.split_once('=') else {
            eprintln!("npython: --input expects NAME=JSON, got `{item}`");
            return ExitCode::from(2);
        };
        if !is_identifier(name) {
            eprintln!("npython: --input {name}: the name must be a Python identifier");
            return ExitCode::from(2);
        }
        match serde_json::from_str(value) {
            Ok(v) => {
                input_map.insert(name.to_string(), v);
            }
            Err(e) => {
                eprintln!("npython: --input {name}: invalid JSON: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let job_io = match io.job_io() {
        Ok(job_io) => job_io,
        Err(e) => {
            eprintln!("npython: {e}");
            return ExitCode::from(2);
        }
    };
    let engine = match Engine::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("npython: internal error: {e}");
            return ExitCode::from(4);
        }
    };
    let name = display_name(file);
    let job = Job {
        id: None,
        source: source.clone(),
        filename: name.clone(),
        inputs: input_map,
        limits: limits.clone(),
        quantum: quantum.unwrap_or(0),
        tenant: Some(io.tenant.clone()),
        tokens: Vec::new(),
        seed,
    };
    let stdout = std::io::stdout();
    let result = engine.run_job_with_io(&job, job_io.as_ref(), |stream, text| {
        if json {
            return;
        }
        // A closed pipe (e.g. `| head`) is not an error of the script.
        match stream {
            OutputStream::Stdout => {
                let _ = stdout.lock().write_all(text.as_bytes());
            }
            OutputStream::Stderr => {
                // Stdout holds back a line without its newline; flushing it first keeps what the script
                // printed earlier ahead of this on a terminal both streams share.
                let _ = stdout.lock().flush();
                let _ = std::io::stderr().lock().write_all(text.as_bytes());
            }
        }
    });
    let _ = stdout.lock().flush();
    if json {
        match serde_json::to_string(&result) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("npython: cannot encode result: {e}"),
        }
    }
    match result.status {
        JobStatus::Ok => ExitCode::SUCCESS,
        JobStatus::Error => {
            let Some(e) = &result.error else {
                return ExitCode::from(1);
            };
            if e.type_name == "SystemExit" {
                // As CPython: no traceback; an int code is the status, anything else is printed.
                if let Some(status) = npython::job::system_exit_status(&e.type_name, &e.message) {
                    return ExitCode::from(status);
                }
                if !json {
                    eprintln!("{}", e.message);
                }
                return ExitCode::from(1);
            }
            if !json {
                eprint!("{}", e.traceback);
            }
            ExitCode::from(1)
        }
        JobStatus::Invalid => {
            if !json {
                for d in &result.diagnostics {
                    eprint!("{}", render_info(d, &name, &source));
                }
                let errors = result
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == "error")
                    .count();
                eprintln!(
                    "npython: {name}: {errors} error{} found; the script was not run",
                    if errors == 1 { "" } else { "s" }
                );
            }
            ExitCode::from(2)
        }
        JobStatus::Killed => {
            if !json {
                let limit = result.limit.unwrap_or("unknown");
                let flag = match limit {
                    "instructions" => "--max-instructions",
                    "memory" => "--max-memory",
                    "time" => "--timeout-ms",
                    _ => "--max-output",
                };
                eprintln!(
                    "npython: killed: {} (limit: {limit}; raise it with {flag})",
                    result.reason.as_deref().unwrap_or("limit exceeded")
                );
            }
            ExitCode::from(3)
        }
        JobStatus::Internal | JobStatus::Cancelled => {
            if !json {
                eprintln!(
                    "npython: internal error: {}",
                    result.reason.as_deref().unwrap_or("unknown")
                );
            }
            ExitCode::from(4)
        }
    }
}

fn render_info(d: &DiagnosticInfo, name: &str, source: &str) -> String {
    let diag = npython::Diagnostic {
        severity: if d.severity == "error" {
            Severity::Error
        } else {
            Severity::Warning
        },
        code: d.code,
        line: d.line,
        col: d.col,
        message: d.message.clone(),
        hint: d.hint.clone(),
    };
    diag.render(name, source)
}

fn check(files: &[String], format: Format) -> ExitCode {
    let mut any_errors = false;
    let mut json_out = Vec::new();
    for file in files {
        let source = match load_source(file) {
            Ok(s) => s,
            Err(code) => return code,
        };
        let name = display_name(file);
        let compiled = compile(&source, &name);
        any_errors |= compiled.has_errors();
        match format {
            Format::Text => {
                for d in &compiled.diagnostics {
                    print!("{}", d.render(&name, &source));
                }
            }
            Format::Json => {
                for d in &compiled.diagnostics {
                    let mut v = serde_json::to_value(DiagnosticInfo::from(d)).unwrap_or_default();
                    if let Some(o) = v.as_object_mut() {
                        o.insert("file".into(), serde_json::Value::String(name.clone()));
                    }
                    json_out.push(v);
                }
            }
        }
    }
    if let Format::Json = format {
        println!("{}", serde_json::Value::Array(json_out));
    }
    if any_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn disasm(file: &str) -> ExitCode {
    let source = match load_source(file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let name = display_name(file);
    let compiled = compile(&source, &name);
    match compiled.program {
        Some(p) => {
            print!("{}", npython::bytecode::disassemble(&p));
            ExitCode::SUCCESS
        }
        None => {
            for d in &compiled.diagnostics {
                eprint!("{}", d.render(&name, &source));
            }
            ExitCode::from(2)
        }
    }
}
