//! Tool calls through the broker: Rust handlers (async and blocking), the client route, a tenant's webhook on
//! a loopback server (operator-configured, so not subject to the private-address rule), and every way a call
//! fails with a clear error.

mod common;

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use common::{broker, grant, tools, TestServer, TENANT};
use http_body_util::{BodyExt, Full};
use hyper::{Request, Response};
use npython_broker::{ClientToolRoute, Outcome, ToolCall, ToolError, ToolFuture};
use npython_host::{Data, Grant, IoErrorKind, IoRequest, IoResult, ToolRequest};

fn call(broker: &npython_broker::Broker, grant: &Grant, name: &str, args: Data) -> IoResult {
    broker.perform_blocking(
        9,
        IoRequest::Tool(Box::new(ToolRequest {
            grant: grant.clone(),
            name: name.to_string(),
            args,
        })),
        None,
    )
}

fn args(pairs: &[(&str, Data)]) -> Data {
    Data::Dict(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

fn expect_err(result: IoResult, kind: IoErrorKind, needle: &str) {
    match result {
        Err(e) => {
            assert_eq!(e.kind, kind, "{e:?}");
            assert!(
                e.message.contains(needle),
                "message {:?} should contain {needle:?}",
                e.message
            );
        }
        Ok(data) => panic!("expected an error containing {needle:?}, got {data:?}"),
    }
}

#[test]
fn rust_handlers_async_and_blocking() {
    let (broker, audit) = broker(|c| {
        c.tools
            .register("search", |call: ToolCall| async move {
                Ok(Data::Dict(vec![
                    ("tenant".into(), Data::Str(call.tenant)),
                    ("job".into(), Data::Int(call.job as i64)),
                    ("args".into(), call.args),
                ]))
            })
            .register_blocking("sum", |call: &ToolCall| match &call.args {
                Data::Dict(pairs) => Ok(Data::Int(
                    pairs
                        .iter()
                        .map(|(_, v)| if let Data::Int(i) = v { *i } else { 0 })
                        .sum(),
                )),
                _ => Err(ToolError::invalid("sum takes keyword arguments")),
            })
            .register("fails", |_call: ToolCall| async {
                Err(ToolError::invalid("query must not be empty"))
            })
            .register("panics", |_call: ToolCall| async {
                panic!("a handler bug")
            })
            .register_blocking("panics_blocking", |_call: &ToolCall| {
                panic!("a handler bug")
            });
    });
    let g = grant("tools", vec![]);
    let a = args(&[("query", Data::Str("rust".into()))]);
    assert_eq!(
        call(&broker, &g, "search", a.clone()),
        Ok(Data::Dict(vec![
            ("tenant".into(), Data::Str(TENANT.into())),
            ("job".into(), Data::Int(9)),
            ("args".into(), a),
        ]))
    );
    assert_eq!(
        call(
            &broker,
            &g,
            "sum",
            args(&[("a", Data::Int(2)), ("b", Data::Int(40))])
        ),
        Ok(Data::Int(42))
    );
    expect_err(
        call(&broker, &g, "fails", args(&[])),
        IoErrorKind::Invalid,
        "must not be empty",
    );
    expect_err(
        call(&broker, &g, "missing", args(&[])),
        IoErrorKind::NotFound,
        "no tool named 'missing' is registered for this tenant",
    );
    for name in ["panics", "panics_blocking"] {
        expect_err(
            call(&broker, &g, name, args(&[])),
            IoErrorKind::Os,
            "the tool handler panicked",
        );
    }
    let only_sum = grant("tools", vec![tools(&["sum"])]);
    expect_err(
        call(&broker, &only_sum, "search", args(&[])),
        IoErrorKind::Capability,
        "search",
    );
    let records = audit.records();
    assert_eq!(records.len(), 7);
    assert_eq!(
        (
            records[0].capability,
            records[0].action.as_str(),
            records[0].target.as_str()
        ),
        ("tools", "call", "search")
    );
    assert_eq!(records[0].outcome, Outcome::Ok);
    assert_eq!(records[0].bytes_out, r#"{"query":"rust"}"#.len() as u64);
    assert_eq!(records[2].error_kind, Some("invalid"));
    assert_eq!(records[3].error_kind, Some("not_found"));
    assert_eq!(records[6].outcome, Outcome::Denied);
    let line = serde_json::to_string(&records[0]).expect("serialises");
    assert!(
        !line.contains("rust"),
        "arguments are never audited: {line}"
    );
    let counters = broker.counters();
    assert_eq!(
        (
            counters.tools.ok,
            counters.tools.error,
            counters.tools.denied
        ),
        (2, 4, 1)
    );
}

/// Answers `ask_user` for tenant acme's jobs, as the HTTP API would after asking the job's client.
struct AskTheClient;

impl ClientToolRoute for AskTheClient {
    fn route(&self, call: &ToolCall) -> Option<ToolFuture> {
        if call.name != "ask_user" || call.tenant != TENANT {
            return None;
        }
        let job = call.job;
        Some(Box::pin(async move {
            Ok(Data::Str(format!("yes, from job {job}'s client")))
        }))
    }
}

#[test]
fn the_client_route_answers_the_calls_it_takes() {
    let (broker, _) = broker(|c| {
        c.tools.set_client_route(Arc::new(AskTheClient));
    });
    let g = grant("tools", vec![]);
    assert_eq!(
        call(&broker, &g, "ask_user", args(&[])),
        Ok(Data::Str("yes, from job 9's client".into()))
    );
    expect_err(
        call(&broker, &g, "other", args(&[])),
        IoErrorKind::NotFound,
        "no tool named 'other'",
    );
}

/// A webhook server: `/ok` answers `{"tool": ..., "echo": args}`, `/fail` 500, `/junk` invalid JSON,
/// `/slow` after 3 s.
fn webhook() -> TestServer {
    TestServer::start(|req: Request<hyper::body::Incoming>| async move {
        let path = req.uri().path().to_string();
        let content_type = req
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap_or("").to_string());
        let body = req
            .into_body()
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        match path.as_str() {
            "/ok" => {
                let sent: serde_json::Value =
                    serde_json::from_slice(&body).expect("the broker sends JSON");
                assert_eq!(content_type.as_deref(), Some("application/json"));
                let reply = serde_json::json!({"tool": sent["tool"], "echo": sent["args"], "n": 12345678901234567890u64});
                Response::new(Full::new(Bytes::from(reply.to_string())))
            }
            "/fail" => Response::builder()
                .status(500)
                .body(Full::new(Bytes::from("{}")))
                .expect("response"),
            "/junk" => Response::new(Full::new(Bytes::from("not json"))),
            "/slow" => {
                tokio::time::sleep(Duration::from_secs(3)).await;
                Response::new(Full::new(Bytes::from("{}")))
            }
            _ => Response::new(Full::new(Bytes::from(vec![b' '; 100_000]))),
        }
    })
}

#[test]
fn tenant_webhooks_on_loopback() {
    let server = webhook();
    let g = grant("tools", vec![]);
    let (broker, audit) = broker(|c| {
        c.tools.set_webhook(TENANT, server.url("/ok"));
    });
    let got = call(
        &broker,
        &g,
        "lookup",
        args(&[
            ("id", Data::Int(3)),
            ("tags", Data::List(vec![Data::Str("a".into())])),
        ]),
    )
    .expect("the webhook answers");
    assert_eq!(
        got,
        Data::Dict(vec![
            ("tool".into(), Data::Str("lookup".into())),
            (
                "echo".into(),
                Data::Dict(vec![
                    ("id".into(), Data::Int(3)),
                    ("tags".into(), Data::List(vec![Data::Str("a".into())])),
                ])
            ),
            ("n".into(), Data::BigInt("12345678901234567890".into())),
        ])
    );
    let record = &audit.records()[0];
    assert_eq!(
        (record.target.as_str(), record.outcome),
        ("lookup", Outcome::Ok)
    );
    assert!(record.bytes_in > 0 && record.bytes_out > 0);

    for (path, kind, needle) in [
        ("/fail", IoErrorKind::Os, "HTTP status 500"),
        ("/junk", IoErrorKind::Os, "not valid JSON"),
        ("/slow", IoErrorKind::Timeout, "timed out after 0.200s"),
        ("/big", IoErrorKind::Os, "larger than 1000 bytes"),
    ] {
        let url = server.url(path);
        let (broker, _) = common::broker(move |c| {
            c.tools
                .set_webhook(TENANT, url)
                .set_webhook_timeout(Duration::from_millis(200))
                .set_max_reply_bytes(1000);
        });
        let result = call(&broker, &g, "lookup", args(&[]));
        if let Err(e) = &result {
            assert!(
                !e.message.contains("127.0.0.1"),
                "the webhook URL is never shown: {e:?}"
            );
        }
        expect_err(result, kind, needle);
    }
    // Another tenant's webhook is not this tenant's.
    let (broker, _) = common::broker(|c| {
        c.tools.set_webhook("someone-else", server.url("/ok"));
    });
    expect_err(
        call(&broker, &g, "lookup", args(&[])),
        IoErrorKind::NotFound,
        "lookup",
    );
}
