//! Embedding nPython in a Rust program: an engine with a scheduler, jobs submitted and waited for, a batch
//! run as a swarm, a runaway job cancelled. Run with `cargo run --release --example embedding`.

use npython::{Engine, Job, JobLimits, JobStatus, TenantConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Two workers share 64 pooled VMs; each job yields its worker every 10,000 instructions.
    // Tenant "batch" gets one admission for every three of "interactive" when both have jobs waiting.
    let engine = Engine::builder()
        .workers(2)
        .vms(64)
        .quantum(10_000)
        .tenant(
            "interactive",
            TenantConfig {
                weight: 3,
                ..TenantConfig::default()
            },
        )
        .tenant(
            "batch",
            TenantConfig {
                max_running: 32,
                max_queued: 10_000,
                ..TenantConfig::default()
            },
        )
        .build()?;

    // One job: inputs become globals, the last expression is the result.
    let mut job = Job {
        id: Some("greet".into()),
        source: "print('hello', name)\nlen(name)\n".into(),
        filename: "greet.py".into(),
        tenant: Some("interactive".into()),
        ..Job::default()
    };
    job.inputs.insert("name".into(), serde_json::json!("ada"));
    let result = engine.submit(job)?.wait();
    assert_eq!(result.status, JobStatus::Ok);
    println!("{}", serde_json::to_string(&result)?);

    // A swarm: one script, many inputs; it compiles once. Results come back in input order.
    let jobs: Vec<Job> = (0..1000)
        .map(|n| {
            let mut j = Job {
                source: "sum(range(n))\n".into(),
                filename: "sum.py".into(),
                tenant: Some("batch".into()),
                ..Job::default()
            };
            j.inputs.insert("n".into(), serde_json::json!(n));
            j
        })
        .collect();
    let results = engine.run_swarm(jobs);
    assert_eq!(results[100].result, serde_json::json!(4950));
    println!(
        "swarm: {} jobs, last result {}",
        results.len(),
        results[999].result
    );

    // A runaway job: cancel it wherever it is; a deadline would have ended it too.
    let spin = engine.submit(Job {
        source: "while True:\n    pass\n".into(),
        filename: "spin.py".into(),
        limits: JobLimits {
            timeout_ms: Some(10_000),
            ..JobLimits::default()
        },
        ..Job::default()
    })?;
    spin.cancel();
    assert_eq!(spin.wait().status, JobStatus::Cancelled);

    let stats = engine.stats()?;
    println!(
        "finished {} jobs, {} preemptions, {} steals, {} compiles",
        stats.finished,
        stats.preemptions,
        stats.steals(),
        stats.compiles
    );
    engine.shutdown();
    Ok(())
}
