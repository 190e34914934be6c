//! A job's tokens (`JobSpec::tokens`) are bound as globals and checked against `SchedulerConfig::verifier`
//! for the job's tenant; a pooled VM forgets them (and its capability context) before its next job.

mod common;

use std::sync::Arc;

use npython_caps::{KeyId, Keyring, MintSpec, SigningKey, TokenId};
use npython_scheduler::{End, JobSpec, Scheduler, SchedulerConfig};
use npython_vm::Data;

fn ring() -> Keyring {
    Keyring::new(KeyId::new(1), SigningKey::from_bytes([5; 32]))
}

fn token(tenant: &str) -> String {
    ring()
        .mint(
            &MintSpec::new(tenant, "tools"),
            TokenId::generate().expect("id"),
        )
        .expect("mints")
        .encode()
}

fn run(s: &Scheduler, tenant: &str, source: &str, tokens: Vec<(String, String)>) -> End {
    let spec = JobSpec {
        tokens,
        ..common::job(s, tenant, source, None)
    };
    s.submit(spec).expect("accepted").wait().end
}

fn raised(end: End) -> (String, String) {
    match end {
        End::Raised(e) => (e.type_name, e.message),
        other => panic!("expected an exception, got {other:?}"),
    }
}

const ENTER: &str = "with scope('tools', tok):\n    pass\n'entered'\n";

#[test]
fn tokens_are_checked_for_the_jobs_tenant_and_do_not_outlive_the_job() {
    // One VM, so every job reuses the previous job's VM.
    let s = common::scheduler(SchedulerConfig {
        verifier: Some(Arc::new(ring())),
        ..common::config(1, 1)
    });
    let tok = || vec![("tok".to_string(), token("acme"))];
    assert_eq!(
        run(&s, "acme", ENTER, tok()),
        End::Finished(Ok(Data::Str("entered".into())))
    );
    let (ty, _) = raised(run(&s, "acme", "tok\n", Vec::new()));
    assert_eq!(ty, "NameError", "the token global is gone with its job");
    let (ty, msg) = raised(run(&s, "globex", ENTER, tok()));
    assert_eq!(ty, "CapabilityError", "{msg}");
    let (ty, _) = raised(run(
        &s,
        "acme",
        ENTER,
        vec![("tok".into(), "forged".into())],
    ));
    assert_eq!(ty, "CapabilityError");
}

#[test]
fn without_a_verifier_scope_entry_says_so() {
    let s = common::scheduler(common::config(1, 1));
    let (ty, msg) = raised(run(&s, "acme", ENTER, vec![("tok".into(), token("acme"))]));
    assert_eq!(ty, "CapabilityError");
    assert!(msg.contains("no verifier"), "{msg}");
}
