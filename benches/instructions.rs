//! Per-instruction latency of the VM and compile time per KB of source, with criterion.
//!
//! Run with `cargo bench --bench instructions`. Each case is a small script whose hot loop exercises one
//! kind of instruction; criterion's throughput is set to the script's exact instruction count (as counted
//! by the VM), so "elem/s" reads as instructions per second and ns per instruction is 1e9 / that figure.
//! VM creation and loading happen in the untimed setup of each batch; only `Vm::run` is measured.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use npython::{compile, Engine, Limits, RunOutcome};

const CASES: &[(&str, &str)] = &[
    (
        "straight_line_arith",
        "def f(n):\n    i = 0\n    x = 1\n    y = 2\n    while i < n:\n        x = x + y\n        y = y * 3\n        x = x - y\n        y = y % 1000\n        x = x // 3\n        y = y + x\n        i = i + 1\n    return x\nf(20000)\n",
    ),
    ("loop_back_edge", "def f(n):\n    for _ in range(n):\n        pass\nf(100000)\n"),
    (
        "call_return",
        "def g(x):\n    return x\ndef f(n):\n    i = 0\n    while i < n:\n        g(i)\n        i = i + 1\nf(50000)\n",
    ),
    (
        "global_load",
        "G = 7\ndef f(n):\n    i = 0\n    t = 0\n    while i < n:\n        t = G\n        t = G\n        t = G\n        t = G\n        i = i + 1\n    return t\nf(50000)\n",
    ),
    (
        "local_load",
        "def f(n):\n    i = 0\n    a = 7\n    t = 0\n    while i < n:\n        t = a\n        t = a\n        t = a\n        t = a\n        i = i + 1\n    return t\nf(50000)\n",
    ),
    (
        "dict_get_set",
        "def f(n):\n    d = {}\n    i = 0\n    while i < n:\n        d[i] = i\n        d[i] = d[i] + 1\n        i = i + 1\n    return len(d)\nf(20000)\n",
    ),
];

fn instructions(c: &mut Criterion) {
    let engine = Engine::new().expect("the prelude compiles");
    let mut group = c.benchmark_group("instructions");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (name, src) in CASES {
        let program = compile(src, name).program.expect("bench scripts compile");
        let mut probe = engine.new_vm(Limits::default()).expect("vm");
        probe.load(program.clone());
        match probe.run(u64::MAX) {
            RunOutcome::Finished(_) => {}
            other => panic!("bench script {name} did not finish: {other:?}"),
        }
        group.throughput(Throughput::Elements(probe.instructions()));
        group.bench_function(*name, |b| {
            b.iter_batched(
                || {
                    let mut vm = engine.new_vm(Limits::default()).expect("vm");
                    vm.load(program.clone());
                    vm
                },
                |mut vm| black_box(vm.run(u64::MAX)),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

fn compile_time(c: &mut Criterion) {
    // About 10 KB of agent-style code: functions, loops, dicts, f-strings, try/except.
    let unit = "def summarize_{i}(rows):\n    totals = {}\n    for row in rows:\n        key = row.get(\"customer\", \"?\")\n        try:\n            amount = float(row[\"amount\"])\n        except (KeyError, ValueError) as e:\n            print(f\"skip {i}: {e}\")\n            continue\n        totals[key] = totals.get(key, 0.0) + amount\n    return sorted(totals.items(), key=lambda kv: -kv[1])\n\n";
    let mut src = String::new();
    let mut i = 0;
    while src.len() < 10_000 {
        src.push_str(&unit.replace("{i}", &i.to_string()));
        i += 1;
    }
    let mut group = c.benchmark_group("compile");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    group.throughput(Throughput::Bytes(src.len() as u64));
    group.bench_function("agent_script_10kb", |b| {
        b.iter(|| black_box(compile(black_box(&src), "bench.py")))
    });
    group.finish();
}

criterion_group!(benches, instructions, compile_time);
criterion_main!(benches);
