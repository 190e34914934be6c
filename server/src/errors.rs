//! API errors: every failure a request can meet, as a status, a stable machine-readable `code` and a message
//! written for the caller. The wire shape is always `{"error": {"code": ..., "message": ..., ...details}}`.
//!
//! Codes are part of the API (clients match on them; docs/USAGE.md lists them): add new ones, never rename.

use hyper::StatusCode;

/// A failed request.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    /// Extra fields merged into the error object (a JSON position, per-job diagnostics, ...).
    /// Boxed: errors travel in every handler's `Result`, and most have no details.
    pub details: Option<Box<serde_json::Map<String, serde_json::Value>>>,
    /// Seconds for a `Retry-After` header (429 and 503).
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            details: None,
            retry_after: None,
        }
    }

    pub fn with(mut self, key: &str, value: impl Into<serde_json::Value>) -> ApiError {
        self.details
            .get_or_insert_with(Default::default)
            .insert(key.to_string(), value.into());
        self
    }

    pub fn retry_after(mut self, seconds: u64) -> ApiError {
        self.retry_after = Some(seconds);
        self
    }

    pub fn bad_request(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// Unknown ids and ids of another tenant look the same: a caller learns nothing about others.
    pub fn not_found(what: &str, id: &str) -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("no {what} `{id}` (unknown, another tenant's, or past its retention)"),
        )
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
    }

    /// Malformed JSON, with where serde_json stopped reading (1-based line and column).
    pub fn json(e: &serde_json::Error) -> ApiError {
        let code = if e.is_data() {
            "invalid_request"
        } else {
            "malformed_json"
        };
        ApiError::bad_request(code, format!("request body: {e}"))
            .with("line", e.line())
            .with("column", e.column())
    }

    /// The JSON body of this error.
    pub fn body(&self) -> serde_json::Value {
        let mut obj = serde_json::Map::new();
        obj.insert("code".into(), self.code.into());
        obj.insert("message".into(), self.message.clone().into());
        for (k, v) in self.details.iter().flat_map(|d| d.iter()) {
            obj.insert(k.clone(), v.clone());
        }
        serde_json::json!({ "error": obj })
    }
}
