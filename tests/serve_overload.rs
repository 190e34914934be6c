//! `npython serve` under overload and hostile clients (issue 18), through the real binary:
//!
//! * a connection that never finishes its request head is closed at `header_timeout_ms`;
//! * an idle keep-alive connection is closed at `idle_timeout_ms`, while a result stream that waits longer
//!   than that for its job is not cut;
//! * a body sent too slowly is cut at `body_timeout_ms` with a 408 `body_timeout`;
//! * at `max_connections`, idle connections are closed to make room, and with none idle a new connection
//!   gets a 503 with `Retry-After` and a JSON body;
//! * 1,100 idle sockets against a server with a 1,024 descriptor limit: another client's swarm completes and
//!   `/healthz` answers, and the server closes the idle sockets;
//! * out of descriptors, the accept loop pauses instead of spinning, logs once, and the server recovers.

mod serve_support;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use serve_support::{metric, scratch, sha256_hex, submit, Http, Server};

const KEY: &str = "acme-key";

/// A one-tenant config (`acme`, key `acme-key`) on the memory store, with extra top-level settings.
fn config(dir: &Path, extra: &str) -> PathBuf {
    let path = dir.join("serve.toml");
    let text = format!(
        "pool_size = 16\n{extra}\n\n[store]\nbackend = \"memory\"\n\n\
         [[tenants]]\nname = \"acme\"\napi_keys_sha256 = [\"{}\"]\n",
        sha256_hex(KEY),
    );
    std::fs::write(&path, text).expect("config");
    path
}

fn connect(server: &Server) -> TcpStream {
    let addr = server.base.trim_start_matches("http://");
    TcpStream::connect(addr).expect("connect")
}

/// True once the server has closed the connection (EOF or reset) within `limit`; false if it is still open.
fn closed_within(stream: &mut TcpStream, limit: Duration) -> bool {
    let start = Instant::now();
    let mut buf = [0u8; 4096];
    loop {
        let left = limit.saturating_sub(start.elapsed());
        if left.is_zero() {
            return false;
        }
        stream.set_read_timeout(Some(left)).expect("timeout");
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::ConnectionReset => return true,
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return false
            }
            Err(e) => panic!("read: {e}"),
        }
    }
}

/// A whole HTTP/1.1 response read from a raw socket: status, head, body (by content-length, else to EOF).
fn read_response(stream: &mut TcpStream) -> (u16, String, String) {
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).to_string();
            let length = head.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse::<usize>().ok())?
            });
            if let Some(n) = length {
                if data.len() >= end + 4 + n {
                    let body = String::from_utf8_lossy(&data[end + 4..end + 4 + n]).to_string();
                    let status = head[9..12].parse().expect("status");
                    return (status, head, body);
                }
            }
        }
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => data.extend_from_slice(&buf[..n]),
        }
    }
    let text = String::from_utf8_lossy(&data).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, head.to_string(), body.to_string())
}

/// Reads until the response head has arrived (for a streaming response that does not end yet).
fn read_head(stream: &mut TcpStream) -> String {
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let mut data = Vec::new();
    let mut buf = [0u8; 1024];
    while !data.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf).expect("response head");
        assert!(
            n > 0,
            "closed before the head: {:?}",
            String::from_utf8_lossy(&data)
        );
        data.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&data).to_string()
}

fn has_header(head: &str, name: &str) -> Option<String> {
    head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
    })
}

#[test]
fn a_connection_without_a_whole_request_head_is_closed_at_the_header_timeout() {
    let dir = scratch("overload-header");
    let server = Server::start(&dir, Some(&config(&dir, "header_timeout_ms = 300")));
    let mut silent = connect(&server);
    let mut partial = connect(&server);
    partial
        .write_all(b"GET /healthz HTTP/1.1\r\nhost: x\r\n")
        .expect("partial head");
    assert!(closed_within(&mut silent, Duration::from_secs(10)));
    // The dribbling client keeps sending bytes, but never the end of its head.
    let start = Instant::now();
    let mut cut = false;
    while start.elapsed() < Duration::from_secs(10) {
        if partial.write_all(b"x-a: b\r\n").is_err() {
            cut = true;
            break;
        }
        partial
            .set_read_timeout(Some(Duration::from_millis(100)))
            .expect("timeout");
        let mut buf = [0u8; 64];
        if matches!(partial.read(&mut buf), Ok(0)) {
            cut = true;
            break;
        }
    }
    assert!(cut, "a head dribbled for 10 s was not cut");
    assert!(
        metric(&server.http, "npython_http_timeouts_total{kind=\"header\"}") >= 2.0,
        "both counted"
    );
    // A client that sends its head gets its answer.
    let mut ok = connect(&server);
    ok.write_all(b"GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n")
        .expect("request");
    assert_eq!(read_response(&mut ok).0, 200);
}

#[test]
fn an_idle_keep_alive_connection_is_closed_but_a_waiting_result_stream_is_not() {
    let dir = scratch("overload-idle");
    let server = Server::start(
        &dir,
        Some(&config(
            &dir,
            "header_timeout_ms = 300\nidle_timeout_ms = 300",
        )),
    );
    let mut keep_alive = connect(&server);
    keep_alive
        .write_all(b"GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n")
        .expect("request");
    let (status, head, _) = read_response(&mut keep_alive);
    assert_eq!(status, 200);
    assert!(
        has_header(&head, "connection").is_none(),
        "kept alive: {head}"
    );
    assert!(closed_within(&mut keep_alive, Duration::from_secs(10)));
    assert!(metric(&server.http, "npython_http_timeouts_total{kind=\"idle\"}") >= 1.0);

    // The job sleeps for 1.5 s (five idle timeouts) before its line is streamed.
    let http = Http::new(&server.base);
    let accepted = submit(
        &http,
        KEY,
        &json!([{"source": "import time\ntime.sleep(1.5)\n'done'"}]),
    );
    let swarm = accepted["swarm"].as_str().expect("swarm").to_string();
    let mut stream = connect(&server);
    write!(
        stream,
        "GET /v1/swarms/{swarm}/results HTTP/1.1\r\nhost: x\r\nauthorization: Bearer {KEY}\r\n\r\n"
    )
    .expect("request");
    let mut text = read_head(&mut stream);
    let mut buf = [0u8; 4096];
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    while !text.contains("\"done\"") {
        let n = stream.read(&mut buf).expect("the stream stays open");
        assert!(n > 0, "the stream was closed before its line: {text}");
        text.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(text.contains("\"status\":\"ok\""), "{text}");
}

#[test]
fn a_body_sent_too_slowly_is_cut_with_408() {
    let dir = scratch("overload-body");
    let server = Server::start(
        &dir,
        Some(&config(
            &dir,
            "body_timeout_ms = 300\nmin_body_bytes_per_sec = 1000",
        )),
    );
    let mut stream = connect(&server);
    write!(
        stream,
        "POST /v1/swarms HTTP/1.1\r\nhost: x\r\nauthorization: Bearer {KEY}\r\n\
         content-type: application/json\r\ncontent-length: 1000\r\n\r\n{{"
    )
    .expect("head");
    let mut writer = stream.try_clone().expect("clone");
    let dribble = std::thread::spawn(move || {
        // One byte every 100 ms: far below 1,000 bytes per second.
        for _ in 0..100 {
            std::thread::sleep(Duration::from_millis(100));
            if writer.write_all(b" ").is_err() {
                return;
            }
        }
    });
    let (status, _, body) = read_response(&mut stream);
    assert_eq!(status, 408, "{body}");
    let v: Value = serde_json::from_str(&body).expect("JSON body");
    assert_eq!(v["error"]["code"], "body_timeout", "{body}");
    assert!(closed_within(&mut stream, Duration::from_secs(10)));
    drop(stream);
    dribble.join().expect("writer");
    assert!(metric(&server.http, "npython_http_timeouts_total{kind=\"body\"}") >= 1.0);

    // A body at a normal pace is read.
    let http = Http::new(&server.base);
    let accepted = submit(&http, KEY, &json!([{"source": "1"}]));
    assert_eq!(accepted["total"], 1);
}

#[test]
fn at_max_connections_idle_ones_make_room_and_then_new_ones_get_503() {
    let dir = scratch("overload-cap");
    let server = Server::start(
        &dir,
        Some(&config(
            &dir,
            "max_connections = 4\nheader_timeout_ms = 60000",
        )),
    );
    let mut idle: Vec<TcpStream> = (0..4).map(|_| connect(&server)).collect();
    // Connections idle for less than 250 ms are not closed to make room (their request may be on its way).
    std::thread::sleep(Duration::from_millis(600));
    let mut fifth = connect(&server);
    fifth
        .write_all(b"GET /healthz HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
        .expect("request");
    assert_eq!(read_response(&mut fifth).0, 200, "an idle one made room");
    assert!(
        closed_within(&mut idle[0], Duration::from_secs(10)),
        "the oldest idle connection was closed to make room"
    );

    // Four result streams of jobs that sleep: four connections busy, none idle.
    let http = Http::new(&server.base);
    let accepted = submit(
        &http,
        KEY,
        &json!([{"source": "import time\ntime.sleep(60)", "limits": {"timeout_ms": 60000}}]),
    );
    let swarm = accepted["swarm"].as_str().expect("swarm").to_string();
    drop(http);
    std::thread::sleep(Duration::from_millis(600));
    let mut streams = Vec::new();
    for _ in 0..4 {
        let mut s = connect(&server);
        write!(
            s,
            "GET /v1/swarms/{swarm}/results HTTP/1.1\r\nhost: x\r\nauthorization: Bearer {KEY}\r\n\r\n"
        )
        .expect("request");
        let head = read_head(&mut s);
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        streams.push(s);
    }
    let mut refused = connect(&server);
    let _ = refused.write_all(b"GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n");
    let (status, head, body) = read_response(&mut refused);
    assert_eq!(status, 503, "{head}\n{body}");
    assert_eq!(has_header(&head, "retry-after").as_deref(), Some("1"));
    let v: Value = serde_json::from_str(&body).expect("JSON body");
    assert_eq!(v["error"]["code"], "too_many_connections");

    // Streams that end free their connections: the server answers again.
    drop(streams);
    drop(idle);
    let start = Instant::now();
    loop {
        let mut s = connect(&server);
        let _ = s.write_all(b"GET /metrics HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n");
        let (status, _, body) = read_response(&mut s);
        if status == 200 {
            let value = |series: &str| {
                body.lines()
                    .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
                    .and_then(|v| v.trim().parse::<f64>().ok())
                    .unwrap_or_else(|| panic!("no {series}"))
            };
            assert!(value("npython_http_connections_refused_total") >= 1.0);
            assert!(value("npython_http_connections_evicted_total") >= 1.0);
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the server did not recover after the streams closed"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let http = Http::new(&server.base);
    let r = http.delete(&format!("/v1/swarms/{swarm}"), Some(KEY));
    assert_eq!(r.status, 202, "{}", r.body);
}

#[test]
fn eleven_hundred_idle_sockets_at_a_1024_descriptor_limit_stall_nobody() {
    let dir = scratch("overload-1100");
    let server = Server::start_limited(
        &dir,
        Some(&config(&dir, "header_timeout_ms = 5000")),
        Some(1024),
    );
    let mut idle: Vec<TcpStream> = (0..1100).map(|_| connect(&server)).collect();
    // Each request on a fresh client: a pooled keep-alive connection is itself idle between requests, and
    // idle connections are what the server closes to make room. A 503 (no connection idle long enough to
    // close yet) is retried, as its Retry-After says.
    let served = |method: &str, path: &str, key: Option<&str>, body: Option<&str>| {
        let start = Instant::now();
        loop {
            let r = Http::new(&server.base).send(method, path, key, body, &[]);
            if r.status != 503 || start.elapsed() > Duration::from_secs(10) {
                return r;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    };
    assert_eq!(served("GET", "/healthz", None, None).status, 200);
    let jobs: Vec<Value> = (0..200)
        .map(|i| json!({"source": "n * 2", "inputs": {"n": i}}))
        .collect();
    let body = json!({ "jobs": jobs }).to_string();
    let accepted = served("POST", "/v1/swarms", Some(KEY), Some(&body));
    assert_eq!(accepted.status, 202, "{}", accepted.body);
    let swarm = accepted.json()["swarm"]
        .as_str()
        .expect("swarm")
        .to_string();
    let r = served(
        "GET",
        &format!("/v1/swarms/{swarm}/results"),
        Some(KEY),
        None,
    );
    assert_eq!(r.status, 200);
    let lines = r.lines();
    assert_eq!(lines.len(), 200);
    assert!(lines.iter().all(|l| l["status"] == "ok"));
    assert_eq!(served("GET", "/healthz", None, None).status, 200);
    let http = Http::new(&server.base);
    // Every idle socket is closed by the server: evicted to make room or cut at the header timeout.
    for (i, s) in idle.iter_mut().enumerate() {
        assert!(
            closed_within(s, Duration::from_secs(10)),
            "idle socket {i} still open"
        );
    }
    // The cap (768 under 1,024 descriptors) was reached: idle connections were closed to make room, or,
    // while none had been idle long enough, new ones were refused.
    let evicted = metric(&http, "npython_http_connections_evicted_total");
    let refused = metric(&http, "npython_http_connections_refused_total");
    assert!(
        evicted + refused >= 1.0,
        "evicted {evicted}, refused {refused}"
    );
}

#[test]
fn out_of_descriptors_the_accept_loop_pauses_logs_once_and_recovers() {
    let dir = scratch("overload-emfile");
    let server = Server::start_limited(
        &dir,
        Some(&config(&dir, "max_connections = 100000")),
        Some(128),
    );
    let http = Http::new(&server.base);
    // Jobs that sleep for 3 s: their result streams hold connections that are not idle.
    let accepted = submit(
        &http,
        KEY,
        &json!([{"source": "import time\ntime.sleep(60)", "limits": {"timeout_ms": 3000}}]),
    );
    let swarm = accepted["swarm"].as_str().expect("swarm").to_string();
    drop(http);
    let request = format!(
        "GET /v1/swarms/{swarm}/results HTTP/1.1\r\nhost: x\r\nauthorization: Bearer {KEY}\r\n\r\n"
    );
    let mut streams: Vec<TcpStream> = (0..200)
        .map(|_| {
            let mut s = connect(&server);
            s.write_all(request.as_bytes()).expect("request");
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    // While descriptors are exhausted, the server waits instead of spinning on accept.
    let cpu_before = server.cpu_time();
    let wall = Instant::now();
    std::thread::sleep(Duration::from_secs(1));
    let busy = server.cpu_time().saturating_sub(cpu_before);
    let log = server.stderr();
    assert!(
        busy < wall.elapsed() * 2 / 5,
        "the server used {busy:?} of CPU in {:?} while out of descriptors",
        wall.elapsed()
    );
    assert_eq!(
        log.matches("cannot accept connections").count(),
        1,
        "logged once: {log}"
    );
    // When the jobs end (killed at 3 s), every stream gets its line and the waiting connections are served.
    let mut answered = 0;
    for s in &mut streams {
        let mut text = read_head(s);
        let mut buf = [0u8; 4096];
        while !text.contains("\"status\"") {
            let n = s.read(&mut buf).expect("stream");
            assert!(n > 0, "closed early: {text}");
            text.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        assert!(text.contains("\"killed\""), "{text}");
        answered += 1;
    }
    assert_eq!(answered, 200);
    drop(streams);
    let http = Http::new(&server.base);
    assert_eq!(http.get("/healthz", None).status, 200);
    let accepted = submit(&http, KEY, &json!([{"source": "6 * 7"}]));
    let swarm = accepted["swarm"].as_str().expect("swarm");
    let r = http.get(&format!("/v1/swarms/{swarm}/results"), Some(KEY));
    assert_eq!(r.lines()[0]["result"], 42);
    assert!(metric(&http, "npython_http_accept_backoffs_total") >= 1.0);
}

#[test]
fn the_bearer_scheme_is_case_insensitive_and_two_authorization_headers_are_refused() {
    let dir = scratch("overload-auth");
    let server = Server::start(&dir, Some(&config(&dir, "")));
    for scheme in ["Bearer", "bearer", "BEARER", "bEaReR"] {
        let r = server.http.send(
            "GET",
            "/v1/swarms/sw_0000000000000000",
            None,
            None,
            &[("authorization", &format!("{scheme} {KEY}"))],
        );
        // Authenticated: the swarm is unknown (404), not the caller (401).
        assert_eq!((r.status, r.code()), (404, "not_found".into()), "{scheme}");
    }
    let r = server.http.send(
        "GET",
        "/v1/swarms/sw_0000000000000000",
        None,
        None,
        &[("authorization", "Basic YTpi")],
    );
    assert_eq!(r.status, 401);
    for second in [format!("Bearer {KEY}"), "Bearer someone-else".to_string()] {
        let r = server.http.send(
            "GET",
            "/v1/swarms/sw_0000000000000000",
            Some(KEY),
            None,
            &[("authorization", &second)],
        );
        assert_eq!(
            (r.status, r.code()),
            (400, "duplicate_authorization".into()),
            "{}",
            r.body
        );
    }
}

#[test]
fn every_405_has_an_allow_header() {
    let dir = scratch("overload-405");
    let server = Server::start(&dir, Some(&config(&dir, "")));
    for (method, path, allow) in [
        ("PUT", "/healthz", "GET"),
        ("POST", "/metrics", "GET"),
        ("PATCH", "/v1/swarms/sw_1", "GET, DELETE"),
        ("GET", "/v1/swarms", "POST"),
        ("GET", "/v1/tokens/abc/revoke", "POST"),
    ] {
        let r = server.http.send(method, path, Some(KEY), None, &[]);
        assert_eq!(r.status, 405, "{method} {path}");
        let header = r
            .headers
            .get("allow")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("{method} {path}: no Allow header"));
        assert_eq!(header, allow, "{method} {path}");
        assert_eq!(r.json()["error"]["allow"], allow);
    }
}

#[test]
fn an_oversized_head_gets_431_with_a_json_body() {
    let dir = scratch("overload-431");
    let server = Server::start(&dir, Some(&config(&dir, "")));
    let mut stream = connect(&server);
    let mut writer = stream.try_clone().expect("clone");
    let big = "a".repeat(1 << 20);
    let sender = std::thread::spawn(move || {
        let _ = write!(
            writer,
            "GET /healthz HTTP/1.1\r\nhost: x\r\nx-big: {big}\r\n\r\n"
        );
    });
    let (status, head, body) = read_response(&mut stream);
    assert_eq!(status, 431, "{head}");
    assert!(
        has_header(&head, "content-type").is_some_and(|t| t == "application/json"),
        "{head}"
    );
    let v: Value = serde_json::from_str(&body).expect("JSON body");
    assert_eq!(v["error"]["code"], "headers_too_large", "{body}");
    drop(stream);
    sender.join().expect("sender");
    // A head that is not HTTP at all gets a JSON 400.
    let mut stream = connect(&server);
    stream
        .write_all(b"GARBAGE\x01 / HTTP/1.1\r\n\r\n")
        .expect("request");
    let (status, _, body) = read_response(&mut stream);
    assert_eq!(status, 400, "{body}");
    let v: Value = serde_json::from_str(&body).expect("JSON body");
    assert_eq!(v["error"]["code"], "malformed_request", "{body}");
}

#[test]
fn openapi_requires_exactly_one_of_source_or_script_as_the_server_does() {
    let dir = scratch("overload-openapi");
    let server = Server::start(&dir, Some(&config(&dir, "")));
    let doc = server.http.get("/openapi.json", None).json();
    let job = &doc["components"]["schemas"]["Job"];
    assert_eq!(
        job["oneOf"],
        json!([{"required": ["source"]}, {"required": ["script"]}])
    );
    let script = server
        .http
        .post("/v1/scripts", Some(KEY), r#"{"source": "1"}"#);
    assert_eq!(script.status, 201, "{}", script.body);
    let reference = script.json()["script"].clone();
    // What the schema's oneOf says (exactly one of the two present) is what the server accepts.
    for job in [
        json!({}),
        json!({"source": "1", "script": reference}),
        json!({"source": "1"}),
        json!({"script": reference}),
        json!({"inputs": {"x": 1}}),
    ] {
        let present = ["source", "script"]
            .iter()
            .filter(|k| job.get(**k).is_some())
            .count();
        let r = server.http.post(
            "/v1/swarms",
            Some(KEY),
            &json!({ "jobs": [job] }).to_string(),
        );
        if present == 1 {
            assert_eq!(r.status, 202, "{job}: {}", r.body);
        } else {
            assert_eq!((r.status, r.code()), (400, "invalid_job".into()), "{job}");
        }
    }
}

#[test]
fn one_tenants_results_never_evict_another_tenants_swarm() {
    let dir = scratch("overload-retention");
    let path = config(&dir, "[retention]\nmax_bytes_per_tenant = 20000");
    let mut text = std::fs::read_to_string(&path).expect("config");
    text.push_str(&format!(
        "\n[[tenants]]\nname = \"globex\"\napi_keys_sha256 = [\"{}\"]\n",
        sha256_hex("globex-key")
    ));
    std::fs::write(&path, text).expect("config");
    let server = Server::start(&dir, Some(&path));
    let http = &server.http;
    let small = submit(http, "globex-key", &json!([{"source": "'small'"}]));
    let small = small["swarm"].as_str().expect("swarm").to_string();
    assert_eq!(serve_support::results(http, "globex-key", &small).len(), 1);
    // acme keeps 20 swarms of about 10 KB of results each: ten times its budget.
    let mut acme = Vec::new();
    for _ in 0..20 {
        let a = submit(
            http,
            KEY,
            &json!([{"source": "'x' * 5000"}, {"source": "'y' * 5000"}]),
        );
        let id = a["swarm"].as_str().expect("swarm").to_string();
        assert_eq!(serve_support::results(http, KEY, &id).len(), 2);
        acme.push(id);
    }
    // The janitor runs every second: wait until acme's oldest swarm is gone.
    let start = Instant::now();
    while http
        .get(&format!("/v1/swarms/{}", acme[0]), Some(KEY))
        .status
        != 404
    {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "acme's oldest swarm was never evicted"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    // acme's newest swarm (within its budget) and globex's older swarm are kept.
    let newest = acme.last().expect("swarms");
    assert_eq!(
        http.get(&format!("/v1/swarms/{newest}"), Some(KEY)).status,
        200
    );
    let r = http.get(&format!("/v1/swarms/{small}"), Some("globex-key"));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        serve_support::results(http, "globex-key", &small)[0]["result"],
        "small"
    );
}

#[test]
fn a_return_value_over_max_result_bytes_ends_the_job_killed() {
    let dir = scratch("overload-result");
    let path = config(&dir, "[max_limits]\nmax_result_bytes = 100000");
    let server = Server::start(&dir, Some(&path));
    let http = &server.http;
    let a = submit(
        http,
        KEY,
        &json!([
            {"source": "'x' * 1000", "limits": {"max_result_bytes": 500}},
            {"source": "'x' * 400", "limits": {"max_result_bytes": 500}},
            {"source": "['y' * 1000] * 200"},
            {"source": "print('z' * 2000)\n'small'"},
        ]),
    );
    let swarm = a["swarm"].as_str().expect("swarm");
    let mut lines = serve_support::results(http, KEY, swarm);
    lines.sort_by_key(|l| l["index"].as_u64());
    assert_eq!(lines[0]["status"], "killed", "{}", lines[0]);
    assert_eq!(lines[0]["limit"], "result");
    assert_eq!(lines[0]["result"], Value::Null);
    assert_eq!(lines[1]["status"], "ok");
    assert_eq!(lines[1]["result"], "x".repeat(400));
    // Unset, the limit is the server's ceiling (here 100,000 bytes).
    assert_eq!(
        (lines[2]["status"].clone(), lines[2]["limit"].clone()),
        (json!("killed"), json!("result"))
    );
    // Output is not the return value.
    assert_eq!(lines[3]["status"], "ok");
    // Above the ceiling: refused at submission.
    let r = http.post(
        "/v1/swarms",
        Some(KEY),
        &json!({"jobs": [{"source": "1", "limits": {"max_result_bytes": 100001}}]}).to_string(),
    );
    assert_eq!(
        (r.status, r.code()),
        (400, "limit_too_high".into()),
        "{}",
        r.body
    );
    assert_eq!(r.json()["error"]["limit"], "max_result_bytes");
}
