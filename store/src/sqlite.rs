//! The SQLite backend: one file (WAL journal, `synchronous=NORMAL`, mode 0600), opened by one server at a
//! time (exclusive locking), with a schema version table checked at open.

use std::path::{Path, PathBuf};

use parking_lot::Mutex;
use rusqlite::{params, Connection, ErrorCode};

use crate::{
    JobStore, Loaded, LoadedIdempotency, LoadedSwarm, NewSwarm, ResultRecord, StoreError,
    StoreErrorKind, StoredJob, UnfinishedJob,
};

/// The schema this build writes. A file with a higher version is refused, never downgraded.
pub const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE swarms (id TEXT PRIMARY KEY, tenant TEXT NOT NULL, created_ms INTEGER NOT NULL,
    total INTEGER NOT NULL);
CREATE TABLE sources (swarm TEXT NOT NULL, n INTEGER NOT NULL, source TEXT NOT NULL, filename TEXT NOT NULL,
    PRIMARY KEY (swarm, n)) WITHOUT ROWID;
CREATE TABLE jobs (swarm TEXT NOT NULL, idx INTEGER NOT NULL, client_id TEXT, source_n INTEGER NOT NULL,
    inputs TEXT NOT NULL, limits TEXT NOT NULL, seed INTEGER, attempt INTEGER NOT NULL DEFAULT 1,
    effect INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (swarm, idx)) WITHOUT ROWID;
CREATE TABLE tokens (swarm TEXT NOT NULL, idx INTEGER NOT NULL, name TEXT NOT NULL, token TEXT NOT NULL);
CREATE INDEX tokens_job ON tokens (swarm, idx);
CREATE TABLE results (seq INTEGER PRIMARY KEY, swarm TEXT NOT NULL, idx INTEGER NOT NULL, line BLOB NOT NULL,
    at_ms INTEGER NOT NULL);
CREATE UNIQUE INDEX results_job ON results (swarm, idx);
CREATE TABLE idempotency (tenant TEXT NOT NULL, key TEXT NOT NULL, body_hash BLOB NOT NULL,
    swarm TEXT NOT NULL, total INTEGER NOT NULL, created_ms INTEGER NOT NULL,
    PRIMARY KEY (tenant, key)) WITHOUT ROWID;
";

/// The SQLite job store.
pub struct SqliteStore {
    conn: Mutex<Connection>,
    path: PathBuf,
}

/// SQLite integers are i64; ours are u64/usize. These round-trip every value (a u64 seed above i64::MAX is
/// stored as its two's complement bits), so no value is truncated.
fn to_sql_u64(n: u64) -> i64 {
    i64::from_ne_bytes(n.to_ne_bytes())
}

fn from_sql_u64(n: i64) -> u64 {
    u64::from_ne_bytes(n.to_ne_bytes())
}

fn to_sql_usize(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn from_sql_usize(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path`. A file that is not a store, is damaged, belongs to a
    /// newer nPython or is in use by another server is an error saying so.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let path = path.to_path_buf();
        create_private(&path)?;
        let err = |e: rusqlite::Error| classify(&path, e);
        let conn = Connection::open(&path).map_err(err)?;
        // Exclusive locking: a second server on the same file gets a clear error instead of sharing (and
        // re-running) this one's jobs; without shared memory, the WAL needs no -shm file either.
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE")
            .map_err(err)?;
        let mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .map_err(err)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::new(
                StoreErrorKind::Unreadable,
                Some(path),
                format!("SQLite refused the WAL journal (journal_mode is `{mode}`)"),
            ));
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(err)?;
        let store = SqliteStore {
            conn: Mutex::new(conn),
            path,
        };
        store.migrate()?;
        Ok(store)
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        classify(&self.path, e)
    }

    fn migrate(&self) -> Result<(), StoreError> {
        let mut conn = self.conn.lock();
        let tx = conn.transaction().map_err(|e| self.err(e))?;
        let has_table: bool = tx
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map_err(|e| self.err(e))?
            > 0;
        if has_table {
            let version: Option<i64> = tx
                .query_row("SELECT max(version) FROM schema_version", [], |r| r.get(0))
                .map_err(|e| self.err(e))?;
            return match version {
                Some(v) if v == SCHEMA_VERSION => Ok(()),
                Some(v) if v > SCHEMA_VERSION => Err(StoreError::new(
                    StoreErrorKind::NewerVersion,
                    Some(self.path.clone()),
                    format!("schema version {v} is newer than this build's {SCHEMA_VERSION}"),
                )),
                other => Err(StoreError::new(
                    StoreErrorKind::Corrupt,
                    Some(self.path.clone()),
                    format!("unknown schema version {other:?}"),
                )),
            };
        }
        let other_tables: i64 = tx
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        if other_tables > 0 {
            return Err(StoreError::new(
                StoreErrorKind::Corrupt,
                Some(self.path.clone()),
                "this SQLite file is not an nPython job store (it has tables but no schema_version)",
            ));
        }
        tx.execute_batch("CREATE TABLE schema_version (version INTEGER NOT NULL);")
            .map_err(|e| self.err(e))?;
        tx.execute_batch(SCHEMA).map_err(|e| self.err(e))?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES (?1)",
            [SCHEMA_VERSION],
        )
        .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))
    }

    /// Sets the schema version (tests of the newer-version refusal).
    #[cfg(test)]
    pub(crate) fn set_version(&self, version: i64) {
        let conn = self.conn.lock();
        let _ = conn.execute("UPDATE schema_version SET version = ?1", [version]);
    }

    /// How many token rows are stored (tests: tokens are deleted when their job ends).
    #[cfg(test)]
    pub(crate) fn token_rows(&self) -> i64 {
        self.conn
            .lock()
            .query_row("SELECT count(*) FROM tokens", [], |r| r.get(0))
            .unwrap_or(-1)
    }
}

/// Creates the file with mode 0600 before SQLite does (SQLite's -wal file copies the database's mode), and
/// tightens an existing file's mode.
fn create_private(path: &Path) -> Result<(), StoreError> {
    let fail = |what: &str, e: std::io::Error| {
        StoreError::new(
            StoreErrorKind::Unreadable,
            Some(path.to_path_buf()),
            format!("cannot {what}: {e}"),
        )
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| fail("create its directory", e))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path).map_err(|e| fail("open it", e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(|e| fail("make it private (mode 0600)", e))?;
    }
    drop(file);
    Ok(())
}

fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    let kind = match &e {
        rusqlite::Error::SqliteFailure(f, _) => match f.code {
            ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt => StoreErrorKind::Corrupt,
            ErrorCode::DiskFull => StoreErrorKind::Full,
            ErrorCode::CannotOpen
            | ErrorCode::PermissionDenied
            | ErrorCode::ReadOnly
            | ErrorCode::DatabaseBusy
            | ErrorCode::DatabaseLocked
            | ErrorCode::NoLargeFileSupport => StoreErrorKind::Unreadable,
            _ => StoreErrorKind::Io,
        },
        _ => StoreErrorKind::Io,
    };
    let message = match kind {
        StoreErrorKind::Corrupt => format!("the file is not a readable job store ({e})"),
        StoreErrorKind::Unreadable => format!("cannot use the file ({e})"),
        StoreErrorKind::Full => format!("the disk is full ({e})"),
        _ => e.to_string(),
    };
    StoreError::new(kind, Some(path.to_path_buf()), message)
}

impl JobStore for SqliteStore {
    fn put_swarm(&self, swarm: &NewSwarm) -> Result<(), StoreError> {
        let mut conn = self.conn.lock();
        let tx = conn.transaction().map_err(|e| self.err(e))?;
        tx.execute(
            "INSERT INTO swarms (id, tenant, created_ms, total) VALUES (?1, ?2, ?3, ?4)",
            params![
                swarm.id,
                swarm.tenant,
                to_sql_u64(swarm.created_ms),
                to_sql_usize(swarm.jobs.len())
            ],
        )
        .map_err(|e| self.err(e))?;
        {
            // Jobs of a swarm usually share one script: each distinct (source, filename) is stored once.
            let mut sources: std::collections::HashMap<(&str, &str), i64> =
                std::collections::HashMap::new();
            let mut put_source = tx
                .prepare_cached(
                    "INSERT INTO sources (swarm, n, source, filename) VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(|e| self.err(e))?;
            let mut put_job = tx
                .prepare_cached(
                    "INSERT INTO jobs (swarm, idx, client_id, source_n, inputs, limits, seed) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )
                .map_err(|e| self.err(e))?;
            let mut put_token = tx
                .prepare_cached(
                    "INSERT INTO tokens (swarm, idx, name, token) VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(|e| self.err(e))?;
            for (index, job) in swarm.jobs.iter().enumerate() {
                let key = (job.source.as_str(), job.filename.as_str());
                let n = match sources.get(&key) {
                    Some(n) => *n,
                    None => {
                        let n = to_sql_usize(sources.len());
                        put_source
                            .execute(params![swarm.id, n, job.source, job.filename])
                            .map_err(|e| self.err(e))?;
                        sources.insert(key, n);
                        n
                    }
                };
                let idx = to_sql_usize(index);
                put_job
                    .execute(params![
                        swarm.id,
                        idx,
                        job.client_id,
                        n,
                        job.inputs_json,
                        job.limits_json,
                        job.seed.map(to_sql_u64)
                    ])
                    .map_err(|e| self.err(e))?;
                for (name, token) in &job.tokens {
                    put_token
                        .execute(params![swarm.id, idx, name, token])
                        .map_err(|e| self.err(e))?;
                }
            }
        }
        if let Some(idem) = &swarm.idempotency {
            tx.execute(
                "INSERT OR REPLACE INTO idempotency (tenant, key, body_hash, swarm, total, created_ms) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    swarm.tenant,
                    idem.key,
                    &idem.body_hash[..],
                    swarm.id,
                    to_sql_usize(swarm.jobs.len()),
                    to_sql_u64(swarm.created_ms)
                ],
            )
            .map_err(|e| self.err(e))?;
        }
        tx.commit().map_err(|e| self.err(e))
    }

    fn put_results(&self, results: &[ResultRecord]) -> Result<(), StoreError> {
        if results.is_empty() {
            return Ok(());
        }
        let mut conn = self.conn.lock();
        let tx = conn.transaction().map_err(|e| self.err(e))?;
        {
            let mut put = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO results (swarm, idx, line, at_ms) VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(|e| self.err(e))?;
            let mut forget = tx
                .prepare_cached("DELETE FROM tokens WHERE swarm = ?1 AND idx = ?2")
                .map_err(|e| self.err(e))?;
            for r in results {
                let idx = to_sql_usize(r.index);
                let added = put
                    .execute(params![r.swarm, idx, r.line, to_sql_u64(r.at_ms)])
                    .map_err(|e| self.err(e))?;
                // A job is finished when it has a line (no flag to update: one statement less per line
                // in the group commit).
                if added > 0 {
                    forget
                        .execute(params![r.swarm, idx])
                        .map_err(|e| self.err(e))?;
                }
            }
        }
        tx.commit().map_err(|e| self.err(e))
    }

    fn mark_effect(&self, swarm: &str, index: usize) -> Result<(), StoreError> {
        self.conn
            .lock()
            .execute(
                "UPDATE jobs SET effect = 1 WHERE swarm = ?1 AND idx = ?2 AND effect = 0",
                params![swarm, to_sql_usize(index)],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    fn delete_swarm(&self, swarm: &str) -> Result<(), StoreError> {
        let mut conn = self.conn.lock();
        let tx = conn.transaction().map_err(|e| self.err(e))?;
        for sql in [
            "DELETE FROM results WHERE swarm = ?1",
            "DELETE FROM tokens WHERE swarm = ?1",
            "DELETE FROM jobs WHERE swarm = ?1",
            "DELETE FROM sources WHERE swarm = ?1",
            "DELETE FROM idempotency WHERE swarm = ?1",
            "DELETE FROM swarms WHERE id = ?1",
        ] {
            tx.execute(sql, [swarm]).map_err(|e| self.err(e))?;
        }
        tx.commit().map_err(|e| self.err(e))
    }

    fn delete_idempotency(&self, tenant: &str, key: &str) -> Result<(), StoreError> {
        self.conn
            .lock()
            .execute(
                "DELETE FROM idempotency WHERE tenant = ?1 AND key = ?2",
                [tenant, key],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    fn recover(&self) -> Result<Loaded, StoreError> {
        let mut conn = self.conn.lock();
        let tx = conn.transaction().map_err(|e| self.err(e))?;
        tx.execute(
            "UPDATE jobs SET attempt = attempt + 1 WHERE NOT EXISTS \
             (SELECT 1 FROM results r WHERE r.swarm = jobs.swarm AND r.idx = jobs.idx)",
            [],
        )
        .map_err(|e| self.err(e))?;
        let mut loaded = Loaded::default();
        let mut index_of = std::collections::HashMap::new();
        {
            let mut q = tx
                .prepare("SELECT id, tenant, created_ms, total FROM swarms ORDER BY rowid")
                .map_err(|e| self.err(e))?;
            let rows = q
                .query_map([], |r| {
                    Ok(LoadedSwarm {
                        id: r.get(0)?,
                        tenant: r.get(1)?,
                        created_ms: from_sql_u64(r.get(2)?),
                        total: from_sql_usize(r.get(3)?),
                        results: Vec::new(),
                        last_result_ms: 0,
                        unfinished: Vec::new(),
                    })
                })
                .map_err(|e| self.err(e))?;
            for row in rows {
                let swarm = row.map_err(|e| self.err(e))?;
                index_of.insert(swarm.id.clone(), loaded.swarms.len());
                loaded.swarms.push(swarm);
            }
        }
        {
            let mut q = tx
                .prepare("SELECT swarm, idx, line, at_ms FROM results ORDER BY seq")
                .map_err(|e| self.err(e))?;
            let mut rows = q.query([]).map_err(|e| self.err(e))?;
            while let Some(r) = rows.next().map_err(|e| self.err(e))? {
                let swarm: String = r.get(0).map_err(|e| self.err(e))?;
                let idx: i64 = r.get(1).map_err(|e| self.err(e))?;
                let line: Vec<u8> = r.get(2).map_err(|e| self.err(e))?;
                let at: i64 = r.get(3).map_err(|e| self.err(e))?;
                if let Some(s) = index_of.get(&swarm).and_then(|i| loaded.swarms.get_mut(*i)) {
                    s.results.push((from_sql_usize(idx), line));
                    s.last_result_ms = s.last_result_ms.max(from_sql_u64(at));
                }
            }
        }
        {
            let mut tokens: std::collections::HashMap<(String, i64), Vec<(String, String)>> =
                std::collections::HashMap::new();
            let mut q = tx
                .prepare("SELECT swarm, idx, name, token FROM tokens ORDER BY rowid")
                .map_err(|e| self.err(e))?;
            let mut rows = q.query([]).map_err(|e| self.err(e))?;
            while let Some(r) = rows.next().map_err(|e| self.err(e))? {
                let key = (
                    r.get::<_, String>(0).map_err(|e| self.err(e))?,
                    r.get::<_, i64>(1).map_err(|e| self.err(e))?,
                );
                let pair = (
                    r.get::<_, String>(2).map_err(|e| self.err(e))?,
                    r.get::<_, String>(3).map_err(|e| self.err(e))?,
                );
                tokens.entry(key).or_default().push(pair);
            }
            drop(rows);
            let mut q = tx
                .prepare(
                    "SELECT j.swarm, j.idx, j.client_id, s.source, s.filename, j.inputs, j.limits, \
                     j.seed, j.attempt, j.effect FROM jobs j JOIN sources s \
                     ON s.swarm = j.swarm AND s.n = j.source_n WHERE NOT EXISTS \
                     (SELECT 1 FROM results r WHERE r.swarm = j.swarm AND r.idx = j.idx) \
                     ORDER BY j.swarm, j.idx",
                )
                .map_err(|e| self.err(e))?;
            let mut rows = q.query([]).map_err(|e| self.err(e))?;
            while let Some(r) = rows.next().map_err(|e| self.err(e))? {
                let swarm: String = r.get(0).map_err(|e| self.err(e))?;
                let idx: i64 = r.get(1).map_err(|e| self.err(e))?;
                let job = StoredJob {
                    client_id: r.get(2).map_err(|e| self.err(e))?,
                    source: r.get(3).map_err(|e| self.err(e))?,
                    filename: r.get(4).map_err(|e| self.err(e))?,
                    inputs_json: r.get(5).map_err(|e| self.err(e))?,
                    limits_json: r.get(6).map_err(|e| self.err(e))?,
                    seed: r
                        .get::<_, Option<i64>>(7)
                        .map_err(|e| self.err(e))?
                        .map(from_sql_u64),
                    tokens: tokens.remove(&(swarm.clone(), idx)).unwrap_or_default(),
                };
                let attempt: i64 = r.get(8).map_err(|e| self.err(e))?;
                let effect: i64 = r.get(9).map_err(|e| self.err(e))?;
                if let Some(s) = index_of.get(&swarm).and_then(|i| loaded.swarms.get_mut(*i)) {
                    s.unfinished.push(UnfinishedJob {
                        index: from_sql_usize(idx),
                        job,
                        attempt: u32::try_from(attempt).unwrap_or(u32::MAX),
                        effect: effect != 0,
                    });
                }
            }
        }
        {
            let mut q = tx
                .prepare(
                    "SELECT tenant, key, body_hash, swarm, total, created_ms FROM idempotency \
                     ORDER BY created_ms",
                )
                .map_err(|e| self.err(e))?;
            let mut rows = q.query([]).map_err(|e| self.err(e))?;
            while let Some(r) = rows.next().map_err(|e| self.err(e))? {
                let hash: Vec<u8> = r.get(2).map_err(|e| self.err(e))?;
                let Ok(body_hash) = <[u8; 32]>::try_from(hash.as_slice()) else {
                    continue;
                };
                loaded.idempotency.push(LoadedIdempotency {
                    tenant: r.get(0).map_err(|e| self.err(e))?,
                    key: r.get(1).map_err(|e| self.err(e))?,
                    body_hash,
                    swarm: r.get(3).map_err(|e| self.err(e))?,
                    total: from_sql_usize(r.get(4).map_err(|e| self.err(e))?),
                    created_ms: from_sql_u64(r.get(5).map_err(|e| self.err(e))?),
                });
            }
        }
        tx.commit().map_err(|e| self.err(e))?;
        Ok(loaded)
    }

    fn describe(&self) -> String {
        format!("sqlite {}", self.path.display())
    }
}
