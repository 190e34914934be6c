//! The OpenAPI document of the API, kept in the repository as openapi.json and served at `/openapi.json`.
//! A test (tests/serve_openapi.rs) checks that its paths and methods are exactly the route table's.
//!
//! The served document states this server's own ceilings: each job limit gets the `maximum` that
//! `[max_limits]` (and `memory_budget_bytes`) enforce, so a client or fuzzer reading it knows which values
//! are refused with 400 `limit_too_high` (the committed file cannot know a deployment's configuration).

use npython_engine::job::JobLimits;

/// The document, as committed.
pub const DOCUMENT: &str = include_str!("../../openapi.json");

/// The document with `components.schemas.Limits` carrying `max`'s ceilings as `maximum` (an unbounded limit
/// gets the largest value the server can read, `u64::MAX`).
pub fn served(max: &JobLimits) -> String {
    let Ok(mut doc) = serde_json::from_str::<serde_json::Value>(DOCUMENT) else {
        return DOCUMENT.to_string();
    };
    let as_u64 = |n: Option<usize>| n.map(|v| u64::try_from(v).unwrap_or(u64::MAX));
    let ceilings = [
        ("max_instructions", max.max_instructions),
        ("max_memory_bytes", as_u64(max.max_memory_bytes)),
        ("timeout_ms", max.timeout_ms),
        ("max_output_bytes", as_u64(max.max_output_bytes)),
        ("max_result_bytes", as_u64(max.max_result_bytes)),
    ];
    if let Some(props) = doc
        .pointer_mut("/components/schemas/Limits/properties")
        .and_then(|p| p.as_object_mut())
    {
        for (name, ceiling) in ceilings {
            if let Some(p) = props.get_mut(name).and_then(|p| p.as_object_mut()) {
                p.insert("maximum".into(), ceiling.unwrap_or(u64::MAX).into());
            }
        }
    }
    doc.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_served_document_states_the_ceilings() {
        let max = JobLimits {
            max_memory_bytes: Some(1000),
            timeout_ms: Some(5),
            ..JobLimits::default()
        };
        let doc: serde_json::Value = serde_json::from_str(&served(&max)).expect("json");
        let props = &doc["components"]["schemas"]["Limits"]["properties"];
        assert_eq!(props["max_memory_bytes"]["maximum"], 1000);
        assert_eq!(props["timeout_ms"]["maximum"], 5);
        assert_eq!(props["max_instructions"]["maximum"], u64::MAX);
        assert_eq!(
            doc["paths"],
            serde_json::from_str::<serde_json::Value>(DOCUMENT).unwrap()["paths"]
        );
    }
}
