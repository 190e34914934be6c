# task: canonicalise tracked marketing URLs: strip tracking params, sort the query, lowercase hosts, drop fragments
from urllib.parse import urlsplit, urlunsplit, parse_qsl, urlencode, unquote

URLS = [
    "HTTPS://Shop.Example.com/products/shoes?utm_source=news&color=red&size=9#reviews",
    "https://shop.example.com/products/shoes?size=9&color=red&fbclid=abc123",
    "http://shop.example.com:80/products/shoes/?color=red&size=9",
    "https://blog.example.com/post%20one?ref=twitter&page=2&gclid=xyz",
    "https://shop.example.com/search?q=running+shoes&utm_campaign=spring&q=trail",
    "not a url",
]

TRACKING = {"fbclid", "gclid", "ref", "mc_eid"}
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical(url: str) -> str:
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        raise ValueError(f"not an absolute URL: {url!r}")
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    path = unquote(parts.path).rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.startswith("utm_") and k not in TRACKING]
    query.sort()
    return urlunsplit(("https", host, path.replace(" ", "%20"), urlencode(query), ""))


groups: dict[str, list[str]] = {}
for url in URLS:
    try:
        key = canonical(url)
    except ValueError as exc:
        print(f"skip: {exc}")
        continue
    groups.setdefault(key, []).append(url)

print(f"{len(URLS)} urls -> {len(groups)} canonical urls")
for key, originals in groups.items():
    print(f"{key}  (x{len(originals)})")
    for o in originals:
        print(f"    <- {o}")
