//! The OpenAPI document of the API, kept in the repository as openapi.json and served at `/openapi.json`.
//! A test (tests/serve_openapi.rs) checks that its paths and methods are exactly the route table's.

/// The document, as committed.
pub const DOCUMENT: &str = include_str!("../../openapi.json");
