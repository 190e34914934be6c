//! The documents models and people read say what the engine does: docs/PROMPT.md's system-prompt block and
//! README's module allowlist are checked against the real `npython` binary.
//!
//! * every module PROMPT.md names imports, and every module the engine allows is named (the engine lists its
//!   allowlist in the ImportError of an unknown module);
//! * everything PROMPT.md calls unavailable fails when tried (the modules, the builtins, the missing names);
//! * README's allowlist is the engine's;
//! * every row of USAGE.md's table of refusals raises the error it shows.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn doc(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Runs `source` through `npython run -`: (exit code, stdout, stderr).
fn run(source: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_npython"))
        .args(["run", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start npython");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(source.as_bytes())
        .expect("cannot write the script");
    let out = child.wait_with_output().expect("cannot wait for npython");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The engine's allowlist, from the ImportError of a module that does not exist.
fn engine_allowlist() -> BTreeSet<String> {
    let (code, _, stderr) = run("import no_such_module_for_the_docs_test\n");
    assert_eq!(code, 1, "an unknown import must raise: {stderr}");
    let list = stderr
        .rsplit_once("module allowlist: ")
        .map(|(_, l)| l.trim().trim_end_matches(')'))
        .unwrap_or_else(|| panic!("the ImportError does not list the allowlist: {stderr}"));
    list.split(", ")
        .map(str::to_string)
        // `urllib` is importable only as the parent of `urllib.parse`; the docs name the latter.
        .filter(|m| m != "urllib")
        .collect()
}

/// The ```text block of PROMPT.md.
fn prompt_block() -> String {
    let text = doc("docs/PROMPT.md");
    let start = text
        .find("```text\n")
        .expect("PROMPT.md has a ```text block")
        + 8;
    let len = text[start..].find("```").expect("the block is closed");
    text[start..start + len].to_string()
}

/// The words of the block between `from` and `to`, flattened over line breaks.
fn between(block: &str, from: &str, to: &str) -> String {
    let start = block
        .find(from)
        .unwrap_or_else(|| panic!("PROMPT.md's block lacks {from:?}"))
        + from.len();
    let len = block[start..]
        .find(to)
        .unwrap_or_else(|| panic!("PROMPT.md's block lacks {to:?} after {from:?}"));
    block[start..start + len]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn names(list: &str) -> Vec<String> {
    list.split([',', ' '])
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '_' && c != '.'))
        .filter(|w| !w.is_empty() && *w != "and" && *w != "...")
        .map(str::to_string)
        .collect()
}

#[test]
fn prompt_names_exactly_the_modules_the_engine_allows() {
    let block = prompt_block();
    let mut named: BTreeSet<String> = names(&between(&block, "MODULES you can import:", ", plus"))
        .into_iter()
        .collect();
    named.extend(names(&between(&block, ", plus", "(see CAPABILITIES)")));
    let allowed = engine_allowlist();
    assert_eq!(
        named, allowed,
        "PROMPT.md's module list differs from the engine's allowlist"
    );
    let script: String = named.iter().map(|m| format!("import {m}\n")).collect();
    let (code, _, stderr) = run(&script);
    assert_eq!(
        code, 0,
        "a module PROMPT.md names does not import: {stderr}"
    );
}

#[test]
fn what_prompt_calls_unavailable_fails() {
    let block = prompt_block();
    for module in names(&between(&block, "Any other import (", ") raises")) {
        let (code, _, stderr) = run(&format!("import {module}\n"));
        assert!(
            code == 1 && stderr.contains("ModuleNotFoundError"),
            "PROMPT.md says `import {module}` fails, but it gave exit {code}: {stderr}"
        );
    }
    for builtin in names(&between(&block, "NOT AVAILABLE by design:", ". There")) {
        let (code, _, stderr) = run(&format!("{builtin}('x')\n"));
        assert_eq!(
            code, 1,
            "PROMPT.md says `{builtin}` is unavailable, but calling it did not raise: {stderr}"
        );
    }
    for missing in names(&between(&block, "Also missing:", " (and")) {
        let script = match missing.split_once('.') {
            Some((module, name)) => format!("import {module}\n{module}.{name}\n"),
            None => format!("{missing}\n"),
        };
        let (code, _, stderr) = run(&script);
        assert_eq!(
            code, 1,
            "PROMPT.md says `{missing}` is missing, but it exists: {stderr}"
        );
    }
}

#[test]
fn readme_allowlist_is_the_engines() {
    let readme = doc("README.md");
    let start = readme
        .find("modules outside a short allowlist (")
        .expect("README states the allowlist")
        + "modules outside a short allowlist (".len();
    let len = readme[start..].find(')').expect("the list is closed");
    let listed: BTreeSet<String> = readme[start..start + len]
        .split(',')
        .map(|m| m.trim().trim_matches('`').to_string())
        .collect();
    assert_eq!(
        listed,
        engine_allowlist(),
        "README's allowlist differs from the engine's"
    );
}

/// A runnable script for a row of USAGE.md's refusal table whose first cell is not itself a whole script
/// (`open(...)`); None for a cell that runs as written.
fn refusal_script(cell: &str) -> Option<&'static str> {
    Some(match cell {
        "open(...)" => "open('notes.txt')\n",
        "eval" => "eval('1 + 1')\n",
        "bytearray" => "bytearray(b'x')\n",
        // `class M(type)` is refused on its own (type is not subclassable here), so M is a plain class.
        "class C(metaclass=M):" => "class M:\n    pass\nclass C(metaclass=M):\n    pass\n",
        "time.sleep(...)" => {
            "import time\nclass Slow:\n    def __eq__(self, other):\n        time.sleep(0.01)\n        \
             return True\nprint([Slow()] == [Slow()])\n"
        }
        "math.pi = 3" => "import math\nmath.pi = 3\n",
        "json.dumps(x, cls=Encoder)" => {
            "import json\nclass Encoder:\n    pass\njson.dumps(1, cls=Encoder)\n"
        }
        _ => return None,
    })
}

#[test]
fn usage_refusal_table_rows_raise_what_they_say() {
    let usage = doc("docs/USAGE.md");
    let header = "| what the script did | what happens |\n|---|---|\n";
    let start = usage.find(header).expect("USAGE.md has no refusal table") + header.len();
    let table = &usage[start..start + usage[start..].find("\n\n").unwrap_or(0)];
    let backticked = |cell: &str| -> Option<String> {
        let start = cell.find('`')? + 1;
        let len = cell[start..].find('`')?;
        Some(cell[start..start + len].to_string())
    };
    let mut checked = 0;
    for row in table.lines() {
        let cells: Vec<&str> = row.trim_matches('|').split(" | ").collect();
        assert_eq!(
            cells.len(),
            2,
            "a refusal row with other than two cells: {row}"
        );
        let what = backticked(cells[0]).unwrap_or_else(|| panic!("no code in row: {row}"));
        let happens = backticked(cells[1]).unwrap_or_else(|| panic!("no error in row: {row}"));
        let script = match refusal_script(&what) {
            Some(s) => s.to_string(),
            None => format!("{what}\n"),
        };
        // The error as shown, up to an ellipsis that stands for the rest of the message.
        let expected = happens.split("...").next().unwrap_or(&happens).trim_end();
        let (code, _, stderr) = run(&script);
        assert!(
            code == 1 && stderr.contains(expected),
            "USAGE.md says `{what}` gives `{expected}`, but it gave exit {code}: {stderr}"
        );
        checked += 1;
    }
    assert!(
        checked >= 9,
        "only {checked} refusal rows found: is the table still there?"
    );
}
