//! Tests of the on-disk key store: file modes, persistence across reopening, revocations seen by other
//! store instances (standing in for other processes), concurrent writers, torn lines, and damaged files.

use std::os::unix::fs::PermissionsExt;
use std::sync::Arc;
use std::thread;

use super::*;
use crate::caveat::Caveat;
use crate::host::HostPattern;
use crate::keyring::Keyring;
use crate::testutil::TempHome;

const NOW: u64 = 1_700_000_000;

fn spec() -> MintSpec {
    MintSpec::new("acme", "http")
        .with_expiry(NOW + 3_600)
        .with_caveat(Caveat::Hosts(vec![
            HostPattern::parse("api.example.com").expect("host")
        ]))
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

#[test]
fn first_open_creates_a_private_key() {
    let home = TempHome::new("create");
    let store = KeyStore::open(home.path()).expect("opens");
    assert_eq!(store.current_key_id(), KeyId::new(1));
    let key_file = home.path().join("keys/1.key");
    assert_eq!(mode(&key_file), 0o600);
    assert_eq!(mode(&home.path().join("keys")), 0o700);
    assert_eq!(mode(home.path()), 0o700);
    assert_eq!(fs::read(&key_file).expect("key").len(), 65);
    // No temporary file is left behind.
    let names: Vec<_> = fs::read_dir(home.path().join("keys"))
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("1.key")]);
}

#[test]
fn tokens_verify_after_reopening() {
    let home = TempHome::new("reopen");
    let token = KeyStore::open(home.path())
        .expect("opens")
        .mint(&spec())
        .expect("mints");
    let again = KeyStore::open(home.path()).expect("reopens");
    assert!(again.verify(&token.encode(), "acme", "http", NOW).is_ok());
    let existing = KeyStore::open_existing(home.path()).expect("opens existing");
    assert!(existing
        .verify(&token.encode(), "acme", "http", NOW)
        .is_ok());
}

#[test]
fn open_existing_creates_nothing() {
    let home = TempHome::new("existing");
    assert!(matches!(
        KeyStore::open_existing(home.path()),
        Err(StoreError::NoKey { .. })
    ));
    assert!(!home.path().exists());
}

#[test]
fn revocations_survive_reopening() {
    let home = TempHome::new("revoke");
    let store = KeyStore::open(home.path()).expect("opens");
    let token = store.mint(&spec()).expect("mints").encode();
    assert!(store
        .revoke(Token::parse(&token).expect("parses").id(), NOW)
        .expect("revokes"));
    drop(store);
    let reopened = KeyStore::open(home.path()).expect("reopens");
    assert_eq!(
        reopened
            .verify(&token, "acme", "http", NOW)
            .err()
            .map(|e| e.code()),
        Some("revoked")
    );
    let id = Token::parse(&token).expect("parses").id();
    assert!(
        !reopened.revoke(id, NOW).expect("revokes"),
        "already revoked"
    );
    let log = fs::read_to_string(home.path().join("revoked")).expect("log");
    assert_eq!(log, format!("{id} {NOW}\n"));
    assert_eq!(mode(&home.path().join("revoked")), 0o600);
}

#[test]
fn a_revocation_by_another_process_stops_a_token_mid_scope() {
    let home = TempHome::new("mid-scope");
    let server = KeyStore::open(home.path()).expect("server opens");
    let token = server.mint(&spec()).expect("mints");
    let authority = server
        .verify(&token.encode(), "acme", "http", NOW)
        .expect("scope entry verifies");
    assert!(server.check_live(&authority, NOW).is_ok());
    // The CLI, with its own store instance, revokes the token.
    let cli = KeyStore::open(home.path()).expect("cli opens");
    assert!(cli.revoke(token.id(), NOW).expect("revokes"));
    assert_eq!(
        server.check_live(&authority, NOW + 1).err(),
        Some(CapError::Revoked { id: token.id() })
    );
}

#[test]
fn concurrent_first_opens_agree_on_one_key() {
    let home = TempHome::new("race-open");
    let path = Arc::new(home.path().to_path_buf());
    let tokens: Vec<String> = (0..8)
        .map(|_| {
            let path = Arc::clone(&path);
            thread::spawn(move || {
                KeyStore::open(&path)
                    .expect("opens")
                    .mint(&spec())
                    .expect("mints")
                    .encode()
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .collect();
    let store = KeyStore::open(home.path()).expect("opens");
    for token in tokens {
        assert!(store.verify(&token, "acme", "http", NOW).is_ok());
    }
    assert_eq!(
        fs::read_dir(home.path().join("keys"))
            .expect("list")
            .count(),
        1
    );
}

#[test]
fn concurrent_revocations_all_land() {
    let home = TempHome::new("race-revoke");
    KeyStore::open(home.path()).expect("creates");
    let path = Arc::new(home.path().to_path_buf());
    let handles: Vec<_> = (0..8u8)
        .map(|t| {
            let path = Arc::clone(&path);
            thread::spawn(move || {
                let store = KeyStore::open(&path).expect("opens");
                for i in 0..50u8 {
                    store
                        .revoke(
                            TokenId::from_bytes([t, i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
                            NOW,
                        )
                        .expect("revokes");
                }
            })
        })
        .collect();
    handles.into_iter().for_each(|h| h.join().expect("thread"));
    let store = KeyStore::open(home.path()).expect("reopens");
    for t in 0..8u8 {
        for i in 0..50u8 {
            let id = TokenId::from_bytes([t, i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
            assert_eq!(store.is_revoked(id).ok(), Some(true), "{id}");
        }
    }
    assert_eq!(store.skipped_revocation_lines(), 0);
    let log = fs::read_to_string(home.path().join("revoked")).expect("log");
    // A writer that saw another's record half-written starts a fresh line: empty lines are harmless.
    assert_eq!(log.lines().filter(|l| !l.is_empty()).count(), 400);
}

#[test]
fn torn_and_partial_lines_are_handled() {
    let home = TempHome::new("torn");
    let store = KeyStore::open(home.path()).expect("opens");
    let log = home.path().join("revoked");
    let a = TokenId::from_bytes([0xaa; 16]);
    let b = TokenId::from_bytes([0xbb; 16]);
    // A writer died mid-line, leaving a fragment without a newline.
    fs::write(&log, "garbage-frag").expect("write");
    assert_eq!(store.is_revoked(a).ok(), Some(false));
    assert!(store.revoke(a, NOW).expect("revokes"));
    let other = KeyStore::open(home.path()).expect("opens");
    assert_eq!(other.is_revoked(a).ok(), Some(true));
    assert_eq!(other.skipped_revocation_lines(), 1);
    // A line still being written is not consumed until its newline arrives.
    let mut file = OpenOptions::new().append(true).open(&log).expect("open");
    file.write_all(format!("{b} {NOW}").as_bytes())
        .expect("write");
    assert_eq!(other.is_revoked(b).ok(), Some(false));
    file.write_all(b"\n").expect("write");
    assert_eq!(other.is_revoked(b).ok(), Some(true));
}

#[test]
fn a_replaced_or_removed_log_is_read_again() {
    let home = TempHome::new("replace");
    let store = KeyStore::open(home.path()).expect("opens");
    let a = TokenId::from_bytes([1; 16]);
    let b = TokenId::from_bytes([2; 16]);
    store.revoke(a, NOW).expect("revokes");
    store.revoke(b, NOW).expect("revokes");
    // An operator prunes the log to one entry through a new file.
    let log = home.path().join("revoked");
    let pruned = home.path().join("revoked.new");
    fs::write(&pruned, format!("{b} {NOW}\n")).expect("write");
    fs::rename(&pruned, &log).expect("rename");
    assert_eq!(store.is_revoked(a).ok(), Some(false));
    assert_eq!(store.is_revoked(b).ok(), Some(true));
    fs::remove_file(&log).expect("remove");
    assert_eq!(store.is_revoked(b).ok(), Some(false));
}

#[test]
fn damaged_stores_fail_with_typed_errors() {
    let home = TempHome::new("damaged");
    let store = KeyStore::open(home.path()).expect("opens");
    let token = store.mint(&spec()).expect("mints").encode();
    let key_file = home.path().join("keys/1.key");

    fs::set_permissions(&key_file, fs::Permissions::from_mode(0o644)).expect("chmod");
    assert!(matches!(
        KeyStore::open(home.path()),
        Err(StoreError::InsecureKeyFile { mode: 0o644, .. })
    ));
    fs::set_permissions(&key_file, fs::Permissions::from_mode(0o600)).expect("chmod");

    let good = fs::read(&key_file).expect("read");
    for bad in [&b""[..], b"zz\n", &[b'a'; 4096]] {
        fs::write(&key_file, bad).expect("write");
        assert!(
            matches!(
                KeyStore::open(home.path()),
                Err(StoreError::CorruptKey { .. })
            ),
            "{bad:?}"
        );
    }
    fs::write(&key_file, &good).expect("restore");

    // An oversized revocation log fails closed: nothing verifies, with a reason for the operator.
    let log = File::create(home.path().join("revoked")).expect("create");
    log.set_len(MAX_REVOCATION_LOG + 1).expect("grow");
    let err = store
        .verify(&token, "acme", "http", NOW)
        .expect_err("fails closed");
    assert_eq!(err.code(), "unavailable");
    assert!(err.to_string().contains("revocation log"), "{err}");
}

#[test]
fn rotation_mints_with_the_new_key_and_keeps_old_tokens() {
    let home = TempHome::new("rotate");
    let mut store = KeyStore::open(home.path()).expect("opens");
    let old = store.mint(&spec()).expect("mints").encode();
    assert_eq!(store.rotate().expect("rotates"), KeyId::new(2));
    let new = store.mint(&spec()).expect("mints");
    assert_eq!(new.key_id(), KeyId::new(2));
    assert_eq!(mode(&home.path().join("keys/2.key")), 0o600);
    let reopened = KeyStore::open(home.path()).expect("reopens");
    assert_eq!(reopened.current_key_id(), KeyId::new(2));
    assert!(reopened.verify(&old, "acme", "http", NOW).is_ok());
    // Retiring key 1 retires its tokens.
    fs::remove_file(home.path().join("keys/1.key")).expect("remove");
    let retired = KeyStore::open(home.path()).expect("reopens");
    assert_eq!(
        retired.verify(&old, "acme", "http", NOW).err(),
        Some(CapError::Forged(crate::error::Forgery::UnknownKey(
            KeyId::new(1)
        )))
    );
    assert!(retired.verify(&new.encode(), "acme", "http", NOW).is_ok());
}

#[test]
fn key_file_names_are_strict() {
    assert_eq!(key_file_id("1.key"), Some(KeyId::new(1)));
    assert_eq!(key_file_id("42.key"), Some(KeyId::new(42)));
    for bad in [
        "0.key",
        "01.key",
        ".1.key.123.tmp",
        "1.key.bak",
        "a.key",
        ".key",
        "99999999999.key",
    ] {
        assert_eq!(key_file_id(bad), None, "{bad}");
    }
}

#[test]
fn the_store_is_shareable_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<KeyStore>();
    assert_send_sync::<Keyring>();
    assert_send_sync::<Authority>();
    // The engine holds its verifier as a trait object, whichever store backs it.
    let home = TempHome::new("dyn");
    let verifiers: Vec<Box<dyn Verifier + Send + Sync>> = vec![
        Box::new(KeyStore::open(home.path()).expect("opens")),
        Box::new(Keyring::new(KeyId::new(1), SigningKey::from_bytes([1; 32]))),
    ];
    for v in &verifiers {
        assert!(v.verify("npy1_x", "acme", "http", NOW).is_err());
    }
}

#[test]
fn debug_output_shows_no_key() {
    let home = TempHome::new("debug");
    let store = KeyStore::open(home.path()).expect("opens");
    let key_hex = fs::read_to_string(home.path().join("keys/1.key")).expect("key");
    let shown = format!("{store:?}");
    assert!(shown.contains("key_ids"));
    assert!(!shown.contains(key_hex.trim()));
}
