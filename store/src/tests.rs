//! The store's contract, run against both backends where it applies, plus the SQLite file's own promises:
//! reopen keeps everything, a bad file is a clear error, the file is private.

use std::path::PathBuf;
use std::sync::Arc;

use super::*;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("npython-store-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn job(source: &str, tokens: &[(&str, &str)]) -> StoredJob {
    StoredJob {
        client_id: Some("c1".into()),
        source: source.into(),
        filename: "a.py".into(),
        inputs_json: "{\"x\":1}".into(),
        limits_json: "{}".into(),
        tokens: tokens
            .iter()
            .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
            .collect(),
        seed: Some(u64::MAX),
    }
}

fn swarm(id: &str, n: usize, key: Option<&str>) -> NewSwarm {
    NewSwarm {
        id: id.into(),
        tenant: "acme".into(),
        created_ms: 1_000,
        jobs: (0..n)
            .map(|i| {
                job(
                    if i % 2 == 0 { "print(1)" } else { "print(2)" },
                    &[("T", "tok-secret")],
                )
            })
            .collect(),
        idempotency: key.map(|k| IdempotencyKey {
            key: k.into(),
            body_hash: [7; 32],
        }),
    }
}

fn result(swarm: &str, index: usize) -> ResultRecord {
    ResultRecord {
        swarm: swarm.into(),
        index,
        line: format!("{{\"index\":{index}}}\n").into_bytes(),
        at_ms: 2_000 + index as u64,
    }
}

/// The contract both backends keep within one process.
fn contract(store: &dyn JobStore) {
    store.put_swarm(&swarm("sw_a", 4, Some("k1"))).expect("put");
    assert!(
        store.put_swarm(&swarm("sw_a", 1, None)).is_err(),
        "an id is stored once"
    );
    store
        .put_results(&[result("sw_a", 2), result("sw_a", 0)])
        .expect("results");
    // A second line for a job is ignored: each job keeps exactly one.
    let mut again = result("sw_a", 2);
    again.line = b"second\n".to_vec();
    store.put_results(&[again]).expect("dup");
    store.mark_effect("sw_a", 3).expect("effect");
    let loaded = store.recover().expect("recover");
    assert_eq!(loaded.swarms.len(), 1);
    let s = &loaded.swarms[0];
    assert_eq!(
        (s.id.as_str(), s.tenant.as_str(), s.total),
        ("sw_a", "acme", 4)
    );
    assert_eq!(
        s.results,
        vec![
            (2, b"{\"index\":2}\n".to_vec()),
            (0, b"{\"index\":0}\n".to_vec())
        ]
    );
    assert_eq!(s.last_result_ms, 2_002);
    let un: Vec<(usize, u32, bool)> = s
        .unfinished
        .iter()
        .map(|u| (u.index, u.attempt, u.effect))
        .collect();
    assert_eq!(un, vec![(1, 2, false), (3, 2, true)]);
    assert_eq!(s.unfinished[0].job, job("print(2)", &[("T", "tok-secret")]));
    assert_eq!(loaded.idempotency.len(), 1);
    assert_eq!(loaded.idempotency[0].swarm, "sw_a");
    assert_eq!(loaded.idempotency[0].body_hash, [7; 32]);
    store.delete_idempotency("acme", "k1").expect("forget key");
    store.delete_swarm("sw_a").expect("delete");
    let loaded = store.recover().expect("recover");
    assert!(loaded.swarms.is_empty() && loaded.idempotency.is_empty());
}

#[test]
fn memory_backend_keeps_the_contract() {
    contract(&MemoryStore::new());
}

#[test]
fn sqlite_backend_keeps_the_contract() {
    let dir = scratch("contract");
    contract(&SqliteStore::open(&dir.join("jobs.db")).expect("open"));
}

#[test]
fn reopen_keeps_everything() {
    let dir = scratch("reopen");
    let path = dir.join("jobs.db");
    {
        let store = SqliteStore::open(&path).expect("open");
        store
            .put_swarm(&swarm("sw_1", 3, Some("key")))
            .expect("put");
        store.put_swarm(&swarm("sw_2", 2, None)).expect("put");
        store
            .put_results(&[result("sw_1", 1), result("sw_2", 0), result("sw_2", 1)])
            .expect("r");
        store.mark_effect("sw_1", 2).expect("effect");
    }
    let store = SqliteStore::open(&path).expect("reopen");
    let loaded = store.recover().expect("recover");
    let ids: Vec<&str> = loaded.swarms.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["sw_1", "sw_2"], "oldest first");
    let s1 = &loaded.swarms[0];
    assert_eq!(s1.results, vec![(1, b"{\"index\":1}\n".to_vec())]);
    let un: Vec<(usize, u32, bool)> = s1
        .unfinished
        .iter()
        .map(|u| (u.index, u.attempt, u.effect))
        .collect();
    assert_eq!(un, vec![(0, 2, false), (2, 2, true)]);
    assert_eq!(
        s1.unfinished[0].job.seed,
        Some(u64::MAX),
        "a u64 seed round-trips"
    );
    assert_eq!(
        s1.unfinished[0].job.tokens,
        vec![("T".to_string(), "tok-secret".to_string())]
    );
    assert!(loaded.swarms[1].unfinished.is_empty());
    assert_eq!(loaded.idempotency.len(), 1);
    assert_eq!(loaded.idempotency[0].total, 3);
    drop(store);
    // Each restart that finds a job unfinished starts a new attempt.
    let loaded = SqliteStore::open(&path)
        .expect("reopen")
        .recover()
        .expect("recover");
    assert_eq!(loaded.swarms[0].unfinished[0].attempt, 3);
}

#[test]
fn tokens_of_a_job_are_deleted_when_it_ends() {
    let dir = scratch("tokens");
    let path = dir.join("jobs.db");
    let store = SqliteStore::open(&path).expect("open");
    store.put_swarm(&swarm("sw_t", 3, None)).expect("put");
    assert_eq!(store.token_rows(), 3);
    store
        .put_results(&[result("sw_t", 0), result("sw_t", 2)])
        .expect("r");
    assert_eq!(
        store.token_rows(),
        1,
        "only the unfinished job keeps its token"
    );
    drop(store);
    let bytes = std::fs::read(&path).expect("read");
    let wal = std::fs::read(dir.join("jobs.db-wal")).unwrap_or_default();
    let count = |hay: &[u8]| hay.windows(10).filter(|w| *w == b"tok-secret").count();
    // SQLite may leave deleted bytes in free pages, so the check is on what a reader gets back.
    let loaded = SqliteStore::open(&path)
        .expect("reopen")
        .recover()
        .expect("recover");
    let left: usize = loaded.swarms[0]
        .unfinished
        .iter()
        .map(|u| u.job.tokens.len())
        .sum();
    assert_eq!(left, 1);
    assert!(
        count(&bytes) + count(&wal) >= 1,
        "the unfinished job's token is stored"
    );
}

#[test]
fn the_file_is_private() {
    let dir = scratch("mode");
    let path = dir.join("jobs.db");
    std::fs::write(&path, b"").expect("touch");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        let store = SqliteStore::open(&path).expect("open");
        store.put_swarm(&swarm("sw_m", 1, None)).expect("put");
        for file in ["jobs.db", "jobs.db-wal"] {
            let mode = std::fs::metadata(dir.join(file))
                .expect("stat")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{file}");
        }
    }
}

#[test]
fn a_corrupt_file_is_a_clear_error() {
    let dir = scratch("corrupt");
    let path = dir.join("jobs.db");
    std::fs::write(&path, vec![0x5a; 8192]).expect("write garbage");
    let err = SqliteStore::open(&path).err().expect("refused");
    assert_eq!(err.kind(), StoreErrorKind::Corrupt);
    let text = err.to_string();
    assert!(text.contains(&path.display().to_string()), "{text}");
    assert!(text.contains("move the file"), "{text}");
}

#[test]
fn another_sqlite_file_is_not_taken_for_a_store() {
    let dir = scratch("foreign");
    let path = dir.join("jobs.db");
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute_batch("CREATE TABLE notes (x TEXT);")
            .expect("create");
    }
    let err = SqliteStore::open(&path).err().expect("refused");
    assert_eq!(err.kind(), StoreErrorKind::Corrupt);
    assert!(
        err.to_string().contains("not an nPython job store"),
        "{err}"
    );
}

#[test]
fn a_newer_schema_is_a_clear_error() {
    let dir = scratch("newer");
    let path = dir.join("jobs.db");
    SqliteStore::open(&path)
        .expect("open")
        .set_version(SCHEMA_VERSION + 1);
    let err = SqliteStore::open(&path).err().expect("refused");
    assert_eq!(err.kind(), StoreErrorKind::NewerVersion);
    let text = err.to_string();
    assert!(
        text.contains(&format!("schema version {}", SCHEMA_VERSION + 1)),
        "{text}"
    );
    assert!(text.contains(&path.display().to_string()), "{text}");
}

#[test]
fn an_unreadable_place_is_a_clear_error() {
    let dir = scratch("unreadable");
    // A directory where the file should be.
    let path = dir.join("jobs.db");
    std::fs::create_dir_all(&path).expect("mkdir");
    let err = SqliteStore::open(&path).err().expect("refused");
    assert_eq!(err.kind(), StoreErrorKind::Unreadable);
    assert!(err.to_string().contains("jobs.db"), "{err}");
}

#[test]
fn a_second_server_on_the_same_file_is_refused() {
    let dir = scratch("twice");
    let path = dir.join("jobs.db");
    let first = SqliteStore::open(&path).expect("open");
    first.put_swarm(&swarm("sw_x", 1, None)).expect("put");
    let second = SqliteStore::open(&path).and_then(|s| s.recover());
    let err = second.expect_err("refused while the first holds it");
    assert_eq!(err.kind(), StoreErrorKind::Unreadable, "{err}");
    drop(first);
    SqliteStore::open(&path)
        .expect("free again")
        .recover()
        .expect("recover");
}

#[test]
fn group_commit_stores_every_line_before_its_callback() {
    let dir = scratch("group");
    let store: Arc<dyn JobStore> = Arc::new(SqliteStore::open(&dir.join("jobs.db")).expect("open"));
    let n = 2_000;
    store.put_swarm(&swarm("sw_g", n, None)).expect("put");
    let group = GroupCommit::start(store.clone()).expect("start");
    let (tx, rx) = std::sync::mpsc::channel();
    for i in 0..n {
        let tx = tx.clone();
        group.push(
            result("sw_g", i),
            Box::new(move |r| {
                let _ = tx.send(r.is_ok());
            }),
        );
    }
    let ok = (0..n).filter(|_| rx.recv().unwrap_or(false)).count();
    assert_eq!(ok, n);
    let loaded = store.recover().expect("recover");
    assert_eq!(loaded.swarms[0].results.len(), n);
    assert!(loaded.swarms[0].unfinished.is_empty());
}
