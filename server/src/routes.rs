//! The route table, as data: every endpoint's method, path template and handler id. The dispatcher matches
//! against it, metrics label requests with its templates (bounded cardinality), and a test compares it with
//! openapi.json in both directions, so the document cannot drift from the server.

use hyper::{Method, StatusCode};

use super::errors::ApiError;

/// What a matched request runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    Healthz,
    Readyz,
    Metrics,
    OpenApi,
    CreateScript,
    CreateSwarm,
    GetSwarm,
    SwarmResults,
    SwarmEvents,
    CancelSwarm,
    GetJob,
    CancelJob,
    ToolResults,
    MintToken,
    AttenuateToken,
    RevokeToken,
}

/// One route.
#[derive(Clone, Copy, Debug)]
pub struct Route {
    pub method: &'static str,
    /// The OpenAPI path template; `{name}` is one path segment.
    pub path: &'static str,
    pub endpoint: Endpoint,
}

/// Every route the server answers.
pub const ROUTES: &[Route] = &[
    route("GET", "/healthz", Endpoint::Healthz),
    route("GET", "/readyz", Endpoint::Readyz),
    route("GET", "/metrics", Endpoint::Metrics),
    route("GET", "/openapi.json", Endpoint::OpenApi),
    route("POST", "/v1/scripts", Endpoint::CreateScript),
    route("POST", "/v1/swarms", Endpoint::CreateSwarm),
    route("GET", "/v1/swarms/{id}", Endpoint::GetSwarm),
    route("DELETE", "/v1/swarms/{id}", Endpoint::CancelSwarm),
    route("GET", "/v1/swarms/{id}/results", Endpoint::SwarmResults),
    route("GET", "/v1/swarms/{id}/events", Endpoint::SwarmEvents),
    route("GET", "/v1/jobs/{id}", Endpoint::GetJob),
    route("DELETE", "/v1/jobs/{id}", Endpoint::CancelJob),
    route("POST", "/v1/jobs/{id}/tool-results", Endpoint::ToolResults),
    route("POST", "/v1/tokens", Endpoint::MintToken),
    route("POST", "/v1/tokens/attenuate", Endpoint::AttenuateToken),
    route("POST", "/v1/tokens/{id}/revoke", Endpoint::RevokeToken),
];

const fn route(method: &'static str, path: &'static str, endpoint: Endpoint) -> Route {
    Route {
        method,
        path,
        endpoint,
    }
}

/// The metrics label of requests that matched no route.
pub const UNMATCHED: &str = "unmatched";

/// The path parameter of a template match, if the template has one.
fn match_template<'p>(template: &str, path: &'p str) -> Option<Option<&'p str>> {
    let mut param = None;
    let mut t = template.split('/');
    let mut p = path.split('/');
    loop {
        match (t.next(), p.next()) {
            (None, None) => return Some(param),
            (Some(ts), Some(ps)) if ts.starts_with('{') => {
                if ps.is_empty() {
                    return None;
                }
                param = Some(ps);
            }
            (Some(ts), Some(ps)) if ts == ps => {}
            _ => return None,
        }
    }
}

/// The route for a request and its path parameter; 404 for an unknown path, 405 for a known path with
/// another method (with the allowed ones listed).
pub fn find(method: &Method, path: &str) -> Result<(&'static Route, Option<String>), ApiError> {
    let mut allowed = Vec::new();
    for r in ROUTES {
        if let Some(param) = match_template(r.path, path) {
            if r.method == method.as_str() {
                return Ok((r, param.map(str::to_string)));
            }
            allowed.push(r.method);
        }
    }
    if allowed.is_empty() {
        Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "no_route",
            format!("no endpoint at {path}; see /openapi.json"),
        ))
    } else {
        Err(ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            format!("{path} answers {}", allowed.join(", ")),
        )
        .with("allow", allowed.join(", ")))
    }
}
