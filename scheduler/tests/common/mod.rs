//! Helpers shared by the scheduler's integration tests: a scheduler with the real prelude, and jobs.

#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use npython_scheduler::{JobSpec, Scheduler, SchedulerConfig};
use npython_vm::{Data, Limits};

pub fn prelude() -> Arc<npython_vm::bytecode::Program> {
    npython_frontend::compile(npython_vm::PRELUDE_SOURCE, "<prelude>")
        .program
        .expect("the prelude compiles")
}

pub fn scheduler(config: SchedulerConfig) -> Scheduler {
    Scheduler::new(config, Arc::new(npython_frontend::compile), prelude())
        .expect("scheduler starts")
}

pub fn config(workers: usize, vms: usize) -> SchedulerConfig {
    SchedulerConfig {
        workers,
        vms,
        ..SchedulerConfig::default()
    }
}

/// A job for `tenant` running `source` with unlimited fuel and no deadline unless `timeout` is given.
pub fn job(s: &Scheduler, tenant: &str, source: &str, timeout: Option<Duration>) -> JobSpec {
    JobSpec {
        tenant: tenant.into(),
        script: s.compile(source, "job.py"),
        inputs: Vec::new(),
        limits: Limits {
            max_instructions: u64::MAX,
            ..Limits::default()
        },
        timeout,
        notify: None,
        tokens: Vec::new(),
        seed: None,
    }
}

pub fn with_input(mut spec: JobSpec, name: &str, value: Data) -> JobSpec {
    spec.inputs.push((name.into(), value));
    spec
}

/// Polls `cond` (a scheduler statistic) until it holds; fails the test after a generous bound.
pub fn eventually(what: &str, mut cond: impl FnMut() -> bool) {
    for _ in 0..6000 {
        if cond() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("timed out waiting for: {what}");
}
