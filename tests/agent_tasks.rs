//! The agent-task corpus: scripts written the way a language model writes them for agent work (data
//! cleaning, reports, domain classes, parsing, scheduling, graphs, dates, text, money, validation, retries),
//! by helpers who saw only the public docs, each with CPython 3.11's output (see tests/agent_tasks/README.md).
//!
//! * `agent_tasks_match_cpython`: every program not listed in `KNOWN_FAILURES.md` prints exactly what CPython
//!   printed, at fuel quanta unlimited, 100 and 1; every listed program still differs (so the list, and the
//!   rate docs/CONFORMANCE.md reports from it, stay true);
//! * `agent_task_expectations_are_fresh`: with CPython 3.11 present, the `.out` files are what it prints;
//! * `agent_task_corpus_is_well_formed`: at least 300 programs, each with its `.out` and a `# task:` line.

mod corpus_harness;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use corpus_harness::{check_fresh, check_npython, cpython_311_version, parallel_map, QUANTA};

const MIN_PROGRAMS: usize = 300;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("agent_tasks")
}

/// The programs KNOWN_FAILURES.md lists (`- NAME: why`), with the reason.
fn known_failures() -> BTreeMap<String, String> {
    let path = corpus_dir().join("KNOWN_FAILURES.md");
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter_map(|line| line.strip_prefix("- `"))
        .filter_map(|rest| rest.split_once('`'))
        .map(|(name, why)| {
            let why = why.trim_start_matches(':').trim();
            (name.to_string(), why.to_string())
        })
        .collect()
}

#[test]
fn agent_tasks_match_cpython() {
    let dir = corpus_dir();
    let names = corpus_harness::program_names(&dir);
    let known = known_failures();
    let unknown: Vec<&String> = known.keys().filter(|k| !names.contains(k)).collect();
    assert!(
        unknown.is_empty(),
        "KNOWN_FAILURES.md lists programs that do not exist: {unknown:?}"
    );
    let jobs: Vec<(&str, Option<u32>)> = names
        .iter()
        .flat_map(|name| {
            // A known failure is checked once, to see that it still fails.
            let quanta: &[Option<u32>] = if known.contains_key(name) {
                &QUANTA[..1]
            } else {
                &QUANTA
            };
            quanta.iter().map(move |&q| (name.as_str(), q))
        })
        .collect();
    let results = parallel_map(&jobs, |&(name, quantum)| {
        (name, check_npython(&dir, name, quantum))
    });
    let mut problems = Vec::new();
    let mut passing = 0;
    for (name, result) in results {
        match (known.contains_key(name), result) {
            (false, Some(report)) => problems.push(report),
            (true, None) => problems.push(format!(
                "--- {name}.py now runs as in CPython: remove it from KNOWN_FAILURES.md \
                 (and update docs/CONFORMANCE.md)"
            )),
            (false, None) => passing += 1,
            (true, Some(_)) => {}
        }
    }
    eprintln!(
        "agent tasks: {} of {} programs run identically to CPython ({} known failures)",
        names.len() - known.len(),
        names.len(),
        known.len()
    );
    assert!(
        problems.is_empty(),
        "{} agent-task problem(s) ({passing} runs passed):\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

#[test]
fn agent_task_expectations_are_fresh() {
    let Some(version) = cpython_311_version() else {
        return;
    };
    let dir = corpus_dir();
    let names = corpus_harness::program_names(&dir);
    let stale: Vec<String> = parallel_map(&names, |name| check_fresh(&dir, name))
        .into_iter()
        .flatten()
        .collect();
    assert!(
        stale.is_empty(),
        "{} agent task(s) have expectations that differ from {version}:\n\n{}",
        stale.len(),
        stale.join("\n\n"),
    );
}

#[test]
fn agent_task_corpus_is_well_formed() {
    let dir = corpus_dir();
    let names = corpus_harness::program_names(&dir);
    assert!(
        names.len() >= MIN_PROGRAMS,
        "the agent-task corpus has {} programs, expected at least {MIN_PROGRAMS}",
        names.len()
    );
    let mut problems = Vec::new();
    for name in &names {
        let source = fs::read_to_string(dir.join(format!("{name}.py")))
            .unwrap_or_else(|e| panic!("cannot read {name}.py: {e}"));
        if !source.starts_with("# task: ") {
            problems.push(format!("{name}.py: must start with `# task: ...`"));
        }
        if !dir.join(format!("{name}.out")).exists() {
            problems.push(format!("{name}.py: missing {name}.out"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
