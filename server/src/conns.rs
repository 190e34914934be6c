//! Connections under overload and hostile clients: the table of open connections, their timeouts, the
//! connection cap and the accept loop's back-off when the process runs out of file descriptors.
//!
//! Every accepted socket gets a [`Conn`]: how many requests it has in flight and since when it has been idle.
//! The task driving the connection sleeps until its deadline and closes it there (a connection with a
//! request in flight, a result stream included, has no deadline here: handlers bound their own body reads):
//!
//! * no request yet: `header_timeout` after the accept (a client that never finishes its first head);
//! * idle after a response: `idle_timeout` after the response ended, or `header_timeout` after the first
//!   byte of the next head, whichever applies (bytes seen mean a head is in progress).
//!
//! At `max_connections`, the accept loop closes an idle connection to make room (those that never sent a
//! request first, oldest first, then keep-alive ones, longest idle first); with none idle, the new connection
//! gets a 503 with `Retry-After` and is closed. When `accept` fails for want of descriptors (EMFILE, ENFILE,
//! ENOBUFS, ENOMEM) the loop closes idle connections, logs once per episode and sleeps with a growing pause,
//! instead of spinning on a listener that stays readable.
//!
//! [`TrackedIo`] wraps the socket: it records reads (for the timeouts above) and replaces hyper's automatic
//! answers to unparsable heads (400, 414, 431, sent with an empty body) with the API's JSON error body.

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use std::convert::Infallible;

use bytes::Bytes;
use hyper::body::{Body, Frame, SizeHint};
use parking_lot::Mutex;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::sync::Notify;
use tokio::time::Instant;

use super::body::ApiBody;
use super::metrics::Metrics;

/// Refusals (503 at the cap) being written at once; past it a refused connection is closed without an answer.
const MAX_REFUSALS_IN_FLIGHT: usize = 64;

/// How long a connection must have been idle (or open, with nothing read) before it may be closed to make
/// room: a new connection's request may be in the kernel's buffer, not yet read, and closing a socket with
/// unread bytes resets it.
const IDLE_GRACE: Duration = Duration::from_millis(250);
/// How old a connection with part of a head received must be before it may be closed to make room.
const HEAD_IN_PROGRESS_GRACE: Duration = Duration::from_secs(1);

/// Per-connection timeouts.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Timeouts {
    pub header: Duration,
    pub idle: Duration,
}

/// One open connection.
pub(crate) struct Conn {
    /// Accept order: the tie-break between connections accepted in the same millisecond.
    id: u64,
    epoch: Instant,
    accepted_ms: u64,
    /// Requests whose response has not been sent in full.
    active: AtomicUsize,
    /// Requests started on this connection.
    requests: AtomicU64,
    /// When `active` last went to zero (milliseconds since the epoch).
    idle_since_ms: AtomicU64,
    /// The first read since `idle_since_ms` (0: none): a head in progress.
    first_read_ms: AtomicU64,
    /// Chosen to make room at the connection cap: close once idle.
    evicted: AtomicBool,
    /// Signalled when `active` changes or the connection is evicted.
    wake: Notify,
}

/// Why a connection was closed by the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Closed {
    Header,
    Idle,
    Evicted,
}

fn ms_since(epoch: Instant) -> u64 {
    // Never 0, so that 0 can mean "unset"; saturates after 584 million years.
    u64::try_from(epoch.elapsed().as_millis())
        .unwrap_or(u64::MAX)
        .saturating_add(1)
}

fn ms(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

impl Conn {
    fn new(id: u64, epoch: Instant) -> Conn {
        let now = ms_since(epoch);
        Conn {
            id,
            epoch,
            accepted_ms: now,
            active: AtomicUsize::new(0),
            requests: AtomicU64::new(0),
            idle_since_ms: AtomicU64::new(now),
            first_read_ms: AtomicU64::new(0),
            evicted: AtomicBool::new(false),
            wake: Notify::new(),
        }
    }

    /// A request's head was read: the connection is busy until the returned guard (kept by the response
    /// body) is dropped.
    pub(crate) fn begin_request(self: &Arc<Self>) -> RequestGuard {
        self.requests.fetch_add(1, Ordering::AcqRel);
        if self.active.fetch_add(1, Ordering::AcqRel) == 0 {
            self.wake.notify_one();
        }
        RequestGuard(self.clone())
    }

    fn on_read(&self) {
        if self.active.load(Ordering::Acquire) == 0 {
            let _ = self.first_read_ms.compare_exchange(
                0,
                ms_since(self.epoch),
                Ordering::AcqRel,
                Ordering::Acquire,
            );
        }
    }

    fn idle(&self) -> bool {
        self.active.load(Ordering::Acquire) == 0
    }

    /// When the connection must be closed if nothing changes, and why; `None` while a request is in flight.
    fn deadline(&self, t: Timeouts) -> Option<(u64, Closed)> {
        if !self.idle() {
            return None;
        }
        if self.requests.load(Ordering::Acquire) == 0 {
            return Some((
                self.accepted_ms.saturating_add(ms(t.header)),
                Closed::Header,
            ));
        }
        match self.first_read_ms.load(Ordering::Acquire) {
            0 => Some((
                self.idle_since_ms
                    .load(Ordering::Acquire)
                    .saturating_add(ms(t.idle)),
                Closed::Idle,
            )),
            first => Some((first.saturating_add(ms(t.header)), Closed::Header)),
        }
    }
}

/// Keeps a connection busy while a response is being produced and sent.
pub(crate) struct RequestGuard(Arc<Conn>);

/// A response body that keeps its connection busy until it has been sent (or dropped).
pub(crate) struct GuardedBody {
    inner: ApiBody,
    _guard: RequestGuard,
}

impl GuardedBody {
    pub(crate) fn wrap(inner: ApiBody, guard: RequestGuard) -> ApiBody {
        use http_body_util::BodyExt;
        GuardedBody {
            inner,
            _guard: guard,
        }
        .boxed_unsync()
    }
}

impl Body for GuardedBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for RequestGuard {
    fn drop(&mut self) {
        let c = &self.0;
        if c.active.fetch_sub(1, Ordering::AcqRel) == 1 {
            c.first_read_ms.store(0, Ordering::Release);
            c.idle_since_ms.store(ms_since(c.epoch), Ordering::Release);
            c.wake.notify_one();
        }
    }
}

/// The open connections.
pub(crate) struct Conns {
    epoch: Instant,
    next_id: AtomicU64,
    open: Mutex<HashMap<u64, Arc<Conn>>>,
    pub(crate) max: usize,
    timeouts: Timeouts,
    metrics: Arc<Metrics>,
    refusals: Arc<tokio::sync::Semaphore>,
}

/// Removes a connection from the table when its task ends.
pub(crate) struct Registration {
    conns: Arc<Conns>,
    id: u64,
    pub(crate) conn: Arc<Conn>,
}

impl Drop for Registration {
    fn drop(&mut self) {
        let mut open = self.conns.open.lock();
        open.remove(&self.id);
        self.conns.metrics.connections_open(open.len());
    }
}

/// What the accept loop does with a new socket.
pub(crate) enum Admission {
    Serve(Registration),
    Refuse,
}

impl Conns {
    pub(crate) fn new(max: usize, timeouts: Timeouts, metrics: Arc<Metrics>) -> Arc<Conns> {
        Arc::new(Conns {
            epoch: Instant::now(),
            next_id: AtomicU64::new(0),
            open: Mutex::new(HashMap::new()),
            max: max.max(1),
            timeouts,
            metrics,
            refusals: Arc::new(tokio::sync::Semaphore::new(MAX_REFUSALS_IN_FLIGHT)),
        })
    }

    /// Registers a new connection, making room at the cap by evicting an idle one; `Refuse` if none is idle.
    pub(crate) fn admit(self: &Arc<Self>) -> Admission {
        let mut open = self.open.lock();
        if open.len() >= self.max && !self.evict_one(&open) {
            drop(open);
            self.metrics.connection_refused();
            return Admission::Refuse;
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let conn = Arc::new(Conn::new(id, self.epoch));
        open.insert(id, conn.clone());
        self.metrics.connections_open(open.len());
        drop(open);
        self.metrics.connection_accepted();
        Admission::Serve(Registration {
            conns: self.clone(),
            id,
            conn,
        })
    }

    /// Marks the idle connection best closed first; false if none may be closed.
    ///
    /// Order: connections that never sent a byte (oldest first), then keep-alive connections between
    /// requests (longest idle first), both after `IDLE_GRACE`, then connections with a head in progress
    /// that are at least `HEAD_IN_PROGRESS_GRACE` old. A newer one is most likely a request about to be
    /// read or parsed: it is never closed here (closing it with unread bytes would reset it).
    fn evict_one(&self, open: &HashMap<u64, Arc<Conn>>) -> bool {
        let now = ms_since(self.epoch);
        let (idle_grace, head_grace) = (ms(IDLE_GRACE), ms(HEAD_IN_PROGRESS_GRACE));
        let victim = open
            .values()
            .filter(|c| c.idle() && !c.evicted.load(Ordering::Acquire))
            .filter_map(|c| {
                let served = c.requests.load(Ordering::Acquire) > 0;
                let reading = c.first_read_ms.load(Ordering::Acquire) != 0;
                let since = if served {
                    c.idle_since_ms.load(Ordering::Acquire)
                } else {
                    c.accepted_ms
                };
                let age = now.saturating_sub(since);
                let rank = match (reading, served) {
                    (false, false) if age >= idle_grace => 0,
                    (false, true) if age >= idle_grace => 1,
                    (true, _) if age >= head_grace => 2,
                    _ => return None,
                };
                Some(((rank, since, c.id), c))
            })
            .min_by_key(|(key, _)| *key)
            .map(|(_, c)| c);
        match victim {
            Some(c) => {
                c.evicted.store(true, Ordering::Release);
                c.wake.notify_one();
                true
            }
            None => false,
        }
    }

    /// Closes up to `n` idle connections (to free descriptors); how many were marked.
    pub(crate) fn evict_idle(&self, n: usize) -> usize {
        let open = self.open.lock();
        (0..n).take_while(|_| self.evict_one(&open)).count()
    }

    /// Drives one connection's future until it ends, or the connection times out or is evicted while idle.
    pub(crate) async fn drive<F, E>(&self, conn: Arc<Conn>, fut: F)
    where
        F: Future<Output = Result<(), E>>,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        tokio::pin!(fut);
        loop {
            let deadline = conn.deadline(self.timeouts);
            let sleep = async {
                match deadline {
                    Some((at, _)) => {
                        tokio::time::sleep_until(self.epoch + Duration::from_millis(at)).await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                r = &mut fut => {
                    if let Err(e) = r {
                        let e: Box<dyn std::error::Error + Send + Sync> = e.into();
                        if e.downcast_ref::<hyper::Error>().is_some_and(hyper::Error::is_timeout) {
                            self.metrics.connection_closed(Closed::Header);
                        }
                    }
                    return;
                }
                () = conn.wake.notified() => {
                    if conn.evicted.load(Ordering::Acquire) && conn.idle() {
                        self.metrics.connection_closed(Closed::Evicted);
                        return;
                    }
                }
                () = sleep => {
                    if let Some((at, why)) = conn.deadline(self.timeouts) {
                        if at <= ms_since(self.epoch) {
                            self.metrics.connection_closed(why);
                            return;
                        }
                    }
                }
            }
        }
    }

    /// Answers a connection refused at the cap with a 503 and closes it (in the background; at most
    /// `MAX_REFUSALS_IN_FLIGHT` at once, past which the socket is closed without an answer).
    pub(crate) fn refuse(&self, mut stream: tokio::net::TcpStream) {
        let Ok(permit) = self.refusals.clone().try_acquire_owned() else {
            return;
        };
        tokio::spawn(async move {
            let body = serde_json::json!({"error": {
                "code": "too_many_connections",
                "message": "the server is at its connection limit; retry shortly",
            }})
            .to_string();
            let response = format!(
                "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
                 retry-after: 1\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
                body.len()
            );
            let _ = tokio::time::timeout(Duration::from_secs(2), async {
                stream.write_all(response.as_bytes()).await?;
                stream.shutdown().await?;
                // Read what the client sent, so that closing does not reset the connection before the
                // client has read the answer.
                let mut sink = [0u8; 4096];
                let mut total = 0usize;
                while total < 1 << 16 {
                    let n = tokio::io::AsyncReadExt::read(&mut stream, &mut sink).await?;
                    if n == 0 {
                        break;
                    }
                    total += n;
                }
                Ok::<(), io::Error>(())
            })
            .await;
            drop(permit);
        });
    }
}

/// Whether an `accept` error means the process (or the system) is out of descriptors or buffers.
pub(crate) fn is_resource_exhaustion(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc::EMFILE | libc::ENFILE | libc::ENOBUFS | libc::ENOMEM)
    )
}

/// The process's soft limit on open descriptors, if it can be read.
pub(crate) fn fd_limit() -> Option<u64> {
    let mut rl = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `getrlimit` writes one `rlimit` through a valid pointer to a local.
    let rc = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut rl) };
    (rc == 0 && rl.rlim_cur != libc::RLIM_INFINITY).then_some(rl.rlim_cur)
}

/// The default `max_connections` under a descriptor limit: a quarter of it (at least 64) is kept for the
/// job store, the broker's outbound connections, files, and answering `/healthz` at the cap.
pub(crate) fn default_max_connections(fd_limit: Option<u64>) -> usize {
    match fd_limit {
        Some(limit) => {
            let reserve = (limit / 4).max(64);
            usize::try_from(limit.saturating_sub(reserve).max(16)).unwrap_or(usize::MAX)
        }
        None => 16_384,
    }
}

/// A socket that records reads for the connection's timeouts and gives hyper's automatic error answers a
/// JSON body.
pub(crate) struct TrackedIo<T> {
    inner: T,
    conn: Arc<Conn>,
    /// A replacement answer still to be written, and how much of it has been.
    pending: Option<(Bytes, usize)>,
}

impl<T> TrackedIo<T> {
    pub(crate) fn new(inner: T, conn: Arc<Conn>) -> TrackedIo<T> {
        TrackedIo {
            inner,
            conn,
            pending: None,
        }
    }
}

/// The JSON answer that replaces hyper's empty-bodied one for an unparsable head, if `buf` is one.
///
/// hyper writes those heads itself (status 400, 414 or 431, no content type, `content-length: 0`); every
/// response of the API carries a content type, so a head without one is hyper's.
fn replacement(buf: &[u8]) -> Option<Bytes> {
    let head_end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = buf.get(..head_end)?;
    let (status, code, message) = if head.starts_with(b"HTTP/1.1 431 ") {
        (
            "431 Request Header Fields Too Large",
            "headers_too_large",
            "the request head (headers) is too large",
        )
    } else if head.starts_with(b"HTTP/1.1 414 ") {
        (
            "414 URI Too Long",
            "uri_too_long",
            "the request URI is too long",
        )
    } else if head.starts_with(b"HTTP/1.1 400 ") {
        (
            "400 Bad Request",
            "malformed_request",
            "the request head is not valid HTTP/1.1",
        )
    } else {
        return None;
    };
    let lower = head.to_ascii_lowercase();
    if lower.windows(13).any(|w| w == b"content-type:") {
        return None;
    }
    let body = serde_json::json!({"error": {"code": code, "message": message}}).to_string();
    Some(Bytes::from(format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\nconnection: close\r\n\
         content-length: {}\r\n\r\n{body}",
        body.len()
    )))
}

impl<T: AsyncWrite + Unpin> TrackedIo<T> {
    /// Writes what is left of a replacement answer.
    fn poll_pending(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while let Some((bytes, done)) = &mut self.pending {
            let Some(rest) = bytes.get(*done..).filter(|r| !r.is_empty()) else {
                self.pending = None;
                break;
            };
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, rest))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            *done += n;
        }
        Poll::Ready(Ok(()))
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for TrackedIo<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let r = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(r, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.conn.on_read();
        }
        r
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for TrackedIo<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        ready!(self.poll_pending(cx))?;
        if self.conn.idle() {
            if let Some(answer) = replacement(buf) {
                self.pending = Some((answer, 0));
                // The replacement is written now or by the flush that follows; hyper's bytes are consumed.
                if let Poll::Ready(Err(e)) = self.poll_pending(cx) {
                    return Poll::Ready(Err(e));
                }
                return Poll::Ready(Ok(buf.len()));
            }
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    // Not vectored: hyper then writes each response from one flat buffer, so an automatic error head
    // arrives whole in one `poll_write` (and response bodies are small JSON or NDJSON lines).
    fn is_write_vectored(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hypers_automatic_answers_get_a_json_body_and_ours_are_left_alone() {
        let auto =
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: x\r\n\r\n";
        let r = replacement(auto).expect("replaced");
        let text = String::from_utf8_lossy(&r);
        assert!(text.starts_with("HTTP/1.1 431 "), "{text}");
        assert!(text.contains("\"headers_too_large\""), "{text}");
        let ours = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}";
        assert!(replacement(ours).is_none());
        assert!(replacement(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n").is_none());
        assert!(replacement(b"HTTP/1.1 431 partial").is_none());
    }

    #[test]
    fn the_default_cap_keeps_a_reserve_below_the_descriptor_limit() {
        assert_eq!(default_max_connections(Some(1024)), 768);
        assert_eq!(default_max_connections(Some(200)), 136);
        assert_eq!(default_max_connections(Some(20)), 16);
        assert_eq!(default_max_connections(None), 16_384);
    }
}
