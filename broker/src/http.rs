//! Gated http requests: the capability and address checks on every hop, manual redirects, body limits and
//! one timeout over the whole exchange. Also the plain JSON POST the tool webhooks use.
//!
//! Each hop is checked before it is sent: the URL is parsed once (`url::Target`), a host written as an IP
//! address (in any numeric form) must be public unless the token names it, and `allows_http` must pass for
//! the hop's scheme, host, port, method and path. The request then goes through one of two clients whose
//! connectors enforce the address rule again at the socket (`resolve`): the public client for hosts the
//! token does not name, the named client for hosts it does.

use std::error::Error as StdError;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{HeaderName, HeaderValue, CONTENT_LENGTH, LOCATION};
use hyper::{Method, Request, Response, StatusCode};
use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use npython_caps::Authority;
use npython_host::{Data, HttpRequest, IoError, IoErrorKind, IoResult};

use crate::address::classify;
use crate::resolve::{find_refusal, AddressPolicy, GuardedConnector};
use crate::url::{clip, resolve_reference, HostKind, Target};
use crate::{effective_timeout, io_error, Core, Report};

type HttpClient = Client<HttpsConnector<GuardedConnector>, Full<Bytes>>;

/// Request headers a script may not set: the broker derives them from the URL and the body, and letting a
/// script set them would let it desynchronise framing or address a different virtual host than was checked.
const FORBIDDEN_HEADERS: &[&str] = &[
    "host",
    "content-length",
    "transfer-encoding",
    "connection",
    "upgrade",
    "te",
    "trailer",
    "keep-alive",
    "proxy-connection",
];

/// Headers that carry credentials: dropped when a redirect leaves the origin they were written for.
const CREDENTIAL_HEADERS: &[&str] = &["authorization", "proxy-authorization", "cookie"];

/// The most bytes of request headers a script may send.
const MAX_HEADER_BYTES: usize = 64 * 1024;

/// The two clients (see the module doc). Both pool connections; neither follows redirects itself.
pub(crate) struct HttpClients {
    public: HttpClient,
    named: HttpClient,
}

impl HttpClients {
    pub(crate) fn new() -> Result<HttpClients, String> {
        Ok(HttpClients {
            public: client(AddressPolicy::PublicOnly)?,
            named: client(AddressPolicy::Any)?,
        })
    }

    /// The client for operator-configured endpoints (tool webhooks), which may be anywhere.
    pub(crate) fn operator(&self) -> &HttpClient {
        &self.named
    }
}

fn client(policy: AddressPolicy) -> Result<HttpClient, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let https = HttpsConnectorBuilder::new()
        .with_provider_and_webpki_roots(provider)
        .map_err(|e| format!("cannot configure TLS: {e}"))?
        .https_or_http()
        .enable_http1()
        .enable_http2()
        .wrap_connector(GuardedConnector::new(policy));
    Ok(Client::builder(TokioExecutor::new())
        .pool_timer(TokioTimer::new())
        .pool_idle_timeout(Duration::from_secs(30))
        .build(https))
}

/// Performs a gated request, following redirects, within the grant's limits.
pub(crate) async fn perform(
    core: &Core,
    req: HttpRequest,
    deadline: Option<Instant>,
    report: &mut Report,
) -> IoResult {
    let authority = &req.grant.authority;
    report.action = req.method.to_ascii_uppercase();
    report.target = clip(&req.url);
    let config = &core.http_config;
    let timeout = effective_timeout(
        config.timeout,
        &[req.timeout, authority.timeout()],
        deadline,
    );
    let response_limit = min_limit(config.max_response_bytes, authority.max_response_bytes());
    check_request_body(req.body.len(), config.max_request_bytes, authority)?;
    let headers = check_headers(&req.headers)?;
    let method = Method::from_bytes(report.action.as_bytes()).map_err(|_| {
        io_error(
            IoErrorKind::Invalid,
            format!("invalid method {}", clip(&req.method)),
        )
    })?;
    report.bytes_out = req.body.len() as u64;
    let exchange = Exchange {
        clients: &core.http,
        authority,
        max_redirects: config.max_redirects,
        response_limit,
    };
    let url = req.url;
    let body = Bytes::from(req.body);
    match tokio::time::timeout(timeout, exchange.run(method, url, headers, body, report)).await {
        Ok(result) => result,
        Err(_) => Err(io_error(
            IoErrorKind::Timeout,
            format!(
                "http request to {} timed out after {}",
                report.target,
                describe_duration(timeout)
            ),
        )),
    }
}

/// One request and its redirect hops.
struct Exchange<'a> {
    clients: &'a HttpClients,
    authority: &'a Authority,
    max_redirects: usize,
    response_limit: u64,
}

impl Exchange<'_> {
    async fn run(
        &self,
        mut method: Method,
        mut url: String,
        mut headers: Vec<(HeaderName, HeaderValue)>,
        mut body: Bytes,
        report: &mut Report,
    ) -> IoResult {
        let mut redirects = 0;
        loop {
            let target = Target::parse(&url).map_err(|m| io_error(IoErrorKind::Invalid, m))?;
            report.target = target.without_query();
            let named = check_target(self.authority, &target, method.as_str())?;
            let client = if named {
                &self.clients.named
            } else {
                &self.clients.public
            };
            let request = build_request(&method, &target, &headers, body.clone())?;
            let response = client
                .request(request)
                .await
                .map_err(|e| request_error(&target, &e))?;
            let status = response.status();
            let location = redirect_location(&response);
            let Some(location) = location else {
                return self.finish(response, &target, report).await;
            };
            if redirects >= self.max_redirects {
                return Err(io_error(
                    IoErrorKind::Connection,
                    format!(
                        "too many redirects: stopped after {} (last at {})",
                        self.max_redirects,
                        target.without_query()
                    ),
                ));
            }
            redirects += 1;
            let next = resolve_reference(&target.uri, &location)
                .map_err(|m| io_error(IoErrorKind::Connection, m))?;
            // 303 always, and 301/302 after a POST, become a GET without a body (what browsers and
            // Python's requests do); 307 and 308 repeat the request as it was.
            let becomes_get = status == StatusCode::SEE_OTHER
                || ((status == StatusCode::MOVED_PERMANENTLY || status == StatusCode::FOUND)
                    && method == Method::POST);
            if becomes_get {
                method = Method::GET;
                body = Bytes::new();
                headers.retain(|(name, _)| !name.as_str().starts_with("content-"));
            }
            let next_target = Target::parse(&next).map_err(|m| {
                io_error(
                    IoErrorKind::Connection,
                    format!("invalid redirect from {}: {m}", target.without_query()),
                )
            })?;
            if !target.same_origin(&next_target) {
                headers.retain(|(name, _)| !CREDENTIAL_HEADERS.contains(&name.as_str()));
            }
            url = next;
        }
    }

    /// Reads the final response within the body limit and builds the result.
    async fn finish(
        &self,
        response: Response<hyper::body::Incoming>,
        target: &Target,
        report: &mut Report,
    ) -> IoResult {
        let limit = self.response_limit;
        let too_large = |what: String| {
            io_error(
                IoErrorKind::Os,
                format!(
                    "the response from {} is {what}; the limit is {limit} bytes",
                    target.without_query()
                ),
            )
        };
        if let Some(length) = response
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok())
        {
            if length > limit {
                return Err(too_large(format!("{length} bytes long")));
            }
        }
        let status = response.status().as_u16();
        let headers: Vec<Data> = response
            .headers()
            .iter()
            .map(|(name, value)| {
                Data::List(vec![
                    Data::Str(name.as_str().to_string()),
                    Data::Str(String::from_utf8_lossy(value.as_bytes()).into_owned()),
                ])
            })
            .collect();
        let body = read_limited(response.into_body(), limit)
            .await
            .map_err(|e| match e {
                ReadError::TooLarge => too_large("larger than that".to_string()),
                ReadError::Body(e) => io_error(
                    IoErrorKind::Connection,
                    format!(
                        "reading the response from {} failed: {}",
                        target.without_query(),
                        error_chain(&e)
                    ),
                ),
            })?;
        report.bytes_in = body.len() as u64;
        Ok(Data::Dict(vec![
            ("status".to_string(), Data::Int(i64::from(status))),
            ("url".to_string(), Data::Str(target.uri.to_string())),
            ("headers".to_string(), Data::List(headers)),
            ("body".to_string(), Data::Bytes(body)),
        ]))
    }
}

/// Checks one hop: a host written as an address must be public unless named, then `allows_http`. Returns
/// whether the token names the host (which picks the client).
fn check_target(authority: &Authority, target: &Target, method: &str) -> Result<bool, IoError> {
    let named = authority.names_host(target.scheme, &target.host, target.port);
    if let HostKind::Ip(ip) = target.host_kind {
        if let Some(kind) = classify(ip) {
            if !named {
                let written = if ip.to_string() == target.host {
                    String::new()
                } else {
                    format!(" (written {})", clip(&target.host))
                };
                return Err(io_error(
                    IoErrorKind::Capability,
                    format!(
                        "{ip}{written} is {}: only hosts a token names explicitly may be private",
                        kind.describe()
                    ),
                ));
            }
        }
    }
    authority
        .allows_http(
            target.scheme,
            &target.host,
            target.port,
            method,
            &target.path_and_query,
        )
        .map_err(|denied| io_error(IoErrorKind::Capability, denied.to_string()))?;
    Ok(named)
}

fn build_request(
    method: &Method,
    target: &Target,
    headers: &[(HeaderName, HeaderValue)],
    body: Bytes,
) -> Result<Request<Full<Bytes>>, IoError> {
    let mut request = Request::builder()
        .method(method.clone())
        .uri(target.uri.clone());
    for (name, value) in headers {
        request = request.header(name, value);
    }
    request
        .body(Full::new(body))
        .map_err(|e| io_error(IoErrorKind::Invalid, format!("invalid request: {e}")))
}

/// The `Location` of a redirect response the broker follows (301, 302, 303, 307, 308 with a Location).
fn redirect_location<B>(response: &Response<B>) -> Option<String> {
    let status = response.status();
    let follows = matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308);
    if !follows {
        return None;
    }
    response
        .headers()
        .get(LOCATION)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

fn check_request_body(len: usize, broker_limit: u64, authority: &Authority) -> Result<(), IoError> {
    let len = len as u64;
    if let Some(token_limit) = authority.max_request_bytes() {
        if len > token_limit {
            return Err(io_error(
                IoErrorKind::Capability,
                format!("the request body is {len} bytes; this token allows at most {token_limit}"),
            ));
        }
    }
    if len > broker_limit {
        return Err(io_error(
            IoErrorKind::Invalid,
            format!("the request body is {len} bytes; the broker allows at most {broker_limit}"),
        ));
    }
    Ok(())
}

fn check_headers(headers: &[(String, String)]) -> Result<Vec<(HeaderName, HeaderValue)>, IoError> {
    let total: usize = headers.iter().map(|(n, v)| n.len() + v.len()).sum();
    if total > MAX_HEADER_BYTES {
        return Err(io_error(
            IoErrorKind::Invalid,
            format!("request headers are {total} bytes; the limit is {MAX_HEADER_BYTES}"),
        ));
    }
    headers
        .iter()
        .map(|(name, value)| {
            let header = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                io_error(
                    IoErrorKind::Invalid,
                    format!("invalid header name {}", clip(name)),
                )
            })?;
            if FORBIDDEN_HEADERS.contains(&header.as_str()) {
                return Err(io_error(
                    IoErrorKind::Invalid,
                    format!("the {header} header is set by the broker, not the script"),
                ));
            }
            let value = HeaderValue::from_str(value).map_err(|_| {
                io_error(
                    IoErrorKind::Invalid,
                    format!("invalid value for header {header}"),
                )
            })?;
            Ok((header, value))
        })
        .collect()
}

/// Why reading a body stopped.
pub(crate) enum ReadError {
    TooLarge,
    Body(hyper::Error),
}

/// Reads a body, failing as soon as it passes `limit` bytes (nothing beyond the limit is buffered).
pub(crate) async fn read_limited(
    mut body: hyper::body::Incoming,
    limit: u64,
) -> Result<Vec<u8>, ReadError> {
    let mut out = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(ReadError::Body)?;
        if let Ok(data) = frame.into_data() {
            if (out.len() + data.len()) as u64 > limit {
                return Err(ReadError::TooLarge);
            }
            out.extend_from_slice(&data);
        }
    }
    Ok(out)
}

/// Maps a client error: an address refusal is a capability denial; anything else failed to connect or
/// broke off.
fn request_error(target: &Target, error: &hyper_util::client::legacy::Error) -> IoError {
    if let Some(refused) = find_refusal(error) {
        return io_error(IoErrorKind::Capability, refused.message.clone());
    }
    let verb = if error.is_connect() {
        "cannot connect to"
    } else {
        "request failed for"
    };
    io_error(
        IoErrorKind::Connection,
        format!("{verb} {}: {}", target.without_query(), error_chain(error)),
    )
}

/// An error and its sources, joined with `: `.
pub(crate) fn error_chain(error: &(dyn StdError + 'static)) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(e) = source {
        let text = e.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = e.source();
    }
    clip(&parts.join(": "))
}

/// The smaller of the broker's limit and the token's, if any.
pub(crate) fn min_limit(broker: u64, token: Option<u64>) -> u64 {
    token.map_or(broker, |t| t.min(broker))
}

pub(crate) fn describe_duration(d: Duration) -> String {
    format!("{:.3}s", d.as_secs_f64())
}

/// POSTs a JSON body to an operator-configured URL (no redirects, no address rule) and returns the status
/// and the body, read within `limit`.
pub(crate) async fn post_json(
    clients: &HttpClients,
    url: &str,
    body: Vec<u8>,
    limit: u64,
    timeout: Duration,
) -> Result<(u16, Vec<u8>), IoError> {
    // Messages never show the webhook URL: it is the operator's, and may carry a secret in its path.
    let target = Target::parse(url).map_err(|_| {
        io_error(
            IoErrorKind::Os,
            "the tenant's tool webhook URL is misconfigured (not an absolute http or https URL)",
        )
    })?;
    let request = Request::builder()
        .method(Method::POST)
        .uri(target.uri.clone())
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body)))
        .map_err(|e| io_error(IoErrorKind::Os, format!("invalid webhook request: {e}")))?;
    let exchange = async {
        let response = clients.operator().request(request).await.map_err(|e| {
            io_error(
                IoErrorKind::Connection,
                format!("cannot reach the tool webhook: {}", error_chain(&e)),
            )
        })?;
        let status = response.status().as_u16();
        let body = read_limited(response.into_body(), limit)
            .await
            .map_err(|e| match e {
                ReadError::TooLarge => io_error(
                    IoErrorKind::Os,
                    format!("the tool webhook's reply is larger than {limit} bytes"),
                ),
                ReadError::Body(e) => io_error(
                    IoErrorKind::Connection,
                    format!(
                        "reading the tool webhook's reply failed: {}",
                        error_chain(&e)
                    ),
                ),
            })?;
        Ok((status, body))
    };
    match tokio::time::timeout(timeout, exchange).await {
        Ok(result) => result,
        Err(_) => Err(io_error(
            IoErrorKind::Timeout,
            format!(
                "the tool webhook timed out after {}",
                describe_duration(timeout)
            ),
        )),
    }
}
