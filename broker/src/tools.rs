//! Tool calls: `tools.call(name, **args)` inside `with scope("tools", token)`, routed to a Rust handler the
//! embedder registered, to the client that submitted the job (the HTTP API's route), or to the tenant's
//! webhook, in that order. A name none of them takes fails with "no tool named 'x' is registered for this
//! tenant".
//!
//! Webhooks are configured by the operator, not by scripts, so they may point at private addresses (an
//! agent's tools usually live next to the engine); they are bounded by the broker's timeout and a reply
//! size limit all the same.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use npython_host::{Data, IoError, IoErrorKind, IoResult, ToolRequest};

use crate::http::post_json;
use crate::json::{data_to_json, json_to_data};
use crate::url::clip;
use crate::{effective_timeout, io_error, Core, Report};

/// The future a tool handler returns.
pub type ToolFuture = Pin<Box<dyn Future<Output = Result<Data, ToolError>> + Send>>;

/// One call of a tool.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolCall {
    /// The tenant whose job calls the tool.
    pub tenant: String,
    /// The job (the scheduler's job key, or the id a blocking caller passed).
    pub job: u64,
    /// The tool's name.
    pub name: String,
    /// The keyword arguments, as a `Data::Dict`.
    pub args: Data,
}

/// Why a tool call failed, raised in the script as the matching Python exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToolError {
    kind: IoErrorKind,
    message: String,
}

impl ToolError {
    /// The tool failed (`OSError` in the script).
    pub fn failed(message: impl Into<String>) -> ToolError {
        ToolError {
            kind: IoErrorKind::Os,
            message: message.into(),
        }
    }

    /// The arguments were wrong (`ValueError` in the script).
    pub fn invalid(message: impl Into<String>) -> ToolError {
        ToolError {
            kind: IoErrorKind::Invalid,
            message: message.into(),
        }
    }

    /// What the tool looked for does not exist (`FileNotFoundError` in the script).
    pub fn not_found(message: impl Into<String>) -> ToolError {
        ToolError {
            kind: IoErrorKind::NotFound,
            message: message.into(),
        }
    }

    /// The tool took too long (`TimeoutError` in the script).
    pub fn timeout(message: impl Into<String>) -> ToolError {
        ToolError {
            kind: IoErrorKind::Timeout,
            message: message.into(),
        }
    }

    /// The error's kind.
    pub fn kind(&self) -> IoErrorKind {
        self.kind
    }

    /// The error's message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ToolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ToolError {}

/// A tool implemented in Rust. Any `Fn(ToolCall) -> impl Future<Output = Result<Data, ToolError>>` is one;
/// for blocking code, see [`Tools::register_blocking`].
pub trait ToolHandler: Send + Sync {
    /// Runs one call. The future runs on the broker's runtime: await, never block, inside it.
    fn call(&self, call: ToolCall) -> ToolFuture;
}

impl<F, Fut> ToolHandler for F
where
    F: Fn(ToolCall) -> Fut + Send + Sync,
    Fut: Future<Output = Result<Data, ToolError>> + Send + 'static,
{
    fn call(&self, call: ToolCall) -> ToolFuture {
        Box::pin(self(call))
    }
}

/// The hook through which the HTTP API sends a tool call to the client that submitted the job (its
/// `/v1/swarms/{id}/events` stream) and waits for the client's answer (`POST /v1/jobs/{id}/tool-results`).
///
/// The broker asks the route after the Rust handlers and before the tenant's webhook. `route` returns `None`
/// when the job's client does not take this call (it declared no such tool, or it is not connected), and the
/// broker goes on to the webhook; otherwise the returned future resolves with the client's answer. The future
/// must resolve on its own eventually (a client that never answers should time out inside it): the broker
/// bounds webhooks, but it cannot know how long a client deliberates.
pub trait ClientToolRoute: Send + Sync {
    /// Sends the call to the job's client, if it takes it.
    fn route(&self, call: &ToolCall) -> Option<ToolFuture>;
}

/// The tools the broker can reach: Rust handlers by name (for every tenant), webhook URLs by tenant, and the
/// client route.
pub struct Tools {
    handlers: HashMap<String, Arc<dyn ToolHandler>>,
    webhooks: HashMap<String, String>,
    client_route: Option<Arc<dyn ClientToolRoute>>,
    webhook_timeout: Duration,
    max_reply_bytes: u64,
}

impl Default for Tools {
    fn default() -> Tools {
        Tools::new()
    }
}

impl Tools {
    /// No tools; webhooks time out after 30 s and replies are limited to 10 MiB.
    pub fn new() -> Tools {
        Tools {
            handlers: HashMap::new(),
            webhooks: HashMap::new(),
            client_route: None,
            webhook_timeout: Duration::from_secs(30),
            max_reply_bytes: 10 * 1024 * 1024,
        }
    }

    /// Registers an async Rust handler under `name`, for every tenant (the call says which tenant asks).
    /// A later registration under the same name replaces the earlier one.
    pub fn register(
        &mut self,
        name: impl Into<String>,
        handler: impl ToolHandler + 'static,
    ) -> &mut Tools {
        self.handlers.insert(name.into(), Arc::new(handler));
        self
    }

    /// Registers a synchronous handler, run on the broker's blocking pool so it may block (file I/O, a
    /// database client, heavy computation).
    pub fn register_blocking<F>(&mut self, name: impl Into<String>, handler: F) -> &mut Tools
    where
        F: Fn(&ToolCall) -> Result<Data, ToolError> + Send + Sync + 'static,
    {
        let handler = Arc::new(handler);
        self.register(name, move |call: ToolCall| {
            let handler = handler.clone();
            async move {
                tokio::task::spawn_blocking(move || handler(&call))
                    .await
                    .unwrap_or_else(|_| Err(ToolError::failed("the tool handler panicked")))
            }
        })
    }

    /// Sends `tenant`'s calls of tools that have no Rust handler to `url`: a POST of
    /// `{"tool": name, "args": {...}}`, whose JSON reply is the result.
    pub fn set_webhook(&mut self, tenant: impl Into<String>, url: impl Into<String>) -> &mut Tools {
        self.webhooks.insert(tenant.into(), url.into());
        self
    }

    /// Installs the route to jobs' clients (see [`ClientToolRoute`]).
    pub fn set_client_route(&mut self, route: Arc<dyn ClientToolRoute>) -> &mut Tools {
        self.client_route = Some(route);
        self
    }

    /// How long a webhook may take (default 30 s; a job's deadline may shorten it).
    pub fn set_webhook_timeout(&mut self, timeout: Duration) -> &mut Tools {
        self.webhook_timeout = timeout;
        self
    }

    /// The largest webhook reply (default 10 MiB).
    pub fn set_max_reply_bytes(&mut self, limit: u64) -> &mut Tools {
        self.max_reply_bytes = limit;
        self
    }
}

/// Performs one tool call.
pub(crate) async fn perform(
    core: &Core,
    job: u64,
    req: ToolRequest,
    deadline: Option<Instant>,
    report: &mut Report,
) -> IoResult {
    let ToolRequest { grant, name, args } = req;
    report.action = "call".to_string();
    report.target = clip(&name);
    grant
        .authority
        .allows_tool(&name)
        .map_err(|denied| io_error(IoErrorKind::Capability, denied.to_string()))?;
    let tools = &core.tools;
    let call = ToolCall {
        tenant: grant.tenant.clone(),
        job,
        name,
        args,
    };
    if let Some(handler) = tools.handlers.get(&call.name) {
        report.bytes_out = json_len(&call.args);
        let result = isolated(handler.call(call)).await.map_err(into_io_error)?;
        report.bytes_in = json_len(&result);
        return Ok(result);
    }
    if let Some(route) = &tools.client_route {
        if let Some(answer) = route.route(&call) {
            report.bytes_out = json_len(&call.args);
            let result = isolated(answer).await.map_err(into_io_error)?;
            report.bytes_in = json_len(&result);
            return Ok(result);
        }
    }
    if let Some(url) = tools.webhooks.get(&call.tenant) {
        let timeout = effective_timeout(tools.webhook_timeout, &[], deadline);
        return call_webhook(core, url, &call, timeout, report).await;
    }
    Err(io_error(
        IoErrorKind::NotFound,
        format!(
            "no tool named '{}' is registered for this tenant",
            clip(&call.name)
        ),
    ))
}

async fn call_webhook(
    core: &Core,
    url: &str,
    call: &ToolCall,
    timeout: Duration,
    report: &mut Report,
) -> IoResult {
    let body = serde_json::json!({ "tool": call.name, "args": data_to_json(&call.args) });
    let body = serde_json::to_vec(&body).map_err(|e| {
        io_error(
            IoErrorKind::Invalid,
            format!("cannot encode the tool's arguments: {e}"),
        )
    })?;
    report.bytes_out = body.len() as u64;
    let (status, reply) =
        post_json(&core.http, url, body, core.tools.max_reply_bytes, timeout).await?;
    report.bytes_in = reply.len() as u64;
    if !(200..300).contains(&status) {
        return Err(io_error(
            IoErrorKind::Os,
            format!(
                "the tool webhook answered '{}' with HTTP status {status}",
                clip(&call.name)
            ),
        ));
    }
    let value: serde_json::Value = serde_json::from_slice(&reply).map_err(|e| {
        io_error(
            IoErrorKind::Os,
            format!(
                "the tool webhook's reply for '{}' is not valid JSON: {e}",
                clip(&call.name)
            ),
        )
    })?;
    Ok(json_to_data(&value))
}

/// Runs embedder code as its own task, so a handler that panics fails its call instead of the broker's
/// thread (or, under `perform_blocking`, the caller's). The task is aborted if the call is dropped.
async fn isolated(future: ToolFuture) -> Result<Data, ToolError> {
    struct AbortOnDrop(tokio::task::JoinHandle<Result<Data, ToolError>>);
    impl Drop for AbortOnDrop {
        fn drop(&mut self) {
            self.0.abort();
        }
    }
    let mut task = AbortOnDrop(tokio::spawn(future));
    (&mut task.0)
        .await
        .unwrap_or_else(|_| Err(ToolError::failed("the tool handler panicked")))
}

fn into_io_error(e: ToolError) -> IoError {
    IoError {
        kind: e.kind,
        message: e.message,
    }
}

/// The size of a value as JSON, for the audit record's byte counts.
fn json_len(data: &Data) -> u64 {
    serde_json::to_vec(&data_to_json(data)).map_or(0, |v| v.len() as u64)
}
