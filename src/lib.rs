//! nPython: a secure Python-subset engine for swarms of AI agents.
//!
//! This library is the lean embedding facade: everything in `npython-engine` (`Engine`, `EngineBuilder`, the
//! job schema, JSON results, tracebacks), re-exported. The `npython` binary (src/main.rs) needs the default
//! `server` feature, which brings in the HTTP server (`npython-server`) and the CLI's dependencies; an
//! embedder depends with `default-features = false` (plus `features = ["broker"]` for host-registered tools
//! and `Engine::run_job_with_io`) and compiles neither the server nor, without `broker`, any network stack.
//!
//! Invariant: nothing is defined here; this crate must never grow code of its own, so the binary and every
//! embedder see the same facade.

pub use npython_engine::*;
