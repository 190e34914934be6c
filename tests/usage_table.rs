//! docs/USAGE.md's "Support at a glance" table is true: every example marked "yes" runs through `npython`
//! (with CPython 3.11's output when python3 is that version), and every example marked "no" is refused.

use std::path::Path;
use std::process::Command;

const NPYTHON: &str = env!("CARGO_BIN_EXE_npython");

/// (feature, program, supported) for every row of the table.
fn rows() -> Vec<(String, String, bool)> {
    let usage =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/USAGE.md"))
            .expect("docs/USAGE.md exists");
    let start = usage
        .find("### Support at a glance")
        .expect("USAGE.md has a support table");
    let mut rows = Vec::new();
    for line in usage[start..].lines().skip(1) {
        if line.starts_with("###") {
            break;
        }
        let cells: Vec<&str> = line.split(" | ").collect();
        if !line.starts_with("| ") || cells.len() != 3 || cells[1].starts_with("---") {
            continue;
        }
        let feature = cells[0].trim_start_matches("| ").to_string();
        if feature == "feature" {
            continue;
        }
        // The example is a sequence of code spans, one per line of the program.
        let program: Vec<String> = cells[1]
            .split('`')
            .enumerate()
            .filter(|(i, _)| i % 2 == 1)
            .map(|(_, code)| code.replace("\\|", "|"))
            .collect();
        let supported = match cells[2].trim_end_matches(" |").trim() {
            "yes" => true,
            "no" => false,
            other => panic!("row {feature:?}: supported must be yes or no, not {other:?}"),
        };
        rows.push((feature, program.join("\n") + "\n", supported));
    }
    rows
}

fn is_cpython_311() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.11"))
        .unwrap_or(false)
}

#[test]
fn every_example_in_the_support_table_behaves_as_documented() {
    let rows = rows();
    assert!(rows.len() >= 15, "the table has its rows ({})", rows.len());
    let dir = std::env::temp_dir().join(format!("npython-usage-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let compare = is_cpython_311();
    let mut failures = Vec::new();
    for (i, (feature, program, supported)) in rows.iter().enumerate() {
        let file = dir.join(format!("row{i}.py"));
        std::fs::write(&file, program).expect("write example");
        let out = Command::new(NPYTHON)
            .arg("run")
            .arg(&file)
            .env("NPYTHON_HOME", &dir)
            .output()
            .expect("npython runs");
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        if *supported {
            if !out.status.success() {
                failures.push(format!(
                    "{feature}: documented as supported but failed:\n{program}{}",
                    String::from_utf8_lossy(&out.stderr)
                ));
                continue;
            }
            if compare {
                let py = Command::new("python3")
                    .arg(&file)
                    .env("PYTHONHASHSEED", "0")
                    .output()
                    .expect("python3 runs");
                let expected = String::from_utf8_lossy(&py.stdout).to_string();
                if expected != stdout {
                    failures.push(format!(
                        "{feature}: output differs from CPython\n--- npython\n{stdout}--- python3\n{expected}"
                    ));
                }
            }
        } else if out.status.success() {
            failures.push(format!(
                "{feature}: documented as unsupported but ran:\n{program}{stdout}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
