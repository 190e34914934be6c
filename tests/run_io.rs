//! `npython run --token NAME=TOKEN --tenant T --fs-root DIR --audit-log FILE` end to end, as a real process:
//! tokens minted with `npython token mint` are bound as globals, gated calls inside `with scope(...)` are
//! performed by the broker (fs under the root, http to a loopback server the token names, the address rule
//! for one that does not), and every call is audited.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::thread;

const BIN: &str = env!("CARGO_BIN_EXE_npython");

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("npython-run-io-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn mint(home: &Path, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .args(["token", "mint", "--tenant", "acme", "--expires", "1h"])
        .args(args)
        .env("NPYTHON_HOME", home)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .expect("a token line")
        .trim()
        .to_string()
}

fn run(home: &Path, dir: &Path, script: &str, args: &[String]) -> Output {
    std::fs::write(dir.join("script.py"), script).expect("script");
    Command::new(BIN)
        .arg("run")
        .arg(dir.join("script.py"))
        .args(args)
        .env("NPYTHON_HOME", home)
        .output()
        .expect("runs")
}

/// A one-connection-at-a-time HTTP/1.0 server on loopback answering every request with `hello`.
fn hello_server() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
    let port = listener.local_addr().expect("addr").port();
    thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let _ = stream.write_all(b"HTTP/1.0 200 OK\r\ncontent-length: 5\r\n\r\nhello");
        }
    });
    port
}

#[test]
fn tokens_scopes_and_the_broker_from_the_command_line() {
    let dir = scratch("e2e");
    let home = dir.join("home");
    let root = dir.join("root");
    std::fs::create_dir_all(&root).expect("root");
    let port = hello_server();
    let files = mint(&home, &["--cap", "fs", "--quota-bytes", "100"]);
    let api = mint(
        &home,
        &[
            "--cap",
            "http",
            "--allow-scheme",
            "http",
            "--allow-host",
            &format!("127.0.0.1:{port}"),
        ],
    );
    let wild = mint(
        &home,
        &[
            "--cap",
            "http",
            "--allow-scheme",
            "http",
            "--allow-host",
            &format!("*:{port}"),
        ],
    );
    let script = format!(
        r#"import fs
import http
with scope("fs", files):
    fs.mkdir("/reports")
    print(fs.write_text("/reports/a.txt", "hi"))
    print(fs.read_text("reports/a.txt"))
    try:
        fs.write_text("/big", "x" * 200)
    except PermissionError as e:
        print("quota")
with scope("http", api):
    print(http.get("http://127.0.0.1:{port}/x?secret=1").text)
with scope("http", wild):
    try:
        http.get("http://127.0.0.1:{port}/")
    except CapabilityError as e:
        print("refused:", e)
"#
    );
    let audit = dir.join("audit.jsonl");
    let out = run(
        &home,
        &dir,
        &script,
        &[
            format!("--token=files={files}"),
            format!("--token=api={api}"),
            format!("--token=wild={wild}"),
            "--tenant=acme".to_string(),
            format!("--fs-root={}", root.display()),
            format!("--audit-log={}", audit.display()),
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout,
        "2\nhi\nquota\nhello\nrefused: 127.0.0.1 is a loopback address: only hosts a token names explicitly may be private\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("reports/a.txt")).expect("written"),
        "hi"
    );
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&audit)
        .expect("audit log")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let summary: Vec<(String, String, String)> = lines
        .iter()
        .map(|l| {
            (
                l["capability"].as_str().unwrap_or("").to_string(),
                l["target"].as_str().unwrap_or("").to_string(),
                l["outcome"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let url = format!("http://127.0.0.1:{port}/x");
    let root_url = format!("http://127.0.0.1:{port}/");
    let expected: Vec<(&str, &str, &str)> = vec![
        ("fs", "/reports", "ok"),
        ("fs", "/reports/a.txt", "ok"),
        ("fs", "/reports/a.txt", "ok"),
        ("fs", "/big", "denied"),
        ("http", &url, "ok"),
        ("http", &root_url, "denied"),
    ];
    let summary: Vec<(&str, &str, &str)> = summary
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    assert_eq!(summary, expected);
    assert!(lines.iter().all(|l| l["tenant"] == "acme"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_malformed_token_flag_is_a_usage_error() {
    let dir = scratch("usage");
    let out = run(
        &dir.join("home"),
        &dir,
        "1\n",
        &["--token=nonsense".to_string()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--token expects NAME=TOKEN"));
    let _ = std::fs::remove_dir_all(&dir);
}
