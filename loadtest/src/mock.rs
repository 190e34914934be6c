//! The built-in mock upstream: an HTTP/1.1 server on 127.0.0.1 (hyper, in-process) that answers every
//! request after a fixed latency, with a configurable share of 500s, for I/O-bound scripts to call.
//!
//! Scripts reach it with `http.get("{{mock_url}}/...")` inside `with scope("http", tok)`, `tok` being a
//! scenario `[[token]]` whose `allow_hosts` names `{{mock_host}}` (the broker refuses loopback addresses
//! unless the token names the host with its port). An I/O scenario holds thousands of requests at once, so
//! every connection is a task on the load generator's runtime (no thread per request), and a failed accept
//! (out of file descriptors) backs off instead of spinning.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::service::service_fn;
use hyper::{Response, StatusCode};
use hyper_util::rt::TokioIo;

use crate::scenario::{MockSettings, MockVars};

pub struct MockUpstream {
    pub addr: SocketAddr,
    pub latency: Duration,
    requests: Arc<AtomicU64>,
    errors: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl MockUpstream {
    /// Binds 127.0.0.1:0 and serves on the current tokio runtime.
    pub async fn start(settings: &MockSettings) -> Result<MockUpstream, String> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| format!("mock upstream: cannot bind: {e}"))?;
        let addr = listener
            .local_addr()
            .map_err(|e| format!("mock upstream: {e}"))?;
        let latency = Duration::from_millis(settings.latency_ms);
        let error_rate = settings.error_rate;
        let requests = Arc::new(AtomicU64::new(0));
        let errors = Arc::new(AtomicU64::new(0));
        let (req_count, err_count) = (requests.clone(), errors.clone());
        let task = tokio::spawn(async move {
            loop {
                let stream = match listener.accept().await {
                    Ok((stream, _)) => stream,
                    Err(_) => {
                        // EMFILE and the like: retrying at once would spin a core the run needs.
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let (req_count, err_count) = (req_count.clone(), err_count.clone());
                let svc = service_fn(move |_req| {
                    let n = req_count.fetch_add(1, Ordering::Relaxed);
                    // Evenly spread: request n fails when the running total of error_rate crosses an integer.
                    let fail =
                        ((n + 1) as f64 * error_rate).floor() > (n as f64 * error_rate).floor();
                    if fail {
                        err_count.fetch_add(1, Ordering::Relaxed);
                    }
                    async move {
                        if !latency.is_zero() {
                            tokio::time::sleep(latency).await;
                        }
                        let (status, body) = if fail {
                            (StatusCode::INTERNAL_SERVER_ERROR, "mock error\n")
                        } else {
                            (StatusCode::OK, "{\"ok\": true}\n")
                        };
                        let mut r = Response::new(Full::new(Bytes::from_static(body.as_bytes())));
                        *r.status_mut() = status;
                        Ok::<_, Infallible>(r)
                    }
                });
                tokio::spawn(async move {
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), svc)
                        .await;
                });
            }
        });
        Ok(MockUpstream {
            addr,
            latency,
            requests,
            errors,
            task,
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The values of the scenario placeholders for this mock.
    pub fn vars(&self) -> MockVars {
        MockVars {
            url: self.url(),
            host: self.addr.to_string(),
            latency_s: format!("{}", self.latency.as_secs_f64()),
        }
    }

    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    pub fn errors(&self) -> u64 {
        self.errors.load(Ordering::Relaxed)
    }
}

impl Drop for MockUpstream {
    fn drop(&mut self) {
        self.task.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::{BodyExt, Empty};
    use hyper_util::client::legacy::Client;
    use hyper_util::rt::TokioExecutor;
    use std::time::Instant;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn answers_after_the_latency_with_the_error_share() {
        let mock = MockUpstream::start(&MockSettings {
            latency_ms: 30,
            error_rate: 0.25,
        })
        .await
        .unwrap();
        let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
        let mut statuses = Vec::new();
        for _ in 0..8 {
            let start = Instant::now();
            let r = client
                .get(format!("{}/x", mock.url()).parse().unwrap())
                .await
                .unwrap();
            statuses.push(r.status().as_u16());
            let _ = r.into_body().collect().await.unwrap();
            assert!(start.elapsed() >= Duration::from_millis(30));
        }
        assert_eq!(statuses.iter().filter(|&&s| s == 500).count(), 2);
        assert_eq!(mock.requests(), 8);
        assert_eq!(mock.errors(), 2);
    }
}
