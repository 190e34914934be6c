//! Issue 17: a durable server loses no accepted job and repeats no side effect. The real `npython serve` is
//! SIGKILLed at seeded points (during submission, while jobs run, while results are being written and
//! streamed) and restarted on the same `$NPYTHON_HOME` each time. Some jobs POST to a loopback server that
//! counts every request through an http token.
//!
//! Invariants checked: every swarm that got a 202 is still known after every restart and ends with exactly
//! one result line per job; a line streamed before a kill is still there, at the same offset, after the
//! restart; no job's POST reached the counting server twice (a job that had POSTed and was cut off ends
//! `interrupted`, never re-run); an idempotent retry returns the same swarm id, across restarts.

mod serve_support;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use serve_support::{scratch, sha256_hex, Server};

/// Kills in the run; each is followed by a restart on the same home.
const KILLS: usize = 21;

/// A small deterministic generator, so a failure names a schedule that can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// One HTTP/1.0 exchange (the response is close-delimited, so a server killed mid-body leaves a short
/// body rather than a framing error). `None` if the server went away before the status line; the body is
/// whatever arrived until the end, `limit`, or (for a stream that goes on) `enough` complete lines.
fn exchange(
    base: &str,
    method: &str,
    path: &str,
    key: &str,
    body: Option<(&str, &str)>,
    limit: Duration,
) -> Option<(u16, String)> {
    exchange_until(base, method, path, key, body, limit, usize::MAX)
}

fn exchange_until(
    base: &str,
    method: &str,
    path: &str,
    key: &str,
    body: Option<(&str, &str)>,
    limit: Duration,
    enough: usize,
) -> Option<(u16, String)> {
    let addr = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .ok()?;
    let mut req =
        format!("{method} {path} HTTP/1.0\r\nHost: {addr}\r\nAuthorization: Bearer {key}\r\n");
    if let Some((text, idem)) = body {
        req.push_str(&format!(
            "Content-Type: application/json\r\nIdempotency-Key: {idem}\r\nContent-Length: {}\r\n\r\n{text}",
            text.len()
        ));
    } else {
        req.push_str("\r\n");
    }
    stream.write_all(req.as_bytes()).ok()?;
    let start = Instant::now();
    let mut raw = Vec::new();
    let mut buf = [0u8; 65536];
    while start.elapsed() < limit {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                raw.extend_from_slice(&buf[..n]);
                if enough != usize::MAX {
                    let text = String::from_utf8_lossy(&raw);
                    if text
                        .split_once("\r\n\r\n")
                        .is_some_and(|(_, b)| b.matches('\n').count() >= enough)
                    {
                        break;
                    }
                }
            }
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(_) => break,
        }
    }
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n")?;
    let status = head.split(' ').nth(1)?.parse().ok()?;
    Some((status, body.to_string()))
}

/// The complete lines of a body (a kill can cut the last one short).
fn lines(body: &str) -> Vec<String> {
    let complete = match body.rfind('\n') {
        Some(end) => &body[..=end],
        None => "",
    };
    complete.lines().map(str::to_string).collect()
}

/// The loopback server the jobs POST to: counts requests per path.
fn counting_server() -> (u16, Arc<Mutex<HashMap<String, u32>>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let counts = Arc::new(Mutex::new(HashMap::new()));
    let c = counts.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let c = c.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 8192];
                let n = stream.read(&mut buf).unwrap_or(0);
                let text = String::from_utf8_lossy(&buf[..n]).into_owned();
                let mut words = text.split(' ');
                if words.next() == Some("POST") {
                    if let Some(path) = words.next() {
                        *c.lock()
                            .expect("counts")
                            .entry(path.to_string())
                            .or_insert(0) += 1;
                    }
                }
                let _ = stream.write_all(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
                );
            });
        }
    });
    (port, counts)
}

struct Accepted {
    id: String,
    total: usize,
    key: String,
    body: String,
    /// Job index -> the path its POST goes to (jobs that POST only).
    posts: HashMap<usize, String>,
}

struct Submission {
    key: String,
    body: String,
    posts: HashMap<usize, String>,
    total: usize,
}

const SCRIPT: &str = "import http\nimport time\n\
if pause:\n    time.sleep(pause)\n\
if post:\n    with scope(\"http\", tok):\n        http.post(url, data=\"x\")\n\
n = 0\nfor i in range(work):\n    n += i\nn";

/// A swarm of `n` jobs; about one in `post_every` POSTs to the counting server.
fn swarm(rng: &mut Rng, tag: &str, n: usize, post_every: u64, port: u16, tok: &str) -> Submission {
    let mut posts = HashMap::new();
    let jobs: Vec<Value> = (0..n)
        .map(|i| {
            let post = post_every > 0 && rng.below(post_every) == 0;
            let path = format!("/hit/{tag}/{i}");
            if post {
                posts.insert(i, path.clone());
            }
            json!({
                "source": SCRIPT,
                "inputs": {
                    "pause": if post_every > 0 { rng.below(200) as f64 / 1000.0 } else { 0.0 },
                    "post": post,
                    "url": format!("http://127.0.0.1:{port}{path}"),
                    "work": rng.below(2000),
                },
                "tokens": {"tok": tok},
            })
        })
        .collect();
    Submission {
        key: format!("idem-{tag}"),
        body: json!({ "jobs": jobs }).to_string(),
        posts,
        total: n,
    }
}

/// Submits; a 202 makes it accepted, no answer leaves it for a retry with the same key after the restart.
fn submit(
    base: &str,
    s: Submission,
    accepted: &mut Vec<Accepted>,
    unanswered: &mut Vec<Submission>,
) {
    match exchange(
        base,
        "POST",
        "/v1/swarms",
        "acme-key",
        Some((&s.body, &s.key)),
        Duration::from_secs(30),
    ) {
        Some((202, body)) => {
            let v: Value = serde_json::from_str(&body).expect("202 body");
            let id = v["swarm"].as_str().expect("id").to_string();
            if let Some(prev) = accepted.iter().find(|a| a.key == s.key) {
                assert_eq!(prev.id, id, "a retry of {} answered another swarm", s.key);
                return;
            }
            accepted.push(Accepted {
                id,
                total: s.total,
                key: s.key,
                body: s.body,
                posts: s.posts,
            });
        }
        Some((status, body)) if status < 500 => panic!("submission refused: {status} {body}"),
        // Killed mid-request (or a 503 while going down): the client retries later with the same key.
        _ => unanswered.push(s),
    }
}

fn config(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("serve.toml");
    let text = format!(
        "admin_keys_sha256 = [\"{}\"]\npool_size = 32\nworkers = 2\n\n\
         [[tenants]]\nname = \"acme\"\napi_keys_sha256 = [\"{}\"]\n",
        sha256_hex("admin-key"),
        sha256_hex("acme-key"),
    );
    std::fs::write(&path, text).expect("config");
    path
}

fn kill(pid: u32) {
    let _ = std::process::Command::new("kill")
        .arg("-KILL")
        .arg(pid.to_string())
        .status();
}

#[test]
fn sigkill_at_seeded_points_loses_no_accepted_job_and_repeats_no_post() {
    let started = Instant::now();
    let home = scratch("crash");
    let config = config(&home);
    let (port, counts) = counting_server();
    let mut rng = Rng(0x5eed_0017_c0ff_ee11);
    let mut accepted: Vec<Accepted> = Vec::new();
    let mut unanswered: Vec<Submission> = Vec::new();
    // Lines seen streamed before a kill: (swarm, lines) must be the stored prefix after the restart.
    let mut streamed: Vec<(String, Vec<String>)> = Vec::new();
    let mut tok = String::new();
    for round in 0..KILLS {
        let server = Server::start(&home, Some(&config));
        let base = server.base.clone();
        if round == 0 {
            let r = server.http.post(
                "/v1/tokens",
                Some("admin-key"),
                &json!({"tenant": "acme", "cap": "http", "allow_hosts": [format!("127.0.0.1:{port}")]})
                    .to_string(),
            );
            assert_eq!(r.status, 201, "{}", r.body);
            tok = r.json()["token"].as_str().expect("token").to_string();
        }
        // Every accepted swarm survived the restarts so far, with what was streamed at the same offsets.
        for a in &accepted {
            let r = exchange(
                &base,
                "GET",
                &format!("/v1/swarms/{}", a.id),
                "acme-key",
                None,
                Duration::from_secs(10),
            );
            assert_eq!(
                r.map(|r| r.0),
                Some(200),
                "round {round}: swarm {} is gone",
                a.id
            );
        }
        for (id, seen) in &streamed {
            // Stored lines are there at once; the stream goes on while the swarm's other jobs run.
            let (_, body) = exchange_until(
                &base,
                "GET",
                &format!("/v1/swarms/{id}/results"),
                "acme-key",
                None,
                Duration::from_secs(20),
                seen.len(),
            )
            .expect("results after restart");
            let now = lines(&body);
            assert!(
                now.len() >= seen.len(),
                "round {round}: {id} has {} lines, {} were streamed",
                now.len(),
                seen.len()
            );
            assert_eq!(
                &now[..seen.len()],
                &seen[..],
                "round {round}: streamed lines of {id} changed"
            );
        }
        // The client retries what got no answer, with the same key and body.
        for s in std::mem::take(&mut unanswered) {
            submit(&base, s, &mut accepted, &mut unanswered);
        }
        let pid = server.pid();
        match round % 3 {
            // During submission: big batches, killed within a few milliseconds.
            0 => {
                let delay = Duration::from_millis(rng.below(40));
                let killer = std::thread::spawn(move || {
                    std::thread::sleep(delay);
                    kill(pid);
                });
                for k in 0..3 {
                    let s = swarm(&mut rng, &format!("r{round}s{k}"), 200, 10, port, &tok);
                    submit(&base, s, &mut accepted, &mut unanswered);
                }
                let _ = killer.join();
            }
            // While jobs run (sleeping, POSTing, computing).
            1 => {
                for k in 0..2 {
                    let s = swarm(&mut rng, &format!("r{round}s{k}"), 60, 3, port, &tok);
                    submit(&base, s, &mut accepted, &mut unanswered);
                }
                std::thread::sleep(Duration::from_millis(50 + rng.below(300)));
                kill(pid);
            }
            // While results are written and streamed: a fast swarm, killed after some lines arrived.
            _ => {
                let s = swarm(&mut rng, &format!("r{round}s0"), 600, 0, port, &tok);
                let before = accepted.len();
                submit(&base, s, &mut accepted, &mut unanswered);
                if accepted.len() > before {
                    let id = accepted[before].id.clone();
                    let want = 1 + rng.below(400) as usize;
                    let addr = base.trim_start_matches("http://").to_string();
                    let mut stream = TcpStream::connect(&addr).expect("connect");
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
                    let req = format!("GET /v1/swarms/{id}/results HTTP/1.0\r\nHost: {addr}\r\nAuthorization: Bearer acme-key\r\n\r\n");
                    stream.write_all(req.as_bytes()).expect("request");
                    let mut raw = Vec::new();
                    let mut buf = [0u8; 16384];
                    while raw.iter().filter(|b| **b == b'\n').count() < want + 1 {
                        match stream.read(&mut buf) {
                            Ok(0) | Err(_) => break,
                            Ok(n) => raw.extend_from_slice(&buf[..n]),
                        }
                    }
                    kill(pid);
                    let text = String::from_utf8_lossy(&raw).into_owned();
                    if let Some((_, body)) = text.split_once("\r\n\r\n") {
                        streamed.push((id, lines(body)));
                    }
                } else {
                    kill(pid);
                }
            }
        }
        drop(server);
    }

    // The last start: everything ends, and the invariants hold.
    let server = Server::start(&home, Some(&config));
    let base = server.base.clone();
    for s in std::mem::take(&mut unanswered) {
        submit(&base, s, &mut accepted, &mut unanswered);
    }
    assert!(
        unanswered.is_empty(),
        "the server answers after the last restart"
    );
    assert!(
        accepted.len() >= 10,
        "only {} swarms accepted",
        accepted.len()
    );
    let (mut interrupted, mut attempts_over_1, mut jobs) = (0, 0, 0);
    for a in &accepted {
        let (status, body) = exchange(
            &base,
            "GET",
            &format!("/v1/swarms/{}/results", a.id),
            "acme-key",
            None,
            Duration::from_secs(60),
        )
        .expect("results");
        assert_eq!(status, 200);
        let got = lines(&body);
        assert_eq!(
            got.len(),
            a.total,
            "swarm {}: {} lines for {} jobs",
            a.id,
            got.len(),
            a.total
        );
        let mut seen = vec![0u32; a.total];
        for l in &got {
            let v: Value = serde_json::from_str(l).expect("JSON line");
            let index = v["index"].as_u64().expect("index") as usize;
            seen[index] += 1;
            let attempt = v["attempt"].as_u64().expect("attempt");
            assert!(attempt >= 1, "{l}");
            if attempt > 1 {
                attempts_over_1 += 1;
            }
            let status = v["status"].as_str().expect("status");
            match status {
                "ok" => {
                    if let Some(path) = a.posts.get(&index) {
                        let n = counts
                            .lock()
                            .expect("counts")
                            .get(path)
                            .copied()
                            .unwrap_or(0);
                        assert_eq!(n, 1, "{path}: an ok job POSTs exactly once");
                    }
                }
                "interrupted" => {
                    assert!(
                        a.posts.contains_key(&index),
                        "only a job that POSTs is interrupted: {l}"
                    );
                    assert!(v["reason"].as_str().is_some_and(|r| !r.is_empty()), "{l}");
                    interrupted += 1;
                }
                other => panic!("swarm {} job {index} ended {other}: {l}", a.id),
            }
        }
        assert!(
            seen.iter().all(|n| *n == 1),
            "swarm {}: every job has exactly one line",
            a.id
        );
        jobs += a.total;
        // `?offset=` counts the same lines.
        let k = a.total / 2;
        let (_, tail) = exchange(
            &base,
            "GET",
            &format!("/v1/swarms/{}/results?offset={k}", a.id),
            "acme-key",
            None,
            Duration::from_secs(30),
        )
        .expect("offset");
        assert_eq!(
            lines(&tail),
            got[k..].to_vec(),
            "swarm {}: ?offset={k}",
            a.id
        );
        // An idempotent retry after all the restarts returns the same swarm and runs nothing again.
        let (status, body) = exchange(
            &base,
            "POST",
            "/v1/swarms",
            "acme-key",
            Some((&a.body, &a.key)),
            Duration::from_secs(30),
        )
        .expect("retry");
        assert_eq!(status, 202, "{body}");
        let v: Value = serde_json::from_str(&body).expect("202 body");
        assert_eq!(
            v["swarm"],
            a.id.as_str(),
            "a retry with {} after restarts",
            a.key
        );
    }
    for (path, n) in counts.lock().expect("counts").iter() {
        assert_eq!(*n, 1, "{path} was POSTed {n} times");
    }
    eprintln!(
        "crash test: {KILLS} kills, {} swarms, {jobs} jobs, {interrupted} interrupted, {attempts_over_1} lines with attempt > 1, {} POSTs, {:.1} s",
        accepted.len(),
        counts.lock().expect("counts").len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        attempts_over_1 > 0,
        "some job was running at a kill and ran again"
    );
}

/// A store that cannot be used stops the start with a message naming the file and what to do (never a
/// panic, never a silent empty store).
#[test]
fn a_bad_store_stops_the_start_with_a_clear_message() {
    let home = scratch("bad-store");
    let config = config(&home);
    let start = |what: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_npython"))
            .args(["serve", "--listen", "127.0.0.1:0", "--config"])
            .arg(&config)
            .env("NPYTHON_HOME", &home)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run npython serve");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(!out.status.success(), "{what}: started anyway");
        assert_eq!(
            out.status.code(),
            Some(2),
            "{what}: not a clean exit: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{what}: {stderr}");
        assert!(
            stderr.contains(&home.join("jobs.db").display().to_string()),
            "{what}: {stderr}"
        );
        stderr
    };
    std::fs::write(home.join("jobs.db"), vec![0x42; 8192]).expect("garbage");
    let err = start("garbage");
    assert!(err.contains("move the file"), "{err}");
    // Moved aside as the message says, the next start creates a new store, and the one after reuses it.
    std::fs::rename(home.join("jobs.db"), home.join("jobs.db.bad")).expect("mv");
    {
        let mut server = Server::start(&home, Some(&config));
        server.terminate();
        server.wait_exit(Duration::from_secs(30));
    }
    let mut server = Server::start(&home, Some(&config));
    server.terminate();
    server.wait_exit(Duration::from_secs(30));
}
