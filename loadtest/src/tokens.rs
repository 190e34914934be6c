//! Capability tokens for the jobs. A scenario's `[[token]]` tables are minted once at start through
//! `POST /v1/tokens` with the admin key: once per tenant, because a token belongs to one tenant and the
//! server refuses a job holding another tenant's token. Each job then carries, as its `tokens` field, the
//! tokens of its tenant that its script uses.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::runner::{post, HttpClient, Target};
use crate::scenario::{MockVars, TokenSpec};

/// Minted tokens: for each tenant (in the order of `Target::api_keys`), global name -> token string.
pub type Minted = Vec<BTreeMap<String, String>>;

/// The spec with its placeholders filled in (`{{mock_host}}` -> `127.0.0.1:PORT`).
pub fn fill(spec: &TokenSpec, vars: &MockVars) -> TokenSpec {
    TokenSpec {
        allow_hosts: spec.allow_hosts.iter().map(|h| vars.fill(h)).collect(),
        ..spec.clone()
    }
}

/// The body of `POST /v1/tokens` for one tenant.
pub fn mint_body(spec: &TokenSpec, tenant: &str) -> Value {
    let mut body = json!({
        "tenant": tenant,
        "cap": spec.cap,
        "allow_hosts": spec.allow_hosts,
        "allow_methods": spec.allow_methods,
        "path_prefixes": spec.path_prefixes,
    });
    if let Some(expires) = &spec.expires {
        body["expires"] = json!(expires);
    }
    body
}

/// Mints every token for every tenant. Without tokens it asks nothing (and needs no admin key).
pub async fn mint_all(
    client: &HttpClient,
    target: &Target,
    specs: &[TokenSpec],
) -> Result<Minted, String> {
    let mut minted: Minted = vec![BTreeMap::new(); target.api_keys.len()];
    if specs.is_empty() {
        return Ok(minted);
    }
    let names = specs
        .iter()
        .map(|s| format!("`{}`", s.name))
        .collect::<Vec<_>>()
        .join(", ");
    let admin_key = target.admin_key.as_deref().ok_or_else(|| {
        format!(
            "the scenario declares tokens ({names}) but there is no admin key to mint them: \
             use --spawn, or give --admin-key with --url"
        )
    })?;
    if target.tenants.len() != target.api_keys.len() {
        return Err(format!(
            "minting tokens ({names}) needs the tenant of each API key: {} API keys, {} tenants \
             (give one --tenant per --api-key)",
            target.api_keys.len(),
            target.tenants.len()
        ));
    }
    let url = format!("{}/v1/tokens", target.url);
    for (tenant, for_tenant) in target.tenants.iter().zip(minted.iter_mut()) {
        for spec in specs {
            let body = serde_json::to_vec(&mint_body(spec, tenant)).map_err(|e| e.to_string())?;
            let what = format!("minting token `{}` for tenant `{tenant}`", spec.name);
            let (status, resp) = post(client, &url, admin_key, body)
                .await
                .map_err(|e| format!("{what}: {e}"))?;
            if status != 201 && status != 200 {
                return Err(format!(
                    "{what}: the server answered {status} {}",
                    String::from_utf8_lossy(&resp).trim()
                ));
            }
            let token = serde_json::from_slice::<Value>(&resp)
                .ok()
                .and_then(|v| v.get("token").and_then(Value::as_str).map(str::to_string))
                .ok_or_else(|| format!("{what}: the answer has no `token` string"))?;
            for_tenant.insert(spec.name.clone(), token);
        }
    }
    Ok(minted)
}

/// The `tokens` field of a job: the tenant's tokens its script uses, or `None` if it uses none.
pub fn for_job(
    minted: &BTreeMap<String, String>,
    specs: &[TokenSpec],
    script: &str,
) -> Option<Value> {
    let map: serde_json::Map<String, Value> = specs
        .iter()
        .filter(|s| s.is_for(script))
        .filter_map(|s| Some((s.name.clone(), json!(minted.get(&s.name)?))))
        .collect();
    (!map.is_empty()).then_some(Value::Object(map))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(scripts: Option<&[&str]>) -> TokenSpec {
        TokenSpec {
            name: "api".into(),
            cap: "http".into(),
            allow_hosts: vec!["{{mock_host}}".into(), "example.com".into()],
            allow_methods: vec!["GET".into()],
            path_prefixes: vec![],
            expires: None,
            scripts: scripts.map(|s| s.iter().map(|x| x.to_string()).collect()),
        }
    }

    #[test]
    fn the_mint_request_has_the_filled_host_and_only_the_given_expiry() {
        let vars = MockVars {
            url: "http://127.0.0.1:9".into(),
            host: "127.0.0.1:9".into(),
            latency_s: "0".into(),
        };
        let filled = fill(&spec(None), &vars);
        let body = mint_body(&filled, "t1");
        assert_eq!(
            body,
            json!({"tenant": "t1", "cap": "http", "allow_hosts": ["127.0.0.1:9", "example.com"],
                   "allow_methods": ["GET"], "path_prefixes": []})
        );
        let body = mint_body(
            &TokenSpec {
                expires: Some("5m".into()),
                ..filled
            },
            "t1",
        );
        assert_eq!(body["expires"], "5m");
    }

    #[test]
    fn a_job_carries_only_the_tokens_its_script_uses() {
        let minted = BTreeMap::from([("api".to_string(), "npy1_x".to_string())]);
        let specs = [spec(Some(&["io"]))];
        assert_eq!(
            for_job(&minted, &specs, "io"),
            Some(json!({"api": "npy1_x"}))
        );
        assert_eq!(for_job(&minted, &specs, "cpu"), None);
        assert_eq!(
            for_job(&minted, &[spec(None)], "cpu"),
            Some(json!({"api": "npy1_x"}))
        );
    }

    #[tokio::test]
    async fn without_an_admin_key_the_error_says_how_to_give_one() {
        let target = Target {
            url: "http://127.0.0.1:9".into(),
            api_keys: vec!["k".into()],
            admin_key: None,
            tenants: vec!["default".into()],
        };
        let client = crate::runner::new_client();
        let e = mint_all(&client, &target, &[spec(None)]).await.unwrap_err();
        assert!(e.contains("`api`") && e.contains("--admin-key"), "{e}");
        // No tokens: nothing is asked, no key needed.
        let none = mint_all(&client, &target, &[]).await.unwrap();
        assert_eq!(none, vec![BTreeMap::new()]);
        let target = Target {
            admin_key: Some("a".into()),
            tenants: vec![],
            ..target
        };
        let e = mint_all(&client, &target, &[spec(None)]).await.unwrap_err();
        assert!(e.contains("--tenant"), "{e}");
    }
}
