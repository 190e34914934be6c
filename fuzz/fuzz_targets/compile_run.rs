//! Fuzz target: arbitrary bytes, read as UTF-8 (lossy), compiled and run under tight limits.
//! Any panic, and any `JobError::Internal`, is a bug: the engine must turn every input into a diagnostic,
//! a Python exception or a limit.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let Some(program) = common::compile_source(&source) else {
        return;
    };
    let _ = npython::bytecode::disassemble(&program);
    common::run(&source, program, 10_000);
});
