//! Memory admission through a real scheduler: jobs holding a VM never reserve more than
//! `memory_budget_bytes` together, jobs over the whole budget are refused, and a big job waiting for room
//! lets small jobs of other tenants pass only a bounded number of times.
//!
//! The long jobs block in `time.sleep(600)` (holding their VM and their memory) and are cancelled at the
//! end, so every assertion is on counts taken after synchronous submissions, never on timing.

mod common;

use common::{config, eventually, job, scheduler};
use npython_scheduler::{End, JobSpec, Scheduler, SchedulerConfig, SubmitError};

const MB: usize = 1 << 20;
const SLEEPER: &str = "import time\ntime.sleep(600)\n";

fn with_memory(mut spec: JobSpec, bytes: usize) -> JobSpec {
    spec.limits.max_memory_bytes = bytes;
    spec
}

fn budgeted(budget: usize) -> Scheduler {
    scheduler(SchedulerConfig {
        memory_budget_bytes: budget as u64,
        ..config(2, 32)
    })
}

#[test]
fn jobs_wait_for_memory_instead_of_overcommitting() {
    let s = budgeted(128 * MB);
    let handles: Vec<_> = (0..6)
        .map(|_| {
            s.submit(with_memory(job(&s, "a", SLEEPER, None), 64 * MB))
                .expect("accepted")
        })
        .collect();
    let st = s.stats();
    assert_eq!(st.running, 2, "two 64 MiB jobs fit a 128 MiB budget");
    assert_eq!(st.queued, 4);
    assert_eq!(st.memory_in_use, 128 * MB as u64);
    assert_eq!(
        st.memory_waiting, 1,
        "only the tenant's head job waits for memory"
    );
    // Ending one running job lets exactly one waiting job in.
    handles[0].cancel();
    eventually("the next job takes the freed memory", || {
        let st = s.stats();
        st.running == 2 && st.queued == 3
    });
    let st = s.stats();
    assert_eq!(st.memory_in_use_peak, 128 * MB as u64);
    assert_eq!(
        st.memory_waits, 2,
        "each job is counted once when it first waits"
    );
    for h in &handles {
        h.cancel();
    }
    eventually("everything ended", || s.stats().running == 0);
    assert_eq!(s.stats().memory_in_use, 0);
}

#[test]
fn a_job_asking_more_than_the_whole_budget_is_refused_at_submit() {
    let s = budgeted(64 * MB);
    match s.submit(with_memory(job(&s, "a", "1", None), 65 * MB)) {
        Err(SubmitError::OverMemoryBudget { asked, budget }) => {
            assert_eq!((asked, budget), (65 * MB as u64, 64 * MB as u64));
        }
        Err(e) => panic!("refused for the wrong reason: {e}"),
        Ok(_) => panic!("a job over the whole budget was accepted"),
    }
    let h = s
        .submit(with_memory(job(&s, "a", "1", None), 64 * MB))
        .expect("a job of exactly the budget is accepted");
    assert_eq!(h.wait().end, End::Finished(Ok(npython_vm::Data::Int(1))));
}

#[test]
fn small_jobs_of_other_tenants_pass_a_waiting_big_job_a_bounded_number_of_times() {
    let s = budgeted(128 * MB);
    let holder = s
        .submit(with_memory(job(&s, "a", SLEEPER, None), 64 * MB))
        .expect("accepted");
    let big = s
        .submit(with_memory(job(&s, "big", "'big'", None), 100 * MB))
        .expect("accepted");
    assert_eq!(
        s.stats().memory_waiting,
        1,
        "64 + 100 MiB is over the budget"
    );
    // Small jobs of another tenant fit beside the holder and run while the big one waits...
    for _ in 0..16 {
        let h = s
            .submit(with_memory(job(&s, "small", "1", None), 16 * MB))
            .expect("accepted");
        assert!(matches!(h.wait().end, End::Finished(Ok(_))));
    }
    // ...but only 16 of them: then the budget keeps the big job's room, and the next small one waits.
    let late = s
        .submit(with_memory(job(&s, "small", "2", None), 16 * MB))
        .expect("accepted");
    let st = s.stats();
    assert_eq!(st.memory_waiting, 2);
    assert!(!late.is_done());
    // When the holder ends, the big job gets its room first, and the small one fits beside it.
    holder.cancel();
    assert_eq!(
        big.wait().end,
        End::Finished(Ok(npython_vm::Data::Str("big".into())))
    );
    assert!(matches!(late.wait().end, End::Finished(Ok(_))));
    assert_eq!(s.stats().memory_waits, 2);
}

#[test]
fn without_a_budget_nothing_waits_for_memory() {
    let s = scheduler(config(2, 8));
    let handles: Vec<_> = (0..6)
        .map(|_| {
            s.submit(with_memory(job(&s, "a", SLEEPER, None), 1 << 30))
                .expect("accepted")
        })
        .collect();
    let st = s.stats();
    assert_eq!((st.running, st.memory_waiting), (6, 0));
    for h in &handles {
        h.cancel();
    }
}
