//! Golden tests for `npython check`: every `tests/diagnostics/NAME.py` is checked from inside
//! `tests/diagnostics`, and the exact text output must equal `NAME.expected` (which holds only that output).
//!
//! To regenerate the golden files after an intended change to diagnostics, run
//!
//! ```text
//! NPY_UPDATE_GOLDEN=1 cargo test --release --test diagnostics
//! ```
//!
//! and review every changed `.expected` file by eye (message, 1-based line, column in characters, caret
//! position, hint) before committing it.
//!
//! Besides the exact text, these tests check that the exit code is 1 when a file has errors and 0 when it
//! has only warnings (or nothing), that `--format json` gives an array whose entries carry file, line, col,
//! severity, code and message and agree with the text output, that checking several files at once reports
//! them all, that `npython run` refuses a file with errors (exit 2) and prints the same diagnostics, and
//! that invalid Python which CPython rejects is rejected here too, with the error on the right line.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_npython");

/// Cases that have warnings at most: `npython check` must exit 0 on them.
const NO_ERRORS: [&str; 2] = ["clean", "import_os_warning"];

/// The corpus must not shrink below this many cases.
const MIN_CASES: usize = 12;

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("diagnostics")
}

/// Sorted stems of every `NAME.py` in the corpus.
fn case_names() -> Vec<String> {
    let dir = cases_dir();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| {
            entry
                .expect("cannot read a directory entry")
                .file_name()
                .into_string()
                .expect("case file names must be UTF-8")
        })
        .filter_map(|name| name.strip_suffix(".py").map(str::to_string))
        .collect();
    names.sort();
    names
}

/// Runs `npython args...` from `dir`.
fn npython(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run npython {args:?}: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("npython prints UTF-8")
}

fn updating() -> bool {
    std::env::var_os("NPY_UPDATE_GOLDEN").is_some_and(|v| v == "1")
}

#[test]
fn corpus_is_big_enough_and_complete() {
    let names = case_names();
    assert!(
        names.len() >= MIN_CASES,
        "expected at least {MIN_CASES} cases, found {}",
        names.len()
    );
    for name in NO_ERRORS {
        assert!(
            names.iter().any(|n| n == name),
            "the warning-only case {name}.py is missing"
        );
    }
    if updating() {
        return;
    }
    let dir = cases_dir();
    for entry in fs::read_dir(&dir).expect("cannot read the cases directory") {
        let name = entry
            .expect("cannot read a directory entry")
            .file_name()
            .into_string()
            .expect("case file names must be UTF-8");
        if let Some(stem) = name.strip_suffix(".expected") {
            assert!(
                dir.join(format!("{stem}.py")).exists(),
                "{name} has no {stem}.py"
            );
        } else if let Some(stem) = name.strip_suffix(".py") {
            assert!(
                dir.join(format!("{stem}.expected")).exists(),
                "{name} has no {stem}.expected; run NPY_UPDATE_GOLDEN=1 cargo test --release --test diagnostics"
            );
        } else {
            panic!("unexpected file {name} in tests/diagnostics");
        }
    }
}

#[test]
fn check_output_matches_golden_files() {
    let dir = cases_dir();
    let update = updating();
    let mut failures = Vec::new();
    for name in case_names() {
        let file = format!("{name}.py");
        let out = npython(&dir, &["check", &file]);
        let stdout = text(&out.stdout);
        let stderr = text(&out.stderr);
        if !stderr.is_empty() {
            failures.push(format!("{file}: check wrote to stderr:\n{stderr}"));
        }
        let expected_code = if NO_ERRORS.contains(&name.as_str()) {
            0
        } else {
            1
        };
        if out.status.code() != Some(expected_code) {
            failures.push(format!(
                "{file}: expected exit code {expected_code}, got {:?}",
                out.status.code()
            ));
        }
        let golden = dir.join(format!("{name}.expected"));
        if update {
            fs::write(&golden, &stdout)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", golden.display()));
            continue;
        }
        match fs::read_to_string(&golden) {
            Ok(expected) if expected == stdout => {}
            Ok(expected) => failures.push(format!(
                "{file}: output differs from {name}.expected\n--- expected ---\n{expected}--- actual ---\n{stdout}"
            )),
            Err(e) => failures.push(format!("{file}: cannot read {name}.expected: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} problem(s); if the new output is right, regenerate with \
         NPY_UPDATE_GOLDEN=1 cargo test --release --test diagnostics\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// One `file:line:col: severity[code]: message` header line of the text output, split into its parts.
#[derive(Debug, PartialEq)]
struct Header {
    file: String,
    line: u64,
    col: u64,
    severity: String,
    code: String,
    message: String,
}

fn parse_header(line: &str) -> Option<Header> {
    let mut parts = line.splitn(4, ':');
    let file = parts.next()?.to_string();
    let line_no = parts.next()?.parse().ok()?;
    let col = parts.next()?.parse().ok()?;
    let rest = parts.next()?.strip_prefix(' ')?;
    let (kind, message) = rest.split_once("]: ")?;
    let (severity, code) = kind.split_once('[')?;
    Some(Header {
        file,
        line: line_no,
        col,
        severity: severity.to_string(),
        code: code.to_string(),
        message: message.to_string(),
    })
}

fn header_from_json(entry: &serde_json::Value) -> Header {
    let string = |key: &str| -> String {
        entry[key]
            .as_str()
            .unwrap_or_else(|| panic!("`{key}` must be a string in {entry}"))
            .to_string()
    };
    let number = |key: &str| -> u64 {
        entry[key]
            .as_u64()
            .unwrap_or_else(|| panic!("`{key}` must be a non-negative integer in {entry}"))
    };
    Header {
        file: string("file"),
        line: number("line"),
        col: number("col"),
        severity: string("severity"),
        code: string("code"),
        message: string("message"),
    }
}

#[test]
fn json_format_agrees_with_text_format() {
    let dir = cases_dir();
    for name in case_names() {
        let file = format!("{name}.py");
        let text_out = npython(&dir, &["check", &file]);
        let json_out = npython(&dir, &["check", &file, "--format", "json"]);
        assert_eq!(
            json_out.status.code(),
            text_out.status.code(),
            "{file}: --format json must not change the exit code"
        );
        let stdout = text(&json_out.stdout);
        let value: serde_json::Value = serde_json::from_str(stdout.trim())
            .unwrap_or_else(|e| panic!("{file}: --format json is not JSON ({e}):\n{stdout}"));
        let entries = value
            .as_array()
            .unwrap_or_else(|| panic!("{file}: --format json must print an array:\n{stdout}"));
        let from_json: Vec<Header> = entries.iter().map(header_from_json).collect();
        let from_text: Vec<Header> = text(&text_out.stdout)
            .lines()
            .filter(|l| !l.starts_with(' '))
            .map(|l| parse_header(l).unwrap_or_else(|| panic!("{file}: bad header line `{l}`")))
            .collect();
        assert_eq!(
            from_json, from_text,
            "{file}: JSON and text diagnostics differ"
        );
        for h in &from_json {
            assert_eq!(h.file, file, "{file}: wrong file in {h:?}");
            assert!(
                h.line >= 1 && h.col >= 1,
                "{file}: positions are 1-based: {h:?}"
            );
            assert!(
                h.severity == "error" || h.severity == "warning",
                "{file}: unknown severity in {h:?}"
            );
            assert!(!h.code.is_empty() && !h.message.is_empty(), "{file}: {h:?}");
        }
        let has_errors = from_json.iter().any(|h| h.severity == "error");
        assert_eq!(
            text_out.status.code(),
            Some(if has_errors { 1 } else { 0 }),
            "{file}: exit 1 exactly when there are errors"
        );
    }
}

#[test]
fn checking_many_files_reports_them_all() {
    let dir = cases_dir();
    let names = case_names();
    let files: Vec<String> = names.iter().map(|n| format!("{n}.py")).collect();
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    let out = npython(&dir, &args);
    assert_eq!(out.status.code(), Some(1), "some of the files have errors");
    if updating() {
        return;
    }
    let expected: String = names
        .iter()
        .map(|n| {
            fs::read_to_string(dir.join(format!("{n}.expected")))
                .unwrap_or_else(|e| panic!("cannot read {n}.expected: {e}"))
        })
        .collect();
    assert_eq!(text(&out.stdout), expected);

    let out = npython(&dir, &["check", "clean.py", "import_os_warning.py"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "warnings alone never fail a check"
    );
}

#[test]
fn run_refuses_a_script_with_errors_and_prints_its_diagnostics() {
    let dir = cases_dir();
    for name in ["missing_colon", "multiple_errors", "match_unreachable_case"] {
        let file = format!("{name}.py");
        let out = npython(&dir, &["run", &file]);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{file}: an invalid script exits 2"
        );
        assert!(out.stdout.is_empty(), "{file}: nothing runs");
        let stderr = text(&out.stderr);
        let check = text(&npython(&dir, &["check", &file]).stdout);
        assert!(
            stderr.starts_with(&check),
            "{file}: run must print the same diagnostics as check:\n--- run ---\n{stderr}--- check ---\n{check}"
        );
        assert!(
            stderr.contains("the script was not run"),
            "{file}: run must say the script was not run:\n{stderr}"
        );
    }
}

/// A fresh scratch directory for one test's own scripts.
fn scratch_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("diagnostics")
        .join(test);
    if dir.exists() {
        fs::remove_dir_all(&dir).expect("cannot clear the scratch directory");
    }
    fs::create_dir_all(&dir).expect("cannot create the scratch directory");
    dir
}

/// `npython check --format json` on `source`; returns the exit code and the diagnostics.
fn check_json(dir: &Path, file: &str, source: &str) -> (Option<i32>, Vec<Header>) {
    fs::write(dir.join(file), source).expect("cannot write the script");
    let out = npython(dir, &["check", file, "--format", "json"]);
    let stdout = text(&out.stdout);
    let value: serde_json::Value = serde_json::from_str(stdout.trim())
        .unwrap_or_else(|e| panic!("{file}: --format json is not JSON ({e}):\n{stdout}"));
    let entries = value
        .as_array()
        .unwrap_or_else(|| panic!("{file}: --format json must print an array:\n{stdout}"));
    (
        out.status.code(),
        entries.iter().map(header_from_json).collect(),
    )
}

#[test]
fn invalid_python_is_rejected_on_the_right_line() {
    // Each source is rejected by CPython 3.11 with a SyntaxError on the given line; nPython must refuse
    // it too (exit 1, an error on that line) rather than run it.
    let cases: [(&str, &str, u64); 14] = [
        ("unexpected indent", "x = 1\n  y = 2\n", 2),
        (
            "unexpected indent in a block",
            "if True:\n    x = 1\n      y = 2\n",
            3,
        ),
        (
            "dedent to no enclosing level",
            "if True:\n    x = 1\n  y = 2\n",
            3,
        ),
        ("walrus as a statement", "x = 5\nx := 3\n", 2),
        ("duplicate parameter", "def f(a, a):\n    return a\n", 1),
        ("duplicate lambda parameter", "f = lambda x, x: 1\n", 1),
        (
            "global after assignment",
            "def f():\n    x = 1\n    global x\n",
            3,
        ),
        ("nonlocal at module level", "nonlocal x\n", 1),
        ("leading zero in an int literal", "x = 08\n", 1),
        ("name after a string literal", "x = 'abc' 'def' f\n", 1),
        (
            "iterable unpacking after keyword unpacking",
            "def f(*a, **k):\n    pass\nf(**{}, *[])\n",
            3,
        ),
        (
            "bare star without keyword-only parameters",
            "def f(*, ):\n    pass\n",
            1,
        ),
        ("async as a name", "async = 1\n", 1),
        (
            "else block not indented",
            "for x in range(3):\n    pass\nelse:\npass\n",
            4,
        ),
    ];
    let dir = scratch_dir("invalid_python");
    let mut failures = Vec::new();
    for (i, (what, source, line)) in cases.iter().enumerate() {
        let file = format!("case{i}.py");
        let (code, diags) = check_json(&dir, &file, source);
        let on_line = diags
            .iter()
            .any(|d| d.severity == "error" && d.line == *line);
        if code != Some(1) || !on_line {
            failures.push(format!(
                "{what}: {source:?} must give exit 1 and an error on line {line}; got exit {code:?} and {diags:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} invalid script(s) accepted or misreported:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn unclosed_bracket_is_reported_at_the_bracket() {
    let dir = scratch_dir("unclosed_bracket");
    let (code, diags) = check_json(&dir, "open.py", "total = 1\nx = [1, 2\ny = 3\n");
    assert_eq!(code, Some(1), "{diags:?}");
    assert!(
        diags
            .iter()
            .any(|d| d.severity == "error" && d.line == 2 && d.col == 5),
        "the unclosed `[` is at 2:5 (CPython: \"'[' was never closed\" there); got {diags:?}"
    );
}

#[test]
fn unclosed_bracket_in_a_function_body_gives_no_spurious_indentation_error() {
    let dir = scratch_dir("unclosed_in_def");
    let (code, diags) = check_json(&dir, "open.py", "def f():\n    x = (1,\n        2\n");
    assert_eq!(code, Some(1), "{diags:?}");
    assert!(
        diags
            .iter()
            .any(|d| d.line == 2 && d.message.contains("bracket")),
        "the unclosed `(` on line 2 must be reported; got {diags:?}"
    );
    assert!(
        !diags
            .iter()
            .any(|d| d.message.contains("expected an indented block")),
        "the body of f is indented; an indentation error is spurious: {diags:?}"
    );
}

#[test]
fn a_print_call_is_not_called_a_python2_print_statement() {
    let dir = scratch_dir("print_call");
    let (code, diags) = check_json(&dir, "p.py", "print(1 if 2)\n");
    assert_eq!(code, Some(1), "{diags:?}");
    assert!(
        !diags
            .iter()
            .any(|d| d.message.contains("print is a function")),
        "`print(1 if 2)` already calls print; the error is the conditional expression without `else`: {diags:?}"
    );
}
