//! The broker re-checks revocation when it is given the verifier: a token revoked after the VM let a call
//! through (while the request waited for the broker) is refused before anything is read, written or sent.
//! Tokens come from a real on-disk `KeyStore`, revoked the way `npython token revoke` does it.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use bytes::Bytes;
use common::{broker, hosts, TempDir, TestServer, TENANT};
use http_body_util::Full;
use npython_broker::Outcome;
use npython_caps::{Caveat, KeyStore, MintSpec, Verifier};
use npython_host::{Data, FsOp, FsRequest, Grant, HttpRequest, IoErrorKind, IoRequest, IoResult};

/// Mints a token in `store`, verifies it as the VM does on scope entry, and wraps it in a grant.
fn grant(store: &KeyStore, capability: &str, caveats: Vec<Caveat>) -> Grant {
    let spec = caveats
        .into_iter()
        .fold(MintSpec::new(TENANT, capability), MintSpec::with_caveat);
    let token = store.mint(&spec).expect("mints");
    let authority = store
        .verify(&token.encode(), TENANT, capability, 0)
        .expect("verifies");
    Grant {
        tenant: TENANT.to_string(),
        authority: Arc::new(authority),
    }
}

fn read(grant: &Grant, path: &str) -> IoRequest {
    IoRequest::Fs(Box::new(FsRequest {
        grant: grant.clone(),
        op: FsOp::Read,
        path: path.to_string(),
    }))
}

fn get(grant: &Grant, url: &str) -> IoRequest {
    IoRequest::Http(Box::new(HttpRequest {
        grant: grant.clone(),
        method: "GET".into(),
        url: url.to_string(),
        headers: Vec::new(),
        body: Vec::new(),
        timeout: None,
    }))
}

fn expect_revoked(result: IoResult) {
    match result {
        Err(e) => {
            assert_eq!(e.kind, IoErrorKind::Capability, "{e:?}");
            assert!(e.message.contains("has been revoked"), "{}", e.message);
        }
        Ok(data) => panic!("a revoked token was served: {data:?}"),
    }
}

#[test]
fn a_token_revoked_after_the_vm_checked_it_is_refused_by_the_broker() {
    let home = TempDir::new("revocation-home");
    let base = TempDir::new("revocation-fs");
    let store = Arc::new(KeyStore::open(home.path()).expect("key store"));
    let files = base.path().join(TENANT);
    std::fs::create_dir_all(&files).expect("tenant root");
    std::fs::write(files.join("a.txt"), "kept").expect("file");
    let verifier: Arc<dyn Verifier + Send + Sync> = store.clone();
    let (broker, audit) = broker(|c| {
        c.fs.base = Some(base.path().to_path_buf());
        c.verifier = Some(verifier);
    });

    let g = grant(&store, "fs", vec![]);
    assert_eq!(
        broker.perform_blocking(1, read(&g, "a.txt"), None),
        Ok(Data::Bytes(b"kept".to_vec()))
    );
    // Another process (here: another handle on the same directory) revokes the token.
    let other = KeyStore::open(home.path()).expect("second handle");
    assert!(other.revoke(g.authority.token_id(), 0).expect("revokes"));
    expect_revoked(broker.perform_blocking(2, read(&g, "a.txt"), None));

    let records = audit.records();
    let outcomes: Vec<Outcome> = records.iter().map(|r| r.outcome).collect();
    assert_eq!(outcomes, vec![Outcome::Ok, Outcome::Denied]);
}

#[test]
fn a_revoked_http_grant_sends_no_request() {
    let home = TempDir::new("revocation-http");
    let store = Arc::new(KeyStore::open(home.path()).expect("key store"));
    let hits = Arc::new(AtomicUsize::new(0));
    let counted = hits.clone();
    let server = TestServer::start(move |_req| {
        let counted = counted.clone();
        async move {
            counted.fetch_add(1, Ordering::SeqCst);
            hyper::Response::new(Full::new(Bytes::from_static(b"pong")))
        }
    });
    let host = server.addr.to_string();
    let verifier: Arc<dyn Verifier + Send + Sync> = store.clone();
    let (broker, _audit) = broker(|c| c.verifier = Some(verifier));
    let g = grant(&store, "http", vec![hosts(&[&host])]);
    let url = format!("http://{host}/ping");
    assert!(broker.perform_blocking(1, get(&g, &url), None).is_ok());
    assert_eq!(hits.load(Ordering::SeqCst), 1);

    store.revoke(g.authority.token_id(), 0).expect("revokes");
    expect_revoked(broker.perform_blocking(2, get(&g, &url), None));
    assert_eq!(hits.load(Ordering::SeqCst), 1, "nothing reached the server");
}
