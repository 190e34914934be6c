//! The `npython` command line: usage errors exit 2 with a message (unknown subcommand, missing file,
//! malformed `--input`), `npython run -` reads the script from stdin, `npython disasm` prints bytecode,
//! and an uncaught exception at the top level prints a traceback that ends in `in <module>` frames.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_npython");

/// A fresh scratch directory for one test.
fn scratch_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(test);
    if dir.exists() {
        fs::remove_dir_all(&dir).expect("cannot clear the scratch directory");
    }
    fs::create_dir_all(&dir).expect("cannot create the scratch directory");
    dir
}

/// Runs `npython args...` from `dir`, feeding `stdin` when given.
fn npython(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
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
        .unwrap_or_else(|e| panic!("cannot run npython {args:?}: {e}"));
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin was requested as a pipe");
        pipe.write_all(text.as_bytes())
            .expect("cannot write to npython's stdin");
        // Dropping the pipe closes it: npython sees end of file.
    }
    child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("npython {args:?} did not finish: {e}"))
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts a usage error: exit 2, nothing on stdout, a message on stderr containing `needle`.
fn assert_usage_error(out: &Output, needle: &str, what: &str) {
    assert_eq!(
        out.status.code(),
        Some(2),
        "{what}: a usage error exits 2\nstdout: {}\nstderr: {}",
        stdout(out),
        stderr(out)
    );
    assert!(
        out.stdout.is_empty(),
        "{what}: nothing may run: {}",
        stdout(out)
    );
    assert!(
        stderr(out).contains(needle),
        "{what}: stderr must mention `{needle}`:\n{}",
        stderr(out)
    );
}

/// A directory holding `hello.py`, a script that prints one line.
fn with_hello(test: &str) -> PathBuf {
    let dir = scratch_dir(test);
    fs::write(dir.join("hello.py"), "print(\"hello\")\n").expect("cannot write hello.py");
    dir
}

#[test]
fn unknown_subcommand_is_a_usage_error() {
    let dir = scratch_dir("unknown_subcommand");
    let out = npython(&dir, &["frobnicate", "x.py"], None);
    assert_usage_error(&out, "frobnicate", "an unknown subcommand");
}

#[test]
fn no_subcommand_is_a_usage_error() {
    let dir = scratch_dir("no_subcommand");
    let out = npython(&dir, &[], None);
    assert_usage_error(&out, "Usage", "no subcommand");
}

#[test]
fn unknown_option_is_a_usage_error() {
    let dir = with_hello("unknown_option");
    let out = npython(&dir, &["run", "hello.py", "--max-bananas", "3"], None);
    assert_usage_error(&out, "--max-bananas", "an unknown option");
}

#[test]
fn bad_limit_value_is_a_usage_error() {
    let dir = with_hello("bad_limit");
    let out = npython(&dir, &["run", "hello.py", "--max-memory", "lots"], None);
    assert_usage_error(&out, "--max-memory", "a non-numeric limit");
}

#[test]
fn missing_file_is_a_usage_error() {
    let dir = scratch_dir("missing_file");
    for sub in ["run", "check", "disasm"] {
        let out = npython(&dir, &[sub, "does_not_exist.py"], None);
        assert_usage_error(
            &out,
            "does_not_exist.py",
            &format!("`{sub}` of a missing file"),
        );
    }
}

#[test]
fn missing_file_argument_is_a_usage_error() {
    let dir = scratch_dir("missing_argument");
    for sub in ["run", "check", "disasm"] {
        let out = npython(&dir, &[sub], None);
        assert_usage_error(&out, "Usage", &format!("`{sub}` without a file"));
    }
}

#[test]
fn input_without_equals_sign_is_a_usage_error() {
    let dir = with_hello("input_no_equals");
    let out = npython(&dir, &["run", "hello.py", "--input", "limit"], None);
    assert_usage_error(&out, "NAME=JSON", "--input without `=`");
}

#[test]
fn input_with_invalid_json_is_a_usage_error() {
    let dir = with_hello("input_bad_json");
    for bad in ["cfg={not json}", "cfg=", "cfg=[1, 2", "cfg='single quotes'"] {
        let out = npython(&dir, &["run", "hello.py", "--input", bad], None);
        assert_usage_error(&out, "invalid JSON", &format!("--input {bad}"));
    }
}

#[test]
fn input_name_must_be_an_identifier() {
    // A value bound to no possible global name is a mistake in the command line, not something to ignore.
    let dir = with_hello("input_bad_name");
    for bad in ["=3", "1x=3", "my-var=3", "a b=3"] {
        let out = npython(&dir, &["run", "hello.py", "--input", bad], None);
        assert_usage_error(&out, "--input", &format!("--input {bad}"));
    }
}

#[test]
fn run_dash_reads_the_script_from_stdin() {
    let dir = scratch_dir("stdin");
    let out = npython(
        &dir,
        &["run", "-"],
        Some("total = 0\nfor i in range(10):\n    total += i\nprint(\"sum\", total)\n"),
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "sum 45\n");
    assert_eq!(stderr(&out), "");
}

#[test]
fn run_dash_names_the_script_stdin_in_tracebacks() {
    let dir = scratch_dir("stdin_traceback");
    let out = npython(
        &dir,
        &["run", "-"],
        Some("x = 1\nraise ValueError(\"from stdin\")\n"),
    );
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("  File \"<stdin>\", line 2, in <module>\n"),
        "the traceback names <stdin>:\n{err}"
    );
    assert!(err.ends_with("ValueError: from stdin\n"), "{err}");
}

#[test]
fn run_dash_accepts_inputs_and_limits() {
    let dir = scratch_dir("stdin_inputs");
    let out = npython(
        &dir,
        &["run", "-", "--input", "n=5", "--max-instructions", "100000"],
        Some("print(n * 2)\n"),
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "10\n");
}

#[test]
fn check_dash_reads_stdin() {
    let dir = scratch_dir("check_stdin");
    let out = npython(&dir, &["check", "-"], Some("x = 1\nreturn x\n"));
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    assert!(
        stdout(&out).starts_with("<stdin>:2:1: error[syntax]: 'return' outside function\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn disasm_shows_instruction_names() {
    let dir = scratch_dir("disasm");
    fs::write(
        dir.join("small.py"),
        "x = \"hello\"\ndef double(v):\n    return v * 2\nprint(double(x))\n",
    )
    .expect("cannot write small.py");
    let out = npython(&dir, &["disasm", "small.py"], None);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let text = stdout(&out);
    for name in ["LoadConst", "Return", "small.py", "double", "<module>"] {
        assert!(
            text.contains(name),
            "disasm output must mention `{name}`:\n{text}"
        );
    }
}

#[test]
fn disasm_of_an_invalid_script_exits_2_with_diagnostics() {
    let dir = scratch_dir("disasm_invalid");
    fs::write(dir.join("bad.py"), "if x\n    pass\n").expect("cannot write bad.py");
    let out = npython(&dir, &["disasm", "bad.py"], None);
    assert_eq!(out.status.code(), Some(2), "stdout: {}", stdout(&out));
    assert!(
        stderr(&out).contains("bad.py:1:"),
        "the diagnostics go to stderr:\n{}",
        stderr(&out)
    );
}

#[test]
fn uncaught_exception_at_top_level_shows_module_frame() {
    let dir = scratch_dir("top_level");
    fs::write(
        dir.join("top.py"),
        "print(\"start\")\nitems = [1, 2]\nitems[5]\n",
    )
    .expect("cannot write top.py");
    let out = npython(&dir, &["run", "top.py"], None);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "start\n", "output before the error is kept");
    assert_eq!(
        stderr(&out),
        "Traceback (most recent call last):\n  \
         File \"top.py\", line 3, in <module>\n    \
         items[5]\n\
         IndexError: list index out of range\n"
    );
}

#[test]
fn exit_codes_follow_the_contract() {
    let dir = scratch_dir("exit_codes");
    let cases: [(&str, &str, &[&str], i32); 4] = [
        ("ok.py", "print(1)\n", &[], 0),
        ("raises.py", "1 / 0\n", &[], 1),
        ("invalid.py", "def f(:\n", &[], 2),
        (
            "killed.py",
            "while True:\n    pass\n",
            &["--max-instructions", "1000"],
            3,
        ),
    ];
    for (file, source, extra, code) in cases {
        fs::write(dir.join(file), source).expect("cannot write the script");
        let mut args = vec!["run", file];
        args.extend_from_slice(extra);
        let out = npython(&dir, &args, None);
        assert_eq!(
            out.status.code(),
            Some(code),
            "{file}: expected exit {code}\nstdout: {}\nstderr: {}",
            stdout(&out),
            stderr(&out)
        );
    }
}

/// Runs `npython token ...` against the key store in `home`.
fn token_cmd(home: &Path, args: &[&str]) -> Output {
    let mut full = vec!["token"];
    full.extend_from_slice(args);
    Command::new(BIN)
        .args(&full)
        .env("NPYTHON_HOME", home)
        .output()
        .unwrap_or_else(|e| panic!("cannot run npython {full:?}: {e}"))
}

#[test]
fn token_mint_inspect_attenuate_and_revoke_share_one_key_store() {
    let home = scratch_dir("token_store").join("home");
    let out = token_cmd(
        &home,
        &[
            "mint",
            "--tenant",
            "acme",
            "--cap",
            "http",
            "--allow-host",
            "api.example.com",
            "--expires",
            "1h",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let token = stdout
        .lines()
        .last()
        .expect("the token is the last line")
        .to_string();
    assert!(token.starts_with("npy1_"), "{stdout}");

    let inspect = token_cmd(&home, &["inspect", &token]);
    let text = String::from_utf8_lossy(&inspect.stdout).into_owned();
    assert!(
        text.contains("tenant:     acme") && text.contains("verifies here: yes"),
        "{text}"
    );
    assert!(
        !text.contains(&token),
        "inspect never echoes the secret token"
    );

    let narrowed = token_cmd(&home, &["attenuate", &token, "--allow-method", "GET"]);
    assert!(
        narrowed.status.success(),
        "{}",
        String::from_utf8_lossy(&narrowed.stderr)
    );

    assert!(token_cmd(&home, &["revoke", &token]).status.success());
    let after = token_cmd(&home, &["inspect", &token]);
    let text = String::from_utf8_lossy(&after.stdout).into_owned();
    assert!(
        !text.contains("verifies here: yes"),
        "a revoked token no longer verifies: {text}"
    );

    let forged = token_cmd(&home, &["inspect", "npy1_not-a-token"]);
    assert_eq!(forged.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&forged.stderr).contains("not a valid token"));
}

#[test]
fn seed_makes_random_reproducible() {
    let dir = scratch_dir("seed");
    fs::write(dir.join("r.py"), "import random\nrandom.random()\n").expect("script");
    let draw = |extra: &[&str]| {
        let mut args = vec!["run", "--json", "r.py"];
        args.extend_from_slice(extra);
        let out = npython(&dir, &args, None);
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).expect("json");
        v["result"].clone()
    };
    assert_eq!(draw(&["--seed", "5"]), draw(&["--seed", "5"]));
    assert_ne!(draw(&["--seed", "5"]), draw(&["--seed", "6"]));
    assert_eq!(draw(&[]), draw(&["--seed", "0"]));
}

/// Prints to both streams: `print(file=sys.stderr)` and `sys.stderr.write`, between stdout prints.
const BOTH_STREAMS: &str = "import sys\nprint('a')\nprint('b', file=sys.stderr)\nsys.stderr.write('c\\n')\nsys.stdout.write('d\\n')\n";

#[test]
fn run_sends_the_scripts_stderr_to_stderr_and_not_stdout() {
    let dir = scratch_dir("stderr-stream");
    let out = npython(&dir, &["run", "-"], Some(BOTH_STREAMS));
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "a\nd\n");
    assert_eq!(stderr(&out), "b\nc\n");
}

#[test]
fn run_json_reports_stderr_apart_from_stdout() {
    let dir = scratch_dir("stderr-json");
    let out = npython(&dir, &["run", "--json", "-"], Some(BOTH_STREAMS));
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "",
        "with --json the script's stderr is in the object"
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).expect("json");
    assert_eq!(v["stdout"], "a\nd\n");
    assert_eq!(v["stderr"], "b\nc\n");
    let quiet = npython(&dir, &["run", "--json", "-"], Some("print('x')\n"));
    let v: serde_json::Value = serde_json::from_str(stdout(&quiet).trim()).expect("json");
    assert_eq!(
        v["stderr"], "",
        "always present, empty when nothing was written"
    );
}

#[test]
fn run_streams_stderr_in_order_with_stdout_when_they_share_a_file() {
    // `2>&1`: both descriptors on one open file. A quantum of 1 instruction puts each write in its own
    // quantum, and the runner hands each quantum's text on as it comes, so the order is the script's.
    let dir = scratch_dir("stderr-order");
    fs::write(dir.join("both.py"), BOTH_STREAMS).expect("script");
    let log = fs::File::create(dir.join("out.log")).expect("log");
    let status = Command::new(BIN)
        .args(["run", "--fuel-quantum", "1", "both.py"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(log.try_clone().expect("dup"))
        .stderr(log)
        .status()
        .expect("runs");
    assert!(status.success());
    assert_eq!(
        fs::read_to_string(dir.join("out.log")).expect("log"),
        "a\nb\nc\nd\n"
    );
}

#[test]
fn stdout_and_stderr_share_one_output_limit() {
    let dir = scratch_dir("stderr-limit");
    // 6 bytes on each stream: either alone fits in 10, together they do not.
    let script = "import sys\nprint('12345')\nprint('12345', file=sys.stderr)\nprint('never')\n";
    let out = npython(&dir, &["run", "--max-output", "10", "-"], Some(script));
    assert_eq!(out.status.code(), Some(3), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "12345\n");
    assert_eq!(
        stderr(&out),
        "npython: killed: output limit exceeded (limit: output; raise it with --max-output)\n"
    );
    let out = npython(
        &dir,
        &["run", "--json", "--max-output", "10", "-"],
        Some(script),
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).expect("json");
    assert_eq!(v["status"], "killed");
    assert_eq!(v["limit"], "output");
    assert_eq!(v["stderr"], "");
    // Writing only to stderr is limited the same way.
    let out = npython(
        &dir,
        &["run", "--json", "--max-output", "10", "-"],
        Some("import sys\nfor i in range(100):\n    sys.stderr.write('x')\n"),
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).expect("json");
    assert_eq!(v["limit"], "output", "{v}");
    assert_eq!(v["stderr"], "x".repeat(10));
}
