//! The audit trail and counters of gated calls: one [`AuditRecord`] per http, fs or tool request the broker
//! answers, written to an [`AuditSink`], and a [`Counters`] snapshot per capability and outcome for metrics.
//!
//! Invariant: a record names its target (a URL without its query, an fs path, a tool name) and never holds
//! request or response headers, bodies, file contents, tool arguments or token strings. The token appears by
//! id only.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use npython_host::{IoError, IoErrorKind};
use parking_lot::Mutex;
use serde::Serialize;

/// One gated call, as one JSON line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditRecord {
    /// Unix time in milliseconds when the call was answered.
    pub ts_ms: u64,
    /// The tenant the call ran for.
    pub tenant: String,
    /// The job (the scheduler's job key, or the id the blocking caller passed).
    pub job: u64,
    /// `http`, `fs` or `tools`.
    pub capability: &'static str,
    /// What the call did: the http method, the fs operation, or `call` for tools.
    pub action: String,
    /// The URL without its query string, the fs path, or the tool name. For http, the final URL after
    /// redirects when the call got that far.
    pub target: String,
    /// `ok`, `denied` (the capability, quota or address rule refused it) or `error`.
    pub outcome: Outcome,
    /// The error kind for `denied` and `error` (`capability`, `timeout`, `connection`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_kind: Option<&'static str>,
    /// Bytes sent: an http request body, bytes written to a file, a tool's JSON arguments.
    pub bytes_out: u64,
    /// Bytes received: an http response body, bytes read from a file, a tool's JSON result.
    pub bytes_in: u64,
    /// How long the broker took to answer.
    pub duration_ms: u64,
    /// The id of the token the call ran under.
    pub token_id: String,
}

/// How a gated call ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// It was performed and succeeded.
    Ok,
    /// A rule refused it: the token's constraints, the private-address rule, the fs quota or a read-only token.
    Denied,
    /// It was allowed but failed (timeout, connection, file not found, tool error, size limit, ...).
    Error,
}

impl Outcome {
    pub(crate) fn of(result: &Result<(), IoError>) -> (Outcome, Option<&'static str>) {
        match result {
            Ok(()) => (Outcome::Ok, None),
            Err(e) => {
                let outcome = match e.kind {
                    IoErrorKind::Capability | IoErrorKind::Permission => Outcome::Denied,
                    _ => Outcome::Error,
                };
                (outcome, Some(kind_name(e.kind)))
            }
        }
    }
}

/// A stable name for an error kind, for records and metrics labels.
pub fn kind_name(kind: IoErrorKind) -> &'static str {
    match kind {
        IoErrorKind::Os => "os",
        IoErrorKind::Timeout => "timeout",
        IoErrorKind::Connection => "connection",
        IoErrorKind::Permission => "permission",
        IoErrorKind::NotFound => "not_found",
        IoErrorKind::Capability => "capability",
        IoErrorKind::Invalid => "invalid",
    }
}

/// Where audit records go. Called on the broker's threads once per gated call; keep it quick (buffer, or hand
/// off to a channel) and never panic.
pub trait AuditSink: Send + Sync {
    /// Records one call.
    fn record(&self, record: &AuditRecord);
}

/// Drops every record (the default when the embedder configures no sink).
#[derive(Debug, Default)]
pub struct NoAudit;

impl AuditSink for NoAudit {
    fn record(&self, _record: &AuditRecord) {}
}

/// Appends one JSON line per record to a file. Each line is written with one `write_all` on a file opened in
/// append mode, so lines from several brokers (or processes) sharing the file do not interleave.
#[derive(Debug)]
pub struct FileAuditSink {
    file: Mutex<File>,
    failures: AtomicU64,
}

impl FileAuditSink {
    /// Opens (creating if needed) `path` for appending.
    pub fn open(path: impl AsRef<Path>) -> std::io::Result<FileAuditSink> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(FileAuditSink {
            file: Mutex::new(file),
            failures: AtomicU64::new(0),
        })
    }

    /// How many records could not be written (a full disk must not fail the scripts' calls, so it is counted
    /// here instead).
    pub fn failures(&self) -> u64 {
        self.failures.load(Ordering::Relaxed)
    }
}

impl AuditSink for FileAuditSink {
    fn record(&self, record: &AuditRecord) {
        let mut line = match serde_json::to_vec(record) {
            Ok(line) => line,
            Err(_) => {
                self.failures.fetch_add(1, Ordering::Relaxed);
                return;
            }
        };
        line.push(b'\n');
        if self.file.lock().write_all(&line).is_err() {
            self.failures.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// Keeps records in memory: for tests, and for embedders that ship records themselves.
#[derive(Debug, Default)]
pub struct MemoryAuditSink {
    records: Mutex<Vec<AuditRecord>>,
}

impl MemoryAuditSink {
    /// An empty sink.
    pub fn new() -> MemoryAuditSink {
        MemoryAuditSink::default()
    }

    /// A copy of every record so far, oldest first.
    pub fn records(&self) -> Vec<AuditRecord> {
        self.records.lock().clone()
    }

    /// Removes and returns every record so far.
    pub fn take(&self) -> Vec<AuditRecord> {
        std::mem::take(&mut *self.records.lock())
    }
}

impl AuditSink for MemoryAuditSink {
    fn record(&self, record: &AuditRecord) {
        self.records.lock().push(record.clone());
    }
}

/// Calls per outcome for one capability.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OutcomeCounts {
    /// Calls that succeeded.
    pub ok: u64,
    /// Calls a rule refused.
    pub denied: u64,
    /// Calls that failed.
    pub error: u64,
    /// Bytes sent by these calls.
    pub bytes_out: u64,
    /// Bytes received by these calls.
    pub bytes_in: u64,
}

/// A snapshot of the broker's counters, for a metrics endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// Gated http requests.
    pub http: OutcomeCounts,
    /// Gated fs operations.
    pub fs: OutcomeCounts,
    /// Tool calls.
    pub tools: OutcomeCounts,
    /// Sleeps served.
    pub sleeps: u64,
    /// Requests skipped because their job no longer waited for them (cancelled or killed meanwhile).
    pub skipped: u64,
}

#[derive(Debug, Default)]
struct AtomicOutcomeCounts {
    ok: AtomicU64,
    denied: AtomicU64,
    error: AtomicU64,
    bytes_out: AtomicU64,
    bytes_in: AtomicU64,
}

impl AtomicOutcomeCounts {
    fn add(&self, record: &AuditRecord) {
        let counter = match record.outcome {
            Outcome::Ok => &self.ok,
            Outcome::Denied => &self.denied,
            Outcome::Error => &self.error,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        self.bytes_out
            .fetch_add(record.bytes_out, Ordering::Relaxed);
        self.bytes_in.fetch_add(record.bytes_in, Ordering::Relaxed);
    }

    fn snapshot(&self) -> OutcomeCounts {
        OutcomeCounts {
            ok: self.ok.load(Ordering::Relaxed),
            denied: self.denied.load(Ordering::Relaxed),
            error: self.error.load(Ordering::Relaxed),
            bytes_out: self.bytes_out.load(Ordering::Relaxed),
            bytes_in: self.bytes_in.load(Ordering::Relaxed),
        }
    }
}

/// The live counters behind [`Counters`].
#[derive(Debug, Default)]
pub(crate) struct LiveCounters {
    http: AtomicOutcomeCounts,
    fs: AtomicOutcomeCounts,
    tools: AtomicOutcomeCounts,
    pub(crate) sleeps: AtomicU64,
    pub(crate) skipped: AtomicU64,
}

impl LiveCounters {
    pub(crate) fn add(&self, record: &AuditRecord) {
        match record.capability {
            "http" => self.http.add(record),
            "fs" => self.fs.add(record),
            _ => self.tools.add(record),
        }
    }

    pub(crate) fn snapshot(&self) -> Counters {
        Counters {
            http: self.http.snapshot(),
            fs: self.fs.snapshot(),
            tools: self.tools.snapshot(),
            sleeps: self.sleeps.load(Ordering::Relaxed),
            skipped: self.skipped.load(Ordering::Relaxed),
        }
    }
}
