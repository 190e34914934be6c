//! Scheduler behaviour through its public API: work stealing, preemption, tenant fairness and limits,
//! blocked jobs, cancellation, deadlines and shutdown. Assertions are on outcomes and counters, never on
//! timings.

mod common;

use std::sync::mpsc;
use std::time::Duration;

use common::{config, eventually, job, scheduler, with_input};
use npython_scheduler::{End, SchedulerConfig, SubmitError, TenantConfig};
use npython_vm::{Data, Limit};

const LOOP_FOREVER: &str = "while True:\n    pass\n";

#[test]
fn unequal_work_placed_on_one_worker_is_stolen() {
    let s = scheduler(SchedulerConfig {
        pin_admissions_to: Some(0),
        quantum: 1_000,
        ..config(2, 64)
    });
    let handles: Vec<_> = (0..40)
        .map(|_| {
            s.submit(job(
                &s,
                "t",
                "n = 0\nfor i in range(200000):\n    n += i\nn\n",
                None,
            ))
            .expect("accepted")
        })
        .collect();
    for h in handles {
        assert_eq!(h.wait().end, End::Finished(Ok(Data::Int(19_999_900_000))));
    }
    let st = s.stats();
    assert!(st.steals() > 0, "the idle worker stole: {st:?}");
    assert!(
        st.workers.iter().all(|w| w.quanta > 0),
        "every worker ran quanta: {:?}",
        st.workers
    );
}

#[test]
fn short_jobs_finish_while_infinite_loops_run() {
    let s = scheduler(config(2, 128));
    let loops: Vec<_> = (0..4)
        .map(|_| {
            s.submit(job(&s, "t", LOOP_FOREVER, None))
                .expect("accepted")
        })
        .collect();
    eventually("the loops are running", || s.stats().preemptions >= 8);
    let short: Vec<_> = (0..100)
        .map(|i| {
            let spec = with_input(job(&s, "t", "x * 2\n", None), "x", Data::Int(i));
            s.submit(spec).expect("accepted")
        })
        .collect();
    for (i, h) in short.into_iter().enumerate() {
        assert_eq!(h.wait().end, End::Finished(Ok(Data::Int(2 * i as i64))));
    }
    assert!(
        loops.iter().all(|h| !h.is_done()),
        "the loops were still running"
    );
    for h in &loops {
        h.cancel();
    }
    for h in loops {
        let o = h.wait();
        assert_eq!(o.end, End::Cancelled);
        assert!(o.instructions > 0);
    }
}

#[test]
fn a_small_tenant_is_served_before_a_flooding_tenant_drains() {
    let s = scheduler(config(2, 8));
    let (tx, rx) = mpsc::channel();
    let mut a = Vec::new();
    // Each of A's jobs does a little work, so that A's queue cannot drain while B's ten are being submitted
    // and run: with trivially short jobs, whether any of A's were still queued was a race with the submit loop.
    let a_source = "s = 0\nfor k in range(2000):\n    s += k\nx + 1\n";
    for i in 0..10_000 {
        let mut spec = with_input(job(&s, "A", a_source, None), "x", Data::Int(i));
        spec.notify = Some(tx.clone());
        a.push(s.submit(spec).expect("accepted"));
    }
    let finished_before_b = s.stats().finished as usize;
    let b: Vec<_> = (0..10)
        .map(|_| {
            let mut spec = job(&s, "B", "'b'\n", None);
            spec.notify = Some(tx.clone());
            s.submit(spec).expect("accepted")
        })
        .collect();
    let b_keys: Vec<u64> = b.iter().map(|h| h.key()).collect();
    for h in b {
        assert_eq!(h.wait().end, End::Finished(Ok(Data::Str("b".into()))));
    }
    let still_queued = s.stats().queued;
    assert!(
        still_queued > 0,
        "tenant A's queue had not drained when B finished"
    );
    for h in a {
        assert!(matches!(h.wait().end, End::Finished(Ok(Data::Int(_)))));
    }
    drop(tx);
    let order: Vec<u64> = rx.iter().collect();
    assert_eq!(order.len(), 10_010, "every job notified exactly once");
    let last_b = order
        .iter()
        .rposition(|k| b_keys.contains(k))
        .expect("B's jobs ended");
    // Deficit round robin alternates A and B once B waits: B's ten jobs are admitted within about twenty
    // admissions (plus the jobs already holding the pool's 8 VMs).
    assert!(
        last_b < finished_before_b + 200,
        "B's last job ended at position {last_b} of 10,010; {finished_before_b} had ended when B submitted"
    );
}

#[test]
fn weights_share_admissions() {
    // One VM, so admissions happen strictly one at a time in deficit-round-robin order.
    let s = scheduler(SchedulerConfig {
        tenants: vec![
            (
                "heavy".into(),
                TenantConfig {
                    weight: 3,
                    ..TenantConfig::default()
                },
            ),
            ("light".into(), TenantConfig::default()),
        ],
        ..config(1, 1)
    });
    let blocker = s
        .submit(job(&s, "x", LOOP_FOREVER, None))
        .expect("accepted");
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for tenant in ["heavy", "light"] {
        for _ in 0..8 {
            let mut spec = job(&s, tenant, &format!("'{tenant}'\n"), None);
            spec.notify = Some(tx.clone());
            handles.push((tenant, s.submit(spec).expect("accepted")));
        }
    }
    let tenant_of: std::collections::HashMap<u64, &str> =
        handles.iter().map(|(t, h)| (h.key(), *t)).collect();
    blocker.cancel();
    assert_eq!(blocker.wait().end, End::Cancelled);
    for (_, h) in handles {
        h.wait();
    }
    drop(tx);
    let order: Vec<&str> = rx.iter().map(|k| tenant_of[&k]).collect();
    assert_eq!(
        &order[..8],
        &["heavy", "heavy", "heavy", "light", "heavy", "heavy", "heavy", "light"],
        "3:1 while both wait"
    );
}

#[test]
fn a_tenant_at_its_queue_limit_is_refused_with_the_reason() {
    let s = scheduler(SchedulerConfig {
        tenants: vec![(
            "small".into(),
            TenantConfig {
                max_queued: 3,
                ..TenantConfig::default()
            },
        )],
        ..config(1, 1)
    });
    let running = s
        .submit(job(&s, "small", LOOP_FOREVER, None))
        .expect("accepted");
    eventually("the first job holds the VM", || s.stats().running == 1);
    let queued: Vec<_> = (0..3)
        .map(|_| s.submit(job(&s, "small", "1\n", None)).expect("fits"))
        .collect();
    match s.submit(job(&s, "small", "1\n", None)) {
        Err(e @ SubmitError::QueueFull { .. }) => {
            assert!(e
                .to_string()
                .contains("tenant `small` already has 3 jobs waiting"))
        }
        Err(other) => panic!("wrong refusal: {other}"),
        Ok(_) => panic!("a fourth queued job was accepted"),
    }
    // Another tenant is not affected.
    let other = s.submit(job(&s, "other", "2\n", None)).expect("accepted");
    running.cancel();
    assert_eq!(running.wait().end, End::Cancelled);
    for h in queued {
        assert_eq!(h.wait().end, End::Finished(Ok(Data::Int(1))));
    }
    assert_eq!(other.wait().end, End::Finished(Ok(Data::Int(2))));
}

#[test]
fn a_tenant_out_of_fuel_is_killed_and_refused() {
    let s = scheduler(SchedulerConfig {
        tenants: vec![(
            "poor".into(),
            TenantConfig {
                max_fuel: 200_000,
                ..TenantConfig::default()
            },
        )],
        ..config(2, 4)
    });
    let h = s
        .submit(job(&s, "poor", LOOP_FOREVER, None))
        .expect("accepted");
    match h.wait().end {
        End::Killed { limit, reason } => {
            assert_eq!(limit, Limit::Instructions);
            assert!(reason.contains("tenant"), "{reason}");
        }
        other => panic!("expected a kill, got {other:?}"),
    }
    assert!(matches!(
        s.submit(job(&s, "poor", "1\n", None)),
        Err(SubmitError::FuelExhausted { .. })
    ));
}

#[test]
fn a_flooding_tenant_limited_in_running_jobs_cannot_starve_another() {
    let s = scheduler(SchedulerConfig {
        tenants: vec![(
            "A".into(),
            TenantConfig {
                max_running: 2,
                ..TenantConfig::default()
            },
        )],
        ..config(2, 4)
    });
    let loops: Vec<_> = (0..6)
        .map(|_| {
            s.submit(job(&s, "A", LOOP_FOREVER, None))
                .expect("accepted")
        })
        .collect();
    let b: Vec<_> = (0..20)
        .map(|i| {
            s.submit(with_input(job(&s, "B", "x\n", None), "x", Data::Int(i)))
                .expect("accepted")
        })
        .collect();
    for (i, h) in b.into_iter().enumerate() {
        assert_eq!(h.wait().end, End::Finished(Ok(Data::Int(i as i64))));
    }
    for h in &loops {
        h.cancel();
    }
    for h in loops {
        assert_eq!(h.wait().end, End::Cancelled);
    }
}

#[test]
fn deadlines_reach_running_and_sleeping_jobs() {
    let s = scheduler(config(2, 8));
    let spinning = s
        .submit(job(&s, "t", LOOP_FOREVER, Some(Duration::from_millis(50))))
        .expect("accepted");
    let sleeping = s
        .submit(job(
            &s,
            "t",
            "import time\nprint('zz')\ntime.sleep(3600)\n",
            Some(Duration::from_millis(50)),
        ))
        .expect("accepted");
    let long_builtin = s
        .submit(job(
            &s,
            "t",
            "sum(range(10**15))\n",
            Some(Duration::from_millis(50)),
        ))
        .expect("accepted");
    for h in [spinning, sleeping, long_builtin] {
        let o = h.wait();
        assert!(
            matches!(
                o.end,
                End::Killed {
                    limit: Limit::Time,
                    ..
                }
            ),
            "{:?}",
            o.end
        );
    }
}

#[test]
fn sleeping_jobs_wake_through_the_timer_broker() {
    let s = scheduler(config(2, 300));
    let handles: Vec<_> = (0..300)
        .map(|i| {
            let spec = with_input(
                job(
                    &s,
                    "t",
                    "import time\nt0 = time.monotonic()\ntime.sleep(0.02)\nprint(i)\n(i, time.monotonic() - t0 >= 0.02)\n",
                    None,
                ),
                "i",
                Data::Int(i),
            );
            s.submit(spec).expect("accepted")
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let o = h.wait();
        assert_eq!(
            o.end,
            End::Finished(Ok(Data::List(vec![Data::Int(i as i64), Data::Bool(true)])))
        );
        assert_eq!(o.stdout, format!("{i}\n"));
    }
    assert_eq!(s.stats().blocked_now, 0);
}

#[test]
fn cancellation_reaches_queued_running_and_blocked_jobs() {
    let s = scheduler(config(2, 2));
    let running = s
        .submit(job(&s, "t", LOOP_FOREVER, None))
        .expect("accepted");
    let blocked = s
        .submit(job(&s, "t", "import time\ntime.sleep(3600)\n", None))
        .expect("accepted");
    let queued = s.submit(job(&s, "t", "1\n", None)).expect("accepted");
    eventually("one running, one blocked, one queued", || {
        let st = s.stats();
        st.blocked_now == 1 && st.queued == 1
    });
    queued.cancel();
    blocked.cancel();
    running.cancel();
    assert_eq!(queued.wait().end, End::Cancelled);
    assert_eq!(blocked.wait().end, End::Cancelled);
    assert_eq!(running.wait().end, End::Cancelled);
    let st = s.stats();
    assert_eq!((st.blocked_now, st.running, st.queued), (0, 0, 0));
    assert_eq!(st.free_vms, 2, "both VMs came back to the pool");
}

#[test]
fn invalid_scripts_end_at_once_and_errors_are_reported() {
    let s = scheduler(config(1, 2));
    let bad = s.submit(job(&s, "t", "def f(:\n", None)).expect("accepted");
    let o = bad.wait();
    assert_eq!(o.end, End::Invalid);
    assert!(!o.diagnostics.is_empty());
    let raising = s
        .submit(job(&s, "t", "print('a')\n1 / 0\n", None))
        .expect("accepted");
    let o = raising.wait();
    match o.end {
        End::Raised(e) => {
            assert_eq!(e.type_name, "ZeroDivisionError");
            assert_eq!(e.line, 2);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(o.stdout, "a\n");
}

#[test]
fn stderr_is_collected_apart_from_stdout_across_quanta() {
    // A tiny quantum makes the writes land in different quanta, so collection must append per quantum.
    let s = scheduler(SchedulerConfig {
        quantum: 50,
        ..config(1, 2)
    });
    let src = "import sys\nfor i in range(3):\n    print(i)\n    print('e', i, file=sys.stderr)\nsys.stderr.write('end')\n";
    let o = s.submit(job(&s, "t", src, None)).expect("accepted").wait();
    assert_eq!(o.end, End::Finished(Ok(Data::Int(3))));
    assert_eq!(o.stdout, "0\n1\n2\n");
    assert_eq!(o.stderr, "e 0\ne 1\ne 2\nend");
}

#[test]
fn graceful_shutdown_drains_then_refuses() {
    let s = scheduler(config(2, 4));
    let handles: Vec<_> = (0..50)
        .map(|i| {
            s.submit(with_input(
                job(&s, "t", "import time\ntime.sleep(0.01)\nx\n", None),
                "x",
                Data::Int(i),
            ))
            .expect("accepted")
        })
        .collect();
    s.shutdown();
    for (i, h) in handles.into_iter().enumerate() {
        assert!(h.is_done());
        assert_eq!(h.wait().end, End::Finished(Ok(Data::Int(i as i64))));
    }
    assert!(matches!(
        s.submit(job(&s, "t", "1\n", None)),
        Err(SubmitError::ShuttingDown)
    ));
}

#[test]
fn vms_are_reused_and_jobs_do_not_see_each_other() {
    let s = scheduler(config(2, 2));
    for i in 0..20 {
        let h = s
            .submit(job(
                &s,
                "t",
                "try:\n    leaked\nexcept NameError:\n    leaked = 0\nleaked += 1\nleaked\n",
                None,
            ))
            .expect("accepted");
        assert_eq!(h.wait().end, End::Finished(Ok(Data::Int(1))), "job {i}");
    }
    assert_eq!(s.stats().free_vms, 2);
}

#[test]
fn mass_cancellation_of_queued_jobs_leaves_the_queue_working() {
    let s = scheduler(config(1, 1));
    let blocker = s
        .submit(job(&s, "t", LOOP_FOREVER, None))
        .expect("accepted");
    let queued: Vec<_> = (0..1000)
        .map(|_| s.submit(job(&s, "t", "1\n", None)).expect("accepted"))
        .collect();
    for h in &queued {
        h.cancel();
    }
    for h in queued {
        assert_eq!(h.wait().end, End::Cancelled);
    }
    assert_eq!(s.stats().queued, 0);
    let later: Vec<_> = (0..5)
        .map(|i| {
            s.submit(with_input(job(&s, "t", "x\n", None), "x", Data::Int(i)))
                .expect("accepted")
        })
        .collect();
    blocker.cancel();
    assert_eq!(blocker.wait().end, End::Cancelled);
    for (i, h) in later.into_iter().enumerate() {
        assert_eq!(h.wait().end, End::Finished(Ok(Data::Int(i as i64))));
    }
}
