//! `npython mcp`: an MCP server over stdio (rmcp, the official Rust SDK) with one tool, `run_python`, so MCP
//! clients (agent frameworks, desktop assistants) can run the code their model writes in nPython.
//!
//! The tool's description is the model-facing block of docs/PROMPT.md, compiled in, so what the model is
//! told is what `tests/docs_truth.rs` checks against the engine. Limits, tokens and the fs root come from
//! flags, as in `npython run`: the model chooses the code and the inputs, never its own authority.
//!
//! Must never: write anything but protocol messages to stdout (the transport), or let a script's failure end
//! the server (it is the tool's result, flagged `isError`).

use std::sync::Arc;

use rmcp::handler::server::router::tool::ToolRouter;
use rmcp::handler::server::wrapper::Parameters;
use rmcp::model::{CallToolResult, Implementation, ServerCapabilities, ServerConfig};
use rmcp::{tool, tool_handler, tool_router, ServerHandler, ServiceExt};

use npython::{Engine, Job, JobLimits, JobStatus};

/// docs/PROMPT.md, whose first ```text block is the description models read.
const PROMPT_MD: &str = include_str!("../docs/PROMPT.md");

/// The model-facing block of docs/PROMPT.md (between its first ```text fence and the closing fence).
pub fn description() -> String {
    let body = PROMPT_MD
        .split_once("```text\n")
        .and_then(|(_, rest)| rest.split_once("\n```"))
        .map(|(block, _)| block);
    match body {
        Some(block) => {
            format!("Run a Python script in the nPython sandbox and return its result.\n\n{block}")
        }
        None => "Run a Python script in the nPython sandbox and return its result.".into(),
    }
}

/// The arguments of `run_python`.
#[derive(serde::Deserialize, schemars::JsonSchema)]
pub struct RunPython {
    /// The script. The value of its last line, if an expression, is the result.
    pub code: String,
    /// Globals defined when the script starts, as JSON values.
    #[serde(default)]
    pub inputs: Option<serde_json::Map<String, serde_json::Value>>,
}

/// The server: one engine, the operator's limits, and the operator's tokens and broker.
#[derive(Clone)]
pub struct NPythonMcp {
    engine: Engine,
    limits: JobLimits,
    io: Option<Arc<npython::job::JobIo>>,
    tenant: String,
    tool_router: ToolRouter<Self>,
}

#[tool_router(router = tool_router)]
impl NPythonMcp {
    fn new(
        engine: Engine,
        limits: JobLimits,
        io: Option<npython::job::JobIo>,
        tenant: String,
    ) -> Self {
        Self {
            engine,
            limits,
            io: io.map(Arc::new),
            tenant,
            tool_router: Self::tool_router(),
        }
    }

    #[tool(name = "run_python", description = description())]
    async fn run_python(&self, Parameters(args): Parameters<RunPython>) -> CallToolResult {
        let inputs = args.inputs.unwrap_or_default();
        if let Some(bad) = inputs.keys().find(|k| !npython::job::is_identifier(k)) {
            return CallToolResult::structured_error(serde_json::json!({
                "status": "invalid",
                "error": {"type": "ValueError", "message": format!("input name {bad:?} is not a Python identifier")},
            }));
        }
        let job = Job {
            source: args.code,
            filename: "<mcp>".into(),
            inputs,
            limits: self.limits.clone(),
            tenant: Some(self.tenant.clone()),
            ..Job::default()
        };
        let engine = self.engine.clone();
        let io = self.io.clone();
        // A run blocks its thread until the script ends (bounded by its deadline): off the async runtime.
        let ran = tokio::task::spawn_blocking(move || {
            engine.run_job_with_io(&job, io.as_deref(), |_, _| {})
        })
        .await;
        let result = match ran {
            Ok(r) => r,
            Err(e) => {
                return CallToolResult::structured_error(serde_json::json!({
                    "status": "internal", "reason": e.to_string(),
                }))
            }
        };
        let mut value = serde_json::to_value(&result).unwrap_or_default();
        // The model needs the outcome, not the engine's accounting.
        if let Some(map) = value.as_object_mut() {
            map.remove("cpu_ms");
            map.remove("instructions");
        }
        if result.status == JobStatus::Ok {
            CallToolResult::structured(value)
        } else {
            CallToolResult::structured_error(value)
        }
    }
}

#[tool_handler(router = self.tool_router)]
impl ServerHandler for NPythonMcp {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_server_info(Implementation::new("npython", env!("CARGO_PKG_VERSION")))
            .with_instructions(
                "Use run_python to run Python 3.11 scripts in the nPython sandbox; the last expression \
                 is the result.",
            )
    }
}

/// Serves MCP on stdin/stdout until the client disconnects.
pub fn serve(
    limits: JobLimits,
    io: Option<npython::job::JobIo>,
    tenant: String,
) -> Result<(), String> {
    let engine = Engine::new()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    runtime.block_on(async move {
        let server = NPythonMcp::new(engine, limits, io, tenant)
            .serve(rmcp::transport::stdio())
            .await
            .map_err(|e| format!("MCP initialisation failed: {e}"))?;
        server
            .waiting()
            .await
            .map_err(|e| format!("MCP server stopped: {e}"))?;
        Ok(())
    })
}
