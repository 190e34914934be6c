# task: parse a batch of URLs with urllib.parse and normalise them for deduplication
from urllib.parse import urlparse, parse_qsl, urlencode, urlunparse, unquote

URLS = [
    "https://Example.com:443/docs/Guide?b=2&a=1#intro",
    "https://example.com/docs/Guide?a=1&b=2",
    "http://example.com:80/search?q=caf%C3%A9+au+lait&utm_source=news&page=1",
    "HTTP://EXAMPLE.COM/search?page=1&q=caf%C3%A9%20au%20lait",
    "https://user:secret@api.example.org:8443/v2/items/?limit=50&offset=0",
    "ftp://files.example.net/pub/readme.txt",
    "/relative/path?x=1",
]

DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING = {"utm_source", "utm_medium", "utm_campaign"}


def normalise(url: str) -> str:
    parts = urlparse(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query) if k not in TRACKING)
    path = parts.path.rstrip("/") or "/"
    return urlunparse((scheme, netloc, path, "", urlencode(query), ""))


for url in URLS:
    p = urlparse(url)
    print(url)
    print(f"  scheme={p.scheme!r} host={p.hostname!r} port={p.port} path={unquote(p.path)!r}")
    if p.username:
        print(f"  credentials present for user {p.username!r} (password hidden)")
    params = parse_qsl(p.query)
    if params:
        print("  params:", ", ".join(f"{k}={v}" for k, v in params))
    if p.fragment:
        print("  fragment:", p.fragment)

print()
groups: dict[str, list[str]] = {}
for url in URLS:
    if not urlparse(url).scheme:
        print("skipping relative URL:", url)
        continue
    groups.setdefault(normalise(url), []).append(url)

print(f"{len(groups)} unique resources:")
for key, members in groups.items():
    dup = f" ({len(members)} variants)" if len(members) > 1 else ""
    print(f"  {key}{dup}")
