# task: build API request URLs with urlencode/quote and resolve relative links with urljoin
from urllib.parse import urlencode, quote, quote_plus, urljoin, urlsplit, parse_qs

BASE = "https://api.example.com/v1/"


def build_url(endpoint: str, **params) -> str:
    clean = {k: v for k, v in params.items() if v is not None}
    url = urljoin(BASE, endpoint.lstrip("/"))
    if clean:
        url += "?" + urlencode(clean, doseq=True)
    return url


requests = [
    ("search", {"q": "rust & python", "limit": 10, "tags": ["ai", "infra"]}),
    ("/users/" + quote("ana maría", safe=""), {"fields": "name,email", "expand": None}),
    ("reports/2024", {"from": "2024-01-01", "to": "2024-03-31", "fmt": "csv"}),
    ("files", {"path": "/home/docs/résumé.pdf"}),
]

for endpoint, params in requests:
    url = build_url(endpoint, **params)
    print(url)
    back = parse_qs(urlsplit(url).query)
    if back:
        print("   decoded:", {k: v if len(v) > 1 else v[0] for k, v in back.items()})

print()
page = "https://docs.example.com/guide/install/linux.html"
links = ["../usage.html", "./deps.html#python", "/api/index.html", "https://other.org/x", "?lang=fr", "//cdn.example.com/a.js"]
for link in links:
    print(f"{link:<24} -> {urljoin(page, link)}")

print()
for s in ["a b&c=d", "100% sure", "path/with/slashes", "emoji ✓"]:
    print(f"{s!r:<22} quote={quote(s)!r:<32} quote_plus={quote_plus(s)!r}")
