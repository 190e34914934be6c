# task: validate URLs an agent wants to fetch against an allowlist policy: scheme, host suffix, port, path prefix
from urllib.parse import urlsplit
from dataclasses import dataclass


@dataclass(frozen=True)
class Policy:
    host_suffix: str
    path_prefixes: tuple[str, ...] = ("/",)
    allow_http: bool = False


POLICIES = [
    Policy("docs.python.org", ("/3/",)),
    Policy(".wikipedia.org"),
    Policy("api.github.com", ("/repos/", "/users/")),
    Policy("localhost", allow_http=True),
]

REQUESTS = [
    "https://docs.python.org/3/library/json.html",
    "https://docs.python.org/2/library/json.html",
    "https://en.wikipedia.org/wiki/Rust_(programming_language)",
    "https://evilwikipedia.org/wiki/x",
    "http://en.wikipedia.org/wiki/HTTP",
    "https://api.github.com/repos/python/cpython",
    "https://api.github.com/orgs/python",
    "https://user:pass@api.github.com/users/octocat",
    "http://localhost:8080/health",
    "https://docs.python.org:8443/3/",
    "ftp://files.example.com/data.csv",
]


def host_matches(host: str, suffix: str) -> bool:
    if suffix.startswith("."):
        return host.endswith(suffix) or host == suffix[1:]
    return host == suffix


def check(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme!r} not allowed"
    if parts.username or parts.password:
        return "credentials in URL"
    host = (parts.hostname or "").lower()
    for policy in POLICIES:
        if not host_matches(host, policy.host_suffix):
            continue
        if parts.scheme == "http" and not policy.allow_http:
            return "plain http not allowed for this host"
        if parts.port not in (None, 80, 443) and not policy.allow_http:
            return f"non-standard port {parts.port}"
        if not any(parts.path.startswith(p) for p in policy.path_prefixes):
            return f"path {parts.path!r} outside {list(policy.path_prefixes)}"
        return None
    return f"host {host!r} not on allowlist"


allowed = 0
for url in REQUESTS:
    reason = check(url)
    if reason is None:
        allowed += 1
        print(f"ALLOW {url}")
    else:
        print(f"DENY  {url}\n      reason: {reason}")
print(f"{allowed}/{len(REQUESTS)} requests allowed")
