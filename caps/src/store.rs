//! The key store in `$NPYTHON_HOME` (default `~/.npython`), shared by the CLI and the server, so a token
//! minted by `npython token mint` verifies in `npython serve` and a revocation by one stops the token in
//! the other. This is the only module that touches the disk, and it touches only the directory it is
//! given.
//!
//! ```text
//! $NPYTHON_HOME/          created with mode 0700
//!   keys/                 created with mode 0700
//!     1.key, 2.key, ...   a signing key each: 64 hex digits and a newline, mode 0600.
//!                         The highest number mints; every key present verifies.
//!   revoked               the revocation log: one `<token id hex> <unix seconds>` line per revocation
//! ```
//!
//! Concurrency between processes, without locks:
//! - A key is written to a private temporary file and published with `hard_link`, which fails if the
//!   name exists. Two processes creating the first key at once both end up reading the one that won, and
//!   nobody ever reads a half-written key.
//! - The revocation log is append-only. Each revocation is one `write` of one short line to a file opened
//!   with `O_APPEND`, which local filesystems apply atomically, so concurrent writers never interleave.
//!   Readers only consume complete lines, and remember how far they read: a refresh costs one `stat` when
//!   nothing changed and reads only the new tail otherwise. A log that was replaced or shrunk (an operator
//!   pruned it) is read again from the start.
//! - A line that does not parse (a fragment left by a writer that crashed mid-line) is skipped and
//!   counted; writers start a fresh line when the log does not end in a newline, so a fragment never
//!   swallows the next revocation. (A writer that looks while another's record is half copied in also
//!   starts a fresh line; the empty line this leaves is ignored.)
//!
//! Failing to read the log fails verification closed ([`CapError::Unavailable`]): an unreadable log must
//! not quietly un-revoke tokens.

use std::collections::HashSet;
use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::authority::Authority;
use crate::error::{CapError, StoreError, TokenError};
use crate::id::{KeyId, SigningKey, TokenId};
use crate::keyring::{Keys, MintSpec, Verifier};
use crate::token::Token;

/// The largest revocation log the store reads: about 1.4 million revocations. Past that, rotate the key.
const MAX_REVOCATION_LOG: u64 = 64 << 20;

/// The largest key file read. A valid one has 65 bytes; anything much bigger is not a key.
const MAX_KEY_FILE: u64 = 128;

/// The signing keys and the revocation log of one `$NPYTHON_HOME`. `Send + Sync`: a server shares one
/// store between its workers, and revocations made by other processes show up at the next check.
pub struct KeyStore {
    home: PathBuf,
    keys: Keys,
    revocations: RwLock<RevocationLog>,
}

/// What has been read of the revocation log so far.
#[derive(Default)]
struct RevocationLog {
    ids: HashSet<TokenId>,
    /// How many bytes of the log have been consumed (always the end of a complete line).
    read_to: u64,
    /// The log file's identity when it was read, to notice it being replaced.
    identity: Option<(u64, u64)>,
    /// Lines that did not parse.
    skipped: usize,
}

impl KeyStore {
    /// The store directory: `$NPYTHON_HOME`, else `$HOME/.npython`.
    pub fn default_home() -> Result<PathBuf, StoreError> {
        let non_empty = |name| std::env::var_os(name).filter(|v| !v.is_empty());
        if let Some(home) = non_empty("NPYTHON_HOME") {
            return Ok(PathBuf::from(home));
        }
        non_empty("HOME")
            .map(|home| PathBuf::from(home).join(".npython"))
            .ok_or(StoreError::NoHome)
    }

    /// Opens the store at `home`, creating the directory and a first signing key if there are none.
    pub fn open(home: &Path) -> Result<KeyStore, StoreError> {
        let keys_dir = home.join("keys");
        create_private_dir(&keys_dir).map_err(|e| StoreError::io("create", &keys_dir, e))?;
        let keys = match load_keys(&keys_dir)? {
            Some(keys) => keys,
            None => {
                create_key(&keys_dir, KeyId::new(1))?;
                load_keys(&keys_dir)?.ok_or_else(|| StoreError::NoKey {
                    home: home.to_path_buf(),
                })?
            }
        };
        KeyStore::with_keys(home, keys)
    }

    /// Opens the store at `home` without creating anything: [`StoreError::NoKey`] if it has no key.
    /// For commands that only look (`token inspect`).
    pub fn open_existing(home: &Path) -> Result<KeyStore, StoreError> {
        let keys = load_keys(&home.join("keys"))?.ok_or_else(|| StoreError::NoKey {
            home: home.to_path_buf(),
        })?;
        KeyStore::with_keys(home, keys)
    }

    fn with_keys(home: &Path, keys: Keys) -> Result<KeyStore, StoreError> {
        let store = KeyStore {
            home: home.to_path_buf(),
            keys,
            revocations: RwLock::new(RevocationLog::default()),
        };
        store.refresh()?;
        Ok(store)
    }

    /// The store directory.
    pub fn home(&self) -> &Path {
        &self.home
    }

    /// The id of the key that mints.
    pub fn current_key_id(&self) -> KeyId {
        self.keys.current()
    }

    /// Creates a signing key with the next id, which mints from now on. Tokens signed by older keys keep
    /// verifying until their key file is removed. Returns the new current id.
    pub fn rotate(&mut self) -> Result<KeyId, StoreError> {
        let dir = self.home.join("keys");
        let next = self
            .keys
            .current()
            .get()
            .checked_add(1)
            .map(KeyId::new)
            .ok_or(StoreError::CorruptKey {
                path: dir.clone(),
                reason: "no key id is left after the highest one",
            })?;
        create_key(&dir, next)?;
        if let Some(keys) = load_keys(&dir)? {
            self.keys = keys;
        }
        Ok(self.keys.current())
    }

    /// Mints a token with a fresh random id, signed by the current key.
    pub fn mint(&self, spec: &MintSpec) -> Result<Token, TokenError> {
        self.keys.mint(spec, TokenId::generate()?)
    }

    /// Revokes a token id for every process using this store, durably (the log is synced before this
    /// returns). Returns false if it was already revoked.
    pub fn revoke(&self, id: TokenId, now: u64) -> Result<bool, StoreError> {
        if self.is_revoked(id)? {
            return Ok(false);
        }
        let path = self.revoked_path();
        let io_err = |e| StoreError::io("append to", &path, e);
        let mut options = OpenOptions::new();
        options.read(true).append(true).create(true);
        private_file_mode(&mut options);
        let mut file = options.open(&path).map_err(io_err)?;
        let mut line = String::with_capacity(56);
        if !ends_with_newline(&mut file).map_err(io_err)? {
            line.push('\n');
        }
        line.push_str(&format!("{id} {now}\n"));
        // One write per record: O_APPEND places it whole at the end, even with concurrent writers.
        file.write_all(line.as_bytes()).map_err(io_err)?;
        file.sync_data().map_err(io_err)?;
        self.write_log().ids.insert(id);
        Ok(true)
    }

    /// Whether a token id is revoked, after reading any revocations other processes appended.
    pub fn is_revoked(&self, id: TokenId) -> Result<bool, StoreError> {
        self.refresh()?;
        Ok(self.read_log().ids.contains(&id))
    }

    /// How many lines of the revocation log were skipped because they did not parse.
    pub fn skipped_revocation_lines(&self) -> usize {
        self.read_log().skipped
    }

    /// Reads revocations appended since the last refresh. Costs one `stat` when there are none.
    pub fn refresh(&self) -> Result<(), StoreError> {
        let path = self.revoked_path();
        let seen = match fs::metadata(&path) {
            Ok(meta) => Some((meta.len(), file_identity(&meta))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(StoreError::io("read", &path, e)),
        };
        {
            let log = self.read_log();
            let unchanged = match seen {
                Some((len, identity)) => log.read_to == len && log.identity == identity,
                None => log.read_to == 0 && log.identity.is_none(),
            };
            if unchanged {
                return Ok(());
            }
        }

        let mut log = self.write_log();
        let mut file = match File::open(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                // The log was removed: nothing is revoked any more.
                *log = RevocationLog::default();
                return Ok(());
            }
            Err(e) => return Err(StoreError::io("read", &path, e)),
        };
        let io_err = |e| StoreError::io("read", &path, e);
        let meta = file.metadata().map_err(io_err)?;
        let identity = file_identity(&meta);
        if log.identity != identity || meta.len() < log.read_to {
            *log = RevocationLog {
                identity,
                ..RevocationLog::default()
            };
        }
        if meta.len() > MAX_REVOCATION_LOG {
            return Err(StoreError::RevocationLogTooLarge {
                path,
                len: meta.len(),
            });
        }
        file.seek(SeekFrom::Start(log.read_to)).map_err(io_err)?;
        let mut tail = Vec::new();
        file.take(MAX_REVOCATION_LOG - log.read_to)
            .read_to_end(&mut tail)
            .map_err(io_err)?;
        // A line still being written has no newline yet; leave it for the next refresh.
        let complete = tail.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let lines = tail.get(..complete).unwrap_or_default();
        for line in lines.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            match parse_revocation(line) {
                Some(id) => {
                    log.ids.insert(id);
                }
                None => log.skipped += 1,
            }
        }
        log.read_to += complete as u64;
        Ok(())
    }

    fn revoked_path(&self) -> PathBuf {
        self.home.join("revoked")
    }

    // The log is a set and a counter, consistent after any panic, so a poisoned lock is still usable.
    fn read_log(&self) -> RwLockReadGuard<'_, RevocationLog> {
        self.revocations
            .read()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn write_log(&self) -> RwLockWriteGuard<'_, RevocationLog> {
        self.revocations
            .write()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

impl std::fmt::Debug for KeyStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyStore")
            .field("home", &self.home)
            .field("key_ids", &self.keys.ids().collect::<Vec<_>>())
            .field("revoked", &self.read_log().ids.len())
            .finish()
    }
}

fn unavailable(e: StoreError) -> CapError {
    CapError::Unavailable {
        reason: e.to_string(),
    }
}

impl Verifier for KeyStore {
    fn verify_token(
        &self,
        token: &Token,
        tenant: &str,
        capability: &str,
        now: u64,
    ) -> Result<Authority, CapError> {
        self.keys.verify(token, tenant, capability, now, |id| {
            self.is_revoked(id).map_err(unavailable)
        })
    }

    fn check_live(&self, authority: &Authority, now: u64) -> Result<(), CapError> {
        if self.is_revoked(authority.token_id()).map_err(unavailable)? {
            return Err(CapError::Revoked {
                id: authority.token_id(),
            });
        }
        authority.check_expiry(now)
    }
}

/// Parses one log line: `<32 hex digits>` optionally followed by a space and the revocation time.
fn parse_revocation(line: &[u8]) -> Option<TokenId> {
    let line = std::str::from_utf8(line).ok()?;
    let (id, time) = line.split_once(' ').unwrap_or((line, "0"));
    time.parse::<u64>().ok()?;
    TokenId::parse_hex(id)
}

/// Whether the file is empty or ends with a newline.
fn ends_with_newline(file: &mut File) -> io::Result<bool> {
    if file.metadata()?.len() == 0 {
        return Ok(true);
    }
    file.seek(SeekFrom::End(-1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

fn key_path(dir: &Path, id: KeyId) -> PathBuf {
    dir.join(format!("{id}.key"))
}

/// The key id a file name stands for: `<n>.key` with `n` a positive number without leading zeros.
fn key_file_id(name: &str) -> Option<KeyId> {
    let digits = name.strip_suffix(".key")?;
    if digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().map(KeyId::new)
}

/// Loads every key in `dir`; `None` if there is none (or no directory).
fn load_keys(dir: &Path) -> Result<Option<Keys>, StoreError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io("list", dir, e)),
    };
    let mut keys: Option<Keys> = None;
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::io("list", dir, e))?;
        let Some(id) = entry.file_name().to_str().and_then(key_file_id) else {
            continue;
        };
        let key = read_key(&entry.path())?;
        match &mut keys {
            Some(keys) => keys.insert(id, &key),
            None => keys = Some(Keys::new(id, &key)),
        }
    }
    Ok(keys)
}

fn read_key(path: &Path) -> Result<SigningKey, StoreError> {
    let io_err = |e| StoreError::io("read", path, e);
    let file = File::open(path).map_err(io_err)?;
    let meta = file.metadata().map_err(io_err)?;
    if let Some(mode) = insecure_mode(&meta) {
        return Err(StoreError::InsecureKeyFile {
            path: path.to_path_buf(),
            mode,
        });
    }
    let mut text = Vec::new();
    file.take(MAX_KEY_FILE)
        .read_to_end(&mut text)
        .map_err(io_err)?;
    SigningKey::from_hex_line(&text).ok_or(StoreError::CorruptKey {
        path: path.to_path_buf(),
        reason: "it does not hold exactly 64 hex digits",
    })
}

/// Creates key `id` in `dir` unless it exists. Never leaves a partly written key under its real name.
fn create_key(dir: &Path, id: KeyId) -> Result<(), StoreError> {
    let key = SigningKey::generate()?;
    let nonce = getrandom::u64().map_err(|e| StoreError::Entropy(e.to_string()))?;
    let tmp = dir.join(format!(".{id}.key.{}.{nonce:016x}.tmp", std::process::id()));
    let io_err = |e| StoreError::io("write", &tmp, e);
    let written = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        private_file_mode(&mut options);
        let mut file = options.open(&tmp)?;
        // The umask may have removed bits, never added them; set the mode exactly anyway.
        make_private(&file)?;
        file.write_all(key.to_hex_line().as_bytes())?;
        file.sync_all()
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(io_err(e));
    }
    let path = key_path(dir, id);
    let published = fs::hard_link(&tmp, &path);
    let _ = fs::remove_file(&tmp);
    match published {
        Ok(()) => Ok(()),
        // Another process created this key first: theirs is the key, and it is complete.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::io("create", &path, e)),
    }
}

#[cfg(unix)]
fn create_private_dir(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
}

#[cfg(not(unix))]
fn create_private_dir(path: &Path) -> io::Result<()> {
    fs::create_dir_all(path)
}

#[cfg(unix)]
fn private_file_mode(options: &mut OpenOptions) {
    use std::os::unix::fs::OpenOptionsExt;
    options.mode(0o600);
}

#[cfg(not(unix))]
fn private_file_mode(_: &mut OpenOptions) {}

#[cfg(unix)]
fn make_private(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn make_private(_: &File) -> io::Result<()> {
    Ok(())
}

/// The permission bits of a key file that other users can read or write, if any.
#[cfg(unix)]
fn insecure_mode(meta: &Metadata) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = meta.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then_some(mode)
}

#[cfg(not(unix))]
fn insecure_mode(_: &Metadata) -> Option<u32> {
    None
}

#[cfg(unix)]
fn file_identity(meta: &Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn file_identity(_: &Metadata) -> Option<(u64, u64)> {
    None
}

#[cfg(all(test, unix))]
mod tests;
