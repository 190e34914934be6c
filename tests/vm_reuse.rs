//! A VM is reusable: after `reset`, the next job sees nothing of the previous one, and the heap is back to
//! its builtins and prelude. Also checks that suspending at every safepoint changes no result.

use npython::{compile, Engine, Limits, RunOutcome, Vm};

fn run_to_end(vm: &mut Vm, quantum: u64) -> RunOutcome {
    loop {
        match vm.run(quantum) {
            RunOutcome::Yielded => continue,
            other => return other,
        }
    }
}

fn load(vm: &mut Vm, src: &str) {
    let program = compile(src, "job.py")
        .program
        .expect("test scripts compile");
    vm.load(program);
}

#[test]
fn reset_forgets_the_previous_job() {
    let engine = Engine::new().expect("engine");
    let mut vm = engine.new_vm(Limits::default()).expect("vm");
    vm.reset(Limits::default());
    let baseline = vm.heap().object_count();

    load(
        &mut vm,
        "secret = [1, 2, 3] * 1000\nlen = 5\nprint('first')\nsecret[0]\n",
    );
    assert!(matches!(
        run_to_end(&mut vm, u64::MAX),
        RunOutcome::Finished(_)
    ));
    assert_eq!(String::from_utf8_lossy(&vm.take_output()), "first\n");
    assert!(vm.heap().object_count() > baseline);

    vm.reset(Limits::default());
    assert_eq!(
        vm.heap().object_count(),
        baseline,
        "reset returns the heap to builtins and prelude"
    );
    assert_eq!(vm.instructions(), 0);

    // The new job sees builtins again (`len` was shadowed by the last job) and no `secret`.
    load(
        &mut vm,
        "try:\n    secret\nexcept NameError as e:\n    print(e)\nprint(len('abc'))\n",
    );
    assert!(matches!(
        run_to_end(&mut vm, u64::MAX),
        RunOutcome::Finished(_)
    ));
    assert_eq!(
        String::from_utf8_lossy(&vm.take_output()),
        "name 'secret' is not defined\n3\n"
    );
}

#[test]
fn results_do_not_depend_on_the_fuel_quantum() {
    let engine = Engine::new().expect("engine");
    let src = "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n\
               words = ['pear', 'fig', 'apple', 'kiwi', 'banana']\n\
               out = sorted(words, key=lambda w: (len(w), w))\n\
               best = max(words, key=lambda w: w[-1])\n\
               s = ''\n\
               for w in out:\n    s += w[0]\n\
               (depth(900), out, best, s, sum(range(1000)))\n";
    let mut results = Vec::new();
    for quantum in [1, 7, 100, u64::MAX] {
        let mut vm = engine.new_vm(Limits::default()).expect("vm");
        load(&mut vm, src);
        match run_to_end(&mut vm, quantum) {
            RunOutcome::Finished(v) => results.push((vm.repr(v).expect("repr"), vm.instructions())),
            other => panic!("quantum {quantum}: {other:?}"),
        }
    }
    for r in &results[1..] {
        assert_eq!(
            r, &results[0],
            "same value and the same instruction count at every quantum"
        );
    }
    assert_eq!(
        results[0].0,
        "(900, ['fig', 'kiwi', 'pear', 'apple', 'banana'], 'pear', 'fkpab', 499500)"
    );
}

#[test]
fn limits_end_the_job_uncatchably() {
    let engine = Engine::new().expect("engine");
    let limits = Limits {
        max_instructions: 10_000,
        ..Limits::default()
    };
    let mut vm = engine.new_vm(limits).expect("vm");
    load(
        &mut vm,
        "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
    );
    match run_to_end(&mut vm, 100) {
        RunOutcome::Killed(npython::JobError::Limit(npython::Limit::Instructions)) => {}
        other => panic!("expected the instruction limit, got {other:?}"),
    }
    assert!(
        vm.instructions() <= 10_000 + 100,
        "stops within one block of the budget"
    );
}

/// Found by the `resumable` fuzz target: builtin fuel charges compared the budget with the step count of the
/// last *yield*, so with a fuel quantum of 1 a bigint product was killed mid-instruction while in one quantum
/// the job ran on to the next safepoint (200,019 against 200,027 instructions, and possibly more output).
#[test]
fn a_kill_inside_a_builtin_does_not_depend_on_the_fuel_quantum() {
    let engine = Engine::new().expect("engine");
    let limits = Limits {
        max_instructions: 200_000,
        ..Limits::default()
    };
    // The fuzzer's input, a Collatz loop gone wrong (6n + 1): n grows without end, and its bigint arithmetic
    // charges fuel.
    let src = "def collatz_len(n):\n    steps = 0\n    while n != 1:\n        if n % 2 == 0:\n\
               \x20           n //= 2\n        else:\n            n = 6 * n + 1\n        steps += 1\n\
               \x20   return steps\nfor n in [1, 2, 3, 6, 7, 27, 97]:\n    print(n, collatz_len(n))\n";
    let mut results = Vec::new();
    for quantum in [1, 7, 100, u64::MAX] {
        let mut vm = engine.new_vm(limits.clone()).expect("vm");
        load(&mut vm, src);
        let mut out = Vec::new();
        let outcome = loop {
            let step = vm.run(quantum);
            out.extend(vm.take_output());
            if !matches!(step, RunOutcome::Yielded) {
                break step;
            }
        };
        assert!(
            matches!(
                outcome,
                RunOutcome::Killed(npython::JobError::Limit(npython::Limit::Instructions))
            ),
            "quantum {quantum}: {outcome:?}"
        );
        results.push((vm.instructions(), out));
    }
    for r in &results[1..] {
        assert!(
            r == &results[0],
            "same instruction count ({} vs {}) and output at every quantum",
            r.0,
            results[0].0
        );
    }
}

/// Found by the fuzz targets (a libFuzzer timeout): slicing a long non-ASCII string copied and scanned it
/// all for one instruction, so 200,000 instructions of `s[:len(s)]` on 28 KB took seconds. Slices are
/// charged like the str methods now (one unit per 32 bytes), and fuel bounds the time again.
#[test]
fn slicing_long_strings_is_charged() {
    let engine = Engine::new().expect("engine");
    let limits = Limits {
        max_instructions: 200_000,
        ..Limits::default()
    };
    let mut vm = engine.new_vm(limits).expect("vm");
    load(
        &mut vm,
        "s = '\\ufffd' * 9490\nfor i in range(1000):\n    t = s[:len(s) // 1]\nprint('not charged')\n",
    );
    match run_to_end(&mut vm, u64::MAX) {
        RunOutcome::Killed(npython::JobError::Limit(npython::Limit::Instructions)) => {}
        other => panic!("expected the instruction limit, got {other:?}"),
    }
}
