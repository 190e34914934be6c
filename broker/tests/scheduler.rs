//! The broker as the scheduler's `IoBroker`: a blocked job's request is served on the broker's runtime and
//! answered through its `Completion`, holding no worker thread.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use npython_scheduler::{End, JobSpec, Scheduler, SchedulerConfig};
use npython_vm::{Data, Limits};

#[test]
fn sleeping_jobs_are_resumed_by_the_broker() {
    let (broker, _) = common::broker(|_| {});
    let broker = Arc::new(broker);
    let prelude = npython_frontend::compile(npython_vm::PRELUDE_SOURCE, "<prelude>")
        .program
        .expect("the prelude compiles");
    let scheduler = Scheduler::new(
        SchedulerConfig {
            workers: 1,
            vms: 20,
            broker: Some(broker.clone()),
            ..SchedulerConfig::default()
        },
        Arc::new(npython_frontend::compile),
        prelude,
    )
    .expect("scheduler starts");
    let started = Instant::now();
    let handles: Vec<_> = (0..20)
        .map(|i| {
            let spec = JobSpec {
                tenant: common::TENANT.into(),
                script: scheduler.compile("import time\ntime.sleep(0.2)\nn * 2\n", "job.py"),
                inputs: vec![("n".into(), Data::Int(i))],
                limits: Limits::default(),
                timeout: Some(Duration::from_secs(10)),
                notify: None,
                tokens: Vec::new(),
                seed: None,
            };
            scheduler.submit(spec).expect("accepted")
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        assert_eq!(h.wait().end, End::Finished(Ok(Data::Int(i as i64 * 2))));
    }
    // Twenty 0.2 s sleeps on one worker overlap: the broker holds them, not the worker.
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(broker.counters().sleeps, 20);
}

#[test]
fn a_cancelled_job_releases_its_request() {
    let (broker, _) = common::broker(|_| {});
    let broker = Arc::new(broker);
    let prelude = npython_frontend::compile(npython_vm::PRELUDE_SOURCE, "<prelude>")
        .program
        .expect("the prelude compiles");
    let scheduler = Scheduler::new(
        SchedulerConfig {
            workers: 1,
            vms: 2,
            broker: Some(broker.clone()),
            ..SchedulerConfig::default()
        },
        Arc::new(npython_frontend::compile),
        prelude,
    )
    .expect("scheduler starts");
    let spec = JobSpec {
        tenant: common::TENANT.into(),
        script: scheduler.compile("import time\ntime.sleep(3600)\n", "job.py"),
        inputs: Vec::new(),
        limits: Limits::default(),
        timeout: None,
        notify: None,
        tokens: Vec::new(),
        seed: None,
    };
    let handle = scheduler.submit(spec).expect("accepted");
    let started = Instant::now();
    while broker.counters().sleeps == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the job never slept"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    handle.cancel();
    assert_eq!(handle.wait().end, End::Cancelled);
    // The broker notices within its poll interval and drops the hour-long sleep.
    while broker.counters().skipped == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the request was never dropped"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}
