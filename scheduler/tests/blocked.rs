//! Ten thousand jobs blocked on the broker at once, on two workers: a blocked VM holds no thread, the
//! scheduler counts them all as blocked together, and each VM's own heap accounting stays under a ceiling.
//! The broker here is an in-process mock that holds every request until the test answers it.

mod common;

use std::sync::{Arc, Mutex};

use common::{config, eventually, job, scheduler, with_input};
use npython_scheduler::{Completion, End, IoBroker, JobKey, SchedulerConfig};
use npython_vm::{Data, IoRequest};

/// The heap a blocked VM may account for (`Heap::used_bytes`): builtins, prelude and this job's data. The
/// idle VM accounts for about 11 KB; documented in BENCHMARKS.md ("Scheduler").
const BLOCKED_VM_HEAP_CEILING: u64 = 64 * 1024;

#[derive(Default)]
struct HoldingBroker {
    held: Mutex<Vec<(JobKey, IoRequest, Completion)>>,
}

impl IoBroker for HoldingBroker {
    fn submit(&self, job: JobKey, req: IoRequest, done: Completion) {
        self.held
            .lock()
            .expect("broker lock")
            .push((job, req, done));
    }
}

#[test]
fn ten_thousand_jobs_block_together_on_two_workers() {
    const JOBS: usize = 10_000;
    let broker = Arc::new(HoldingBroker::default());
    let s = scheduler(SchedulerConfig {
        broker: Some(broker.clone()),
        ..config(2, JOBS)
    });
    let src = "import time\ndata = [i * i for i in range(n)]\nslept = time.sleep(30)\n(sum(data), slept)\n";
    let handles: Vec<_> = (0..JOBS)
        .map(|i| {
            s.submit(with_input(
                job(&s, "t", src, None),
                "n",
                Data::Int((i % 50) as i64),
            ))
            .expect("accepted")
        })
        .collect();
    eventually("all jobs blocked", || s.stats().blocked_now == JOBS as u64);
    let st = s.stats();
    assert_eq!(st.blocked_peak, JOBS as u64);
    assert_eq!(st.workers.len(), 2);
    assert_eq!(st.free_vms, 0);
    assert_eq!(st.queued, 0);
    assert!(
        st.blocked_heap_peak > 0 && st.blocked_heap_peak < BLOCKED_VM_HEAP_CEILING,
        "per-VM heap while blocked: {} bytes",
        st.blocked_heap_peak
    );
    assert_eq!(
        st.timer_entries, 0,
        "the mock broker, not the timer, holds the requests"
    );
    let held = std::mem::take(&mut *broker.held.lock().expect("broker lock"));
    assert_eq!(held.len(), JOBS);
    for (_, req, done) in held {
        assert_eq!(req, IoRequest::Sleep { seconds: 30.0 });
        assert!(done.is_wanted());
        done.complete(Ok(Data::None));
    }
    for (i, h) in handles.into_iter().enumerate() {
        let n = (i % 50) as i64;
        let expected: i64 = (0..n).map(|k| k * k).sum();
        assert_eq!(
            h.wait().end,
            End::Finished(Ok(Data::List(vec![Data::Int(expected), Data::None])))
        );
    }
    let st = s.stats();
    assert_eq!((st.blocked_now, st.free_vms), (0, JOBS));
}

#[test]
fn a_dropped_completion_raises_in_the_script_and_a_late_one_resurrects_nothing() {
    let broker = Arc::new(HoldingBroker::default());
    let s = scheduler(SchedulerConfig {
        broker: Some(broker.clone()),
        ..config(1, 2)
    });
    let src = "import time\ntry:\n    time.sleep(1)\nexcept OSError as e:\n    print('caught', e)\n'done'\n";
    let dropped = s.submit(job(&s, "t", src, None)).expect("accepted");
    let cancelled = s.submit(job(&s, "t", src, None)).expect("accepted");
    eventually("both blocked", || s.stats().blocked_now == 2);
    let mut held = std::mem::take(&mut *broker.held.lock().expect("broker lock"));
    held.sort_by_key(|(k, _, _)| *k);
    let (_, _, late) = held.pop().expect("second request");
    let (_, _, lost) = held.pop().expect("first request");
    drop(lost);
    let o = dropped.wait();
    assert_eq!(o.end, End::Finished(Ok(Data::Str("done".into()))));
    assert_eq!(o.stdout, "caught the I/O broker dropped the request\n");
    cancelled.cancel();
    assert!(!late.is_wanted());
    late.complete(Ok(Data::None));
    assert_eq!(cancelled.wait().end, End::Cancelled);
    let st = s.stats();
    assert_eq!((st.blocked_now, st.free_vms, st.finished), (0, 2, 2));
}

struct PanickingBroker;

impl IoBroker for PanickingBroker {
    fn submit(&self, _job: JobKey, _req: IoRequest, _done: Completion) {
        panic!("broker bug");
    }
}

#[test]
fn a_panicking_broker_fails_the_request_not_the_worker() {
    let s = scheduler(SchedulerConfig {
        broker: Some(Arc::new(PanickingBroker)),
        ..config(1, 2)
    });
    let src =
        "import time\ntry:\n    time.sleep(1)\nexcept OSError as e:\n    print(e)\n'survived'\n";
    for _ in 0..3 {
        let o = s.submit(job(&s, "t", src, None)).expect("accepted").wait();
        assert_eq!(o.end, End::Finished(Ok(Data::Str("survived".into()))));
        assert_eq!(o.stdout, "the I/O broker dropped the request\n");
    }
    assert_eq!(s.stats().panics, 3);
}
