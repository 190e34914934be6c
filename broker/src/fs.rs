//! Gated fs operations inside a tenant's root directory.
//!
//! A request's path has been normalised by caps (`allows_fs`), and the broker checks it again: no empty,
//! `.` or `..` segment, no NUL byte. It is then walked from the root one component at a time with
//! `symlink_metadata` (lstat): a symbolic link anywhere on the path is refused, whether it points inside the
//! root or not, and the final open adds `O_NOFOLLOW`. The race this leaves (a component replaced by a link
//! between the lstat and the open) needs something that can create links in the root; scripts cannot (the
//! fs API has no link operation), so only a process outside the engine with write access to the tenant's
//! directory could, and such a process is outside the threat model (docs/BROKER.md).
//!
//! Writes are atomic: a temp file next to the target (`.npy-tmp-…`, created with `O_EXCL`), written,
//! `fsync`ed, renamed over the target, and the directory `fsync`ed, so a reader or a crash sees the old or the
//! new content, never a mix. Appends are not atomic (they are appends).
//!
//! Quota: a token's `quota_bytes` bounds the total size of the regular files under the tenant's root after
//! the write (the token's path prefix is not visible to the broker, and the disk is shared by the whole
//! tenant anyway). Writes and appends of one root are serialised by an async lock, so two concurrent writes
//! cannot both pass the check; the total is recomputed by walking the root, which costs a directory walk per
//! write under a quota.

use std::collections::HashMap;
use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use npython_host::{Data, FsOp, FsRequest, IoError, IoErrorKind, IoResult};
use parking_lot::Mutex;

use crate::config::FsConfig;
use crate::url::clip;
use crate::{io_error, Report};

/// The prefix of the broker's temp files: hidden from `list`, and refused as a script's file name so a script
/// cannot interfere with a write in progress.
const TEMP_PREFIX: &str = ".npy-tmp-";

/// The deepest directory tree the quota walk descends (deeper trees fail the write rather than the stack).
const MAX_WALK_DEPTH: usize = 256;

/// Distinguishes temp files of concurrent writes in one process.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

pub(crate) struct FsState {
    config: FsConfig,
    /// One lock per tenant root, held by writes and appends across their quota check and write.
    write_locks: Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>,
}

impl FsState {
    pub(crate) fn new(config: FsConfig) -> FsState {
        FsState {
            config,
            write_locks: Mutex::new(HashMap::new()),
        }
    }

    /// The tenant's root directory, created if it comes from the base directory.
    fn root_for(&self, tenant: &str) -> Result<PathBuf, IoError> {
        if let Some(root) = self.config.roots.get(tenant) {
            return Ok(root.clone());
        }
        let Some(base) = &self.config.base else {
            return Err(io_error(
                IoErrorKind::Os,
                format!(
                    "no file-system root is configured for tenant {}",
                    clip(tenant)
                ),
            ));
        };
        if !valid_tenant_dir_name(tenant) {
            return Err(io_error(
                IoErrorKind::Os,
                format!(
                    "tenant {} cannot have a directory under the base (use letters, digits, `.`, `_`, `-`)",
                    clip(tenant)
                ),
            ));
        }
        Ok(base.join(tenant))
    }

    fn write_lock(&self, root: &Path) -> Arc<tokio::sync::Mutex<()>> {
        self.write_locks
            .lock()
            .entry(root.to_path_buf())
            .or_default()
            .clone()
    }
}

/// Whether a tenant name is usable as a directory name under the base: no separators, no dot names.
fn valid_tenant_dir_name(tenant: &str) -> bool {
    !tenant.is_empty()
        && tenant.len() <= 128
        && !tenant.starts_with('.')
        && tenant
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// Performs one fs request.
pub(crate) async fn perform(state: &FsState, req: FsRequest, report: &mut Report) -> IoResult {
    let FsRequest { grant, op, path } = req;
    report.action = op_name(&op).to_string();
    report.target = clip(&path);
    let authority = &grant.authority;
    let writes = op.writes();
    let checked = authority
        .allows_fs(&path, writes)
        .map_err(|denied| io_error(IoErrorKind::Capability, denied.to_string()))?;
    // allows_fs refuses writes for read-only tokens; checking the flag again costs nothing.
    if writes && authority.read_only() {
        return Err(io_error(
            IoErrorKind::Capability,
            format!("{checked} is read-only for this token"),
        ));
    }
    report.target = checked.to_string();
    let segments = checked_segments(checked.as_str())?;
    let virtual_path = checked.to_string();
    let root = state.root_for(&grant.tenant)?;
    let job = FsJob {
        root,
        segments,
        virtual_path,
        quota: authority.quota_bytes(),
        max_read_bytes: state.config.max_read_bytes,
        max_list_entries: state.config.max_list_entries,
        base_managed: !state.config.roots.contains_key(&grant.tenant),
    };
    let lock = match op {
        FsOp::Write { .. } | FsOp::Append { .. } => Some(state.write_lock(&job.root)),
        _ => None,
    };
    let _guard = match &lock {
        Some(lock) => Some(lock.lock().await),
        None => None,
    };
    let result = tokio::task::spawn_blocking(move || job.run(op))
        .await
        .map_err(|_| io_error(IoErrorKind::Os, "the fs operation failed unexpectedly"))?;
    // Bytes that reached or left the disk: a refused or failed write moved none.
    match &result {
        Ok(Data::Bytes(bytes)) => report.bytes_in = bytes.len() as u64,
        Ok(Data::Int(written)) => report.bytes_out = u64::try_from(*written).unwrap_or(0),
        _ => {}
    }
    result
}

fn op_name(op: &FsOp) -> &'static str {
    match op {
        FsOp::Read => "read",
        FsOp::Write { .. } => "write",
        FsOp::Append { .. } => "append",
        FsOp::List => "list",
        FsOp::Exists => "exists",
        FsOp::Delete => "delete",
        FsOp::Mkdir => "mkdir",
        FsOp::Stat => "stat",
    }
}

/// The path's segments, refusing anything that could leave the root or confuse a write in progress. caps
/// already refuses all but the temp prefix; this is defence in depth against a caller that skipped it.
fn checked_segments(path: &str) -> Result<Vec<String>, IoError> {
    let invalid = |why: &str| {
        io_error(
            IoErrorKind::Capability,
            format!("invalid path /{}: {why}", clip(path)),
        )
    };
    if path.is_empty() {
        return Ok(Vec::new());
    }
    path.split('/')
        .map(|segment| match segment {
            "" => Err(invalid("empty segment")),
            "." | ".." => Err(invalid("`.` and `..` are not allowed")),
            s if s.contains('\0') => Err(invalid("NUL byte")),
            s if s.starts_with(TEMP_PREFIX) => {
                Err(invalid("names starting with .npy-tmp- are reserved"))
            }
            s => Ok(s.to_string()),
        })
        .collect()
}

/// One fs operation, resolved against its root, run on the blocking pool.
struct FsJob {
    root: PathBuf,
    segments: Vec<String>,
    /// The script's view of the path (`/reports/a.txt`), the only path error messages show.
    virtual_path: String,
    quota: Option<u64>,
    max_read_bytes: u64,
    max_list_entries: usize,
    /// Whether the root is `<base>/<tenant>` (created on demand) rather than an explicit root.
    base_managed: bool,
}

/// What the lstat walk found at the target.
enum Found {
    /// A directory on the way is missing.
    MissingParent,
    /// The directories exist; the target does not.
    Missing,
    Dir(Metadata),
    File(Metadata),
}

impl FsJob {
    fn run(self, op: FsOp) -> IoResult {
        self.ensure_root()?;
        match op {
            FsOp::Read => self.read(),
            FsOp::Write { data } => self.write(&data),
            FsOp::Append { data } => self.append(&data),
            FsOp::List => self.list(),
            FsOp::Exists => Ok(Data::Bool(!matches!(
                self.walk(false)?.1,
                Found::Missing | Found::MissingParent
            ))),
            FsOp::Delete => self.delete(),
            FsOp::Mkdir => self.mkdir(),
            FsOp::Stat => self.stat(),
        }
    }

    fn ensure_root(&self) -> Result<(), IoError> {
        if self.base_managed {
            fs::create_dir_all(&self.root).map_err(|e| {
                io_error(
                    IoErrorKind::Os,
                    format!("cannot create the tenant's file-system root: {}", e.kind()),
                )
            })?;
        }
        match fs::metadata(&self.root) {
            Ok(m) if m.is_dir() => Ok(()),
            _ => Err(io_error(
                IoErrorKind::Os,
                "the tenant's file-system root is missing or not a directory",
            )),
        }
    }

    /// Maps an I/O error to the script's exception, naming the virtual path only.
    fn os_error(&self, what: &str, e: &io::Error) -> IoError {
        let kind = match e.kind() {
            io::ErrorKind::NotFound => IoErrorKind::NotFound,
            io::ErrorKind::PermissionDenied => IoErrorKind::Permission,
            _ => IoErrorKind::Os,
        };
        // The OS message, without the path std may have put in it.
        let reason = match e.raw_os_error() {
            Some(code) => io::Error::from_raw_os_error(code).to_string(),
            None => e.kind().to_string(),
        };
        io_error(kind, format!("{what} {}: {reason}", self.virtual_path))
    }

    fn symlink_refused(&self, at: &str) -> IoError {
        io_error(
            IoErrorKind::Permission,
            format!(
                "{}: {at} is a symbolic link; links are never followed",
                self.virtual_path
            ),
        )
    }

    /// Walks from the root to the target with lstat, refusing links. Every component but the last must be a
    /// directory; with `create_parents`, missing ones are created. Returns the host path and what is there.
    fn walk(&self, create_parents: bool) -> Result<(PathBuf, Found), IoError> {
        let mut path = self.root.clone();
        let mut shown = String::new();
        let last = self.segments.len().saturating_sub(1);
        if self.segments.is_empty() {
            // The root is the operator's choice and may itself be reached through a link.
            let meta = fs::metadata(&path).map_err(|e| self.os_error("cannot open", &e))?;
            return Ok((path, Found::Dir(meta)));
        }
        for (i, segment) in self.segments.iter().enumerate() {
            path.push(segment);
            shown.push('/');
            shown.push_str(segment);
            let meta = match fs::symlink_metadata(&path) {
                Ok(meta) => meta,
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    if i == last {
                        return Ok((path, Found::Missing));
                    }
                    if !create_parents {
                        return Ok((path, Found::MissingParent));
                    }
                    match fs::create_dir(&path) {
                        Ok(()) => {}
                        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                        Err(e) => return Err(self.os_error("cannot create", &e)),
                    }
                    fs::symlink_metadata(&path).map_err(|e| self.os_error("cannot open", &e))?
                }
                Err(e) => return Err(self.os_error("cannot open", &e)),
            };
            let file_type = meta.file_type();
            if file_type.is_symlink() {
                return Err(self.symlink_refused(&shown));
            }
            if i == last {
                return Ok(if file_type.is_dir() {
                    (path, Found::Dir(meta))
                } else {
                    (path, Found::File(meta))
                });
            }
            if !file_type.is_dir() {
                return Err(io_error(
                    IoErrorKind::NotFound,
                    format!("{}: {shown} is not a directory", self.virtual_path),
                ));
            }
        }
        Ok((path, Found::Missing))
    }

    fn not_found(&self) -> IoError {
        io_error(
            IoErrorKind::NotFound,
            format!("no such file or directory: {}", self.virtual_path),
        )
    }

    fn read(&self) -> IoResult {
        let (path, found) = self.walk(false)?;
        let meta = match found {
            Found::Missing | Found::MissingParent => return Err(self.not_found()),
            Found::Dir(_) => {
                return Err(io_error(
                    IoErrorKind::Os,
                    format!("is a directory: {}", self.virtual_path),
                ))
            }
            Found::File(meta) => meta,
        };
        if !meta.is_file() {
            return Err(io_error(
                IoErrorKind::Os,
                format!("not a regular file: {}", self.virtual_path),
            ));
        }
        let limit = self.max_read_bytes;
        let too_large = || {
            io_error(
                IoErrorKind::Os,
                format!(
                    "{} is larger than the {limit} bytes a read may return",
                    self.virtual_path
                ),
            )
        };
        if meta.len() > limit {
            return Err(too_large());
        }
        let file = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&path)
            .map_err(|e| self.os_error("cannot read", &e))?;
        let mut bytes = Vec::new();
        // The file may grow after the size check: read at most one byte past the limit to tell.
        file.take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| self.os_error("cannot read", &e))?;
        if bytes.len() as u64 > limit {
            return Err(too_large());
        }
        Ok(Data::Bytes(bytes))
    }

    fn write(&self, data: &[u8]) -> IoResult {
        let (path, found) = self.walk(false)?;
        let old_size = match &found {
            Found::MissingParent => return Err(self.parent_not_found()),
            Found::Missing => 0,
            Found::Dir(_) => {
                return Err(io_error(
                    IoErrorKind::Os,
                    format!("is a directory: {}", self.virtual_path),
                ))
            }
            Found::File(meta) => meta.len(),
        };
        self.check_quota(old_size, data.len() as u64)?;
        let dir = path.parent().unwrap_or(&self.root).to_path_buf();
        let temp = dir.join(format!(
            "{TEMP_PREFIX}{}-{}",
            std::process::id(),
            TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let written = write_synced(&temp, data).and_then(|()| fs::rename(&temp, &path));
        if let Err(e) = written {
            let _ = fs::remove_file(&temp);
            return Err(self.os_error("cannot write", &e));
        }
        // Make the rename itself durable. A failure here leaves the new file in place, which is what the
        // script asked for; it only weakens crash durability, so it is not an error.
        if let Ok(dir) = File::open(&dir) {
            let _ = dir.sync_all();
        }
        Ok(Data::Int(i64::try_from(data.len()).unwrap_or(i64::MAX)))
    }

    fn parent_not_found(&self) -> IoError {
        io_error(
            IoErrorKind::NotFound,
            format!(
                "the directory of {} does not exist (create it with mkdir)",
                self.virtual_path
            ),
        )
    }

    fn append(&self, data: &[u8]) -> IoResult {
        let (path, found) = self.walk(false)?;
        match found {
            Found::Dir(_) => {
                return Err(io_error(
                    IoErrorKind::Os,
                    format!("is a directory: {}", self.virtual_path),
                ))
            }
            Found::MissingParent => return Err(self.parent_not_found()),
            Found::Missing | Found::File(_) => {}
        }
        self.check_quota(0, data.len() as u64)?;
        let mut file = OpenOptions::new()
            .append(true)
            .create(true)
            .mode(0o644)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&path)
            .map_err(|e| self.os_error("cannot append to", &e))?;
        file.write_all(data)
            .and_then(|()| file.sync_data())
            .map_err(|e| self.os_error("cannot append to", &e))?;
        Ok(Data::Int(i64::try_from(data.len()).unwrap_or(i64::MAX)))
    }

    fn list(&self) -> IoResult {
        let (path, found) = self.walk(false)?;
        match found {
            Found::Missing | Found::MissingParent => return Err(self.not_found()),
            Found::File(_) => {
                return Err(io_error(
                    IoErrorKind::Os,
                    format!("not a directory: {}", self.virtual_path),
                ))
            }
            Found::Dir(_) => {}
        }
        let mut names = Vec::new();
        for entry in fs::read_dir(&path).map_err(|e| self.os_error("cannot list", &e))? {
            let entry = entry.map_err(|e| self.os_error("cannot list", &e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(TEMP_PREFIX) {
                continue;
            }
            if names.len() >= self.max_list_entries {
                return Err(io_error(
                    IoErrorKind::Os,
                    format!(
                        "{} has more than {} entries",
                        self.virtual_path, self.max_list_entries
                    ),
                ));
            }
            names.push(name);
        }
        names.sort();
        Ok(Data::List(names.into_iter().map(Data::Str).collect()))
    }

    fn delete(&self) -> IoResult {
        if self.segments.is_empty() {
            return Err(io_error(
                IoErrorKind::Permission,
                "the root directory cannot be deleted",
            ));
        }
        let (path, found) = self.walk(false)?;
        let removed = match found {
            Found::Missing | Found::MissingParent => return Err(self.not_found()),
            Found::Dir(_) => fs::remove_dir(&path),
            Found::File(_) => fs::remove_file(&path),
        };
        removed.map_err(|e| self.os_error("cannot delete", &e))?;
        Ok(Data::None)
    }

    fn mkdir(&self) -> IoResult {
        let (path, found) = self.walk(true)?;
        match found {
            Found::Dir(_) => Ok(Data::None),
            Found::File(_) => Err(io_error(
                IoErrorKind::Os,
                format!("a file already exists at {}", self.virtual_path),
            )),
            // walk(true) created every parent, so the target's directory exists.
            Found::Missing | Found::MissingParent => match fs::create_dir(&path) {
                Ok(()) => Ok(Data::None),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(Data::None),
                Err(e) => Err(self.os_error("cannot create", &e)),
            },
        }
    }

    fn stat(&self) -> IoResult {
        let (_, found) = self.walk(false)?;
        let meta = match found {
            Found::Missing | Found::MissingParent => return Err(self.not_found()),
            Found::Dir(meta) | Found::File(meta) => meta,
        };
        let modified = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0.0, |d| d.as_secs_f64());
        Ok(Data::Dict(vec![
            (
                "size".to_string(),
                Data::Int(i64::try_from(meta.len()).unwrap_or(i64::MAX)),
            ),
            ("is_dir".to_string(), Data::Bool(meta.is_dir())),
            ("is_file".to_string(), Data::Bool(meta.is_file())),
            ("modified".to_string(), Data::Float(modified)),
        ]))
    }

    /// Refuses a write that would leave more than the quota under the root: the current total, minus the
    /// file being replaced, plus the new bytes.
    fn check_quota(&self, replaced: u64, new_bytes: u64) -> Result<(), IoError> {
        let Some(quota) = self.quota else {
            return Ok(());
        };
        let used = usage(&self.root).map_err(|e| {
            io_error(
                IoErrorKind::Os,
                format!("cannot measure the tenant's disk usage: {e}"),
            )
        })?;
        let after = used.saturating_sub(replaced).saturating_add(new_bytes);
        if after > quota {
            return Err(io_error(
                IoErrorKind::Permission,
                format!(
                    "writing {new_bytes} bytes to {} would exceed this token's quota: {after} bytes would be used of {quota}",
                    self.virtual_path
                ),
            ));
        }
        Ok(())
    }
}

/// Creates `path` exclusively (never following a link), writes `data` and syncs it to disk.
fn write_synced(path: &Path, data: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o644)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)?;
    file.write_all(data)?;
    file.sync_all()
}

/// The total size of the regular files under `root`, not following links, without recursion.
fn usage(root: &Path) -> Result<u64, String> {
    let mut total: u64 = 0;
    let mut stack = vec![(root.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = stack.pop() {
        if depth > MAX_WALK_DEPTH {
            return Err(format!("directories nest deeper than {MAX_WALK_DEPTH}"));
        }
        let entries = fs::read_dir(&dir).map_err(|e| e.kind().to_string())?;
        for entry in entries {
            let entry = entry.map_err(|e| e.kind().to_string())?;
            let meta = match fs::symlink_metadata(entry.path()) {
                Ok(meta) => meta,
                // Deleted between the listing and the lstat: it no longer uses space.
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e.kind().to_string()),
            };
            if meta.is_dir() {
                stack.push((entry.path(), depth + 1));
            } else if meta.is_file() {
                total = total.saturating_add(meta.len());
            }
        }
    }
    Ok(total)
}
