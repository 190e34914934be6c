//! End-to-end invariants of the `npython` binary, checked through `npython run` as a real process:
//!
//! * hostile source (10,000 nested brackets or parentheses) is refused with a diagnostic, never a crash;
//! * hostile data (100,000-deep nested lists) gives a catchable `RecursionError` in `repr` and `==`;
//! * the memory limit counts live memory only: churning 100x the limit in garbage is fine, growing past it
//!   kills the job (exit 3), and no script can catch a limit;
//! * the instruction, time and output limits kill the job with exit 3 and name the limit, even when the
//!   script wraps its work in `try/except BaseException`;
//! * 900-deep recursion works and 5000-deep recursion raises a catchable `RecursionError`;
//! * `--input NAME=JSON` values arrive as globals and `--json` reports the job in one JSON object;
//! * uncaught exceptions print CPython 3.11's traceback (frames, line numbers, function names, chains);
//! * a script's output does not depend on `--fuel-quantum`;
//! * `import os` is a catchable `ImportError` that points at the `fs` module and `scope`.
//!
//! Every run has a watchdog: a hung process is killed and reported as a failure instead of hanging the
//! test suite. An exit by signal (a crash) fails every assertion on the exit code.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_npython");

/// The longest any single run may take before the watchdog kills it.
const WATCHDOG: Duration = Duration::from_secs(60);

/// What one process run produced.
struct Run {
    /// The exit code; `None` when the process died from a signal.
    code: Option<i32>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

impl Run {
    /// The last non-empty line of stderr.
    fn last_stderr_line(&self) -> &str {
        self.stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
    }

    /// A short description of the run for assertion messages.
    fn describe(&self) -> String {
        format!(
            "exit code {:?} after {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.code,
            self.elapsed,
            clip(&self.stdout),
            clip(&self.stderr)
        )
    }

    /// Asserts the exit code, showing the whole run when it differs.
    fn assert_code(&self, expected: i32, what: &str) {
        assert_eq!(
            self.code,
            Some(expected),
            "{what}: expected exit code {expected}, got {}",
            self.describe()
        );
    }
}

/// The first and last 1500 characters of a long text.
fn clip(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= 3000 {
        return s.to_string();
    }
    let head: String = chars[..1500].iter().collect();
    let tail: String = chars[chars.len() - 1500..].iter().collect();
    format!(
        "{head}\n[... {} characters ...]\n{tail}",
        chars.len() - 3000
    )
}

/// A fresh, empty scratch directory for one test.
fn scratch_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("invariants")
        .join(test);
    if dir.exists() {
        fs::remove_dir_all(&dir).expect("cannot clear the scratch directory");
    }
    fs::create_dir_all(&dir).expect("cannot create the scratch directory");
    dir
}

/// Reads a child's pipe to the end on another thread, so a chatty child never blocks on a full pipe.
fn drain(pipe: Option<impl Read + Send + 'static>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            // A read error just ends the capture; the exit code is checked separately.
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Runs `program args` in `dir`, feeding `stdin`, under the watchdog.
fn run_process(program: &str, dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    run_process_within(program, dir, args, stdin, WATCHDOG)
}

/// Runs `program args` in `dir`, feeding `stdin`; kills it and fails the test after `watchdog`.
fn run_process_within(
    program: &str,
    dir: &Path,
    args: &[&str],
    stdin: Option<&str>,
    watchdog: Duration,
) -> Run {
    let start = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin was requested as a pipe");
        pipe.write_all(text.as_bytes())
            .expect("cannot write the script to stdin");
        // Dropping the pipe closes it, so the child sees end of file.
    }
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let status = loop {
        match child.try_wait().expect("cannot poll the child process") {
            Some(status) => break status,
            None if start.elapsed() > watchdog => {
                // Kill only the child this test started, by its handle.
                let _ = child.kill();
                let _ = child.wait();
                panic!("{program} {args:?} did not finish within {watchdog:?}; killed it");
            }
            None => thread::sleep(Duration::from_millis(5)),
        }
    };
    let elapsed = start.elapsed();
    let stdout = out.join().expect("the stdout reader panicked");
    let stderr = err.join().expect("the stderr reader panicked");
    Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        elapsed,
    }
}

/// Writes `source` to `file` in a fresh scratch directory for `test` and runs
/// `npython run file extra...` from that directory, so tracebacks show the relative name.
fn run_script(test: &str, file: &str, source: &str, extra: &[&str]) -> Run {
    let dir = scratch_dir(test);
    fs::write(dir.join(file), source).expect("cannot write the script");
    let mut args = vec!["run", file];
    args.extend_from_slice(extra);
    run_process(BIN, &dir, &args, None)
}

/// Parses the single JSON object `npython run --json` prints.
fn json_result(run: &Run) -> serde_json::Value {
    serde_json::from_str(run.stdout.trim())
        .unwrap_or_else(|e| panic!("--json must print one JSON object: {e}\n{}", run.describe()))
}

// ---------------------------------------------------------------------------------------------------
// (a) Hostile nesting in source code.

fn assert_nesting_refused(test: &str, source: &str) {
    let run = run_script(test, "nested.py", source, &[]);
    run.assert_code(
        2,
        "a script with 10,000 nested brackets must be refused as invalid",
    );
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("overflow"),
        "the compiler must not crash on deep nesting:\n{}",
        run.describe()
    );
    assert!(
        run.stderr.contains("nested.py:1:") && run.stderr.contains("error[nesting]"),
        "expected a `nested.py:1:COL: error[nesting]` diagnostic:\n{}",
        run.describe()
    );
    assert!(
        run.stderr.contains("too many nested"),
        "the diagnostic must say what is wrong:\n{}",
        run.describe()
    );
    assert!(
        run.stdout.is_empty(),
        "nothing may run:\n{}",
        run.describe()
    );
}

#[test]
fn ten_thousand_nested_brackets_are_a_diagnostic() {
    let source = format!(
        "x = {}{}\nprint(x)\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert_nesting_refused("nested_brackets", &source);
}

#[test]
fn ten_thousand_nested_parentheses_are_a_diagnostic() {
    let source = format!(
        "x = {}1{}\nprint(x)\n",
        "(".repeat(10_000),
        ")".repeat(10_000)
    );
    assert_nesting_refused("nested_parentheses", &source);
}

#[test]
fn deep_nesting_is_a_check_error_too() {
    let dir = scratch_dir("nested_check");
    let source = format!("x = {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    fs::write(dir.join("nested.py"), source).expect("cannot write the script");
    let run = run_process(BIN, &dir, &["check", "nested.py"], None);
    run.assert_code(1, "`npython check` on 10,000 nested brackets");
    assert!(
        run.stdout.contains("error[nesting]"),
        "check must report the nesting error:\n{}",
        run.describe()
    );
}

// ---------------------------------------------------------------------------------------------------
// (b) Hostile nesting in data.

const DEEP_LIST: &str = "x = []\nfor i in range(100000):\n    x = [x]\n";

fn assert_recursion_error(run: &Run, what: &str) {
    run.assert_code(1, what);
    assert!(
        run.last_stderr_line()
            .starts_with("RecursionError: maximum recursion depth exceeded"),
        "{what}: the last stderr line must be a RecursionError:\n{}",
        run.describe()
    );
    assert!(
        run.stderr.starts_with("Traceback (most recent call last):"),
        "{what}: a RecursionError is an ordinary uncaught exception with a traceback:\n{}",
        run.describe()
    );
}

#[test]
fn repr_of_a_100000_deep_list_is_a_recursion_error() {
    let run = run_script(
        "deep_repr",
        "deep.py",
        &format!("{DEEP_LIST}print(repr(x))\n"),
        &[],
    );
    assert_recursion_error(&run, "print(repr(x)) of a 100,000-deep list");
}

#[test]
fn printing_a_100000_deep_list_is_a_recursion_error() {
    let run = run_script(
        "deep_print",
        "deep.py",
        &format!("{DEEP_LIST}print(x)\n"),
        &[],
    );
    assert_recursion_error(&run, "print(x) of a 100,000-deep list");
}

#[test]
fn comparing_100000_deep_lists_is_a_recursion_error() {
    let source =
        "x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\nprint(x == y)\n";
    let run = run_script("deep_eq", "deep.py", source, &[]);
    assert_recursion_error(&run, "x == y on two 100,000-deep lists");
}

#[test]
fn deep_data_recursion_errors_are_catchable() {
    let source = format!(
        "{DEEP_LIST}try:\n    repr(x)\nexcept RecursionError:\n    print(\"caught repr\")\n\
         y = []\nfor i in range(100000):\n    y = [y]\n\
         try:\n    x == y\nexcept RecursionError:\n    print(\"caught eq\")\n\
         print(len(x))\n"
    );
    let run = run_script("deep_catch", "deep.py", &source, &[]);
    run.assert_code(0, "catching RecursionError from deep data");
    assert_eq!(
        run.stdout,
        "caught repr\ncaught eq\n1\n",
        "{}",
        run.describe()
    );
}

// ---------------------------------------------------------------------------------------------------
// (c), (d) Memory: live memory is limited, garbage is not.

#[test]
fn churning_100x_the_memory_limit_in_garbage_completes() {
    // 200,000 iterations, each dropping a ~4 KB string, a ~4 KB list and a small reference cycle:
    // over 1.6 GB allocated in total against an 8 MB limit on live memory.
    let source = "\
total = 0
for i in range(200000):
    s = \"x\" * (4000 + i % 7)
    l = [i] * 500
    cycle = {\"n\": i}
    cycle[\"self\"] = cycle
    total = total + len(s) + len(l) + cycle[\"self\"][\"n\"] % 2
print(total)
";
    let run = run_script(
        "memory_churn",
        "churn.py",
        source,
        &["--max-memory", "8000000"],
    );
    run.assert_code(0, "allocating 100x --max-memory in short-lived objects");
    // sum(4000 + i % 7) + 500 * 200000 + count(odd i)
    let expected: u64 = (0..200_000u64).map(|i| 4000 + i % 7 + 500 + i % 2).sum();
    assert_eq!(run.stdout, format!("{expected}\n"), "{}", run.describe());
}

fn assert_killed(run: &Run, limit_word: &str, what: &str) {
    run.assert_code(3, what);
    assert!(
        run.stderr.to_lowercase().contains(limit_word),
        "{what}: stderr must name the {limit_word} limit:\n{}",
        run.describe()
    );
    assert!(
        !run.stderr.contains("Traceback"),
        "{what}: a limit is not an exception and has no traceback:\n{}",
        run.describe()
    );
}

#[test]
fn growing_live_memory_past_the_limit_is_killed() {
    let source = "x = []\nwhile True:\n    x.append(\"abcdefgh\" * 100 + str(len(x)))\n";
    let run = run_script(
        "memory_grow",
        "grow.py",
        source,
        &["--max-memory", "8000000"],
    );
    assert_killed(
        &run,
        "memory",
        "appending to a list forever under --max-memory",
    );
}

#[test]
fn the_memory_limit_cannot_be_caught() {
    let source = "\
x = []
try:
    while True:
        x.append(\"abcdefgh\" * 100 + str(len(x)))
except BaseException:
    print(\"caught\")
print(\"after\")
";
    let run = run_script(
        "memory_uncatchable",
        "grow.py",
        source,
        &["--max-memory", "8000000"],
    );
    assert_killed(
        &run,
        "memory",
        "the memory limit inside try/except BaseException",
    );
    assert_eq!(run.stdout, "", "no handler may run: {}", run.describe());
}

#[test]
fn one_huge_allocation_is_killed_by_the_memory_limit() {
    for (name, expr) in [("string", "\"a\" * (10**9)"), ("list", "[0] * (10**9)")] {
        let source =
            format!("try:\n    x = {expr}\nexcept BaseException:\n    print(\"caught\")\n");
        let run = run_script(
            &format!("memory_huge_{name}"),
            "huge.py",
            &source,
            &["--max-memory", "8000000"],
        );
        assert_killed(&run, "memory", &format!("x = {expr} under an 8 MB limit"));
        assert_eq!(run.stdout, "", "no handler may run: {}", run.describe());
    }
}

// ---------------------------------------------------------------------------------------------------
// (e), (f), (g) Instruction, time and output limits.

#[test]
fn instruction_limit_kills_an_infinite_loop() {
    let run = run_script(
        "instructions",
        "spin.py",
        "while True:\n    pass\n",
        &["--max-instructions", "100000"],
    );
    assert_killed(
        &run,
        "instruction",
        "while True: pass under --max-instructions",
    );
}

#[test]
fn instruction_limit_cannot_be_caught() {
    let source = "\
try:
    while True:
        pass
except BaseException:
    print(\"caught\")
finally:
    print(\"finally\")
print(\"escaped\")
";
    let run = run_script(
        "instructions_uncatchable",
        "spin.py",
        source,
        &["--max-instructions", "100000"],
    );
    assert_killed(
        &run,
        "instruction",
        "an infinite loop inside try/except BaseException",
    );
    assert_eq!(
        run.stdout,
        "",
        "a killed job runs no handler: {}",
        run.describe()
    );
}

#[test]
fn timeout_kills_an_infinite_loop_promptly() {
    let run = run_script(
        "timeout",
        "spin.py",
        "while True:\n    pass\n",
        &["--timeout-ms", "200"],
    );
    assert_killed(&run, "time", "while True: pass under --timeout-ms 200");
    assert!(
        run.elapsed >= Duration::from_millis(200),
        "killed before the deadline: {}",
        run.describe()
    );
    assert!(
        run.elapsed < Duration::from_secs(5),
        "--timeout-ms 200 must stop the job within a few seconds: {}",
        run.describe()
    );
}

#[test]
fn timeout_stops_a_long_builtin_call_promptly() {
    // One builtin call that loops 3 billion times without allocating: the deadline must still hold.
    let dir = scratch_dir("timeout_builtin");
    fs::write(dir.join("sum.py"), "print(sum(range(3 * 10**9)))\n")
        .expect("cannot write the script");
    let run = run_process_within(
        BIN,
        &dir,
        &["run", "sum.py", "--timeout-ms", "200"],
        None,
        Duration::from_secs(10),
    );
    assert_killed(&run, "time", "sum(range(3 * 10**9)) under --timeout-ms 200");
    assert!(
        run.elapsed < Duration::from_secs(5),
        "--timeout-ms 200 must stop a long builtin call within a few seconds: {}",
        run.describe()
    );
}

#[test]
fn output_limit_kills_a_printing_loop() {
    let source = "\
try:
    while True:
        print(\"hello, world\")
except BaseException:
    pass
print(\"escaped\")
";
    let run = run_script("output", "chatty.py", source, &["--max-output", "1000"]);
    assert_killed(&run, "output", "printing forever under --max-output 1000");
    assert!(
        run.stdout.len() <= 1000,
        "at most 1000 bytes may be printed, got {}",
        run.stdout.len()
    );
    assert!(
        run.stdout.starts_with("hello, world\n") && !run.stdout.contains("escaped"),
        "the output before the limit is kept and nothing runs after it: {}",
        run.describe()
    );
}

// ---------------------------------------------------------------------------------------------------
// (h) Recursion depth.

const RECURSE: &str = "\
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


";

#[test]
fn recursion_900_deep_works() {
    let run = run_script(
        "recursion_900",
        "rec.py",
        &format!("{RECURSE}print(depth(900))\n"),
        &[],
    );
    run.assert_code(0, "900-deep recursion");
    assert_eq!(run.stdout, "900\n", "{}", run.describe());
}

#[test]
fn recursion_5000_deep_is_a_recursion_error() {
    let run = run_script(
        "recursion_5000",
        "rec.py",
        &format!("{RECURSE}print(depth(5000))\n"),
        &[],
    );
    assert_recursion_error(&run, "5000-deep recursion");
    assert!(
        run.stderr.contains("in depth"),
        "the traceback names the recursing function:\n{}",
        run.describe()
    );
}

#[test]
fn recursion_error_is_catchable_and_the_script_continues() {
    let source = format!(
        "{RECURSE}try:\n    depth(5000)\nexcept RecursionError:\n    print(\"caught\")\nprint(depth(900))\n"
    );
    let run = run_script("recursion_catch", "rec.py", &source, &[]);
    run.assert_code(0, "catching a RecursionError");
    assert_eq!(run.stdout, "caught\n900\n", "{}", run.describe());
}

// ---------------------------------------------------------------------------------------------------
// (i) Inputs and --json.

#[test]
fn inputs_arrive_as_globals() {
    let source = "\
print(type(cfg).__name__, cfg[\"name\"], cfg[\"tags\"], cfg[\"nested\"][\"ok\"])
print(type(items).__name__, items, sum(items))
print(word, len(word), word[-1])
print(neg, flt, nothing, flag, small + 1)
";
    let run = run_script(
        "inputs",
        "inputs.py",
        source,
        &[
            "--input",
            r#"cfg={"name": "agent", "tags": ["a", "b"], "nested": {"ok": true}}"#,
            "--input",
            "items=[1, 2, 3]",
            "--input",
            r#"word="héllo ✓ 日本 😀""#,
            "--input",
            "neg=-5",
            "--input",
            "flt=1.5",
            "--input",
            "nothing=null",
            "--input",
            "flag=false",
            "--input",
            "small=9223372036854775806",
        ],
    );
    run.assert_code(0, "a script reading --input globals");
    assert_eq!(
        run.stdout,
        "dict agent ['a', 'b'] True\n\
         list [1, 2, 3] 6\n\
         héllo ✓ 日本 😀 12 😀\n\
         -5 1.5 None False 9223372036854775807\n",
        "{}",
        run.describe()
    );
}

#[test]
fn big_int_inputs_stay_exact_ints() {
    let run = run_script(
        "inputs_bigint",
        "big.py",
        "print(big, type(big).__name__, big + 1)\n",
        &["--input", "big=123456789012345678901234567890"],
    );
    run.assert_code(0, "a script reading a big int --input");
    assert_eq!(
        run.stdout,
        "123456789012345678901234567890 int 123456789012345678901234567891\n",
        "a JSON integer beyond 64 bits must arrive as an exact int: {}",
        run.describe()
    );
}

#[test]
fn json_reports_status_stdout_result_and_instructions() {
    let source =
        "print(\"hello\")\nx = 1\n{\"a\": [1, 2], \"b\": \"ü\", \"c\": None, \"d\": 2.5}\n";
    let run = run_script("json_ok", "job.py", source, &["--json"]);
    run.assert_code(0, "--json on a script that ends normally");
    let v = json_result(&run);
    assert_eq!(v["status"], "ok", "{v}");
    assert_eq!(v["stdout"], "hello\n", "{v}");
    assert_eq!(
        v["result"],
        serde_json::json!({"a": [1, 2], "b": "ü", "c": null, "d": 2.5}),
        "{v}"
    );
    assert!(
        v.get("result_repr").is_none_or(|r| r == false),
        "a JSON-representable result is not a repr: {v}"
    );
    assert!(
        v["instructions"].as_u64().is_some_and(|n| n > 0),
        "instructions must be a positive count: {v}"
    );
    assert_eq!(
        run.stdout.trim().lines().count(),
        1,
        "--json prints exactly one line and not the script's output: {}",
        run.describe()
    );
}

#[test]
fn json_result_without_a_json_form_is_a_repr() {
    let cases = [
        ("set", "{1, 2, 3}\n", Some("{1, 2, 3}")),
        ("function", "def f():\n    pass\nf\n", None),
    ];
    for (name, source, repr) in cases {
        let run = run_script(&format!("json_repr_{name}"), "job.py", source, &["--json"]);
        run.assert_code(0, &format!("--json on a script ending in a {name}"));
        let v = json_result(&run);
        assert_eq!(v["status"], "ok", "{v}");
        assert_eq!(v["result_repr"], true, "a {name} has no JSON form: {v}");
        let text = v["result"]
            .as_str()
            .unwrap_or_else(|| panic!("a repr result is a string: {v}"));
        match repr {
            Some(r) => assert_eq!(text, r, "{v}"),
            None => assert!(text.starts_with("<function f"), "{v}"),
        }
    }
}

#[test]
fn json_big_int_result_stays_exact() {
    let run = run_script("json_bigint", "job.py", "2 ** 100\n", &["--json"]);
    run.assert_code(0, "--json on a script ending in 2 ** 100");
    // Checked on the raw text: parsing into f64-backed numbers would hide a lossy encoding.
    assert!(
        run.stdout
            .contains(r#""result":1267650600228229401496703205376"#),
        "the result must be the exact integer 1267650600228229401496703205376: {}",
        run.describe()
    );
}

#[test]
fn json_reports_errors_and_kills() {
    let run = run_script(
        "json_error",
        "job.py",
        "print(\"before\")\nraise ValueError(\"bad\")\n",
        &["--json"],
    );
    run.assert_code(1, "--json on an uncaught exception");
    let v = json_result(&run);
    assert_eq!(v["status"], "error", "{v}");
    assert_eq!(v["stdout"], "before\n", "{v}");
    assert_eq!(v["error"]["type"], "ValueError", "{v}");
    assert_eq!(v["error"]["message"], "bad", "{v}");
    assert_eq!(v["error"]["line"], 2, "{v}");

    let run = run_script(
        "json_killed",
        "job.py",
        "while True:\n    pass\n",
        &["--json", "--max-instructions", "1000"],
    );
    run.assert_code(3, "--json on a killed job");
    let v = json_result(&run);
    assert_eq!(v["status"], "killed", "{v}");
    assert_eq!(v["limit"], "instructions", "{v}");
}

// ---------------------------------------------------------------------------------------------------
// (j) Tracebacks, compared with CPython 3.11.

/// Drops CPython 3.11's position-marker lines (`^^^^` and `~~~^~~`), which nPython does not print.
fn without_position_markers(text: &str) -> String {
    text.lines()
        .filter(|l| {
            let t = l.trim();
            t.is_empty() || !t.chars().all(|c| c == '^' || c == '~')
        })
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The lines that make up a traceback's structure: headers, `File` lines, chain separators and
/// `Type: message` lines (the indented source lines are left out).
fn traceback_structure(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.is_empty() && (!l.starts_with(' ') || l.starts_with("  File ")))
        .map(str::to_string)
        .collect()
}

/// The `python3 --version` output when it is CPython, `None` when there is no python3.
fn python_version() -> Option<String> {
    let out = Command::new("python3").arg("--version").output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    Some(text.trim().to_string())
}

/// Runs `source` as `file` under npython and compares its stderr with `expected`, the text CPython 3.11
/// prints for it (position markers left out). When `python3` is CPython 3.11 the expectation itself is
/// first checked against it; with another python3 the traceback structure is compared with it as well.
fn assert_traceback_matches_cpython(test: &str, file: &str, source: &str, expected: &str) {
    let run = run_script(test, file, source, &[]);

    // First make sure the recorded expectation is what CPython prints, independently of npython.
    let mut other_python = None;
    match python_version() {
        None => eprintln!("note: no python3; comparing with the recorded CPython 3.11 traceback"),
        Some(version) => {
            let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join("invariants")
                .join(test);
            let py = run_process("python3", &dir, &[file], None);
            assert_eq!(py.code, Some(1), "python3 must fail too: {}", py.describe());
            // CPython names the script by its absolute path; npython by the name it was given.
            let abs = dir.join(file);
            let py_stderr = py
                .stderr
                .replace(&format!("\"{}\"", abs.display()), &format!("\"{file}\""));
            if version.starts_with("Python 3.11.") {
                assert_eq!(
                    without_position_markers(&py_stderr),
                    expected,
                    "the recorded expectation is stale: CPython 3.11 prints something else"
                );
            } else {
                other_python = Some((version, py_stderr));
            }
        }
    }

    run.assert_code(1, "an uncaught exception");
    assert_eq!(
        without_position_markers(&run.stderr),
        expected,
        "npython's traceback differs from CPython 3.11's:\n--- npython ---\n{}--- CPython 3.11 ---\n{}",
        run.stderr,
        expected
    );
    if let Some((version, py_stderr)) = other_python {
        eprintln!("note: {version} is not CPython 3.11; comparing traceback structure with it");
        assert_eq!(
            traceback_structure(&run.stderr),
            traceback_structure(&py_stderr),
            "traceback structure differs from {version}"
        );
    }
}

#[test]
fn traceback_of_nested_calls_matches_cpython() {
    let source = "\
def parse(text):
    raise ValueError(\"bad value: \" + text)


def middle(text):
    parse(text)


def outer():
    middle(\"abc\")


outer()
";
    let expected = "\
Traceback (most recent call last):
  File \"tb.py\", line 13, in <module>
    outer()
  File \"tb.py\", line 10, in outer
    middle(\"abc\")
  File \"tb.py\", line 6, in middle
    parse(text)
  File \"tb.py\", line 2, in parse
    raise ValueError(\"bad value: \" + text)
ValueError: bad value: abc
";
    assert_traceback_matches_cpython("traceback_nested", "tb.py", source, expected);
}

#[test]
fn traceback_of_an_exception_chain_matches_cpython() {
    let source = "\
def parse(s):
    return int(s)


def load(s):
    try:
        return parse(s)
    except ValueError as e:
        raise KeyError(\"cannot load \" + s) from e


def main():
    try:
        load(\"x\")
    except KeyError:
        raise RuntimeError(\"main failed\")


main()
";
    let expected = "\
Traceback (most recent call last):
  File \"chain.py\", line 7, in load
    return parse(s)
  File \"chain.py\", line 2, in parse
    return int(s)
ValueError: invalid literal for int() with base 10: 'x'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File \"chain.py\", line 14, in main
    load(\"x\")
  File \"chain.py\", line 9, in load
    raise KeyError(\"cannot load \" + s) from e
KeyError: 'cannot load x'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File \"chain.py\", line 19, in <module>
    main()
  File \"chain.py\", line 16, in main
    raise RuntimeError(\"main failed\")
RuntimeError: main failed
";
    assert_traceback_matches_cpython("traceback_chain", "chain.py", source, expected);
}

#[test]
fn traceback_of_raise_from_none_matches_cpython() {
    let source = "\
def f():
    raise ValueError(\"a\") from None


try:
    f()
except ValueError:
    raise TypeError(\"b\")
";
    let expected = "\
Traceback (most recent call last):
  File \"none.py\", line 6, in <module>
    f()
  File \"none.py\", line 2, in f
    raise ValueError(\"a\") from None
ValueError: a

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File \"none.py\", line 8, in <module>
    raise TypeError(\"b\")
TypeError: b
";
    assert_traceback_matches_cpython("traceback_from_none", "none.py", source, expected);
}

#[test]
fn traceback_of_an_error_raised_by_an_operation_inside_except_matches_cpython() {
    // The implicit context must be recorded for every exception raised while handling another, not
    // only for `raise` statements.
    let source = "\
def lookup(d):
    try:
        return int(d[\"n\"])
    except ValueError:
        return d[\"fallback\"]


lookup({\"n\": \"x\"})
";
    let expected = "\
Traceback (most recent call last):
  File \"ctx.py\", line 3, in lookup
    return int(d[\"n\"])
ValueError: invalid literal for int() with base 10: 'x'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File \"ctx.py\", line 8, in <module>
    lookup({\"n\": \"x\"})
  File \"ctx.py\", line 5, in lookup
    return d[\"fallback\"]
KeyError: 'fallback'
";
    assert_traceback_matches_cpython("traceback_context_op", "ctx.py", source, expected);
}

#[test]
fn traceback_of_recursive_calls_matches_cpython() {
    let source = "\
def countdown(n):
    if n == 0:
        raise ValueError(\"done\")
    countdown(n - 1)


countdown(2)
";
    let expected = "\
Traceback (most recent call last):
  File \"rec.py\", line 7, in <module>
    countdown(2)
  File \"rec.py\", line 4, in countdown
    countdown(n - 1)
  File \"rec.py\", line 4, in countdown
    countdown(n - 1)
  File \"rec.py\", line 3, in countdown
    raise ValueError(\"done\")
ValueError: done
";
    assert_traceback_matches_cpython("traceback_recursive", "rec.py", source, expected);
}

#[test]
fn traceback_of_a_bare_reraise_matches_cpython() {
    let source = "\
def check(v):
    if v > 2:
        raise ValueError(\"too big: \" + str(v))
    return v


try:
    [check(v) for v in [1, 2, 3]]
except ValueError:
    raise
";
    let expected = "\
Traceback (most recent call last):
  File \"reraise.py\", line 8, in <module>
    [check(v) for v in [1, 2, 3]]
  File \"reraise.py\", line 8, in <listcomp>
    [check(v) for v in [1, 2, 3]]
  File \"reraise.py\", line 3, in check
    raise ValueError(\"too big: \" + str(v))
ValueError: too big: 3
";
    assert_traceback_matches_cpython("traceback_reraise", "reraise.py", source, expected);
}

#[test]
fn traceback_through_finally_matches_cpython() {
    let source = "\
def f():
    try:
        raise ValueError(\"inner\")
    finally:
        print(\"cleanup\")


f()
";
    let expected = "\
Traceback (most recent call last):
  File \"fin.py\", line 8, in <module>
    f()
  File \"fin.py\", line 3, in f
    raise ValueError(\"inner\")
ValueError: inner
";
    assert_traceback_matches_cpython("traceback_finally", "fin.py", source, expected);
}

// ---------------------------------------------------------------------------------------------------
// (k) Output never depends on the fuel quantum.

#[test]
fn output_is_the_same_at_every_fuel_quantum() {
    let source = "\
words = [\"pear\", \"fig\", \"banana\", \"kiwi\", \"apple\", \"cherry\", \"date\"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1], reverse=True))
print(max(words, key=len), min(words, key=lambda w: w[1]))
print(max(range(-50, 50), key=lambda v: (v * 7) % 13))


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def total(items):
    return sum(sorted(items, key=lambda v: -depth(v % 50)))


print(depth(900))
print(total(list(range(200))))
print([depth(k) for k in sorted([30, 10, 20], key=lambda v: depth(v))])
";
    // What CPython 3.11 prints for it.
    let expected = "\
['fig', 'date', 'kiwi', 'pear', 'apple', 'banana', 'cherry']
['cherry', 'pear', 'kiwi', 'fig', 'apple', 'date', 'banana']
banana banana
-41
900
19900
[10, 20, 30]
";
    for quantum in [None, Some("1"), Some("7")] {
        let extra: Vec<&str> = quantum.map_or(vec![], |q| vec!["--fuel-quantum", q]);
        let run = run_script("fuel_quantum", "fuel.py", source, &extra);
        run.assert_code(0, &format!("the script at fuel quantum {quantum:?}"));
        assert_eq!(
            run.stdout,
            expected,
            "output at fuel quantum {quantum:?} differs: {}",
            run.describe()
        );
    }
}

// ---------------------------------------------------------------------------------------------------
// (l) No ambient authority.

#[test]
fn import_os_is_a_catchable_import_error_pointing_at_fs_and_scope() {
    let source = "\
try:
    import os
except ImportError as e:
    print(\"caught\", isinstance(e, ImportError))
    print(str(e))
try:
    from os import path
except ImportError:
    print(\"caught from-import\")
";
    let run = run_script("import_os", "imp.py", source, &[]);
    run.assert_code(0, "catching the ImportError of `import os`");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", run.describe());
    assert_eq!(lines[0], "caught True", "{}", run.describe());
    assert!(
        lines[1].contains("fs") && lines[1].contains("scope"),
        "the ImportError must point at the fs module and scope: {}",
        run.describe()
    );
    assert_eq!(lines[2], "caught from-import", "{}", run.describe());
}

#[test]
fn uncaught_import_os_fails_with_an_import_error() {
    let run = run_script("import_os_uncaught", "imp.py", "import os\nprint(1)\n", &[]);
    run.assert_code(1, "an uncaught `import os`");
    assert!(
        run.last_stderr_line().contains("No module named 'os'"),
        "{}",
        run.describe()
    );
    assert_eq!(run.stdout, "", "{}", run.describe());
}
