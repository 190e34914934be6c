//! Response bodies: whole JSON documents, and a channel-fed body for NDJSON streams (results are sent as
//! jobs end; the sender task stops when the client goes away, because sending then fails).

use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body_util::{combinators::UnsyncBoxBody, BodyExt, Full};
use hyper::body::{Body, Frame};
use hyper::header::{HeaderValue, ALLOW, CONTENT_TYPE, RETRY_AFTER};
use hyper::{Response, StatusCode};
use tokio::sync::mpsc;

use super::errors::ApiError;

/// Every response body the server sends.
pub type ApiBody = UnsyncBoxBody<Bytes, Infallible>;

/// A body that yields what a producer task sends, ending when the producer drops its sender.
pub struct ChannelBody {
    rx: mpsc::Receiver<Bytes>,
}

impl ChannelBody {
    /// The body and the sender its producer writes to (`capacity` chunks buffered).
    pub fn new(capacity: usize) -> (ChannelBody, mpsc::Sender<Bytes>) {
        let (tx, rx) = mpsc::channel(capacity);
        (ChannelBody { rx }, tx)
    }
}

impl Body for ChannelBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.rx
            .poll_recv(cx)
            .map(|chunk| chunk.map(|b| Ok(Frame::data(b))))
    }
}

pub fn full(bytes: impl Into<Bytes>) -> ApiBody {
    Full::new(bytes.into()).boxed_unsync()
}

fn with_type(status: StatusCode, body: ApiBody, content_type: &'static str) -> Response<ApiBody> {
    let mut r = Response::new(body);
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

/// A JSON document.
pub fn json(status: StatusCode, value: &serde_json::Value) -> Response<ApiBody> {
    json_bytes(status, Bytes::from(value.to_string()))
}

/// Already-encoded JSON.
pub fn json_bytes(status: StatusCode, bytes: Bytes) -> Response<ApiBody> {
    with_type(status, full(bytes), "application/json")
}

pub fn text(status: StatusCode, body: String, content_type: &'static str) -> Response<ApiBody> {
    with_type(status, full(body), content_type)
}

/// An NDJSON stream.
pub fn ndjson(body: ChannelBody) -> Response<ApiBody> {
    with_type(StatusCode::OK, body.boxed_unsync(), "application/x-ndjson")
}

/// The response for an error.
pub fn error(e: &ApiError) -> Response<ApiBody> {
    let mut r = json(e.status, &e.body());
    if let Some(secs) = e.retry_after {
        r.headers_mut().insert(RETRY_AFTER, HeaderValue::from(secs));
    }
    // RFC 9110 section 15.5.6: a 405 lists the allowed methods in `Allow`.
    if e.status == StatusCode::METHOD_NOT_ALLOWED {
        let allowed = e
            .details
            .as_ref()
            .and_then(|d| d.get("allow"))
            .and_then(|v| v.as_str())
            .and_then(|v| HeaderValue::from_str(v).ok());
        if let Some(v) = allowed {
            r.headers_mut().insert(ALLOW, v);
        }
    }
    r
}
