//! Shared by the `npython serve` tests: start the real binary on a free port with a private
//! `$NPYTHON_HOME`, talk to it with hyper's client, stop it with a signal.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;

/// A fresh directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("serve-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// SHA-256 hex of a key, for config files.
pub fn sha256_hex(key: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(key.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A running `npython serve`.
pub struct Server {
    child: Child,
    pub home: PathBuf,
    pub base: String,
    pub http: Http,
}

impl Server {
    /// Starts the server with `home` as `$NPYTHON_HOME` (and `config`, if given) on a free port.
    pub fn start(home: &Path, config: Option<&Path>) -> Server {
        Server::start_with(home, config, None)
    }

    /// Like `start`, under a descriptor limit (`ulimit -n`) if given, with stderr kept in `home/stderr.log`
    /// (see [`Server::stderr`]).
    pub fn start_limited(home: &Path, config: Option<&Path>, nofile: Option<u64>) -> Server {
        Server::start_with(home, config, Some(nofile))
    }

    /// `capture`: `Some(limit)` keeps stderr in a file and applies the descriptor limit, if any.
    fn start_with(home: &Path, config: Option<&Path>, capture: Option<Option<u64>>) -> Server {
        let binary = env!("CARGO_BIN_EXE_npython");
        let mut cmd = match capture.flatten() {
            Some(n) => {
                // `exec` keeps the pid, so signals and /proc reach the server itself.
                let mut c = Command::new("sh");
                c.arg("-c")
                    .arg(format!("ulimit -n {n} && exec \"$0\" \"$@\""))
                    .arg(binary);
                c
            }
            None => Command::new(binary),
        };
        let stderr = match capture {
            Some(_) => {
                Stdio::from(std::fs::File::create(home.join("stderr.log")).expect("stderr.log"))
            }
            None => Stdio::inherit(),
        };
        cmd.arg("serve")
            .arg("--listen")
            .arg("127.0.0.1:0")
            .env("NPYTHON_HOME", home)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(stderr);
        if let Some(c) = config {
            cmd.arg("--config").arg(c);
        }
        let mut child = cmd.spawn().expect("start npython serve");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(addr) = line.split("listening on http://").nth(1) {
                    let _ = tx.send(addr.trim().to_string());
                }
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the server prints its address");
        let base = format!("http://{addr}");
        Server {
            child,
            home: home.to_path_buf(),
            http: Http::new(&base),
            base,
        }
    }

    /// The embedded default's keys: (tenant API key, admin key).
    pub fn default_keys(&self) -> (String, String) {
        let text =
            std::fs::read_to_string(self.home.join("serve-keys.toml")).expect("serve-keys.toml");
        let get = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{name} = \"")))
                .map(|v| v.trim_end_matches('"').to_string())
                .expect("key in serve-keys.toml")
        };
        (get("api_key"), get("admin_key"))
    }

    /// Sends SIGTERM.
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status()
            .expect("kill");
        assert!(status.success());
    }

    /// Waits for the process to exit (at most `limit`).
    pub fn wait_exit(&mut self, limit: Duration) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(s) = self.child.try_wait().expect("try_wait") {
                return s;
            }
            assert!(
                start.elapsed() < limit,
                "the server did not exit within {limit:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// What the server wrote to stderr so far (servers started with `start_limited`).
    pub fn stderr(&self) -> String {
        std::fs::read_to_string(self.home.join("stderr.log")).unwrap_or_default()
    }

    /// CPU time (user + system) the server process has used, from /proc (Linux).
    pub fn cpu_time(&self) -> Duration {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id()))
            .expect("/proc/PID/stat");
        // Fields after the command name (which is in parentheses): state is field 3, utime 14, stime 15.
        let rest = stat.rsplit_once(')').expect("stat format").1;
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let ticks: u64 =
            fields[11].parse::<u64>().expect("utime") + fields[12].parse::<u64>().expect("stime");
        // USER_HZ is 100 on every Linux this runs on.
        Duration::from_millis(ticks * 10)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A response, read whole.
pub struct Resp {
    pub status: u16,
    pub headers: hyper::HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// The error code of an error response.
    pub fn code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("no error code in {}", self.body))
            .to_string()
    }

    /// NDJSON lines.
    pub fn lines(&self) -> Vec<serde_json::Value> {
        self.body
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line ({e}): {l}")))
            .collect()
    }
}

/// A blocking HTTP client over hyper's.
pub struct Http {
    rt: tokio::runtime::Runtime,
    client: Client<HttpConnector, Full<Bytes>>,
    base: String,
}

impl Http {
    pub fn new(base: &str) -> Http {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let client = Client::builder(TokioExecutor::new()).build_http();
        Http {
            rt,
            client,
            base: base.to_string(),
        }
    }

    pub fn send(
        &self,
        method: &str,
        path: &str,
        key: Option<&str>,
        body: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Resp {
        let mut req = hyper::Request::builder()
            .method(method)
            .uri(format!("{}{}", self.base, path));
        if let Some(k) = key {
            req = req.header("authorization", format!("Bearer {k}"));
        }
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        let req = req
            .body(Full::new(Bytes::from(body.unwrap_or("").to_string())))
            .expect("request");
        self.rt.block_on(async {
            let resp = tokio::time::timeout(Duration::from_secs(60), self.client.request(req))
                .await
                .expect("response within 60 s")
                .expect("request sent");
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            let bytes = tokio::time::timeout(Duration::from_secs(60), resp.into_body().collect())
                .await
                .expect("body within 60 s")
                .expect("body read")
                .to_bytes();
            Resp {
                status,
                headers,
                body: String::from_utf8_lossy(&bytes).into_owned(),
            }
        })
    }

    /// Opens a streamed GET and returns its first line and how long it took to arrive, without waiting
    /// for the rest of the body.
    pub fn first_line(&self, path: &str, key: &str) -> (String, Duration) {
        let start = Instant::now();
        let text = self.stream_text(path, key, 1);
        let line = text.lines().next().unwrap_or("").to_string();
        (line, start.elapsed())
    }

    /// Opens a streamed GET and returns its first `n` NDJSON lines, without waiting for the rest.
    pub fn stream_lines(&self, path: &str, key: &str, n: usize) -> Vec<serde_json::Value> {
        self.stream_text(path, key, n)
            .lines()
            .take(n)
            .map(|l| serde_json::from_str(l).expect("JSON line"))
            .collect()
    }

    /// The text of a streamed GET once it holds at least `n` complete lines.
    fn stream_text(&self, path: &str, key: &str, n: usize) -> String {
        let req = hyper::Request::builder()
            .uri(format!("{}{}", self.base, path))
            .header("authorization", format!("Bearer {key}"))
            .body(Full::new(Bytes::new()))
            .expect("request");
        self.rt.block_on(async {
            let resp = self.client.request(req).await.expect("response");
            assert_eq!(resp.status(), 200);
            let mut body = resp.into_body();
            let mut text = Vec::new();
            while text.iter().filter(|b| **b == b'\n').count() < n {
                let frame = tokio::time::timeout(Duration::from_secs(60), body.frame())
                    .await
                    .expect("a frame within 60 s")
                    .expect("the stream has more lines")
                    .expect("frame");
                if let Ok(data) = frame.into_data() {
                    text.extend_from_slice(&data);
                }
            }
            String::from_utf8_lossy(&text).into_owned()
        })
    }

    pub fn get(&self, path: &str, key: Option<&str>) -> Resp {
        self.send("GET", path, key, None, &[])
    }

    pub fn post(&self, path: &str, key: Option<&str>, body: &str) -> Resp {
        self.send("POST", path, key, Some(body), &[])
    }

    pub fn delete(&self, path: &str, key: Option<&str>) -> Resp {
        self.send("DELETE", path, key, None, &[])
    }
}

/// Submits `jobs` (a JSON array) and returns the 202 body.
pub fn submit(http: &Http, key: &str, jobs: &serde_json::Value) -> serde_json::Value {
    let r = http.post(
        "/v1/swarms",
        Some(key),
        &serde_json::json!({ "jobs": jobs }).to_string(),
    );
    assert_eq!(r.status, 202, "submit: {}", r.body);
    r.json()
}

/// Streams a swarm's results to the end.
pub fn results(http: &Http, key: &str, swarm: &str) -> Vec<serde_json::Value> {
    let r = http.get(&format!("/v1/swarms/{swarm}/results"), Some(key));
    assert_eq!(r.status, 200, "results: {}", r.body);
    r.lines()
}

/// The value of one series in a /metrics scrape.
pub fn metric(http: &Http, series: &str) -> f64 {
    let text = http.get("/metrics", None).body;
    text.lines()
        .find_map(|l| l.strip_prefix(series).and_then(|r| r.strip_prefix(' ')))
        .unwrap_or_else(|| panic!("no series {series}"))
        .trim()
        .parse()
        .expect("a number")
}
