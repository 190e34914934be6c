//! Fuzz target: suspension never changes behaviour. The same program runs with a fuel quantum of 1
//! (suspending at every safepoint) and in one quantum; outcome, stdout and instruction count must match.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let Some(program) = common::compile_source(&source) else {
        return;
    };
    let stepped = common::run(&source, program.clone(), 1);
    let whole = common::run(&source, program, u64::MAX);
    assert_eq!(stepped, whole, "quantum 1 and one quantum disagree");
});
