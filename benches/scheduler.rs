//! The scheduler's costs, with criterion: job start latency from the pool, trivial-job throughput on 2
//! workers, the cost of preemption per quantum, and (printed, not timed) memory per idle and per blocked VM.
//!
//! Run with `cargo bench --bench scheduler`. The allocator is mimalloc, as in the `npython` binary.
//! - `start/submit_to_wait`: one trivial job submitted to an idle 2-worker engine and waited for (the whole
//!   round trip). The submit-to-first-instruction part alone is printed as `start latency` (median and p99
//!   of the scheduler's own `Outcome::start_latency` over 20,000 jobs).
//! - `throughput/trivial_jobs`: 20,000 trivial jobs (`x + 1` with an input) submitted and all waited for,
//!   on 2 workers; criterion's elem/s is jobs per second.
//! - `preemption/per_quantum`: one job of ~2M instructions run with a quantum of 1,000 and again with an
//!   unlimited quantum; the printed cost per quantum is the difference divided by the number of quanta.
//! - steal latency (printed): two workers, every job placed on worker 0's queue (the pinning test hook); a
//!   long single-quantum job keeps one worker busy, so the trivial job placed behind it starts only when the
//!   other worker wakes and steals it. Its submit-to-first-instruction time (median and p99 of 200) is the
//!   steal latency, waking the parked thief included.
//! - memory: resident set size (from /proc/self/statm) of pools of idle VMs, and of VMs whose jobs are
//!   blocked on a broker that holds every request; also the VMs' own heap accounting.

use std::hint::black_box;
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use npython_scheduler::{
    Completion, IoBroker, JobKey, JobSpec, Scheduler, SchedulerConfig, Script,
};
use npython_vm::{Data, IoRequest, Limits};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn prelude() -> Arc<npython_vm::bytecode::Program> {
    npython_frontend::compile(npython_vm::PRELUDE_SOURCE, "<prelude>")
        .program
        .expect("the prelude compiles")
}

fn scheduler(workers: usize, vms: usize, quantum: u64) -> Scheduler {
    Scheduler::new(
        SchedulerConfig {
            workers,
            vms,
            quantum,
            ..SchedulerConfig::default()
        },
        Arc::new(npython_frontend::compile),
        prelude(),
    )
    .expect("scheduler")
}

fn spec(script: &Script, x: i64, notify: Option<mpsc::Sender<JobKey>>) -> JobSpec {
    JobSpec {
        tenant: "bench".into(),
        script: script.clone(),
        inputs: vec![("x".into(), Data::Int(x))],
        limits: Limits::default(),
        timeout: Some(Duration::from_secs(60)),
        notify,
        tokens: Vec::new(),
        seed: None,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

fn start(c: &mut Criterion) {
    let s = scheduler(2, 64, 10_000);
    let script = s.compile("x + 1\n", "start.py");
    // Submit-to-first-instruction, from the scheduler's own timestamps.
    let mut lat: Vec<Duration> = (0..20_000)
        .filter_map(|i| s.submit(spec(&script, i, None)).ok())
        .map(|h| h.wait().start_latency.unwrap_or_default())
        .collect();
    lat.sort_unstable();
    eprintln!(
        "start latency (submit -> first instruction, idle engine, 20,000 jobs one at a time): median {:?}, p99 {:?}",
        percentile(&lat, 0.5),
        percentile(&lat, 0.99)
    );
    let mut group = c.benchmark_group("start");
    group
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    group.bench_function("submit_to_wait", |b| {
        b.iter(|| {
            let h = s
                .submit(spec(&script, black_box(1), None))
                .expect("accepted");
            black_box(h.wait())
        })
    });
    group.finish();
}

fn throughput(c: &mut Criterion) {
    const JOBS: u64 = 20_000;
    let s = scheduler(2, 256, 10_000);
    let script = s.compile("x + 1\n", "trivial.py");
    let mut group = c.benchmark_group("throughput");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(4))
        .throughput(Throughput::Elements(JOBS));
    group.bench_function("trivial_jobs", |b| {
        b.iter(|| {
            let handles: Vec<_> = (0..JOBS as i64)
                .map(|i| s.submit(spec(&script, i, None)).expect("accepted"))
                .collect();
            for h in handles {
                black_box(h.wait());
            }
        })
    });
    group.finish();
}

fn preemption(c: &mut Criterion) {
    const SRC: &str = "t = 0\nfor i in range(500000):\n    t += i\nt\n";
    let small = scheduler(1, 2, 1_000);
    let big = scheduler(1, 2, u64::MAX);
    let run = |s: &Scheduler| {
        let script = s.compile(SRC, "loop.py");
        s.submit(JobSpec {
            limits: Limits {
                max_instructions: u64::MAX,
                ..Limits::default()
            },
            timeout: None,
            ..spec(&script, 0, None)
        })
        .expect("accepted")
        .wait()
    };
    let probe = run(&small);
    let quanta = probe.instructions / 1_000;
    let mut group = c.benchmark_group("preemption");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(3))
        .throughput(Throughput::Elements(quanta));
    group.bench_function("quantum_1000", |b| b.iter(|| black_box(run(&small))));
    group.bench_function("quantum_unlimited", |b| b.iter(|| black_box(run(&big))));
    group.finish();
    // The same difference, measured directly (best of 15 each), for the printed cost per quantum.
    let best = |s: &Scheduler| {
        (0..15)
            .map(|_| {
                let t = Instant::now();
                black_box(run(s));
                t.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let (q, u) = (best(&small), best(&big));
    eprintln!(
        "preemption: {} instructions, {quanta} quanta of 1,000: {q:?} vs unlimited {u:?} -> {:.0} ns per quantum",
        probe.instructions,
        (q.as_nanos() as f64 - u.as_nanos() as f64) / quanta.max(1) as f64
    );
}

fn steal(_c: &mut Criterion) {
    let s = Scheduler::new(
        SchedulerConfig {
            workers: 2,
            vms: 4,
            quantum: u64::MAX,
            pin_admissions_to: Some(0),
            ..SchedulerConfig::default()
        },
        Arc::new(npython_frontend::compile),
        prelude(),
    )
    .expect("scheduler");
    let long = s.compile("t = 0\nfor i in range(300000):\n    t += i\nt\n", "long.py");
    let trivial = s.compile("x + 1\n", "trivial.py");
    let mut lat: Vec<Duration> = Vec::new();
    for _ in 0..200 {
        let busy = s
            .submit(JobSpec {
                timeout: None,
                ..spec(&long, 0, None)
            })
            .expect("accepted");
        // Let worker 0 take the long job (about 2 ms of work) before the trivial one is placed behind it.
        std::thread::sleep(Duration::from_micros(200));
        let stolen = s.submit(spec(&trivial, 1, None)).expect("accepted");
        let o = stolen.wait();
        lat.push(o.start_latency.unwrap_or_default());
        black_box(busy.wait());
    }
    lat.sort_unstable();
    let st = s.stats();
    eprintln!(
        "steal latency (submit -> first instruction of a job placed on a busy worker's queue): median {:?}, p99 {:?}; steals {}",
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        st.steals()
    );
}

fn rss_bytes() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map(|pages| pages * 4096)
        .unwrap_or(0)
}

#[derive(Default)]
struct HoldingBroker {
    held: Mutex<Vec<Completion>>,
}

impl IoBroker for HoldingBroker {
    fn submit(&self, _job: JobKey, _req: IoRequest, done: Completion) {
        if let Ok(mut held) = self.held.lock() {
            held.push(done);
        }
    }
}

fn memory(_c: &mut Criterion) {
    const VMS: usize = 4_000;
    let base = rss_bytes();
    let small = scheduler(2, 10, 10_000);
    let with_small = rss_bytes();
    drop(small);
    let broker = Arc::new(HoldingBroker::default());
    let s = Scheduler::new(
        SchedulerConfig {
            workers: 2,
            vms: VMS,
            broker: Some(broker.clone()),
            ..SchedulerConfig::default()
        },
        Arc::new(npython_frontend::compile),
        prelude(),
    )
    .expect("scheduler");
    let idle = rss_bytes();
    let per_idle = idle.saturating_sub(with_small.max(base)) as f64 / (VMS - 10) as f64;
    let script = s.compile(
        "import time\nitems = [i for i in range(x)]\ntime.sleep(1)\nlen(items)\n",
        "sleep.py",
    );
    let handles: Vec<_> = (0..VMS as i64)
        .map(|i| s.submit(spec(&script, i % 20, None)).expect("accepted"))
        .collect();
    while s.stats().blocked_now < VMS as u64 {
        std::thread::sleep(Duration::from_millis(5));
    }
    let blocked = rss_bytes();
    let st = s.stats();
    eprintln!(
        "memory: {:.1} KiB RSS per idle pooled VM ({VMS} VMs); {:.1} KiB more per VM with its job blocked \
         (a 0-19 item list, asleep); VM heap accounting when blocked: max {} bytes",
        per_idle / 1024.0,
        blocked.saturating_sub(idle) as f64 / VMS as f64 / 1024.0,
        st.blocked_heap_peak
    );
    for done in std::mem::take(&mut *broker.held.lock().expect("broker")) {
        done.complete(Ok(Data::None));
    }
    for h in handles {
        black_box(h.wait());
    }
}

criterion_group!(benches, memory, start, steal, throughput, preemption);
criterion_main!(benches);
