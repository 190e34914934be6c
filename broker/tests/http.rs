//! Gated http through the broker, against loopback test servers: what a token that names 127.0.0.1 may do,
//! that every other way of reaching loopback, private or metadata space is refused (numeric host forms,
//! IPv6 forms, DNS, redirects), that each redirect hop is re-checked, and that time and size limits end a
//! request with an error instead of truncating it. Every refusal also asserts the server saw nothing.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use common::{broker, grant, hosts, prefixes, TestServer};
use http_body_util::{BodyExt, Full};
use hyper::{Request, Response, StatusCode};
use npython_broker::Outcome;
use npython_caps::{Caveat, Method};
use npython_host::{Data, Grant, HttpRequest, IoErrorKind, IoRequest, IoResult};

fn request(grant: &Grant, method: &str, url: &str, body: &[u8]) -> IoRequest {
    IoRequest::Http(Box::new(HttpRequest {
        grant: grant.clone(),
        method: method.to_string(),
        url: url.to_string(),
        headers: Vec::new(),
        body: body.to_vec(),
        timeout: None,
    }))
}

fn field<'a>(result: &'a Data, key: &str) -> &'a Data {
    match result {
        Data::Dict(pairs) => pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("no {key} in {result:?}")),
        other => panic!("not a dict: {other:?}"),
    }
}

fn body_text(result: &Data) -> String {
    match field(result, "body") {
        Data::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => panic!("body is not bytes: {other:?}"),
    }
}

fn expect_refused(result: IoResult, kind: IoErrorKind, needle: &str) {
    match result {
        Err(e) => {
            assert_eq!(e.kind, kind, "{e:?}");
            assert!(
                e.message.contains(needle),
                "message {:?} should contain {needle:?}",
                e.message
            );
        }
        Ok(data) => panic!("expected a refusal containing {needle:?}, got {data:?}"),
    }
}

/// A server with a few routes, counting the requests it receives.
fn app(hits: Arc<AtomicUsize>, redirect_to: String) -> TestServer {
    TestServer::start(move |req: Request<hyper::body::Incoming>| {
        let hits = hits.clone();
        let redirect_to = redirect_to.clone();
        async move {
            hits.fetch_add(1, Ordering::SeqCst);
            let method = req.method().to_string();
            let path = req.uri().path().to_string();
            let authorization = req
                .headers()
                .get("authorization")
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
                .unwrap_or_else(|| "none".to_string());
            let body = req
                .into_body()
                .collect()
                .await
                .map(|b| b.to_bytes())
                .unwrap_or_default();
            let redirect = |status: u16, location: &str| {
                Response::builder()
                    .status(status)
                    .header("location", location)
                    .body(Full::new(Bytes::new()))
                    .expect("response")
            };
            match path.as_str() {
                "/hello" | "/api/hello" => Response::builder()
                    .header("X-Test", "yes")
                    .body(Full::new(Bytes::from("hello")))
                    .expect("response"),
                "/echo" | "/api/echo" => Response::new(Full::new(Bytes::from(format!(
                    "{method} {}",
                    String::from_utf8_lossy(&body)
                )))),
                "/away" => redirect(302, &redirect_to),
                "/same" => redirect(302, "/auth"),
                "/auth" => Response::new(Full::new(Bytes::from(authorization))),
                "/api/307" => redirect(307, "echo"),
                "/api/303" => redirect(303, "/api/echo"),
                "/api/out" => redirect(307, "/other"),
                "/loop" => redirect(302, "/loop"),
                "/slow" => {
                    tokio::time::sleep(Duration::from_secs(3)).await;
                    Response::new(Full::new(Bytes::from("late")))
                }
                "/huge" => Response::new(Full::new(Bytes::from(vec![b'x'; 2_000_000]))),
                _ => Response::builder()
                    .status(StatusCode::NOT_FOUND)
                    .body(Full::new(Bytes::from("not found")))
                    .expect("response"),
            }
        }
    })
}

#[test]
fn get_and_post_to_a_named_loopback_host() {
    let hits = Arc::new(AtomicUsize::new(0));
    let server = app(hits.clone(), String::new());
    let (broker, audit) = broker(|_| {});
    let g = grant(
        "http",
        vec![hosts(&[&format!("127.0.0.1:{}", server.port())])],
    );

    let got = broker
        .perform_blocking(
            7,
            request(&g, "GET", &server.url("/hello?key=secret"), b""),
            None,
        )
        .expect("allowed");
    assert_eq!(field(&got, "status"), &Data::Int(200));
    assert_eq!(
        field(&got, "url"),
        &Data::Str(server.url("/hello?key=secret"))
    );
    assert_eq!(body_text(&got), "hello");
    let Data::List(headers) = field(&got, "headers") else {
        panic!("headers are a list");
    };
    assert!(headers.contains(&Data::List(vec![
        Data::Str("x-test".into()),
        Data::Str("yes".into())
    ])));

    let posted = broker
        .perform_blocking(7, request(&g, "post", &server.url("/echo"), b"abc"), None)
        .expect("allowed");
    assert_eq!(body_text(&posted), "POST abc");
    let missing = broker
        .perform_blocking(7, request(&g, "GET", &server.url("/nope"), b""), None)
        .expect("a 404 is an answer, not an error");
    assert_eq!(field(&missing, "status"), &Data::Int(404));
    assert_eq!(hits.load(Ordering::SeqCst), 3);

    let records = audit.records();
    assert_eq!(records.len(), 3);
    let first = &records[0];
    assert_eq!(first.tenant, common::TENANT);
    assert_eq!(first.job, 7);
    assert_eq!(first.capability, "http");
    assert_eq!(first.action, "GET");
    assert_eq!(
        first.target,
        format!("http://127.0.0.1:{}/hello", server.port()),
        "the query is never audited"
    );
    assert_eq!(first.outcome, Outcome::Ok);
    assert_eq!(first.bytes_in, 5);
    assert_eq!(first.token_id, g.authority.token_id().to_string());
    assert_eq!(
        (records[1].action.as_str(), records[1].bytes_out),
        ("POST", 3)
    );
    let line = serde_json::to_string(first).expect("serialises");
    assert!(
        !line.contains("secret") && !line.contains("x-test") && !line.contains("body"),
        "{line}"
    );
    let counters = broker.counters();
    assert_eq!((counters.http.ok, counters.http.denied), (3, 0));
}

#[test]
fn loopback_is_refused_when_the_token_does_not_name_it() {
    let hits = Arc::new(AtomicUsize::new(0));
    let server = app(hits.clone(), String::new());
    let (broker, audit) = broker(|_| {});
    let port = server.port();
    // Both tokens allow the request by their host caveats (no caveat; a wildcard on the port), but neither
    // names 127.0.0.1, so the address rule refuses it.
    for g in [
        grant("http", vec![]),
        grant("http", vec![hosts(&[&format!("*:{port}")])]),
    ] {
        expect_refused(
            broker.perform_blocking(1, request(&g, "GET", &server.url("/hello"), b""), None),
            IoErrorKind::Capability,
            "127.0.0.1 is a loopback address",
        );
        // A name that resolves to loopback is refused by the resolver.
        expect_refused(
            broker.perform_blocking(
                1,
                request(&g, "GET", &format!("http://localhost:{port}/hello"), b""),
                None,
            ),
            IoErrorKind::Capability,
            "only public addresses may be reached",
        );
    }
    assert_eq!(hits.load(Ordering::SeqCst), 0, "nothing reached the server");
    let records = audit.records();
    assert_eq!(records.len(), 4);
    assert!(records
        .iter()
        .all(|r| r.outcome == Outcome::Denied && r.error_kind == Some("capability")));
    assert_eq!(broker.counters().http.denied, 4);
}

#[test]
fn numeric_ipv6_and_metadata_forms_are_refused() {
    let hits = Arc::new(AtomicUsize::new(0));
    let server = app(hits.clone(), String::new());
    let port = server.port();
    let (broker, _) = broker(|_| {});
    // Even a token naming 127.0.0.1 does not name its disguises.
    let named = grant("http", vec![hosts(&[&format!("127.0.0.1:{port}")])]);
    let open = grant("http", vec![]);
    let cases = [
        (
            "http://169.254.169.254/latest/meta-data/".to_string(),
            "cloud metadata",
        ),
        (
            "http://[fd00:ec2::254]/latest/".to_string(),
            "cloud metadata",
        ),
        (format!("http://[::1]:{port}/hello"), "loopback"),
        (
            format!("http://[::ffff:127.0.0.1]:{port}/hello"),
            "loopback",
        ),
        (
            format!("http://2130706433:{port}/hello"),
            "written 2130706433",
        ),
        (format!("http://0x7f.1:{port}/hello"), "written 0x7f.1"),
        (format!("http://017700000001:{port}/hello"), "loopback"),
        (format!("http://127.1:{port}/hello"), "loopback"),
        ("http://10.0.0.1/".to_string(), "private-network"),
        ("http://100.100.100.200/".to_string(), "CGNAT"),
        ("http://0.0.0.0/".to_string(), "unspecified"),
    ];
    for g in [&named, &open] {
        for (url, needle) in &cases {
            let started = Instant::now();
            expect_refused(
                broker.perform_blocking(1, request(g, "GET", url, b""), None),
                IoErrorKind::Capability,
                needle,
            );
            assert!(
                started.elapsed() < Duration::from_secs(2),
                "{url} was refused before connecting"
            );
        }
    }
    assert_eq!(hits.load(Ordering::SeqCst), 0);
}

#[test]
fn a_redirect_into_unnamed_private_space_is_refused() {
    let inner_hits = Arc::new(AtomicUsize::new(0));
    let inner = app(inner_hits.clone(), String::new());
    let outer_hits = Arc::new(AtomicUsize::new(0));
    let via_ip = app(outer_hits.clone(), inner.url("/hello"));
    let via_name = app(
        outer_hits.clone(),
        format!("http://localhost:{}/hello", inner.port()),
    );
    let (broker, audit) = broker(|_| {});
    // The token names the outer servers and allows any host on the inner server's port, without naming it.
    let g = grant(
        "http",
        vec![hosts(&[
            &format!("127.0.0.1:{}", via_ip.port()),
            &format!("127.0.0.1:{}", via_name.port()),
            &format!("*:{}", inner.port()),
        ])],
    );
    expect_refused(
        broker.perform_blocking(1, request(&g, "GET", &via_ip.url("/away"), b""), None),
        IoErrorKind::Capability,
        "loopback",
    );
    expect_refused(
        broker.perform_blocking(1, request(&g, "GET", &via_name.url("/away"), b""), None),
        IoErrorKind::Capability,
        "only public addresses",
    );
    assert_eq!(outer_hits.load(Ordering::SeqCst), 2);
    assert_eq!(
        inner_hits.load(Ordering::SeqCst),
        0,
        "no hop reached the inner server"
    );
    let records = audit.records();
    assert_eq!(
        records[0].target,
        format!("http://127.0.0.1:{}/hello", inner.port()),
        "the record names the hop that was refused"
    );

    // A token that names only the outer server: the hop is refused (the address rule speaks first).
    let outer_only = grant(
        "http",
        vec![hosts(&[&format!("127.0.0.1:{}", via_ip.port())])],
    );
    expect_refused(
        broker.perform_blocking(
            1,
            request(&outer_only, "GET", &via_ip.url("/away"), b""),
            None,
        ),
        IoErrorKind::Capability,
        "loopback",
    );
    // A public host the token does not list is refused by its host caveat, before any connection.
    let elsewhere = app(outer_hits.clone(), "http://93.184.216.34/".to_string());
    let g3 = grant(
        "http",
        vec![hosts(&[&format!("127.0.0.1:{}", elsewhere.port())])],
    );
    expect_refused(
        broker.perform_blocking(1, request(&g3, "GET", &elsewhere.url("/away"), b""), None),
        IoErrorKind::Capability,
        "host 93.184.216.34 port 80 is not allowed by this token",
    );
    // Naming both is what it takes to follow it.
    let both = grant(
        "http",
        vec![hosts(&[
            &format!("127.0.0.1:{}", via_ip.port()),
            &format!("127.0.0.1:{}", inner.port()),
        ])],
    );
    let got = broker
        .perform_blocking(1, request(&both, "GET", &via_ip.url("/away"), b""), None)
        .expect("followed");
    assert_eq!(body_text(&got), "hello");
    assert_eq!(field(&got, "url"), &Data::Str(inner.url("/hello")));
}

#[test]
fn redirect_hops_are_rechecked_for_method_and_path() {
    let server = app(Arc::new(AtomicUsize::new(0)), String::new());
    let (broker, _) = broker(|_| {});
    let g = grant(
        "http",
        vec![
            hosts(&[&format!("127.0.0.1:{}", server.port())]),
            Caveat::Methods(vec![Method::parse("POST").expect("method")]),
            prefixes(&["/api"]),
        ],
    );
    // 307 repeats the POST with its body, at a relative Location.
    let got = broker
        .perform_blocking(
            1,
            request(&g, "POST", &server.url("/api/307"), b"data"),
            None,
        )
        .expect("307 keeps POST");
    assert_eq!(body_text(&got), "POST data");
    assert_eq!(field(&got, "url"), &Data::Str(server.url("/api/echo")));
    // 303 turns the hop into a GET, which this token does not allow.
    expect_refused(
        broker.perform_blocking(
            1,
            request(&g, "POST", &server.url("/api/303"), b"data"),
            None,
        ),
        IoErrorKind::Capability,
        "method GET",
    );
    // A hop outside the path prefix is refused.
    expect_refused(
        broker.perform_blocking(1, request(&g, "POST", &server.url("/api/out"), b""), None),
        IoErrorKind::Capability,
        "/other",
    );
    let open = grant(
        "http",
        vec![hosts(&[&format!("127.0.0.1:{}", server.port())])],
    );
    expect_refused(
        broker.perform_blocking(1, request(&open, "GET", &server.url("/loop"), b""), None),
        IoErrorKind::Connection,
        "too many redirects",
    );
}

#[test]
fn a_slow_response_is_cut_by_the_timeout() {
    let server = app(Arc::new(AtomicUsize::new(0)), String::new());
    let (broker, audit) = broker(|_| {});
    let host = format!("127.0.0.1:{}", server.port());
    let by_token = grant("http", vec![hosts(&[&host]), Caveat::TimeoutMs(300)]);
    let started = Instant::now();
    expect_refused(
        broker.perform_blocking(
            1,
            request(&by_token, "GET", &server.url("/slow"), b""),
            None,
        ),
        IoErrorKind::Timeout,
        "timed out after 0.300s",
    );
    assert!(started.elapsed() < Duration::from_secs(2));

    let mut by_script = request(
        &grant("http", vec![hosts(&[&host])]),
        "GET",
        &server.url("/slow"),
        b"",
    );
    if let IoRequest::Http(r) = &mut by_script {
        r.timeout = Some(Duration::from_millis(200));
    }
    expect_refused(
        broker.perform_blocking(1, by_script, None),
        IoErrorKind::Timeout,
        "timed out",
    );
    let by_deadline = grant("http", vec![hosts(&[&host])]);
    expect_refused(
        broker.perform_blocking(
            1,
            request(&by_deadline, "GET", &server.url("/slow"), b""),
            Some(Instant::now() + Duration::from_millis(200)),
        ),
        IoErrorKind::Timeout,
        "timed out",
    );
    assert!(audit
        .records()
        .iter()
        .all(|r| r.outcome == Outcome::Error && r.error_kind == Some("timeout")));
}

#[test]
fn a_huge_response_is_cut_by_the_size_limit() {
    let server = app(Arc::new(AtomicUsize::new(0)), String::new());
    let (broker, _) = broker(|_| {});
    let g = grant(
        "http",
        vec![
            hosts(&[&format!("127.0.0.1:{}", server.port())]),
            Caveat::MaxResponseBytes(1000),
            Caveat::MaxRequestBytes(10),
        ],
    );
    expect_refused(
        broker.perform_blocking(1, request(&g, "GET", &server.url("/huge"), b""), None),
        IoErrorKind::Os,
        "the limit is 1000 bytes",
    );
    // Without a Content-Length the body is cut while streaming.
    let mut raw = b"HTTP/1.1 200 OK\r\nconnection: close\r\n\r\n".to_vec();
    raw.extend(std::iter::repeat_n(b'y', 500_000));
    let streaming = TestServer::raw(raw);
    let g2 = grant(
        "http",
        vec![
            hosts(&[&format!("127.0.0.1:{}", streaming.port())]),
            Caveat::MaxResponseBytes(1000),
        ],
    );
    expect_refused(
        broker.perform_blocking(1, request(&g2, "GET", &streaming.url("/"), b""), None),
        IoErrorKind::Os,
        "larger than that",
    );
    // The broker's own default applies to tokens without a limit.
    let (small, _) = common::broker(|c| c.http.max_response_bytes = 100);
    let open = grant(
        "http",
        vec![hosts(&[&format!("127.0.0.1:{}", server.port())])],
    );
    expect_refused(
        small.perform_blocking(1, request(&open, "GET", &server.url("/huge"), b""), None),
        IoErrorKind::Os,
        "the limit is 100 bytes",
    );
    // The request body limit.
    expect_refused(
        broker.perform_blocking(1, request(&g, "POST", &server.url("/echo"), &[0; 11]), None),
        IoErrorKind::Capability,
        "at most 10",
    );
}

#[test]
fn headers_the_broker_owns_are_refused() {
    let server = app(Arc::new(AtomicUsize::new(0)), String::new());
    let (broker, _) = broker(|_| {});
    let g = grant(
        "http",
        vec![hosts(&[&format!("127.0.0.1:{}", server.port())])],
    );
    for (name, value) in [
        ("Host", "evil.com"),
        ("Content-Length", "5"),
        ("bad name", "x"),
        ("x", "a\nb"),
    ] {
        let mut req = request(&g, "GET", &server.url("/hello"), b"");
        if let IoRequest::Http(r) = &mut req {
            r.headers.push((name.to_string(), value.to_string()));
        }
        expect_refused(
            broker.perform_blocking(1, req, None),
            IoErrorKind::Invalid,
            "",
        );
    }
    for url in ["ftp://127.0.0.1/", "http://user:pw@127.0.0.1/", "not a url"] {
        expect_refused(
            broker.perform_blocking(1, request(&g, "GET", url, b""), None),
            IoErrorKind::Invalid,
            "",
        );
    }
}

#[test]
fn a_grant_for_another_tenant_is_refused() {
    let (broker, _) = broker(|_| {});
    let mut g = grant("http", vec![]);
    g.tenant = "other".to_string();
    expect_refused(
        broker.perform_blocking(1, request(&g, "GET", "http://example.com/", b""), None),
        IoErrorKind::Capability,
        "another tenant",
    );
}

#[test]
fn credentials_do_not_follow_a_redirect_to_another_origin() {
    let other = app(Arc::new(AtomicUsize::new(0)), String::new());
    let server = app(Arc::new(AtomicUsize::new(0)), other.url("/auth"));
    let (broker, _) = broker(|_| {});
    let g = grant(
        "http",
        vec![hosts(&[
            &format!("127.0.0.1:{}", server.port()),
            &format!("127.0.0.1:{}", other.port()),
        ])],
    );
    let with_auth = |path: &str| {
        let mut req = request(&g, "GET", &server.url(path), b"");
        if let IoRequest::Http(r) = &mut req {
            r.headers
                .push(("Authorization".into(), "Bearer s3cret".into()));
        }
        req
    };
    let direct = broker
        .perform_blocking(1, with_auth("/auth"), None)
        .expect("ok");
    assert_eq!(body_text(&direct), "Bearer s3cret");
    let same_origin = broker
        .perform_blocking(1, with_auth("/same"), None)
        .expect("ok");
    assert_eq!(body_text(&same_origin), "Bearer s3cret");
    let cross_origin = broker
        .perform_blocking(1, with_auth("/away"), None)
        .expect("ok");
    assert_eq!(body_text(&cross_origin), "none");
    assert_eq!(field(&cross_origin, "url"), &Data::Str(other.url("/auth")));
}
