//! No lost or duplicated jobs: threads submit a seeded random mix of jobs that finish, raise, time out
//! (spinning or asleep), run out of fuel, or get cancelled (queued, running or blocked), concurrently. Every
//! job must end exactly once (one notification each) with the outcome its kind dictates, and the pool must
//! end where it started.

mod common;

use std::collections::HashMap;
use std::sync::{mpsc, Arc};
use std::time::Duration;

use common::{config, job, scheduler, with_input};
use npython_scheduler::{End, JobHandle};
use npython_vm::{Data, Limit, Limits};

#[derive(Clone, Copy, Debug)]
enum Kind {
    Quick,
    Raise,
    SpinTimeout,
    SleepTimeout,
    SpinCancel,
    SleepCancel,
    ShortSleep,
    OutOfFuel,
}

const KINDS: [Kind; 8] = [
    Kind::Quick,
    Kind::Raise,
    Kind::SpinTimeout,
    Kind::SleepTimeout,
    Kind::SpinCancel,
    Kind::SleepCancel,
    Kind::ShortSleep,
    Kind::OutOfFuel,
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn check(kind: Kind, x: i64, end: &End) {
    let ok = match (kind, end) {
        (Kind::Quick | Kind::ShortSleep, End::Finished(Ok(Data::Int(v)))) => *v == 3 * x,
        (Kind::Raise, End::Raised(e)) => e.type_name == "ValueError" && e.message == x.to_string(),
        (Kind::SpinTimeout | Kind::SleepTimeout, End::Killed { limit, .. }) => {
            *limit == Limit::Time
        }
        (Kind::SpinCancel | Kind::SleepCancel, End::Cancelled) => true,
        (Kind::OutOfFuel, End::Killed { limit, .. }) => *limit == Limit::Instructions,
        _ => false,
    };
    assert!(ok, "{kind:?} (x = {x}) ended as {end:?}");
}

#[test]
fn every_job_ends_exactly_once_with_the_right_outcome() {
    const THREADS: u64 = 4;
    const PER_THREAD: usize = 400;
    const VMS: usize = 16;
    let s = Arc::new(scheduler(config(2, VMS)));
    let (tx, rx) = mpsc::channel();
    let submitters: Vec<_> = (0..THREADS)
        .map(|t| {
            let s = s.clone();
            let tx = tx.clone();
            std::thread::spawn(move || {
                let mut rng = Rng(0x5EED_0000 + t);
                let mut jobs: Vec<(Kind, i64, JobHandle)> = Vec::new();
                let mut to_cancel: Vec<usize> = Vec::new();
                for i in 0..PER_THREAD {
                    let kind = KINDS[(rng.next() % KINDS.len() as u64) as usize];
                    let x = (t as i64) * 100_000 + i as i64;
                    let (src, timeout, limits) = match kind {
                        Kind::Quick => ("x * 3\n", None, Limits::default()),
                        Kind::Raise => ("raise ValueError(str(x))\n", None, Limits::default()),
                        Kind::SpinTimeout => (
                            "while True:\n    pass\n",
                            Some(Duration::from_millis(5 + rng.next() % 20)),
                            Limits::default(),
                        ),
                        Kind::SleepTimeout => (
                            "import time\ntime.sleep(3600)\n",
                            Some(Duration::from_millis(5 + rng.next() % 20)),
                            Limits::default(),
                        ),
                        Kind::SpinCancel => ("while True:\n    pass\n", None, Limits::default()),
                        Kind::SleepCancel => {
                            ("import time\ntime.sleep(3600)\n", None, Limits::default())
                        }
                        Kind::ShortSleep => (
                            "import time\ntime.sleep(0.001)\nx * 3\n",
                            None,
                            Limits::default(),
                        ),
                        Kind::OutOfFuel => (
                            "while True:\n    pass\n",
                            None,
                            Limits {
                                max_instructions: 30_000,
                                ..Limits::default()
                            },
                        ),
                    };
                    let mut spec = with_input(job(&s, "t", src, timeout), "x", Data::Int(x));
                    spec.limits = limits;
                    spec.notify = Some(tx.clone());
                    let h = s.submit(spec).expect("accepted");
                    if matches!(kind, Kind::SpinCancel | Kind::SleepCancel) {
                        to_cancel.push(jobs.len());
                    }
                    jobs.push((kind, x, h));
                    // Cancel some pending cancellations now (the job may be queued, running or blocked).
                    if !to_cancel.is_empty() && rng.next().is_multiple_of(3) {
                        let pick = (rng.next() % to_cancel.len() as u64) as usize;
                        let j = to_cancel.swap_remove(pick);
                        jobs[j].2.cancel();
                    }
                }
                for j in to_cancel {
                    jobs[j].2.cancel();
                }
                jobs.into_iter()
                    .map(|(kind, x, h)| {
                        let key = h.key();
                        let o = h.wait();
                        check(kind, x, &o.end);
                        key
                    })
                    .collect::<Vec<u64>>()
            })
        })
        .collect();
    drop(tx);
    let mut keys = Vec::new();
    for h in submitters {
        keys.extend(h.join().expect("submitter thread"));
    }
    let total = THREADS as usize * PER_THREAD;
    assert_eq!(keys.len(), total);
    let mut notified: HashMap<u64, usize> = HashMap::new();
    for k in rx.iter() {
        *notified.entry(k).or_default() += 1;
    }
    assert_eq!(notified.len(), total, "every job notified");
    assert!(notified.values().all(|&n| n == 1), "no job notified twice");
    for k in keys {
        assert_eq!(notified.get(&k), Some(&1));
    }
    let st = s.stats();
    assert_eq!(st.submitted, total as u64);
    assert_eq!(st.finished, total as u64);
    assert_eq!(
        (st.queued, st.running, st.blocked_now, st.free_vms),
        (0, 0, 0, VMS)
    );
}
