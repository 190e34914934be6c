//! The embedding API of the facade: `Engine::builder()`, `submit`/`wait`/`cancel`, `run_swarm` and the
//! completion-order `swarm` iterator, tenants and refusals, results in the Jobs schema.

use std::time::Duration;

use npython::{Engine, Job, JobLimits, JobStatus, SubmitError, TenantConfig};

fn job(source: &str) -> Job {
    Job {
        source: source.into(),
        filename: "job.py".into(),
        ..Job::default()
    }
}

#[test]
fn submit_wait_and_results_in_the_jobs_schema() {
    let engine = Engine::builder()
        .workers(2)
        .vms(4)
        .quantum(1000)
        .build()
        .expect("engine");
    let mut j = job("print('hi', name)\n{'n': n * 2, 'name': name}\n");
    j.id = Some("first".into());
    j.inputs.insert("n".into(), serde_json::json!(21));
    j.inputs.insert("name".into(), serde_json::json!("ada"));
    let r = engine.submit(j).expect("accepted").wait();
    assert_eq!(r.status, JobStatus::Ok);
    assert_eq!(r.id.as_deref(), Some("first"));
    assert_eq!(r.stdout, "hi ada\n");
    assert_eq!(r.result, serde_json::json!({"n": 42, "name": "ada"}));
    let e = engine
        .submit(job("x = [1]\nx[3]\n"))
        .expect("accepted")
        .wait();
    assert_eq!(e.status, JobStatus::Error);
    let err = e.error.expect("error info");
    assert_eq!((err.type_name.as_str(), err.line), ("IndexError", 2));
    assert!(err.traceback.contains("line 2"));
    let v = engine.submit(job("{1, 2}\n")).expect("accepted").wait();
    assert!(
        v.result_repr,
        "a value JSON cannot hold comes back as its repr"
    );
}

#[test]
fn cancel_and_timeouts() {
    let engine = Engine::builder().workers(2).vms(4).build().expect("engine");
    let spin = engine
        .submit(job("while True:\n    pass\n"))
        .expect("accepted");
    assert!(spin.wait_timeout(Duration::from_millis(20)).is_none());
    spin.cancel();
    let r = spin.wait();
    assert_eq!(r.status, JobStatus::Cancelled);
    let mut slow = job("import time\ntime.sleep(60)\n");
    slow.limits = JobLimits {
        timeout_ms: Some(30),
        ..JobLimits::default()
    };
    let r = engine.submit(slow).expect("accepted").wait();
    assert_eq!((r.status, r.limit), (JobStatus::Killed, Some("time")));
}

#[test]
fn run_swarm_keeps_input_order_and_compiles_each_script_once() {
    let engine = Engine::builder()
        .workers(2)
        .vms(16)
        .build()
        .expect("engine");
    let jobs: Vec<Job> = (0..500)
        .map(|i| {
            let mut j = job(if i % 2 == 0 { "n + 1\n" } else { "n - 1\n" });
            j.inputs.insert("n".into(), serde_json::json!(i));
            j
        })
        .collect();
    let results = engine.run_swarm(jobs);
    assert_eq!(results.len(), 500);
    for (i, r) in results.iter().enumerate() {
        let i = i as i64;
        let want = if i % 2 == 0 { i + 1 } else { i - 1 };
        assert_eq!(r.result, serde_json::json!(want));
    }
    let st = engine.stats().expect("stats");
    assert_eq!(st.compiles, 2, "two distinct scripts, each compiled once");
    assert_eq!(st.finished, 500);
}

#[test]
fn a_swarm_waits_for_room_in_a_full_tenant_queue() {
    let engine = Engine::builder()
        .workers(2)
        .vms(2)
        .default_tenant(TenantConfig {
            max_queued: 5,
            ..TenantConfig::default()
        })
        .build()
        .expect("engine");
    let jobs: Vec<Job> = (0..100)
        .map(|i| {
            let mut j = job("n\n");
            j.inputs.insert("n".into(), serde_json::json!(i));
            j
        })
        .collect();
    let mut seen: Vec<usize> = engine
        .swarm(jobs)
        .map(|(i, r)| {
            assert_eq!(r.result, serde_json::json!(i));
            i
        })
        .collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..100).collect::<Vec<_>>());
    // A direct submit past the limit is refused with the reason.
    let blocker = engine
        .submit(job("while True:\n    pass\n"))
        .expect("accepted");
    let blocker2 = engine
        .submit(job("while True:\n    pass\n"))
        .expect("accepted");
    let mut held = Vec::new();
    let refused = loop {
        match engine.submit(job("1\n")) {
            Ok(h) => held.push(h),
            Err(e) => break e,
        }
        assert!(held.len() <= 5, "the queue limit holds");
    };
    assert!(matches!(refused, SubmitError::QueueFull { limit: 5, .. }));
    blocker.cancel();
    blocker2.cancel();
    for h in held {
        assert_eq!(h.wait().status, JobStatus::Ok);
    }
}

#[test]
fn engine_new_still_runs_single_jobs_on_the_callers_thread() {
    let engine = Engine::new().expect("engine");
    let r = engine.run_job(&job("sum(range(10))\n"), |_, _| {});
    assert_eq!(r.result, serde_json::json!(45));
    // And it can submit too: the scheduler starts on first use.
    let r = engine.submit(job("7\n")).expect("accepted").wait();
    assert_eq!(r.result, serde_json::json!(7));
}

#[test]
fn dropping_the_engine_cancels_what_is_left() {
    let engine = Engine::builder().workers(1).vms(2).build().expect("engine");
    let spin = engine
        .submit(job("while True:\n    pass\n"))
        .expect("accepted");
    let asleep = engine
        .submit(job("import time\ntime.sleep(3600)\n"))
        .expect("accepted");
    let queued = engine.submit(job("1\n")).expect("accepted");
    drop(engine);
    for h in [spin, asleep, queued] {
        assert_eq!(h.wait().status, JobStatus::Cancelled);
    }
}

#[test]
fn the_deadline_counts_from_admission_not_from_submission() {
    let engine = Engine::builder().workers(1).vms(1).build().expect("engine");
    let blocker = engine
        .submit(job("while True:\n    pass\n"))
        .expect("accepted");
    let mut waiting = job("'ran'\n");
    waiting.limits.timeout_ms = Some(30);
    let waiting = engine.submit(waiting).expect("accepted");
    // It waits for the only VM far longer than its 30 ms timeout...
    assert!(waiting.wait_timeout(Duration::from_millis(150)).is_none());
    blocker.cancel();
    // ...and still runs to completion once it gets the VM.
    let r = waiting.wait();
    assert_eq!(
        (r.status, r.result),
        (JobStatus::Ok, serde_json::json!("ran"))
    );
}

#[test]
fn pooled_vms_get_the_module_prelude_only_for_jobs_that_import_a_python_module() {
    // One VM, so every job below runs on it: before, during and after it gains the module prelude.
    let engine = Engine::builder().workers(1).vms(1).build().expect("engine");
    let plain = engine
        .submit(job("print(sum([1, 2]))\n"))
        .expect("accepted")
        .wait();
    assert_eq!(
        (plain.status, plain.stdout.as_str()),
        (JobStatus::Ok, "3\n")
    );
    let src = "from dataclasses import dataclass\nfrom itertools import count\n@dataclass\nclass P:\n    \
               x: int\nc = count(5)\nprint(P(next(c)))\n";
    let with_modules = engine.submit(job(src)).expect("accepted").wait();
    assert_eq!(
        (with_modules.status, with_modules.stdout.as_str()),
        (JobStatus::Ok, "P(x=5)\n"),
        "{:?}",
        with_modules.reason
    );
    // The VM keeps the module prelude across reuse, and plain jobs still see none of its helpers.
    let again = engine.submit(job(src)).expect("accepted").wait();
    assert_eq!(again.stdout, "P(x=5)\n");
    let hidden = engine
        .submit(job("__npy_dataclass\n"))
        .expect("accepted")
        .wait();
    assert_eq!(hidden.status, JobStatus::Error);
    assert_eq!(hidden.error.expect("error").type_name, "NameError");
}

/// A Rust tool registered on the builder, called from a script with a real token: the handler sees the
/// job's tenant and its JSON arguments, the script gets the handler's answer, and a script without the
/// scope (or with a token for another tenant) is refused before the handler runs.
#[test]
fn a_host_tool_is_called_from_a_script_with_a_real_token() {
    use std::sync::{Arc, Mutex};

    use npython_broker::ToolCall;
    use npython_caps::{Caveat, KeyId, Keyring, MintSpec, SigningKey, TokenId, ToolName};
    use npython_vm::Data;

    let ring = Keyring::new(KeyId::new(1), SigningKey::from_bytes([9; 32]));
    let mint = |tenant: &str| {
        let spec =
            MintSpec::new(tenant, "tools")
                .with_caveat(Caveat::Tools(
                    vec![ToolName::parse("search").expect("name")],
                ));
        ring.mint(&spec, TokenId::generate().expect("id"))
            .expect("mints")
            .encode()
    };
    let (token, other_tenants) = (mint("acme"), mint("globex"));
    let seen: Arc<Mutex<Vec<(String, serde_json::Value)>>> = Arc::default();
    let log = seen.clone();
    let engine = Engine::builder()
        .workers(2)
        .vms(4)
        .verifier(Arc::new(ring))
        .tool("search", move |call: ToolCall| {
            let log = log.clone();
            async move {
                let args = npython::data_to_json(&call.args);
                log.lock()
                    .unwrap()
                    .push((call.tenant.clone(), args.clone()));
                Ok(Data::Str(format!(
                    "{} results for {}",
                    call.tenant, args["q"]
                )))
            }
        })
        .build()
        .expect("engine");
    let with_token = |source: &str, token: &str| Job {
        source: source.into(),
        filename: "agent.py".into(),
        tenant: Some("acme".into()),
        tokens: vec![("tok".into(), token.into())],
        ..Job::default()
    };
    let scoped =
        "import tools\nwith scope(\"tools\", tok):\n    r = tools.search(q=\"rust\", n=3)\nr\n";

    let r = engine
        .submit(with_token(scoped, &token))
        .expect("accepted")
        .wait();
    assert_eq!(r.status, JobStatus::Ok, "{r:?}");
    assert_eq!(r.result, serde_json::json!("acme results for \"rust\""));
    assert_eq!(
        *seen.lock().unwrap(),
        vec![("acme".to_string(), serde_json::json!({"q": "rust", "n": 3}))]
    );

    let unscoped = engine
        .submit(with_token(
            "import tools\ntools.search(q=\"rust\")\n",
            &token,
        ))
        .expect("accepted")
        .wait();
    assert_eq!(unscoped.status, JobStatus::Error);
    assert_eq!(
        unscoped.error.as_ref().unwrap().type_name,
        "CapabilityError",
        "{unscoped:?}"
    );

    let foreign = engine
        .submit(with_token(scoped, &other_tenants))
        .expect("accepted")
        .wait();
    assert_eq!(foreign.status, JobStatus::Error);
    assert_eq!(
        foreign.error.as_ref().unwrap().type_name,
        "CapabilityError",
        "{foreign:?}"
    );
    assert_eq!(
        seen.lock().unwrap().len(),
        1,
        "refused calls never reach the tool"
    );
}

/// Without a verifier a job's token binds but no scope can be entered.
#[test]
fn tokens_without_a_verifier_raise_a_clear_capability_error() {
    let engine = Engine::builder().workers(1).vms(2).build().expect("engine");
    let r = engine
        .submit(Job {
            source: "with scope(\"tools\", tok):\n    pass\n".into(),
            filename: "agent.py".into(),
            tokens: vec![("tok".into(), "npy1.not-a-token".into())],
            ..Job::default()
        })
        .expect("accepted")
        .wait();
    let e = r.error.expect("an error");
    assert_eq!(e.type_name, "CapabilityError");
    assert!(e.message.contains("no verifier"), "{}", e.message);
}
