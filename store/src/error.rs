//! The store's error: what went wrong, with which file, and what the operator can do about it.

use std::fmt;
use std::path::PathBuf;

/// What kind of failure a [`StoreError`] is, for code that must react differently (507 on `Full`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreErrorKind {
    /// The file is not a SQLite database, or its contents are damaged.
    Corrupt,
    /// The file or its directory cannot be opened, created, read or locked.
    Unreadable,
    /// The file was written by a newer nPython (a higher schema version than this build knows).
    NewerVersion,
    /// The disk (or the database's size limit) is full.
    Full,
    /// Any other failure of a read or write.
    Io,
}

/// A failure of the job store. `Display` names the file and says what to do.
#[derive(Clone, Debug)]
pub struct StoreError {
    kind: StoreErrorKind,
    path: Option<PathBuf>,
    message: String,
}

impl StoreError {
    pub(crate) fn new(
        kind: StoreErrorKind,
        path: Option<PathBuf>,
        message: impl Into<String>,
    ) -> StoreError {
        StoreError {
            kind,
            path,
            message: message.into(),
        }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> StoreErrorKind {
        self.kind
    }

    fn advice(&self) -> &'static str {
        match self.kind {
            StoreErrorKind::Corrupt => {
                "move the file (and its -wal and -shm files) aside or restore a backup, then start again; \
                 a new empty store is created"
            }
            StoreErrorKind::Unreadable => {
                "check that the file and its directory exist and belong to this user, and that no other \
                 `npython serve` uses the same store; or set `[store] path` elsewhere"
            }
            StoreErrorKind::NewerVersion => {
                "start the newer nPython that wrote it, or move the file aside to start with an empty store"
            }
            StoreErrorKind::Full => "free disk space; nothing that was not stored was accepted",
            StoreErrorKind::Io => "check the disk and the file's permissions",
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(p) => write!(f, "job store {}: {}", p.display(), self.message)?,
            None => write!(f, "job store: {}", self.message)?,
        }
        write!(f, " ({})", self.advice())
    }
}

impl std::error::Error for StoreError {}
