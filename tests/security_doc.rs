//! docs/SECURITY.md's examples are tested (issue 5): every ```python block in it, and every ```sh block
//! marked as an example, is run through the real `npython` binary, with real tokens minted by
//! `npython token mint` in a private key store and, for http, a loopback server standing in for the host the
//! example names; what the run prints must be the ```text block that follows, exactly, and it must end with the
//! stated exit status.
//!
//! The conventions (the `<!-- example ... -->` settings `token NAME:`, `revoked:`, `server:`, `args:`,
//! `exit:`, and how ids and the stand-in's address are compared) are stated for readers in the document's
//! section "How the examples are tested"; this file is their implementation.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use common::{echo_server, mint, revoke, scratch, BIN};

const DOC: &str = include_str!("../docs/SECURITY.md");

/// The tenant every example runs as.
const TENANT: &str = "acme";

/// One example: a script, what it needs, and what it must print.
#[derive(Debug, Default, PartialEq)]
struct Example {
    /// The line of the document where the ```python block starts.
    line: usize,
    /// A ```sh block (run by `sh -e` with `npython` on the PATH) rather than a ```python one.
    shell: bool,
    script: String,
    expected: String,
    /// (name, `npython token mint` arguments)
    tokens: Vec<(String, String)>,
    revoked: Vec<String>,
    server: Option<String>,
    args: Vec<String>,
    exit: i32,
}

/// Reads every example of a Markdown document, or says where the document breaks the conventions.
fn examples(doc: &str) -> Result<Vec<Example>, String> {
    let lines: Vec<&str> = doc.lines().collect();
    let mut found = Vec::new();
    let mut pending: Option<Example> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_end();
        if let Some(rest) = line.strip_prefix("<!-- example") {
            if pending.is_some() {
                return Err(format!("line {}: two example comments in a row", i + 1));
            }
            let mut settings = Vec::new();
            // `<!-- example: exit: 3 -->` holds its one setting on the same line.
            let mut rest = rest.trim_start().trim_start_matches(':').to_string();
            loop {
                let done = rest.trim_end().ends_with("-->");
                let text = rest.trim_end().trim_end_matches("-->").trim().to_string();
                if !text.is_empty() {
                    settings.push(text);
                }
                if done {
                    break;
                }
                i += 1;
                rest = lines
                    .get(i)
                    .ok_or("an example comment is never closed")?
                    .to_string();
            }
            pending = Some(settings_of(&settings).map_err(|e| format!("line {}: {e}", i + 1))?);
        } else if line == "```python" || (line == "```sh" && pending.is_some()) {
            // A ```sh block is an example only when a comment says so: the others show commands to run.
            let mut example = pending.take().unwrap_or_default();
            example.line = i + 1;
            example.shell = line == "```sh";
            let (script, next) = fenced(&lines, i)?;
            example.script = script;
            i = next;
            while lines.get(i).is_some_and(|l| l.trim().is_empty()) {
                i += 1;
            }
            if lines.get(i).map(|l| l.trim_end()) != Some("```text") {
                return Err(format!(
                    "line {}: the example has no ```text block with its output after it",
                    example.line
                ));
            }
            let (expected, next) = fenced(&lines, i)?;
            example.expected = expected;
            found.push(example);
            i = next;
            continue;
        } else if line.starts_with("```") {
            if pending.is_some() {
                return Err(format!(
                    "line {}: an example comment must come right before a ```python or ```sh block",
                    i + 1
                ));
            }
            i = fenced(&lines, i)?.1;
            continue;
        } else if pending.is_some() && !line.trim().is_empty() {
            return Err(format!(
                "line {}: an example comment must come right before a ```python or ```sh block",
                i + 1
            ));
        }
        i += 1;
    }
    if pending.is_some() {
        return Err("an example comment at the end of the document".into());
    }
    Ok(found)
}

/// The contents of the fenced block opening at `open`, and the line after its closing fence.
fn fenced(lines: &[&str], open: usize) -> Result<(String, usize), String> {
    let mut text = String::new();
    for (j, line) in lines.iter().enumerate().skip(open + 1) {
        if line.trim_end() == "```" {
            return Ok((text, j + 1));
        }
        text.push_str(line);
        text.push('\n');
    }
    Err(format!("line {}: a code block is never closed", open + 1))
}

/// An example's settings from the lines of its comment.
fn settings_of(lines: &[String]) -> Result<Example, String> {
    let mut example = Example::default();
    for line in lines {
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| format!("`{line}` is not `key: value`"))?;
        let value = value.trim().to_string();
        match key.trim().split_once(' ') {
            Some(("token", name)) => example.tokens.push((name.trim().to_string(), value)),
            _ => match key.trim() {
                "revoked" => example.revoked.push(value),
                "server" => example.server = Some(value),
                "args" => example.args = value.split_whitespace().map(String::from).collect(),
                "exit" => {
                    example.exit = value
                        .parse()
                        .map_err(|_| format!("exit `{value}` is not a number"))?
                }
                other => return Err(format!("unknown example setting `{other}`")),
            },
        }
    }
    for name in &example.revoked {
        if !example.tokens.iter().any(|(n, _)| n == name) {
            return Err(format!("revoked: {name} names no token of the example"));
        }
    }
    Ok(example)
}

/// Runs one example with tokens minted in `home`; returns what differs from the document, if anything.
fn check(example: &Example, home: &Path, root: &Path) -> Result<(), String> {
    // The stand-in server and the rewrites in both directions.
    let stand_in = example.server.as_ref().map(|host| (host, echo_server()));
    let to_local = |text: &str| match &stand_in {
        Some((host, port)) => text
            .replace(
                &format!("https://{host}"),
                &format!("http://127.0.0.1:{port}"),
            )
            .replace(host.as_str(), &format!("127.0.0.1:{port}")),
        None => text.to_string(),
    };
    let from_local = |text: &str| match &stand_in {
        Some((host, port)) => text
            .replace(
                &format!("http://127.0.0.1:{port}"),
                &format!("https://{host}"),
            )
            .replace(&format!("127.0.0.1:{port}"), host),
        None => text.to_string(),
    };

    if example.shell && !(example.tokens.is_empty() && example.args.is_empty()) {
        return Err("a shell example mints its own tokens and takes no arguments".into());
    }
    let mut run = if example.shell {
        let bin_dir = Path::new(BIN).parent().expect("the binary's directory");
        let path = std::env::join_paths(std::iter::once(bin_dir.to_path_buf()).chain(
            std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
        ))
        .expect("PATH");
        let mut sh = Command::new("sh");
        sh.args(["-e", "-s"]).env("PATH", path).current_dir(root);
        sh
    } else {
        let mut run = Command::new(BIN);
        run.args(["run", "-", "--tenant", TENANT])
            .arg(format!("--fs-root={}", root.display()));
        run
    };
    run.env("NPYTHON_HOME", home);
    for (name, mint_args) in &example.tokens {
        let mint_args = to_local(mint_args);
        let mut args: Vec<&str> = mint_args.split_whitespace().collect();
        if !args.contains(&"--tenant") {
            args.splice(0..0, ["--tenant", TENANT]);
        }
        let minted = mint(home, &args);
        if example.revoked.contains(name) {
            revoke(home, &minted.token);
        }
        run.arg(format!("--token={name}={}", minted.token));
    }
    run.args(&example.args);
    let mut child = run
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("npython run starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(to_local(&example.script).as_bytes())
        .expect("script written");
    let out = child.wait_with_output().expect("npython run ends");
    let printed =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let printed = mask_ids(&from_local(&printed));
    let expected = mask_ids(&example.expected);
    let mut problems = Vec::new();
    if printed != expected {
        problems.push(format!(
            "printed:\n{printed}\n--- the document says:\n{expected}"
        ));
    }
    if out.status.code() != Some(example.exit) {
        problems.push(format!(
            "exit status {:?}, the document says {}",
            out.status.code(),
            example.exit
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// Replaces token ids (runs of exactly 32 lower-case hex digits, and of 8 followed by `…` as a Token's repr
/// shows them) with `<id>`.
fn mask_ids(text: &str) -> String {
    let is_hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(is_hex) {
        // A run must start at a word boundary: the "e" ending "the" is not the start of an id.
        let before = rest[..start].chars().next_back();
        let len = rest[start..]
            .find(|c: char| !is_hex(c))
            .unwrap_or(rest.len() - start);
        let after = &rest[start + len..];
        let bounded = !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.starts_with(|c: char| c.is_ascii_alphanumeric());
        out.push_str(&rest[..start]);
        if bounded && (len == 32 || (len == 8 && after.starts_with('…'))) {
            out.push_str("<id>");
        } else {
            out.push_str(&rest[start..start + len]);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[test]
fn every_example_in_security_md_prints_what_the_document_says() {
    let examples = examples(DOC).unwrap_or_else(|e| panic!("docs/SECURITY.md: {e}"));
    let fences = DOC.lines().filter(|l| l.trim_end() == "```python").count();
    assert_eq!(
        examples.iter().filter(|e| !e.shell).count(),
        fences,
        "every ```python block is an example"
    );
    assert!(
        examples.len() >= 10,
        "docs/SECURITY.md has {} examples",
        examples.len()
    );
    let dir = scratch("security-doc");
    let home = dir.join("home");
    let mut failures = Vec::new();
    for (n, example) in examples.iter().enumerate() {
        let root = dir.join(format!("root-{n}"));
        std::fs::create_dir_all(&root).expect("fs root");
        if let Err(e) = check(example, &home, &root) {
            failures.push(format!("docs/SECURITY.md line {}:\n{e}", example.line));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn the_reader_finds_settings_and_refuses_an_example_without_its_output() {
    let doc = "Intro.\n\n<!-- example\ntoken api: --cap http --allow-host api.example.com\nrevoked: api\n\
               exit: 1\n-->\n```python\nprint(1)\n```\n\n```text\n1\n```\n\n```sh\n```python\n```\n";
    let found = examples(doc).expect("reads");
    assert_eq!(
        found,
        vec![Example {
            line: 8,
            script: "print(1)\n".into(),
            expected: "1\n".into(),
            tokens: vec![(
                "api".into(),
                "--cap http --allow-host api.example.com".into()
            )],
            revoked: vec!["api".into()],
            exit: 1,
            ..Example::default()
        }],
        "a ```python line inside another block is not an example"
    );
    let shell =
        examples("<!-- example -->\n```sh\necho hi\n```\n```text\nhi\n```\n").expect("reads");
    assert!(shell.len() == 1 && shell[0].shell, "{shell:?}");
    let err = examples("```python\nprint(1)\n```\nNo output.\n").expect_err("refused");
    assert!(err.contains("no ```text block"), "{err}");
    let err = examples("<!-- example: exit: 1 -->\nProse.\n```python\n```\n").expect_err("refused");
    assert!(err.contains("right before"), "{err}");
    let err = examples("<!-- example\nrevoked: api\n-->\n```python\n```\n```text\n```\n")
        .expect_err("refused");
    assert!(err.contains("names no token"), "{err}");
}

#[test]
fn masking_replaces_token_ids_and_nothing_else() {
    assert_eq!(
        mask_ids(
            "token 5f6bf22ef71dcc383e79bafe51282c6b has been revoked; <Token http id=5f6bf22e…>"
        ),
        "token <id> has been revoked; <Token http id=<id>…>"
    );
    assert_eq!(mask_ids("deadbeef 12 abcdef"), "deadbeef 12 abcdef");
    assert_eq!(
        mask_ids("x5f6bf22ef71dcc383e79bafe51282c6b"),
        "x5f6bf22ef71dcc383e79bafe51282c6b"
    );
}
