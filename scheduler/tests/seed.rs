//! A job's seed (`JobSpec::seed`) decides what `random` returns: the same seed gives the same numbers on any
//! pooled VM (also one a differently seeded job used before), different seeds give different numbers, and no
//! seed means seed 0.

mod common;

use npython_scheduler::{End, JobSpec, Scheduler};
use npython_vm::Data;

const SRC: &str =
    "import random\n[random.random() for _ in range(4)] + [random.randint(0, 10**9)]\n";

fn draw(s: &Scheduler, seed: Option<u64>) -> Data {
    let spec = JobSpec {
        seed,
        ..common::job(s, "t", SRC, None)
    };
    match s.submit(spec).expect("accepted").wait().end {
        End::Finished(Ok(d)) => d,
        other => panic!("expected a result, got {other:?}"),
    }
}

#[test]
fn a_jobs_seed_makes_random_reproducible() {
    // One VM: every job below reuses the VM the previous one seeded differently.
    let s = common::scheduler(common::config(2, 1));
    let a = draw(&s, Some(42));
    let b = draw(&s, Some(7));
    let a_again = draw(&s, Some(42));
    let unseeded = draw(&s, None);
    let zero = draw(&s, Some(0));
    assert_eq!(a, a_again, "the same seed gives the same numbers");
    assert_ne!(a, b, "different seeds give different numbers");
    assert_eq!(unseeded, zero, "no seed is seed 0");
    assert_ne!(a, zero);
    // Many jobs at once on a pool of VMs: each one's numbers depend on its seed alone.
    let s = common::scheduler(common::config(2, 8));
    let handles: Vec<_> = (0..32u64)
        .map(|i| {
            let spec = JobSpec {
                seed: Some(i % 4),
                ..common::job(&s, "t", SRC, None)
            };
            (i % 4, s.submit(spec).expect("accepted"))
        })
        .collect();
    let mut firsts: Vec<Option<Data>> = vec![None; 4];
    for (seed, h) in handles {
        let End::Finished(Ok(d)) = h.wait().end else {
            panic!("job failed")
        };
        let slot = &mut firsts[seed as usize];
        match slot {
            Some(first) => assert_eq!(*first, d, "seed {seed}"),
            None => *slot = Some(d),
        }
    }
    assert_eq!(firsts[0].as_ref(), Some(&zero));
}
