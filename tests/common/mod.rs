//! Shared by the tests that drive the real `npython` binary with capability tokens: a private scratch
//! directory, the `npython token` commands against a private `$NPYTHON_HOME`, and a loopback HTTP server.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_npython");

/// A fresh directory for one test, under cargo's per-target temporary directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("caps-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// `npython token ARGS` against the key store in `home`.
pub fn npython_token(home: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("token")
        .args(args)
        .env("NPYTHON_HOME", home)
        .output()
        .expect("npython token runs")
}

/// A token minted by `npython token mint`.
pub struct Minted {
    /// The token itself (`npy1_...`).
    pub token: String,
    /// Its id, 32 hex digits, as the mint summary shows it.
    pub id: String,
}

/// `npython token mint ARGS`, asserting success.
pub fn mint(home: &Path, args: &[&str]) -> Minted {
    let mut full = vec!["mint"];
    full.extend_from_slice(args);
    let out = npython_token(home, &full);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "npython token mint {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // "minted a `fs` token for tenant `acme` (id <hex>, key 1)", then the caveats, then the token.
    let id = stdout
        .split("(id ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .unwrap_or_else(|| panic!("the mint summary names the id: {stdout}"))
        .to_string();
    let token = stdout
        .lines()
        .last()
        .expect("the token is the last line")
        .trim()
        .to_string();
    Minted { token, id }
}

/// `npython token revoke TOKEN`, asserting success.
pub fn revoke(home: &Path, token: &str) {
    let out = npython_token(home, &["revoke", token]);
    assert!(
        out.status.success(),
        "npython token revoke: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An HTTP/1.1 server on 127.0.0.1 that answers every request with 200 and the JSON object
/// `{"method": ..., "path": ...}` naming what it received (the path with its query string). One thread per
/// connection; each response closes its connection. Lives as long as the test process.
pub fn echo_server() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || answer(stream));
        }
    });
    port
}

fn answer(stream: TcpStream) {
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    // Read the headers and any body, so that closing the connection never resets it under the client.
    let mut length = 0usize;
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => return,
            Ok(_) if header.trim().is_empty() => break,
            Ok(_) => {
                if let Some((name, value)) = header.split_once(':') {
                    if name.trim().eq_ignore_ascii_case("content-length") {
                        length = value.trim().parse().unwrap_or(0);
                    }
                }
            }
        }
    }
    let mut body = vec![0u8; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let reply = serde_json::json!({ "method": method, "path": path }).to_string();
    let _ = writer.write_all(
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{reply}",
            reply.len()
        )
        .as_bytes(),
    );
}
