//! The file audit sink writes one JSON object per line with the documented fields, and the blocking entry
//! point refuses to run inside an async runtime instead of blocking one of its threads.

mod common;

use std::sync::Arc;

use common::{grant, TempDir, TENANT};
use npython_broker::{Broker, BrokerConfig, FileAuditSink};
use npython_host::{Data, FsOp, FsRequest, IoErrorKind, IoRequest};

fn read_request(path: &str) -> IoRequest {
    IoRequest::Fs(Box::new(FsRequest {
        grant: grant("fs", vec![]),
        op: FsOp::Read,
        path: path.to_string(),
    }))
}

#[test]
fn the_file_sink_appends_one_json_line_per_call() {
    let dir = TempDir::new("audit");
    let log = dir.path().join("audit.jsonl");
    let sink = Arc::new(FileAuditSink::open(&log).expect("opens"));
    std::fs::create_dir_all(dir.path().join("files").join(TENANT)).expect("root");
    std::fs::write(dir.path().join("files").join(TENANT).join("a.txt"), b"abc").expect("file");
    let broker = Broker::new(BrokerConfig {
        threads: 1,
        audit: sink.clone(),
        fs: npython_broker::FsConfig {
            base: Some(dir.path().join("files")),
            ..Default::default()
        },
        ..BrokerConfig::default()
    })
    .expect("starts");
    assert_eq!(
        broker.perform_blocking(11, read_request("/a.txt"), None),
        Ok(Data::Bytes(b"abc".to_vec()))
    );
    let missing = broker.perform_blocking(12, read_request("/missing.txt"), None);
    assert_eq!(missing.map_err(|e| e.kind), Err(IoErrorKind::NotFound));
    let text = std::fs::read_to_string(&log).expect("log");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    let keys: Vec<&str> = lines[0]
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "ts_ms",
            "tenant",
            "job",
            "capability",
            "action",
            "target",
            "outcome",
            "bytes_out",
            "bytes_in",
            "duration_ms",
            "token_id"
        ]
    );
    assert_eq!(lines[0]["outcome"], "ok");
    assert_eq!(lines[0]["target"], "/a.txt");
    assert_eq!(lines[0]["bytes_in"], 3);
    assert_eq!(lines[1]["job"], 12);
    assert_eq!(lines[1]["outcome"], "error");
    assert_eq!(lines[1]["error_kind"], "not_found");
    assert!(!text.contains("abc"), "file contents are never audited");
    assert_eq!(sink.failures(), 0);
}

#[test]
fn blocking_inside_a_runtime_is_an_error() {
    let (broker, _) = common::broker(|_| {});
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    let result = runtime
        .block_on(async { broker.perform_blocking(1, IoRequest::Sleep { seconds: 0.0 }, None) });
    let err = result.expect_err("refused");
    assert!(err.message.contains("inside an async runtime"), "{err:?}");
    assert_eq!(
        broker.perform_blocking(1, IoRequest::Sleep { seconds: 0.01 }, None),
        Ok(Data::None)
    );
}
