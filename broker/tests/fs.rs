//! Gated fs through the broker on a temporary tenant root: the results each operation resumes with, that
//! crafted paths and symbolic links never leave the root, the quota and read-only rules, and that writes are
//! atomic (a concurrent reader only ever sees a whole old or a whole new file).

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;

use common::{broker, grant, prefixes, TempDir, TENANT};
use npython_broker::{Broker, Outcome};
use npython_caps::Caveat;
use npython_host::{Data, FsOp, FsRequest, Grant, IoErrorKind, IoRequest, IoResult};

fn fs(broker: &Broker, grant: &Grant, op: FsOp, path: &str) -> IoResult {
    broker.perform_blocking(
        3,
        IoRequest::Fs(Box::new(FsRequest {
            grant: grant.clone(),
            op,
            path: path.to_string(),
        })),
        None,
    )
}

fn write(data: &[u8]) -> FsOp {
    FsOp::Write {
        data: data.to_vec(),
    }
}

fn expect_err(result: IoResult, kind: IoErrorKind, needle: &str) {
    match result {
        Err(e) => {
            assert_eq!(e.kind, kind, "{e:?}");
            assert!(
                e.message.contains(needle),
                "message {:?} should contain {needle:?}",
                e.message
            );
        }
        Ok(data) => panic!("expected an error containing {needle:?}, got {data:?}"),
    }
}

fn base_broker(base: &TempDir) -> (Broker, Arc<npython_broker::MemoryAuditSink>) {
    let base = base.path().to_path_buf();
    broker(move |c| c.fs.base = Some(base))
}

#[test]
fn operations_resume_with_their_documented_results() {
    let base = TempDir::new("ops");
    let (broker, audit) = base_broker(&base);
    let g = grant("fs", vec![]);
    assert_eq!(fs(&broker, &g, FsOp::Mkdir, "/reports/q1"), Ok(Data::None));
    assert_eq!(
        fs(&broker, &g, FsOp::Mkdir, "reports"),
        Ok(Data::None),
        "mkdir of an existing dir is fine"
    );
    assert_eq!(
        fs(&broker, &g, write(b"hello"), "/reports/a.txt"),
        Ok(Data::Int(5))
    );
    assert_eq!(
        fs(
            &broker,
            &g,
            FsOp::Append {
                data: b" world".to_vec()
            },
            "reports/a.txt"
        ),
        Ok(Data::Int(6))
    );
    assert_eq!(
        fs(&broker, &g, FsOp::Read, "/reports/a.txt"),
        Ok(Data::Bytes(b"hello world".to_vec()))
    );
    assert_eq!(
        std::fs::read(base.path().join(TENANT).join("reports/a.txt")).expect("on disk"),
        b"hello world",
        "tenant files live under <base>/<tenant>/"
    );
    assert_eq!(
        fs(&broker, &g, FsOp::List, "/reports"),
        Ok(Data::List(vec![
            Data::Str("a.txt".into()),
            Data::Str("q1".into())
        ]))
    );
    assert_eq!(
        fs(&broker, &g, FsOp::List, "/"),
        Ok(Data::List(vec![Data::Str("reports".into())]))
    );
    assert_eq!(
        fs(&broker, &g, FsOp::Exists, "/reports/a.txt"),
        Ok(Data::Bool(true))
    );
    assert_eq!(
        fs(&broker, &g, FsOp::Exists, "/reports/b.txt"),
        Ok(Data::Bool(false))
    );
    assert_eq!(
        fs(&broker, &g, FsOp::Exists, "/nope/b.txt"),
        Ok(Data::Bool(false))
    );
    let Ok(Data::Dict(stat)) = fs(&broker, &g, FsOp::Stat, "/reports/a.txt") else {
        panic!("stat is a dict");
    };
    let keys: Vec<&str> = stat.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["size", "is_dir", "is_file", "modified"]);
    assert_eq!(stat[0].1, Data::Int(11));
    assert_eq!(
        (&stat[1].1, &stat[2].1),
        (&Data::Bool(false), &Data::Bool(true))
    );
    assert!(matches!(stat[3].1, Data::Float(t) if t > 1.0e9));
    expect_err(
        fs(&broker, &g, FsOp::Read, "/reports/missing"),
        IoErrorKind::NotFound,
        "/reports/missing",
    );
    expect_err(
        fs(&broker, &g, write(b"x"), "/nodir/a.txt"),
        IoErrorKind::NotFound,
        "mkdir",
    );
    expect_err(
        fs(
            &broker,
            &g,
            FsOp::Append {
                data: b"x".to_vec(),
            },
            "/nodir/a.txt",
        ),
        IoErrorKind::NotFound,
        "mkdir",
    );
    expect_err(
        fs(&broker, &g, FsOp::Read, "/nodir/a.txt"),
        IoErrorKind::NotFound,
        "/nodir/a.txt",
    );
    assert!(
        !base.path().join(TENANT).join("nodir").exists(),
        "nothing is created on the way"
    );
    expect_err(
        fs(&broker, &g, FsOp::Delete, "/reports"),
        IoErrorKind::Os,
        "/reports",
    );
    assert_eq!(
        fs(&broker, &g, FsOp::Delete, "/reports/a.txt"),
        Ok(Data::None)
    );
    assert_eq!(fs(&broker, &g, FsOp::Delete, "/reports/q1"), Ok(Data::None));
    expect_err(
        fs(&broker, &g, FsOp::Delete, "/"),
        IoErrorKind::Permission,
        "root",
    );
    // Error messages show the script's path, never where the root is on the host.
    let host_root = base.path().to_string_lossy().into_owned();
    for r in audit.records() {
        assert_eq!((r.capability, r.tenant.as_str(), r.job), ("fs", TENANT, 3));
        assert!(!r.target.contains(&host_root));
    }
    let records = audit.records();
    assert_eq!(records[2].action, "write");
    assert_eq!(records[2].target, "/reports/a.txt");
    assert_eq!((records[2].bytes_out, records[2].outcome), (5, Outcome::Ok));
    assert_eq!(records[4].bytes_in, 11);
}

#[test]
fn crafted_paths_never_leave_the_root() {
    let base = TempDir::new("traversal");
    let (broker, _) = base_broker(&base);
    let g = grant("fs", vec![]);
    for path in [
        "../escape.txt",
        "/../escape.txt",
        "a/../../escape.txt",
        "/a/./../../escape.txt",
        "..",
        "a/\0/b",
        "a\0.txt",
        ".npy-tmp-1-2",
    ] {
        for op in [FsOp::Read, write(b"x"), FsOp::Mkdir, FsOp::List] {
            let result = fs(&broker, &g, op.clone(), path);
            let err = result.expect_err(path);
            assert_eq!(err.kind, IoErrorKind::Capability, "{path}: {err:?}");
        }
    }
    assert!(!base.path().join("escape.txt").exists());
    assert!(!base
        .path()
        .parent()
        .expect("parent")
        .join("escape.txt")
        .exists());
}

#[test]
fn symbolic_links_are_never_followed() {
    let base = TempDir::new("links");
    let (broker, _) = base_broker(&base);
    let g = grant("fs", vec![]);
    assert_eq!(
        fs(&broker, &g, write(b"inside"), "/a.txt"),
        Ok(Data::Int(6))
    );
    let root = base.path().join(TENANT);
    std::os::unix::fs::symlink("/etc", root.join("etc")).expect("link to /etc");
    std::os::unix::fs::symlink(root.join("a.txt"), root.join("alias.txt")).expect("link inside");
    for (op, path) in [
        (FsOp::Read, "/etc/passwd"),
        (FsOp::List, "/etc"),
        (FsOp::Stat, "/etc"),
        (FsOp::Exists, "/etc/passwd"),
        (write(b"pwned"), "/etc/npython-broker-test"),
        (FsOp::Mkdir, "/etc/sub"),
        (FsOp::Read, "/alias.txt"),
        (
            FsOp::Append {
                data: b"x".to_vec(),
            },
            "/alias.txt",
        ),
        (FsOp::Delete, "/etc/passwd"),
    ] {
        expect_err(
            fs(&broker, &g, op, path),
            IoErrorKind::Permission,
            "symbolic link",
        );
    }
    assert!(!std::path::Path::new("/etc/npython-broker-test").exists());
    assert_eq!(
        std::fs::read(root.join("a.txt")).expect("intact"),
        b"inside"
    );
}

#[test]
fn the_quota_bounds_the_tenant_root_after_each_write() {
    let base = TempDir::new("quota");
    let (broker, audit) = base_broker(&base);
    let g = grant("fs", vec![Caveat::QuotaBytes(100)]);
    assert_eq!(fs(&broker, &g, write(&[1; 60]), "/a"), Ok(Data::Int(60)));
    expect_err(
        fs(&broker, &g, write(&[1; 50]), "/b"),
        IoErrorKind::Permission,
        "quota",
    );
    // Replacing a file counts only the difference.
    assert_eq!(fs(&broker, &g, write(&[2; 90]), "/a"), Ok(Data::Int(90)));
    expect_err(
        fs(&broker, &g, FsOp::Append { data: vec![3; 20] }, "/a"),
        IoErrorKind::Permission,
        "110 bytes would be used of 100",
    );
    assert_eq!(
        fs(&broker, &g, FsOp::Append { data: vec![3; 10] }, "/a"),
        Ok(Data::Int(10))
    );
    assert_eq!(
        std::fs::metadata(base.path().join(TENANT).join("a"))
            .expect("a")
            .len(),
        100
    );
    assert!(
        !base.path().join(TENANT).join("b").exists(),
        "a refused write leaves nothing"
    );
    let denied: Vec<_> = audit
        .records()
        .into_iter()
        .filter(|r| r.outcome == Outcome::Denied)
        .collect();
    assert_eq!(denied.len(), 2);
    assert!(denied
        .iter()
        .all(|r| r.error_kind == Some("permission") && r.bytes_out == 0));
}

#[test]
fn read_only_tokens_and_prefixes_are_enforced() {
    let base = TempDir::new("readonly");
    let (broker, _) = base_broker(&base);
    let rw = grant("fs", vec![]);
    assert_eq!(fs(&broker, &rw, FsOp::Mkdir, "/reports"), Ok(Data::None));
    assert_eq!(
        fs(&broker, &rw, write(b"r"), "/reports/r.txt"),
        Ok(Data::Int(1))
    );
    assert_eq!(
        fs(&broker, &rw, write(b"s"), "/secret.txt"),
        Ok(Data::Int(1))
    );
    let ro = grant("fs", vec![prefixes(&["/reports"]), Caveat::ReadOnly]);
    assert_eq!(
        fs(&broker, &ro, FsOp::Read, "/reports/r.txt"),
        Ok(Data::Bytes(b"r".to_vec()))
    );
    for op in [
        write(b"x"),
        FsOp::Append {
            data: b"x".to_vec(),
        },
        FsOp::Delete,
        FsOp::Mkdir,
    ] {
        expect_err(
            fs(&broker, &ro, op, "/reports/r.txt"),
            IoErrorKind::Capability,
            "read-only",
        );
    }
    expect_err(
        fs(&broker, &ro, FsOp::Read, "/secret.txt"),
        IoErrorKind::Capability,
        "outside the paths",
    );
    assert_eq!(
        fs(&broker, &rw, FsOp::Read, "/reports/r.txt"),
        Ok(Data::Bytes(b"r".to_vec()))
    );
    // An http token is not an fs token.
    expect_err(
        fs(
            &broker,
            &grant("http", vec![]),
            FsOp::Read,
            "/reports/r.txt",
        ),
        IoErrorKind::Capability,
        "",
    );
}

#[test]
fn roots_explicit_missing_and_read_limits() {
    let explicit = TempDir::new("explicit");
    let root = explicit.path().to_path_buf();
    let (broker, _) = broker(move |c| {
        c.fs.roots.insert(TENANT.to_string(), root);
        c.fs.max_read_bytes = 10;
    });
    let g = grant("fs", vec![]);
    assert_eq!(fs(&broker, &g, write(&[0; 11]), "/big"), Ok(Data::Int(11)));
    assert!(
        explicit.path().join("big").exists(),
        "an explicit root is used as is"
    );
    expect_err(
        fs(&broker, &g, FsOp::Read, "/big"),
        IoErrorKind::Os,
        "larger than the 10 bytes",
    );
    let (unconfigured, _) = common::broker(|_| {});
    expect_err(
        fs(&unconfigured, &g, FsOp::Read, "/big"),
        IoErrorKind::Os,
        "no file-system root",
    );
}

#[test]
fn writes_are_atomic_for_concurrent_readers() {
    const SIZE: usize = 4 * 1024 * 1024;
    const REWRITES: usize = 40;
    let base = TempDir::new("atomic");
    let (broker, _) = base_broker(&base);
    let broker = Arc::new(broker);
    let g = grant("fs", vec![]);
    assert_eq!(
        fs(&broker, &g, write(&vec![b'a'; SIZE]), "/big.bin"),
        Ok(Data::Int(SIZE as i64))
    );
    let host_path = base.path().join(TENANT).join("big.bin");
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let done = done.clone();
        let broker = broker.clone();
        let g = g.clone();
        thread::spawn(move || {
            let mut reads = 0;
            while !done.load(Ordering::SeqCst) {
                // Straight from the disk, and through the broker.
                let direct = std::fs::read(&host_path).expect("the file always exists");
                let Ok(Data::Bytes(via_broker)) = fs(&broker, &g, FsOp::Read, "/big.bin") else {
                    panic!("read failed");
                };
                for content in [direct, via_broker] {
                    assert_eq!(content.len(), SIZE, "a reader saw a partial file");
                    let first = content[0];
                    assert!(
                        content.iter().all(|&b| b == first),
                        "a reader saw a mix of two writes"
                    );
                }
                reads += 1;
            }
            reads
        })
    };
    for i in 0..REWRITES {
        let byte = if i % 2 == 0 { b'b' } else { b'a' };
        assert_eq!(
            fs(&broker, &g, write(&vec![byte; SIZE]), "/big.bin"),
            Ok(Data::Int(SIZE as i64))
        );
    }
    done.store(true, Ordering::SeqCst);
    let reads = reader.join().expect("reader passed");
    assert!(reads > 0);
    assert_eq!(
        fs(&broker, &g, FsOp::List, "/"),
        Ok(Data::List(vec![Data::Str("big.bin".into())]))
    );
    let leftovers = std::fs::read_dir(base.path().join(TENANT))
        .expect("root")
        .count();
    assert_eq!(leftovers, 1, "no temp files are left behind");
}

/// Counts `before_effect` calls, and refuses them when told to.
struct Gate {
    calls: std::sync::Mutex<Vec<u64>>,
    refuse: AtomicBool,
}

impl npython_broker::EffectGate for Gate {
    fn before_effect(&self, job: u64) -> Result<(), String> {
        self.calls.lock().expect("calls").push(job);
        if self.refuse.load(Ordering::SeqCst) {
            return Err("the job store is full".into());
        }
        Ok(())
    }
}

/// Issue 17: the effect gate hears of every fs call that changes files before it is made (and only of
/// those), and its refusal means the call is not made.
#[test]
fn the_effect_gate_hears_of_writes_before_they_happen_and_can_refuse_them() {
    let base = TempDir::new("effect-gate");
    let gate = Arc::new(Gate {
        calls: std::sync::Mutex::new(Vec::new()),
        refuse: AtomicBool::new(false),
    });
    let g2 = gate.clone();
    let (broker, _) = broker(|c| {
        c.fs.base = Some(base.path().to_path_buf());
        c.effects = Some(g2);
    });
    let g = grant("fs", vec![prefixes(&["/"])]);
    assert_eq!(fs(&broker, &g, write(b"a"), "/f.txt"), Ok(Data::Int(1)));
    assert!(fs(&broker, &g, FsOp::Read, "/f.txt").is_ok());
    assert!(fs(&broker, &g, FsOp::Exists, "/f.txt").is_ok());
    assert!(fs(&broker, &g, FsOp::List, "/").is_ok());
    assert!(fs(&broker, &g, FsOp::Stat, "/f.txt").is_ok());
    assert_eq!(
        gate.calls.lock().expect("calls").len(),
        1,
        "reads are not effects"
    );
    assert!(fs(&broker, &g, FsOp::Mkdir, "/d").is_ok());
    assert!(fs(
        &broker,
        &g,
        FsOp::Append {
            data: b"b".to_vec()
        },
        "/f.txt"
    )
    .is_ok());
    assert!(fs(&broker, &g, FsOp::Delete, "/d").is_ok());
    assert_eq!(*gate.calls.lock().expect("calls"), vec![3, 3, 3, 3]);
    gate.refuse.store(true, Ordering::SeqCst);
    expect_err(
        fs(&broker, &g, write(b"zzz"), "/f.txt"),
        IoErrorKind::Os,
        "the job store is full",
    );
    assert_eq!(
        std::fs::read(base.path().join(TENANT).join("f.txt")).expect("on disk"),
        b"ab",
        "a refused write is not made"
    );
}
