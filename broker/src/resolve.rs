//! DNS and connection policy for outbound http: a resolver that drops answers in restricted address space,
//! and a connector guard that checks the address a socket actually connected to.
//!
//! Two layers, because each covers a gap in the other. The resolver stops the connection attempt before a
//! SYN leaves for a private address when a public name resolves (or is rebound) to one. The guard runs after
//! every TCP connect, whatever produced the address: hyper-util's `HttpConnector` dials IP-literal hosts
//! without asking the resolver at all, and the guard is what makes "no socket to restricted space" hold for
//! them too (the broker also refuses restricted literals before sending, for a clearer message).
//!
//! The policy is per client, not per request, because pooled connections are shared by everything that uses
//! a client: the *public* client only ever holds connections to public addresses, and the *named* client is
//! used only for hosts the requesting token names explicitly (which may be anywhere). Reusing a pooled
//! connection therefore never lets a request reach an address its own check would have refused.

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};

use hyper::Uri;
use hyper_util::client::legacy::connect::dns::Name;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tower_service::Service;

use crate::address::classify;

type BoxError = Box<dyn StdError + Send + Sync>;
type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// Whether a client may reach restricted addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AddressPolicy {
    /// Only public unicast addresses.
    PublicOnly,
    /// Any address: for hosts a token names explicitly, and for operator-configured webhooks.
    Any,
}

/// The error the resolver and the guard return when the policy refuses every address. The http module finds
/// it in hyper's error chain and reports it as a capability denial rather than a connection failure.
#[derive(Debug)]
pub(crate) struct AddressRefused {
    pub(crate) message: String,
}

impl fmt::Display for AddressRefused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl StdError for AddressRefused {}

/// Resolves names with the system resolver (`getaddrinfo` on tokio's blocking pool) and keeps only the
/// answers the policy allows.
#[derive(Clone, Debug)]
pub(crate) struct PolicyResolver {
    policy: AddressPolicy,
}

impl Service<Name> for PolicyResolver {
    type Response = std::vec::IntoIter<SocketAddr>;
    type Error = BoxError;
    type Future = BoxFuture<Result<Self::Response, BoxError>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, name: Name) -> Self::Future {
        let policy = self.policy;
        Box::pin(async move {
            let host = name.as_str().to_string();
            // Port 0: HttpConnector sets the real port on every address it gets back.
            let answers: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if policy == AddressPolicy::Any {
                return Ok(answers.into_iter());
            }
            let mut refused = Vec::new();
            let allowed: Vec<SocketAddr> = answers
                .into_iter()
                .filter(|addr| match classify(addr.ip()) {
                    None => true,
                    Some(kind) => {
                        refused.push(format!("{} ({})", addr.ip(), kind.describe()));
                        false
                    }
                })
                .collect();
            if allowed.is_empty() {
                let what = if refused.is_empty() {
                    "no addresses".to_string()
                } else {
                    refused.join(", ")
                };
                return Err(Box::new(AddressRefused {
                    message: format!(
                        "host {host} resolves to {what}; this token does not name the host, so only public addresses may be reached"
                    ),
                }) as BoxError);
            }
            Ok(allowed.into_iter())
        })
    }
}

/// An `HttpConnector` that checks the peer address of every connection it makes against the policy.
#[derive(Clone, Debug)]
pub(crate) struct GuardedConnector {
    inner: HttpConnector<PolicyResolver>,
    policy: AddressPolicy,
}

impl GuardedConnector {
    pub(crate) fn new(policy: AddressPolicy) -> GuardedConnector {
        let mut inner = HttpConnector::new_with_resolver(PolicyResolver { policy });
        // The TLS layer above hands https URLs down as plain TCP connects.
        inner.enforce_http(false);
        inner.set_nodelay(true);
        GuardedConnector { inner, policy }
    }
}

impl Service<Uri> for GuardedConnector {
    type Response = TokioIo<TcpStream>;
    type Error = BoxError;
    type Future = BoxFuture<Result<Self::Response, BoxError>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, dst: Uri) -> Self::Future {
        let policy = self.policy;
        let connecting = self.inner.call(dst);
        Box::pin(async move {
            let stream = connecting.await?;
            if policy == AddressPolicy::PublicOnly {
                let peer = stream.inner().peer_addr()?;
                if let Some(kind) = classify(peer.ip()) {
                    return Err(Box::new(AddressRefused {
                        message: format!(
                            "refused to connect to {} ({}): this token does not name the host",
                            peer.ip(),
                            kind.describe()
                        ),
                    }) as BoxError);
                }
            }
            Ok(stream)
        })
    }
}

/// Finds an [`AddressRefused`] anywhere in an error's source chain.
pub(crate) fn find_refusal<'a>(error: &'a (dyn StdError + 'static)) -> Option<&'a AddressRefused> {
    let mut current: Option<&(dyn StdError + 'static)> = Some(error);
    while let Some(e) = current {
        if let Some(refused) = e.downcast_ref::<AddressRefused>() {
            return Some(refused);
        }
        current = e.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The guard alone (without the pre-flight literal check in `http`) refuses a connection that reached
    /// loopback, and lets the named policy through.
    #[tokio::test]
    async fn the_guard_checks_the_connected_peer() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("binds");
        let port = listener.local_addr().expect("addr").port();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                drop(stream);
            }
        });
        let uri: Uri = format!("http://127.0.0.1:{port}/").parse().expect("uri");
        let refused = GuardedConnector::new(AddressPolicy::PublicOnly)
            .call(uri.clone())
            .await
            .expect_err("refused");
        let refusal = find_refusal(&*refused).expect("an address refusal");
        assert!(refusal.message.contains("127.0.0.1 (a loopback address)"));
        assert!(GuardedConnector::new(AddressPolicy::Any)
            .call(uri)
            .await
            .is_ok());
    }

    #[tokio::test]
    async fn the_resolver_drops_restricted_answers() {
        let mut public = PolicyResolver {
            policy: AddressPolicy::PublicOnly,
        };
        let name: Name = "localhost".parse().expect("name");
        let refused = public.call(name.clone()).await.expect_err("refused");
        assert!(find_refusal(&*refused).is_some());
        let mut any = PolicyResolver {
            policy: AddressPolicy::Any,
        };
        assert!(any.call(name).await.expect("resolves").count() > 0);
    }
}
