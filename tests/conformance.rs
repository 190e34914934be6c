//! CPython-checked conformance corpus for the `npython` binary.
//!
//! Every `tests/conformance/NAME.py` is a small deterministic program whose
//! behaviour under CPython 3.11 is recorded next to it (see
//! `tests/conformance/README.md` and `regen.sh`):
//!
//! * `NAME.out` holds the exact stdout;
//! * `NAME.err` exists only for programs that end with an uncaught exception
//!   and holds the last line of CPython's stderr, e.g.
//!   `ZeroDivisionError: division by zero`.
//!
//! The tests in this file check that:
//!
//! * `conformance_corpus_matches_cpython`: `npython run [--fuel-quantum Q]
//!   NAME.py`, run from `tests/conformance` for Q in {unlimited, 100, 1},
//!   prints exactly `NAME.out` on stdout and exits with 0, or, when `NAME.err`
//!   exists, exits with 1 and has that line as the last non-empty stderr line.
//!   Running with tiny fuel quanta checks that suspending and resuming the VM
//!   never changes a program's behaviour. Every failure across all programs
//!   and quanta is collected into a single report;
//! * `expectations_are_fresh`: when `python3` is CPython 3.11.x, the committed
//!   `.out`/`.err` files still match what it prints (otherwise the test only
//!   prints a note);
//! * `corpus_has_at_least_200_programs` and `corpus_files_are_consistent`:
//!   the corpus is big enough and follows its file conventions.

mod corpus_harness;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use corpus_harness::{
    check_fresh, check_npython, cpython_311_version, parallel_map, quantum_label, QUANTA,
};

/// The corpus must never shrink below this many programs.
const MIN_PROGRAMS: usize = 200;

/// Area prefixes a program name may start with.
const PREFIXES: [&str; 27] = [
    "int_", "float_", "str_", "list_", "dict_", "set_", "tuple_", "ops_", "cmp_", "bool_", "ctrl_",
    "loop_", "func_", "closure_", "lambda_", "comp_", "exc_", "fstring_", "slice_", "unpack_",
    "builtin_", "misc_", "err_", "fuel_", "mod_", "class_", "gen_",
];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("conformance")
}

fn corpus_files() -> Vec<String> {
    corpus_harness::corpus_files(&corpus_dir())
}

fn program_names() -> Vec<String> {
    corpus_harness::program_names(&corpus_dir())
}

#[test]
fn conformance_corpus_matches_cpython() {
    let names = program_names();
    assert!(
        !names.is_empty(),
        "no programs found in {}",
        corpus_dir().display()
    );
    let jobs: Vec<(&str, Option<u32>)> = names
        .iter()
        .flat_map(|name| QUANTA.iter().map(move |&q| (name.as_str(), q)))
        .collect();
    let results = parallel_map(&jobs, |&(name, quantum)| {
        check_npython(&corpus_dir(), name, quantum).map(|report| (name, report))
    });
    let failures: Vec<(&str, String)> = results.into_iter().flatten().collect();
    if failures.is_empty() {
        return;
    }
    let failed_programs: BTreeSet<&str> = failures.iter().map(|&(name, _)| name).collect();
    let quanta: Vec<String> = QUANTA.iter().map(|&q| quantum_label(q)).collect();
    let reports: Vec<String> = failures.into_iter().map(|(_, report)| report).collect();
    panic!(
        "{} conformance failure(s) in {} of {} programs (fuel quanta: {}):\n\n{}\n\n\
         failing programs: {}",
        reports.len(),
        failed_programs.len(),
        names.len(),
        quanta.join(", "),
        reports.join("\n\n"),
        failed_programs.into_iter().collect::<Vec<_>>().join(" "),
    );
}

#[test]
fn expectations_are_fresh() {
    let Some(version) = cpython_311_version() else {
        return;
    };
    let names = program_names();
    let stale: Vec<String> = parallel_map(&names, |name| check_fresh(&corpus_dir(), name))
        .into_iter()
        .flatten()
        .collect();
    assert!(
        stale.is_empty(),
        "{} program(s) have expectations that differ from {version}; \
         review and run tests/conformance/regen.sh:\n\n{}",
        stale.len(),
        stale.join("\n\n"),
    );
}

#[test]
fn corpus_has_at_least_200_programs() {
    let count = program_names().len();
    assert!(
        count >= MIN_PROGRAMS,
        "the conformance corpus has {count} programs, expected at least {MIN_PROGRAMS}"
    );
}

#[test]
fn corpus_files_are_consistent() {
    let files = corpus_files();
    let programs: BTreeSet<String> = program_names().into_iter().collect();
    let mut problems = Vec::new();
    for file in &files {
        let stem = file
            .strip_suffix(".out")
            .or_else(|| file.strip_suffix(".err"));
        if let Some(stem) = stem {
            if !programs.contains(stem) {
                problems.push(format!("{file}: no matching {stem}.py"));
            }
        }
    }
    let dir = corpus_dir();
    for name in &programs {
        if !PREFIXES.iter().any(|prefix| name.starts_with(prefix)) {
            problems.push(format!("{name}.py: name has no known area prefix"));
        }
        let source = fs::read_to_string(dir.join(format!("{name}.py")))
            .unwrap_or_else(|e| panic!("cannot read {name}.py: {e}"));
        if !source.starts_with("# ") {
            problems.push(format!(
                "{name}.py: must start with a one-line `# ...` comment"
            ));
        }
        if !dir.join(format!("{name}.out")).exists() {
            problems.push(format!("{name}.py: missing {name}.out"));
        }
        let err_path = dir.join(format!("{name}.err"));
        let is_err_program = name.starts_with("err_");
        match fs::read_to_string(&err_path) {
            Ok(text) => {
                if !is_err_program {
                    problems.push(format!(
                        "{name}.err: only err_ programs may end with an uncaught exception"
                    ));
                }
                let body = text.strip_suffix('\n').unwrap_or(&text);
                if body.trim().is_empty() || body.contains('\n') || !text.ends_with('\n') {
                    problems.push(format!(
                        "{name}.err: must be exactly one non-empty line ending in a newline, \
                         found {text:?}"
                    ));
                }
            }
            Err(_) if is_err_program => {
                problems.push(format!("{name}.py: err_ programs need a {name}.err"));
            }
            Err(_) => {}
        }
    }
    assert!(
        problems.is_empty(),
        "conformance corpus convention violations:\n  {}",
        problems.join("\n  ")
    );
}
