//! Proves that the interpreter's hot path does not touch the heap: a million iterations of an integer
//! `while` loop, and of a float one, run inside `Vm::run` without a single call to the global allocator,
//! both in one uninterrupted run and when driven in small fuel quanta (suspending and resuming the VM).
//!
//! A counting `#[global_allocator]` wraps `std::alloc::System`. It counts only while a thread-local flag
//! is set, so allocations made by the test harness or by other test threads never leak into the count.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The System allocator, counting the allocations made by threads that switched counting on.
struct CountingAlloc;

thread_local! {
    /// Whether allocations on this thread are being counted.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    /// Allocations (alloc, alloc_zeroed and realloc calls) counted on this thread.
    static COUNT: Cell<u64> = const { Cell::new(0) };
}

fn note_allocation() {
    // `try_with` because the allocator may run while thread-locals are being torn down.
    let counting = COUNTING.try_with(Cell::get).unwrap_or(false);
    if counting {
        let _ = COUNT.try_with(|c| c.set(c.get() + 1));
    }
}

// SAFETY: every call is forwarded unchanged to `System`, which upholds the `GlobalAlloc` contract; the
// bookkeeping only touches const-initialised thread-locals, which never allocate.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note_allocation();
        // SAFETY: forwarded with the caller's layout, as the caller promised it is valid.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note_allocation();
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note_allocation();
        // SAFETY: `ptr` was allocated by `System` through this wrapper with `layout`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` through this wrapper with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// Runs `f` with allocation counting on for this thread; returns its result and the allocations made.
fn counting_allocations<T>(f: impl FnOnce() -> T) -> (T, u64) {
    COUNT.with(|c| c.set(0));
    COUNTING.with(|c| c.set(true));
    let out = f();
    COUNTING.with(|c| c.set(false));
    (out, COUNT.with(Cell::get))
}

const INT_LOOP: &str = "i = 0\nx = 0\nwhile i < 1000000:\n    x = x + i\n    i = i + 1\n";

const FLOAT_LOOP: &str =
    "i = 0\nx = 0.0\nwhile i < 1000000:\n    x = x + 0.5 * i\n    i = i + 1\nx\n";

/// A fresh VM with `source` loaded and ready to run.
fn loaded_vm(source: &str) -> npython::Vm {
    let engine = npython::Engine::new().expect("the built-in prelude must compile");
    let mut vm = engine
        .new_vm(npython::Limits::default())
        .expect("a VM with default limits must start");
    let compiled = npython::compile(source, "loop.py");
    let program = compiled.program.unwrap_or_else(|| {
        panic!(
            "the loop must compile, got diagnostics: {:?}",
            compiled.diagnostics
        )
    });
    vm.load(program);
    vm
}

/// Runs the whole script in one `run` call; returns the allocations it made.
fn allocations_in_one_run(source: &str) -> u64 {
    let mut vm = loaded_vm(source);
    let (out, count) = counting_allocations(|| vm.run(u64::MAX));
    assert!(
        matches!(out, npython::RunOutcome::Finished(_)),
        "the loop must finish, got {out:?}"
    );
    count
}

/// Runs the script in quanta of 1000 instructions until it finishes; returns the allocations made
/// inside all the `run` calls together.
fn allocations_in_quanta(source: &str) -> u64 {
    let mut vm = loaded_vm(source);
    let mut total = 0;
    let mut calls = 0u64;
    loop {
        let (out, count) = counting_allocations(|| vm.run(1000));
        total += count;
        calls += 1;
        match out {
            npython::RunOutcome::Yielded => {}
            npython::RunOutcome::Finished(_) => break,
            other => panic!("the loop must finish, got {other:?} after {calls} quanta"),
        }
        assert!(calls < 10_000_000, "the loop never finished");
    }
    assert!(
        calls > 1000,
        "a million iterations must take many quanta of 1000 instructions, took {calls}"
    );
    total
}

#[test]
fn counting_allocator_sees_allocations() {
    // Guards against a silently broken counter making the other tests pass vacuously.
    let (v, count) = counting_allocations(|| std::hint::black_box(vec![1u8; 64]));
    assert_eq!(v.len(), 64);
    assert!(count >= 1, "the counting allocator saw no allocation");
}

#[test]
fn int_loop_allocates_nothing() {
    let count = allocations_in_one_run(INT_LOOP);
    assert_eq!(
        count, 0,
        "1,000,000 iterations of an int while loop allocated {count} times in vm.run"
    );
}

#[test]
fn float_loop_allocates_nothing() {
    let count = allocations_in_one_run(FLOAT_LOOP);
    assert_eq!(
        count, 0,
        "1,000,000 iterations of a float while loop allocated {count} times in vm.run"
    );
}

#[test]
fn int_loop_in_small_quanta_allocates_nothing() {
    let count = allocations_in_quanta(INT_LOOP);
    assert_eq!(
        count, 0,
        "an int while loop run in quanta of 1000 instructions allocated {count} times"
    );
}

#[test]
fn float_loop_in_small_quanta_allocates_nothing() {
    let count = allocations_in_quanta(FLOAT_LOOP);
    assert_eq!(
        count, 0,
        "a float while loop run in quanta of 1000 instructions allocated {count} times"
    );
}

#[test]
fn allocating_loop_is_counted() {
    // The control: a loop that builds lists must show up, so a zero above really means "no allocation".
    let count = allocations_in_one_run("i = 0\nwhile i < 1000:\n    x = [i, i]\n    i = i + 1\n");
    assert!(
        count > 0,
        "a loop creating 1000 lists made no counted allocation; the counter is not measuring vm.run"
    );
}
