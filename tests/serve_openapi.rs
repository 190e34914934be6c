//! openapi.json and the server's route table agree in both directions: every route is documented and every
//! documented operation is served, with the same path templates and methods. The server serves the
//! committed file byte for byte.

use std::collections::BTreeSet;

use npython_server::routes::ROUTES;

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch", "head", "options"];

#[test]
fn the_route_table_and_openapi_json_agree() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json"))
        .expect("openapi.json at the repository root");
    assert_eq!(text, npython_server::openapi::DOCUMENT);
    let doc: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            if METHODS.contains(&method.as_str()) {
                assert!(op["responses"].is_object(), "{method} {path} has responses");
                documented.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    let served: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_string()))
        .collect();
    let undocumented: Vec<_> = served.difference(&documented).collect();
    let unserved: Vec<_> = documented.difference(&served).collect();
    assert!(
        undocumented.is_empty(),
        "routes missing from openapi.json: {undocumented:?}"
    );
    assert!(
        unserved.is_empty(),
        "openapi.json operations the server lacks: {unserved:?}"
    );
}

#[test]
fn every_schema_reference_resolves() {
    let doc: serde_json::Value =
        serde_json::from_str(npython_server::openapi::DOCUMENT).expect("valid JSON");
    let mut refs = Vec::new();
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(o) => {
                for (k, x) in o {
                    match (k.as_str(), x) {
                        ("$ref", serde_json::Value::String(s)) => out.push(s.clone()),
                        _ => walk(x, out),
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    walk(&doc, &mut refs);
    assert!(!refs.is_empty());
    for r in refs {
        let name = r
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("unexpected $ref {r}"));
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "$ref {r} does not resolve"
        );
    }
}
