//! The Blocked path of the VM contract: a native that needs the outside world stops the VM with
//! `RunOutcome::Blocked(request)`; the host answers with `resume_io` whenever it likes (here: at once, without
//! sleeping, which is what lets a scheduler park thousands of sleeping jobs), and the script continues.

use npython::{compile, Data, Engine, IoError, IoErrorKind, IoRequest, Limits, RunOutcome, Vm};

fn vm_with(src: &str) -> Vm {
    let engine = Engine::new().expect("engine");
    let mut vm = engine.new_vm(Limits::default()).expect("vm");
    let program = compile(src, "job.py")
        .program
        .expect("test scripts compile");
    vm.load(program);
    vm
}

fn run_until_not_yielded(vm: &mut Vm, quantum: u64) -> RunOutcome {
    loop {
        match vm.run(quantum) {
            RunOutcome::Yielded => continue,
            other => return other,
        }
    }
}

fn output(vm: &mut Vm) -> String {
    String::from_utf8_lossy(&vm.take_output()).into_owned()
}

#[test]
fn sleep_blocks_and_resumes_with_the_virtual_clock_advanced() {
    let mut vm = vm_with(
        "import time\nt0 = time.monotonic()\nprint('before')\nr = time.sleep(5)\n\
         print('after', r, time.monotonic() - t0 >= 5)\n",
    );
    match run_until_not_yielded(&mut vm, 1) {
        RunOutcome::Blocked(IoRequest::Sleep { seconds }) => assert_eq!(seconds, 5.0),
        other => panic!("expected Blocked(Sleep), got {other:?}"),
    }
    assert!(vm.is_blocked());
    assert_eq!(output(&mut vm), "before\n");
    // Running a blocked VM is refused without losing its state.
    assert!(matches!(vm.run(100), RunOutcome::Killed(_)));
    assert!(vm.resume_io(Ok(Data::None)));
    assert!(!vm.resume_io(Ok(Data::None)), "only one answer per request");
    assert!(matches!(
        run_until_not_yielded(&mut vm, 1),
        RunOutcome::Finished(_)
    ));
    assert_eq!(output(&mut vm), "after None True\n");
}

#[test]
fn a_failed_request_raises_where_the_script_stopped_and_can_be_caught() {
    let mut vm = vm_with(
        "import time\ntry:\n    time.sleep(1)\nexcept TimeoutError as e:\n    print('caught', e)\n\
         time.sleep(2)\n",
    );
    assert!(matches!(vm.run(u64::MAX), RunOutcome::Blocked(_)));
    assert!(vm.resume_io(Err(IoError {
        kind: IoErrorKind::Timeout,
        message: "took too long".into(),
    })));
    assert!(matches!(vm.run(u64::MAX), RunOutcome::Blocked(_)));
    assert_eq!(output(&mut vm), "caught took too long\n");
    assert!(vm.resume_io(Err(IoError {
        kind: IoErrorKind::Os,
        message: "broker gone".into(),
    })));
    match vm.run(u64::MAX) {
        RunOutcome::Raised(e) => {
            assert_eq!(e.type_name, "OSError");
            assert_eq!(e.message, "broker gone");
            assert_eq!(e.line, 6);
        }
        other => panic!("expected Raised, got {other:?}"),
    }
}

#[test]
fn blocking_inside_nested_calls_and_loops_keeps_every_frame() {
    let mut vm = vm_with(
        "import time\ndef nap(i):\n    time.sleep(0.5)\n    return i * 2\n\
         total = [nap(i) for i in range(3)]\nprint(total, sum(total))\n",
    );
    let mut blocks = 0;
    loop {
        match vm.run(7) {
            RunOutcome::Yielded => {}
            RunOutcome::Blocked(_) => {
                blocks += 1;
                assert!(vm.resume_io(Ok(Data::None)));
            }
            RunOutcome::Finished(_) => break,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(blocks, 3);
    assert_eq!(output(&mut vm), "[0, 2, 4] 6\n");
}

#[test]
fn reset_forgets_a_blocked_job() {
    let mut vm = vm_with("import time\ntime.sleep(1)\n");
    assert!(matches!(vm.run(u64::MAX), RunOutcome::Blocked(_)));
    vm.reset(Limits::default());
    assert!(!vm.is_blocked());
    let program = compile("import math\nprint(math.floor(2.5))\n", "next.py")
        .program
        .expect("compiles");
    vm.load(program);
    assert!(matches!(vm.run(u64::MAX), RunOutcome::Finished(_)));
    assert_eq!(output(&mut vm), "2\n");
}
