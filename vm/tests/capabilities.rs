//! Capability security as scripts see it: `Token` objects, `with scope(name, token):`, and the gated
//! `http`, `fs` and `tools` calls, run through a fake host that answers each `Blocked` request from the
//! test, with real tokens minted by an in-memory `Keyring`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use npython_caps::{
    Authority, CapError, Caveat, HostPattern, KeyId, Keyring, Method, MintSpec, PathPrefix,
    SigningKey, Token, TokenId, ToolName, Verifier,
};
use npython_vm::bytecode::Program;
use npython_vm::{
    CapabilityContext, Data, FsOp, IoError, IoErrorKind, IoRequest, IoResult, Limits, RunOutcome,
    Vm,
};

const TENANT: &str = "acme";
/// The fake wall clock starts here (unix seconds).
const START: u64 = 1_800_000_000;

/// A keyring the test can revoke in while a job runs.
struct SharedKeyring(Arc<Mutex<Keyring>>);

impl Verifier for SharedKeyring {
    fn verify_token(
        &self,
        token: &Token,
        tenant: &str,
        capability: &str,
        now: u64,
    ) -> Result<Authority, CapError> {
        let keys = self.0.lock().unwrap_or_else(|p| p.into_inner());
        keys.verify_token(token, tenant, capability, now)
    }

    fn check_live(&self, authority: &Authority, now: u64) -> Result<(), CapError> {
        let keys = self.0.lock().unwrap_or_else(|p| p.into_inner());
        keys.check_live(authority, now)
    }
}

/// The host side of a test: the keys, the clock, and what each request is answered with.
struct Host {
    keys: Arc<Mutex<Keyring>>,
    now: Arc<AtomicU64>,
    next_id: u8,
}

impl Host {
    fn new() -> Host {
        Host {
            keys: Arc::new(Mutex::new(Keyring::new(
                KeyId::new(1),
                SigningKey::from_bytes([7; 32]),
            ))),
            now: Arc::new(AtomicU64::new(START)),
            next_id: 1,
        }
    }

    /// Mints a token for `tenant` and `capability` with `caveats`; returns its string and id.
    fn mint_for(
        &mut self,
        tenant: &str,
        capability: &str,
        expires_at: Option<u64>,
        caveats: Vec<Caveat>,
    ) -> (String, TokenId) {
        let id = TokenId::from_bytes([self.next_id; 16]);
        self.next_id += 1;
        let mut spec = MintSpec::new(tenant, capability);
        if let Some(t) = expires_at {
            spec = spec.with_expiry(t);
        }
        for c in caveats {
            spec = spec.with_caveat(c);
        }
        let keys = self.keys.lock().unwrap_or_else(|p| p.into_inner());
        let token = keys.mint(&spec, id).expect("mints");
        (token.encode(), id)
    }

    fn mint(&mut self, capability: &str, caveats: Vec<Caveat>) -> String {
        self.mint_for(TENANT, capability, None, caveats).0
    }

    fn revoke(&self, id: TokenId) {
        self.keys
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .revoke(id);
    }

    fn context(&self) -> CapabilityContext {
        let now = self.now.clone();
        CapabilityContext::new(
            TENANT,
            Arc::new(SharedKeyring(self.keys.clone())),
            Arc::new(move || now.load(Ordering::SeqCst)),
        )
    }
}

/// What a job did.
#[derive(Debug)]
struct Outcome {
    output: String,
    requests: Vec<IoRequest>,
    /// None when the script finished; else `Type: message` of the uncaught exception.
    error: Option<String>,
}

fn prelude() -> Arc<Program> {
    static PRELUDE: OnceLock<Arc<Program>> = OnceLock::new();
    PRELUDE
        .get_or_init(|| {
            npython_frontend::compile(npython_vm::PRELUDE_SOURCE, "<prelude>")
                .program
                .expect("the prelude compiles")
        })
        .clone()
}

/// Runs `script` with `tokens` bound as globals, answering every request with `answer`.
fn run_with(
    host: &Host,
    script: &str,
    tokens: &[(&str, &str)],
    with_context: bool,
    answer: impl FnMut(&IoRequest, &Host) -> IoResult,
) -> Outcome {
    run_with_fuel(host, script, tokens, with_context, u64::MAX, answer)
}

/// `run_with`, suspending the VM every `fuel` instructions.
fn run_with_fuel(
    host: &Host,
    script: &str,
    tokens: &[(&str, &str)],
    with_context: bool,
    fuel: u64,
    mut answer: impl FnMut(&IoRequest, &Host) -> IoResult,
) -> Outcome {
    let compiled = npython_frontend::compile(script, "<test>");
    let Some(program) = compiled.program else {
        panic!("script does not compile: {:?}", compiled.diagnostics);
    };
    let mut vm = Vm::new(Limits::default());
    vm.install_prelude(prelude()).expect("prelude installs");
    vm.load(program);
    if with_context {
        vm.set_capabilities(host.context());
    }
    for (name, text) in tokens {
        vm.bind_token(name, text);
    }
    let mut requests = Vec::new();
    let mut output = String::new();
    let error = loop {
        let outcome = vm.run(fuel);
        output.push_str(&String::from_utf8_lossy(&vm.take_output()));
        match outcome {
            RunOutcome::Finished(_) => break None,
            RunOutcome::Yielded => continue,
            RunOutcome::Blocked(req) => {
                let result = answer(&req, host);
                requests.push(req);
                assert!(vm.resume_io(result));
            }
            RunOutcome::Raised(e) => break Some(e.summary()),
            RunOutcome::Killed(e) => panic!("job killed: {e}"),
        }
    };
    assert_eq!(vm.active_scopes(), 0, "every scope is popped by the end");
    Outcome {
        output,
        requests,
        error,
    }
}

fn run(host: &Host, script: &str, tokens: &[(&str, &str)]) -> Outcome {
    run_with(host, script, tokens, true, answer)
}

/// A plausible answer to every request.
fn answer(req: &IoRequest, _: &Host) -> IoResult {
    Ok(match req {
        IoRequest::Sleep { .. } => Data::None,
        IoRequest::Http(r) => http_answer(200, &r.url, b"{\"ok\": true, \"n\": [1, 2]}"),
        IoRequest::Fs(r) => match &r.op {
            FsOp::Read => Data::Bytes("héllo\n".as_bytes().to_vec()),
            FsOp::Write { data } | FsOp::Append { data } => Data::Int(data.len() as i64),
            FsOp::List => Data::List(vec![Data::Str("a.txt".into()), Data::Str("b".into())]),
            FsOp::Exists => Data::Bool(true),
            FsOp::Delete | FsOp::Mkdir => Data::None,
            FsOp::Stat => Data::Dict(vec![
                ("size".into(), Data::Int(6)),
                ("is_dir".into(), Data::Bool(false)),
                ("is_file".into(), Data::Bool(true)),
                ("modified".into(), Data::Float(1.5)),
            ]),
        },
        IoRequest::Tool(r) => Data::Dict(vec![
            ("tool".into(), Data::Str(r.name.clone())),
            ("args".into(), r.args.clone()),
        ]),
    })
}

fn http_answer(status: i64, url: &str, body: &[u8]) -> Data {
    Data::Dict(vec![
        ("status".into(), Data::Int(status)),
        ("url".into(), Data::Str(url.to_string())),
        (
            "headers".into(),
            Data::List(vec![
                Data::List(vec![
                    Data::Str("content-type".into()),
                    Data::Str("application/json".into()),
                ]),
                Data::List(vec![Data::Str("x-a".into()), Data::Str("1".into())]),
                Data::List(vec![Data::Str("x-a".into()), Data::Str("2".into())]),
            ]),
        ),
        ("body".into(), Data::Bytes(body.to_vec())),
    ])
}

fn hosts(list: &[&str]) -> Caveat {
    Caveat::Hosts(
        list.iter()
            .map(|h| HostPattern::parse(h).expect("host"))
            .collect(),
    )
}

fn prefixes(list: &[&str]) -> Caveat {
    Caveat::PathPrefixes(
        list.iter()
            .map(|p| PathPrefix::parse(p).expect("prefix"))
            .collect(),
    )
}

fn methods(list: &[&str]) -> Caveat {
    Caveat::Methods(
        list.iter()
            .map(|m| Method::parse(m).expect("method"))
            .collect(),
    )
}

fn tools(list: &[&str]) -> Caveat {
    Caveat::Tools(
        list.iter()
            .map(|t| ToolName::parse(t).expect("tool"))
            .collect(),
    )
}

/// The CapabilityError message of entering `scope(capability, t)` with token text `token`.
fn entry_error(host: &Host, capability: &str, token: &str) -> String {
    let script = format!(
        "try:\n    with scope({capability:?}, t):\n        print('entered')\nexcept CapabilityError as e:\n    print(e)\n"
    );
    let out = run(host, &script, &[("t", token)]);
    assert_eq!(out.error, None);
    assert!(out.requests.is_empty());
    assert!(!out.output.contains("entered"), "{}", out.output);
    if token.starts_with("npy1_") {
        assert!(
            !out.output.contains(token),
            "the token leaked: {}",
            out.output
        );
    }
    out.output.trim_end().to_string()
}

// ----- base64url, to tamper with token strings the way an attacker would -----

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn b64_decode(text: &str) -> Vec<u8> {
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in text.bytes() {
        let v = B64.iter().position(|&b| b == c).expect("base64url") as u32;
        bits = (bits << 6) | v;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    out
}

fn b64_encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let v = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(B64[((v >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

fn token_bytes(token: &str) -> Vec<u8> {
    b64_decode(token.strip_prefix("npy1_").expect("prefix"))
}

fn token_text(bytes: &[u8]) -> String {
    format!("npy1_{}", b64_encode(bytes))
}

// ----- tests -----

#[test]
fn http_get_inside_a_scope_returns_a_response() {
    let mut host = Host::new();
    let token = host.mint("http", vec![hosts(&["api.example.com"])]);
    let out = run(
        &host,
        r#"
import http
with scope("http", api):
    r = http.get("https://API.example.com/v1/items#top", params={"q": "a b", "n": 2, "skip": None}, headers={"Accept": "application/json"}, timeout=5)
print(r, r.status, r.status_code, r.ok, r.reason, r.url)
print(r.headers)
print(r.text)
print(r.json()["n"])
r.raise_for_status()
"#,
        &[("api", &token)],
    );
    assert_eq!(out.error, None);
    assert_eq!(
        out.output,
        "<Response [200]> 200 200 True OK https://api.example.com/v1/items?q=a+b&n=2\n\
         {'content-type': 'application/json', 'x-a': '1, 2'}\n\
         {\"ok\": true, \"n\": [1, 2]}\n\
         [1, 2]\n"
    );
    let [IoRequest::Http(req)] = out.requests.as_slice() else {
        panic!("one http request: {:?}", out.requests);
    };
    assert_eq!(req.method, "GET");
    assert_eq!(req.url, "https://api.example.com/v1/items?q=a+b&n=2");
    assert_eq!(
        req.headers,
        vec![("Accept".to_string(), "application/json".to_string())]
    );
    assert!(req.body.is_empty());
    assert_eq!(req.timeout, Some(std::time::Duration::from_secs(5)));
    assert_eq!(req.grant.tenant, TENANT);
    assert_eq!(req.grant.authority.capability(), "http");
}

#[test]
fn http_bodies_json_form_and_text() {
    let mut host = Host::new();
    let token = host.mint("http", vec![hosts(&["api.example.com"])]);
    let out = run(
        &host,
        r#"
import http
with scope("http", api):
    http.post("https://api.example.com/a", json={"k": [1, "é"]})
    http.put("https://api.example.com/b", data={"x": "1 2", "y": ["a", "b"]})
    http.patch("https://api.example.com/c", data="raw", headers={"content-type": "text/plain"})
    http.request("delete", "https://api.example.com/d")
    http.head("https://api.example.com/e")
"#,
        &[("api", &token)],
    );
    assert_eq!(out.error, None);
    let reqs: Vec<_> = out
        .requests
        .iter()
        .map(|r| match r {
            IoRequest::Http(h) => (
                h.method.clone(),
                String::from_utf8_lossy(&h.body).into_owned(),
                h.headers.clone(),
            ),
            other => panic!("not http: {other:?}"),
        })
        .collect();
    let ct = |v: &str| vec![("Content-Type".to_string(), v.to_string())];
    assert_eq!(
        reqs,
        vec![
            (
                "POST".into(),
                r#"{"k": [1, "\u00e9"]}"#.into(),
                ct("application/json")
            ),
            (
                "PUT".into(),
                "x=1+2&y=a&y=b".into(),
                ct("application/x-www-form-urlencoded")
            ),
            (
                "PATCH".into(),
                "raw".into(),
                vec![("content-type".to_string(), "text/plain".to_string())]
            ),
            ("DELETE".into(), String::new(), vec![]),
            ("HEAD".into(), String::new(), vec![]),
        ]
    );
}

#[test]
fn raise_for_status_raises_http_error() {
    let mut host = Host::new();
    let token = host.mint("http", vec![]);
    let out = run_with(
        &host,
        r#"
import http
with scope("http", api):
    r = http.get("https://api.example.com/missing")
print(r.ok)
try:
    r.raise_for_status()
except http.HTTPError as e:
    print(type(e).__name__, e, e.response.status_code, isinstance(e, OSError))
r.raise_for_status()
"#,
        &[("api", &token)],
        true,
        |req, _| match req {
            IoRequest::Http(r) => Ok(http_answer(404, &r.url, b"nope")),
            _ => Err(IoError {
                kind: IoErrorKind::Os,
                message: "unexpected".into(),
            }),
        },
    );
    assert_eq!(
        out.output,
        "False\nHTTPError 404 Client Error: Not Found for url: https://api.example.com/missing 404 True\n"
    );
    assert_eq!(
        out.error.as_deref(),
        Some("HTTPError: 404 Client Error: Not Found for url: https://api.example.com/missing")
    );
}

#[test]
fn gated_calls_outside_a_scope_grant_nothing() {
    let mut host = Host::new();
    let token = host.mint("http", vec![]);
    let out = run(
        &host,
        r#"
import http
def attempt(label, f):
    try:
        f()
        print(label, "ALLOWED")
    except CapabilityError as e:
        print(label, e)

attempt("before", lambda: http.get("https://a.com/"))
with scope("http", api):
    get = http.get
    def later():
        return http.get("https://a.com/later")
    r = http.get("https://a.com/inside")
attempt("after", lambda: http.get("https://a.com/"))
attempt("stashed bound function", lambda: get("https://a.com/"))
attempt("stashed closure", later)
print(r.status, "(a kept Response is data only)")
"#,
        &[("api", &token)],
    );
    assert_eq!(out.error, None);
    let needs = "needs `with scope(\"http\", token):` around it; no \"http\" scope is active here \
                 (a scope ends with its with block, and functions, objects or tokens kept from inside \
                 one grant nothing)";
    assert_eq!(
        out.output,
        format!(
            "before http.get {needs}\nafter http.get {needs}\nstashed bound function http.get {needs}\n\
             stashed closure http.get {needs}\n200 (a kept Response is data only)\n"
        )
    );
    assert_eq!(out.requests.len(), 1, "only the call inside the block");
}

#[test]
fn a_scope_of_another_capability_does_not_open_http() {
    let mut host = Host::new();
    let fs_token = host.mint("fs", vec![]);
    let out = run(
        &host,
        "import http\nwith scope('fs', f):\n    http.get('https://a.com/')\n",
        &[("f", &fs_token)],
    );
    assert!(out.requests.is_empty());
    assert!(
        out.error.as_deref().is_some_and(
            |e| e.starts_with("CapabilityError: http.get needs `with scope(\"http\", token):`")
        ),
        "{:?}",
        out.error
    );
}

#[test]
fn bad_tokens_fail_at_scope_entry_with_their_reason() {
    let mut host = Host::new();
    let (expired, expired_id) = host.mint_for(TENANT, "http", Some(START - 60), vec![]);
    let (revoked, revoked_id) = host.mint_for(TENANT, "http", None, vec![]);
    host.revoke(revoked_id);
    let (other_tenant, other_id) = host.mint_for("globex", "http", None, vec![]);
    let (fs_token, fs_id) = host.mint_for(TENANT, "fs", None, vec![]);
    let other_key = Keyring::new(KeyId::new(1), SigningKey::from_bytes([9; 32]))
        .mint(
            &MintSpec::new(TENANT, "http"),
            TokenId::from_bytes([50; 16]),
        )
        .expect("mints")
        .encode();

    assert_eq!(
        entry_error(&host, "http", &expired),
        format!(
            "capability token {expired_id} expired at 2027-01-15T07:59:00Z (1m 0s ago). Ask for a new \
             token; an expired token cannot be renewed"
        )
    );
    assert_eq!(
        entry_error(&host, "http", &revoked),
        format!(
            "capability token {revoked_id} has been revoked. Ask for a new token; do not retry with this one"
        )
    );
    assert_eq!(
        entry_error(&host, "http", &other_tenant),
        format!(
            "capability token {other_id} was minted for another tenant, not `acme`. Use a token issued to \
             this tenant"
        )
    );
    assert_eq!(
        entry_error(&host, "http", &fs_token),
        format!(
            "capability token {fs_id} grants the `fs` capability, not `http`. Use it as scope(\"fs\", \
             token), or pass a `http` token"
        )
    );
    let forged = "capability token rejected as forged: its signature does not match its contents, so it \
                  was edited, truncated or made up. Ask for a new token; do not retry with this one";
    assert_eq!(entry_error(&host, "http", &other_key), forged);
    assert!(entry_error(&host, "http", "not a token")
        .starts_with("capability token rejected as forged: the text is not an nPython token"));
    assert!(entry_error(&host, "http", "")
        .starts_with("capability token rejected as forged: the text is not an nPython token"));
}

#[test]
fn tampered_tokens_are_forged() {
    let host = Host::new();
    let id = TokenId::from_bytes([42; 16]);
    let spec = MintSpec::new(TENANT, "http").with_caveat(hosts(&["api.example.com"]));
    let keys = host.keys.lock().expect("lock").clone();
    let narrow = keys
        .mint(&spec.clone().with_caveat(methods(&["GET"])), id)
        .expect("mints")
        .encode();
    let wide = keys.mint(&spec, id).expect("mints").encode();
    let (narrow_bytes, wide_bytes) = (token_bytes(&narrow), token_bytes(&wide));
    let wide_body = &wide_bytes[..wide_bytes.len() - 32];
    let narrow_sig = &narrow_bytes[narrow_bytes.len() - 32..];

    // The method caveat removed, the narrow token's signature kept.
    let removed = token_text(&[wide_body, narrow_sig].concat());
    // The host caveat edited in place: api.example.com -> api.examplf.com.
    let mut edited_bytes = narrow_bytes.clone();
    let at = edited_bytes
        .windows(7)
        .position(|w| w == b"example")
        .expect("host in token");
    edited_bytes[at + 6] = b'f';
    let edited = token_text(&edited_bytes);
    // A flipped signature bit.
    let mut flipped_bytes = narrow_bytes.clone();
    if let Some(last) = flipped_bytes.last_mut() {
        *last ^= 1;
    }
    let flipped = token_text(&flipped_bytes);
    assert_eq!(
        token_text(&narrow_bytes),
        narrow,
        "the test codec round-trips"
    );

    let forged = "capability token rejected as forged: its signature does not match its contents, so it \
                  was edited, truncated or made up. Ask for a new token; do not retry with this one";
    for tampered in [&removed, &edited, &flipped] {
        assert_eq!(entry_error(&host, "http", tampered), forged);
    }
    // Truncation: the caveat frame cut in half no longer parses.
    let cut = token_text(&narrow_bytes[..narrow_bytes.len() - 40]);
    assert!(entry_error(&host, "http", &cut).starts_with("capability token rejected as forged"));
}

#[test]
fn revocation_and_expiry_stop_the_next_call_in_the_same_scope() {
    let mut host = Host::new();
    let (token, id) = host.mint_for(TENANT, "http", Some(START + 100), vec![]);
    let script = r#"
import http
with scope("http", api):
    print(http.get("https://a.com/1").status)
    try:
        http.get("https://a.com/2")
    except CapabilityError as e:
        print(e)
"#;
    let out = run_with(&host, script, &[("api", &token)], true, |req, host| {
        host.revoke(id);
        answer(req, host)
    });
    assert_eq!(
        out.output,
        format!(
            "200\nhttp.get: capability token {id} has been revoked. Ask for a new token; do not retry with \
             this one\n"
        )
    );
    assert_eq!(out.requests.len(), 1);

    let (token, id) = host.mint_for(TENANT, "http", Some(START + 100), vec![]);
    let out = run_with(&host, script, &[("api", &token)], true, |req, host| {
        host.now.store(START + 160, Ordering::SeqCst);
        answer(req, host)
    });
    assert_eq!(
        out.output,
        format!(
            "200\nhttp.get: capability token {id} expired at 2027-01-15T08:01:40Z (1m 0s ago). Ask for a \
             new token; an expired token cannot be renewed\n"
        )
    );
    assert_eq!(out.requests.len(), 1);
}

#[test]
fn constraints_are_refused_before_any_request() {
    let mut host = Host::new();
    let api = host.mint(
        "http",
        vec![
            hosts(&["api.example.com"]),
            methods(&["GET"]),
            prefixes(&["/v1"]),
            Caveat::MaxRequestBytes(4),
        ],
    );
    let files = host.mint("fs", vec![prefixes(&["/reports"]), Caveat::ReadOnly]);
    let tool = host.mint("tools", vec![tools(&["search"])]);
    let out = run(
        &host,
        r#"
import http, fs, tools
def attempt(f):
    try:
        f()
        print("ALLOWED")
    except CapabilityError as e:
        print(e)
    except ValueError as e:
        print("ValueError:", e)

with scope("http", api):
    attempt(lambda: http.get("https://evil.com/v1"))
    attempt(lambda: http.get("https://api.example.com:8443/v1"))
    attempt(lambda: http.get("https://api.example.com:80/v1"))
    attempt(lambda: http.post("https://api.example.com/v1"))
    attempt(lambda: http.get("https://api.example.com/v2"))
    attempt(lambda: http.get("https://api.example.com/v1/../admin"))
    attempt(lambda: http.get("ftp://api.example.com/v1"))
    attempt(lambda: http.get("https://user@api.example.com/v1"))
    attempt(lambda: http.request("GET", "https://api.example.com/v1", data="12345"))
with scope("fs", files):
    attempt(lambda: fs.read_text("/secrets/a"))
    attempt(lambda: fs.read_text("/reports/../secrets/a"))
    attempt(lambda: fs.write_text("/reports/a", "x"))
    attempt(lambda: fs.delete("/reports/a"))
with scope("tools", tool):
    attempt(lambda: tools.delete_everything(confirm=True))
    attempt(lambda: tools.call("fetch"))
"#,
        &[("api", &api), ("files", &files), ("tool", &tool)],
    );
    assert_eq!(out.error, None);
    assert!(
        out.requests.is_empty(),
        "no request may leave: {:?}",
        out.requests
    );
    assert_eq!(
        out.output,
        "http.get: host evil.com port 443 is not allowed by this token (allowed: api.example.com)\n\
         http.get: host api.example.com port 8443 is not allowed by this token (allowed: api.example.com)\n\
         http.get: host api.example.com port 80 is not allowed by this token (allowed: api.example.com)\n\
         http.post: method POST is not allowed by this token (allowed: GET)\n\
         http.get: path `/v2` is outside the paths this token allows (allowed: /v1)\n\
         http.get: invalid path `/v1/../admin`: `.` and `..` segments are not allowed in a URL path\n\
         ValueError: Invalid URL 'ftp://api.example.com/v1': only http and https URLs are supported, not 'ftp'\n\
         ValueError: Invalid URL 'https://user@api.example.com/v1': user names and passwords in URLs are not supported; send credentials in a header\n\
         http.request: the request body is 5 bytes, more than the 4 this token allows\n\
         fs.read_text: path `/secrets/a` is outside the paths this token allows (allowed: /reports)\n\
         fs.read_text: invalid path `/reports/../secrets/a`: `..` is not allowed: paths cannot leave their directory\n\
         fs.write_text: cannot write `/reports/a`: this token is read-only; ask for a read-write token\n\
         fs.delete: cannot write `/reports/a`: this token is read-only; ask for a read-write token\n\
         tools.delete_everything: tool `delete_everything` is not allowed by this token (allowed: search)\n\
         tools.fetch: tool `fetch` is not allowed by this token (allowed: search)\n"
    );
}

#[test]
fn tokens_are_opaque() {
    let mut host = Host::new();
    let token = host.mint("http", vec![]);
    let files = host.mint("fs", vec![]);
    let tool = host.mint("tools", vec![]);
    let out = run(
        &host,
        r#"
import http, fs, tools, json
t = api
print(t)
print(str(t), repr(t), f"{t}", f"{t!r}", "{}".format(t), "%s %r" % (t, t), format(t))
print([t], {"k": t}, (t,))
print(type(t).__name__, t == api, t != api, t is api, hash(t) == hash(api))
print(t == "x", t == files)
def attempt(label, f):
    try:
        f()
        print(label, "ALLOWED")
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("lt", lambda: t < files)
attempt("format spec", lambda: format(t, "s"))
attempt("json", lambda: json.dumps(t))
attempt("json nested", lambda: json.dumps({"a": [t]}))
attempt("attr", lambda: t.text)
attempt("dict", lambda: t.__dict__)
attempt("len", lambda: len(t))
attempt("iter", lambda: list(t))
attempt("str add", lambda: "x" + t)
attempt("setattr", lambda: setattr(t, "x", 1))
attempt("construct", lambda: type(t)("npy1_x"))
with scope("http", api):
    attempt("header", lambda: http.get("https://a.com/", headers={"Authorization": t}))
    attempt("data", lambda: http.post("https://a.com/", data=t))
    attempt("form", lambda: http.post("https://a.com/", data={"k": t}))
    attempt("json body", lambda: http.post("https://a.com/", json={"k": t}))
    attempt("params", lambda: http.get("https://a.com/", params={"k": t}))
    attempt("url", lambda: http.get(t))
with scope("fs", files):
    attempt("content", lambda: fs.write_text("/a", t))
    attempt("path", lambda: fs.read_text(t))
with scope("tools", tool):
    attempt("tool arg", lambda: tools.call("search", q=t))
    attempt("nested tool arg", lambda: tools.search(q={"k": [t]}))
"#,
        &[("api", &token), ("files", &files), ("tool", &tool)],
    );
    assert_eq!(out.error, None);
    for secret in [&token, &files, &tool] {
        assert!(!out.output.contains(secret.as_str()), "{}", out.output);
        // Not even a piece of the encoded token (the part after the fixed header).
        assert!(!out.output.contains(&secret[40..60]), "{}", out.output);
    }
    assert!(out.requests.is_empty(), "{:?}", out.requests);
    let r = "<Token http id=01010101…>";
    let expected = format!(
        "{r}\n{r} {r} {r} {r} {r} {r} {r} {r}\n[{r}] {{'k': {r}}} ({r},)\nToken True False True True\n\
         False False\n\
         lt TypeError '<' not supported between instances of 'Token' and 'Token'\n\
         format spec TypeError unsupported format string passed to Token.__format__\n\
         json TypeError Object of type Token is not JSON serializable\n\
         json nested TypeError Object of type Token is not JSON serializable\n\
         attr AttributeError 'Token' object has no attribute 'text'\n\
         dict AttributeError 'Token' object has no attribute '__dict__'\n\
         len TypeError object of type 'Token' has no len()\n\
         iter TypeError 'Token' object is not iterable\n\
         str add TypeError can only concatenate str (not \"Token\") to str\n\
         setattr AttributeError 'Token' object has no attribute 'x'\n\
         construct TypeError cannot create 'Token' instances\n\
         header TypeError http.get: header names and values must be str, not Token\n\
         data TypeError http.post: data= must be a str, bytes or a dict, not Token\n\
         form TypeError http.post: data= keys and values must be str, int, float or bool, not Token\n\
         json body TypeError Object of type Token is not JSON serializable\n\
         params TypeError http.get: params= keys and values must be str, int, float or bool, not Token\n\
         url TypeError http.get: the URL must be a str, not Token\n\
         content TypeError fs.write_text: the content must be a str, not Token\n\
         path TypeError fs.read_text: the path must be a str, not Token\n\
         tool arg TypeError tools.search(): argument 'q' (Token) is not JSON data or holds a value that is not (JSON data is str, int, float, bool, None, and lists, tuples and str-keyed dicts of them)\n\
         nested tool arg TypeError tools.search(): argument 'q' (dict) is not JSON data or holds a value that is not (JSON data is str, int, float, bool, None, and lists, tuples and str-keyed dicts of them)\n"
    );
    assert_eq!(out.output, expected);
}

#[test]
fn scopes_pop_on_every_exit_path_and_the_innermost_wins() {
    let mut host = Host::new();
    let wide = host.mint("http", vec![hosts(&["a.com", "b.com"])]);
    let narrow = host.mint("http", vec![hosts(&["b.com"])]);
    let out = run(
        &host,
        r#"
import http
def attempt(label, url):
    try:
        http.get(url)
        print(label, "allowed")
    except CapabilityError as e:
        print(label, "refused")

def returns_inside():
    with scope("http", wide):
        return "returned"
print(returns_inside())
attempt("after return", "https://a.com/")

try:
    with scope("http", wide):
        raise ValueError("boom")
except ValueError:
    pass
attempt("after exception", "https://a.com/")

for i in range(3):
    with scope("http", wide):
        if i == 0:
            continue
        break
attempt("after break/continue", "https://a.com/")

while True:
    try:
        with scope("http", wide):
            try:
                break
            finally:
                attempt("in finally", "https://a.com/")
    finally:
        attempt("outer finally", "https://a.com/")
attempt("after while", "https://a.com/")

with scope("http", wide):
    attempt("wide", "https://a.com/")
    with scope("http", narrow):
        attempt("narrow a", "https://a.com/")
        attempt("narrow b", "https://b.com/")
    attempt("wide again", "https://a.com/")
attempt("outside", "https://a.com/")

s = scope("http", wide)
with s:
    pass
try:
    with s:
        pass
except RuntimeError as e:
    print("reuse:", e)
try:
    s.__enter__()
except AttributeError as e:
    print("by hand:", e)
print(repr(s), type(s).__name__)
"#,
        &[("wide", &wide), ("narrow", &narrow)],
    );
    assert_eq!(out.error, None, "{}", out.output);
    assert_eq!(
        out.output,
        "returned\nafter return refused\nafter exception refused\nafter break/continue refused\n\
         in finally allowed\nouter finally refused\nafter while refused\n\
         wide allowed\nnarrow a refused\nnarrow b allowed\nwide again allowed\noutside refused\n\
         reuse: this scope object was already used by a `with` block; write `with scope(name, token):` for each block\n\
         by hand: 'scope' object has no attribute '__enter__'\n\
         <scope http> scope\n"
    );
}

#[test]
fn an_uncaught_error_inside_a_scope_still_pops_it() {
    let mut host = Host::new();
    let token = host.mint("http", vec![]);
    let out = run(
        &host,
        "with scope('http', t):\n    1 / 0\n",
        &[("t", &token)],
    );
    assert_eq!(
        out.error.as_deref(),
        Some("ZeroDivisionError: division by zero")
    );
}

#[test]
fn scope_arguments_and_missing_context() {
    let mut host = Host::new();
    let token = host.mint("http", vec![]);
    let out = run_with(
        &host,
        r#"
def attempt(label, f):
    try:
        f()
        print(label, "ALLOWED")
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("str token", lambda: scope("http", "npy1_abc"))
attempt("name", lambda: scope(1, t))
def enter():
    with scope("http", t):
        print("entered")
attempt("no context", enter)
"#,
        &[("t", &token)],
        false,
        answer,
    );
    assert_eq!(
        out.output,
        "str token TypeError scope() argument 2 must be a Token the job was given, not str\n\
         name TypeError scope() argument 1 must be a capability name (str) such as \"http\", not int\n\
         no context CapabilityError capability tokens cannot be checked in this job: the host gave the engine no verifier\n"
    );
}

#[test]
fn fs_calls_become_requests_with_normalised_paths() {
    let mut host = Host::new();
    let files = host.mint("fs", vec![prefixes(&["/reports"])]);
    let out = run(
        &host,
        r#"
import fs
with scope("fs", files):
    print(repr(fs.read_text("reports//q1/./a.txt")))
    print(fs.write_text("/reports/b.txt", "héllo"), fs.append_text("/reports/b.txt", "!", encoding="utf-8"))
    print(fs.list("/reports"), fs.exists("/reports/x"), fs.delete("/reports/x"), fs.mkdir("/reports/d"))
    print(fs.stat("/reports/b.txt"))
    data = fs.read_bytes("/reports/a.bin")
    print(type(data).__name__, data, data.decode())
    print(fs.write_bytes("/reports/c.bin", bytes([0, 255])))
    try:
        fs.read_text("/reports/a.txt", encoding="latin-1")
    except ValueError as e:
        print(e)
"#,
        &[("files", &files)],
    );
    assert_eq!(out.error, None, "{}", out.output);
    assert_eq!(
        out.output,
        "'héllo\\n'\n6 1\n['a.txt', 'b'] True None None\n\
         {'size': 6, 'is_dir': False, 'is_file': True, 'modified': 1.5}\n\
         bytes b'h\\xc3\\xa9llo\\n' héllo\n\n2\n\
         fs.read_text: only the utf-8 encoding is supported, not 'latin-1'\n"
    );
    let ops: Vec<(FsOp, String)> = out
        .requests
        .iter()
        .map(|r| match r {
            IoRequest::Fs(f) => {
                assert_eq!(f.grant.authority.capability(), "fs");
                (f.op.clone(), f.path.clone())
            }
            other => panic!("not fs: {other:?}"),
        })
        .collect();
    assert_eq!(
        ops,
        vec![
            (FsOp::Read, "reports/q1/a.txt".into()),
            (
                FsOp::Write {
                    data: "héllo".as_bytes().to_vec()
                },
                "reports/b.txt".into()
            ),
            (
                FsOp::Append {
                    data: b"!".to_vec()
                },
                "reports/b.txt".into()
            ),
            (FsOp::List, "reports".into()),
            (FsOp::Exists, "reports/x".into()),
            (FsOp::Delete, "reports/x".into()),
            (FsOp::Mkdir, "reports/d".into()),
            (FsOp::Stat, "reports/b.txt".into()),
            (FsOp::Read, "reports/a.bin".into()),
            (FsOp::Write { data: vec![0, 255] }, "reports/c.bin".into()),
        ]
    );
}

#[test]
fn read_text_of_a_binary_file_is_a_unicode_decode_error() {
    let mut host = Host::new();
    let files = host.mint("fs", vec![]);
    let out = run_with(
        &host,
        r#"
import fs
with scope("fs", files):
    try:
        fs.read_text("/a.bin")
    except ValueError as e:
        print(type(e).__name__, e)
    fs.read_text("/missing")
"#,
        &[("files", &files)],
        true,
        |req, _| match req {
            IoRequest::Fs(f) if f.path == "a.bin" => Ok(Data::Bytes(vec![b'o', b'k', 0xff])),
            _ => Err(IoError {
                kind: IoErrorKind::NotFound,
                message: "No such file or directory: '/missing'".into(),
            }),
        },
    );
    assert_eq!(
        out.output,
        "UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte \
         (fs.read_text of /a.bin; the file is not UTF-8 text)\n"
    );
    assert_eq!(
        out.error.as_deref(),
        Some("FileNotFoundError: No such file or directory: '/missing'")
    );
}

#[test]
fn tools_are_called_by_name_or_attribute() {
    let mut host = Host::new();
    let tool = host.mint("tools", vec![tools(&["search", "fetch-page"])]);
    let out = run(
        &host,
        r#"
import tools
with scope("tools", t):
    print(tools.search(query="x", n=3, tags=["a", ("b", None)]))
    print(tools.call("fetch-page", url="https://a.com"))
    f = tools.search
    print(f, callable(f), f.__name__)
    try:
        tools.search("positional")
    except TypeError as e:
        print(e)
    try:
        tools.__dict__
    except AttributeError as e:
        print(e)
"#,
        &[("t", &tool)],
    );
    assert_eq!(out.error, None, "{}", out.output);
    assert_eq!(
        out.output,
        "{'tool': 'search', 'args': {'query': 'x', 'n': 3, 'tags': ['a', ['b', None]]}}\n\
         {'tool': 'fetch-page', 'args': {'url': 'https://a.com'}}\n\
         <tool function 'search'> True search\n\
         tools.search() takes keyword arguments only (a tool's arguments are a JSON object)\n\
         module 'tools' has no attribute '__dict__'\n"
    );
    let names: Vec<(String, Data)> = out
        .requests
        .iter()
        .map(|r| match r {
            IoRequest::Tool(t) => (t.name.clone(), t.args.clone()),
            other => panic!("not a tool call: {other:?}"),
        })
        .collect();
    assert_eq!(names[1].0, "fetch-page");
    assert_eq!(
        names[0].1,
        Data::Dict(vec![
            ("query".into(), Data::Str("x".into())),
            ("n".into(), Data::Int(3)),
            (
                "tags".into(),
                Data::List(vec![
                    Data::Str("a".into()),
                    Data::List(vec![Data::Str("b".into()), Data::None])
                ])
            ),
        ])
    );
}

#[test]
fn reset_drops_the_capability_context_and_scopes() {
    let mut host = Host::new();
    let token = host.mint("http", vec![]);
    let compiled = npython_frontend::compile(
        "import http\nwith scope('http', t):\n    http.get('https://a.com/')\n",
        "<test>",
    );
    let program = compiled.program.expect("compiles");
    let mut vm = Vm::new(Limits::default());
    vm.install_prelude(prelude()).expect("prelude");
    vm.load(program.clone());
    vm.set_capabilities(host.context());
    vm.bind_token("t", &token);
    assert!(matches!(
        vm.run(u64::MAX),
        RunOutcome::Blocked(IoRequest::Http(_))
    ));
    assert_eq!(vm.active_scopes(), 1);
    vm.reset(Limits::default());
    assert_eq!(vm.active_scopes(), 0);
    vm.load(program);
    vm.bind_token("t", &token);
    match vm.run(u64::MAX) {
        RunOutcome::Raised(e) => assert_eq!(
            e.summary(),
            "CapabilityError: capability tokens cannot be checked in this job: the host gave the engine no verifier"
        ),
        other => panic!("expected CapabilityError, got {other:?}"),
    }
}

#[test]
fn bytes_cover_file_and_http_bodies() {
    let mut host = Host::new();
    let token = host.mint("http", vec![]);
    let out = run(
        &host,
        r#"
import http
b = "héllo".encode()
print(b, len(b), b[0], b[-1], b[1:3], b[::-1][:2])
print(b == "héllo".encode("utf-8"), b == "héllo", hash(b) == hash("héllo".encode()), {b: 1}[bytes(b)])
print(104 in b, bytes([108, 108]) in b, 7 in b, list(b[:2]), bool(bytes()), bool(b))
print(b.decode(), b.decode("utf-8", "strict"), bytes([104, 105]), bytes(3), bytes("hi", "ascii") + bytes([33]))
print(repr(bytes([39])), repr(bytes([39, 34])), repr(bytes([0, 255, 10, 92, 9, 13])), str(bytes([65])))
print(bytes([0xff, 104]).decode(errors="replace"), bytes([0xff, 104]).decode("utf-8", "ignore"))
print(isinstance(b, bytes), type(b).__name__)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("decode", lambda: bytes([104, 0xff]).decode())
attempt("ascii", lambda: bytes([0xe9]).decode("ascii"))
attempt("encode", lambda: "é".encode("ascii"))
attempt("latin", lambda: "x".encode("latin-1"))
attempt("range", lambda: bytes([256]))
attempt("str", lambda: bytes("x"))
attempt("index", lambda: b[10])
attempt("in str", lambda: "h" in b)
attempt("add str", lambda: b + "x")
attempt("json", lambda: __import__)
with scope("http", api):
    r = http.post("https://a.com/upload", data=bytes([1, 2, 3]))
print(r.content, type(r.content).__name__)
"#,
        &[("api", &token)],
    );
    assert_eq!(out.error, None, "{}", out.output);
    assert_eq!(
        out.output,
        "b'h\\xc3\\xa9llo' 6 104 111 b'\\xc3\\xa9' b'ol'\n\
         True False True 1\n\
         True True False [104, 195] False True\n\
         héllo héllo b'hi' b'\\x00\\x00\\x00' b'hi!'\n\
         b\"'\" b'\\'\"' b'\\x00\\xff\\n\\\\\\t\\r' b'A'\n\
         \u{fffd}h h\n\
         True bytes\n\
         decode UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte\n\
         ascii UnicodeDecodeError 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)\n\
         encode UnicodeEncodeError 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)\n\
         latin b'x'\n\
         range ValueError bytes must be in range(0, 256)\n\
         str TypeError string argument without an encoding\n\
         index IndexError index out of range\n\
         in str TypeError a bytes-like object is required, not 'str'\n\
         add str TypeError can't concat str to bytes\n\
         json NameError name '__import__' is not defined\n\
         b'{\"ok\": true, \"n\": [1, 2]}' bytes\n"
    );
    let [IoRequest::Http(req)] = out.requests.as_slice() else {
        panic!("one request: {:?}", out.requests);
    };
    assert_eq!(req.body, vec![1, 2, 3]);
}

#[test]
fn suspending_at_every_safepoint_changes_nothing() {
    let mut host = Host::new();
    let wide = host.mint("http", vec![hosts(&["a.com"])]);
    let narrow = host.mint("http", vec![hosts(&["b.com"])]);
    let script = r#"
import http
def attempt(label, url):
    try:
        print(label, http.get(url).status)
    except CapabilityError as e:
        print(label, "refused")
for i in range(3):
    with scope("http", wide):
        attempt("wide", "https://a.com/")
        with scope("http", narrow):
            attempt("narrow", "https://a.com/")
        if i == 1:
            break
attempt("after", "https://a.com/")
"#;
    let tokens = [("wide", wide.as_str()), ("narrow", narrow.as_str())];
    let whole = run_with_fuel(&host, script, &tokens, true, u64::MAX, answer);
    let stepped = run_with_fuel(&host, script, &tokens, true, 1, answer);
    assert_eq!(whole.error, None);
    assert_eq!(
        whole.output,
        "wide 200\nnarrow refused\nwide 200\nnarrow refused\nafter refused\n"
    );
    assert_eq!(stepped.output, whole.output);
    assert_eq!(stepped.requests, whole.requests);
}

#[test]
fn no_attribute_path_leads_from_a_token_or_scope_to_its_secret() {
    let mut host = Host::new();
    let token = host.mint("http", vec![]);
    let out = run(
        &host,
        r#"
s = scope("http", t)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("object setattr", lambda: object.__setattr__(t, "x", 1))
attempt("class dict", lambda: type(t).__dict__)
attempt("mro", lambda: type(t).__mro__)
attempt("reduce", lambda: t.__reduce__)
attempt("format walk", lambda: "{0.__class__.__name__}".format(t))
attempt("scope token", lambda: s.token)
attempt("scope dict", lambda: s.__dict__)
attempt("scope exit", lambda: s.__exit__)
attempt("scope call", lambda: s())
attempt("token call", lambda: t())
"#,
        &[("t", &token)],
    );
    assert_eq!(out.error, None, "{}", out.output);
    assert!(!out.output.contains(&token[5..]), "{}", out.output);
    assert_eq!(
        out.output,
        "object setattr AttributeError 'Token' object has no attribute 'x'\n\
         class dict AttributeError 'type' object has no attribute '__dict__'\n\
         mro (<class 'Token'>, <class 'object'>)\n\
         reduce AttributeError 'Token' object has no attribute '__reduce__'\n\
         format walk Token\n\
         scope token AttributeError 'scope' object has no attribute 'token'\n\
         scope dict AttributeError 'scope' object has no attribute '__dict__'\n\
         scope exit AttributeError 'scope' object has no attribute '__exit__'\n\
         scope call TypeError 'scope' object is not callable\n\
         token call TypeError 'Token' object is not callable\n"
    );
}

#[test]
fn generators_have_their_resumers_scopes_and_keep_their_own_to_themselves() {
    let mut host = Host::new();
    let token = host.mint("http", vec![]);
    let out = run(
        &host,
        r#"
import http
def fetch_all(urls):
    for u in urls:
        yield http.get(u).status

def attempt(label, f):
    try:
        print(label, f())
    except CapabilityError as e:
        print(label, "refused")

# Resumed inside a block: the generator runs in the block's dynamic extent.
pending = fetch_all(["https://a.com/1", "https://a.com/2", "https://a.com/3"])
with scope("http", api):
    print("inside", next(pending))
# Kept past the block, it has only what its next resumer has.
attempt("after the block", lambda: next(pending))

def own_scope():
    with scope("http", api):
        yield http.get("https://a.com/own").status
        yield http.get("https://a.com/own-again").status

g = own_scope()
print("own", next(g))
# Suspended inside its own block: that scope is not the resumer's.
attempt("resumer while suspended", lambda: http.get("https://a.com/x").status)
print("own again", next(g))
print("done", next(g, "end"))
"#,
        &[("api", &token)],
    );
    assert_eq!(out.error, None, "{}", out.output);
    assert_eq!(
        out.output,
        "inside 200\nafter the block refused\nown 200\nresumer while suspended refused\n\
         own again 200\ndone end\n"
    );
    assert_eq!(out.requests.len(), 3);
}
