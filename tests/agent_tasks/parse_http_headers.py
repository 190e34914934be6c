# task: parse a raw HTTP response into status, case-insensitive headers, cookies and a JSON body
import json


class Headers:
    """Case-insensitive multi-valued header map."""

    def __init__(self):
        self._items: list[tuple[str, str]] = []

    def add(self, name: str, value: str) -> None:
        self._items.append((name, value))

    def get(self, name: str, default=None):
        values = self.get_all(name)
        return values[0] if values else default

    def get_all(self, name: str) -> list[str]:
        key = name.lower()
        return [v for n, v in self._items if n.lower() == key]

    def __contains__(self, name: str) -> bool:
        return bool(self.get_all(name))

    def __len__(self):
        return len(self._items)


RAW = (
    "HTTP/1.1 429 Too Many Requests\r\n"
    "Content-Type: application/json; charset=utf-8\r\n"
    "Retry-After: 30\r\n"
    "set-cookie: session=abc123; Path=/; HttpOnly\r\n"
    "Set-Cookie: theme=dark; Max-Age=3600\r\n"
    "X-RateLimit-Remaining: 0\r\n"
    "X-Folded: first part\r\n"
    "  continued here\r\n"
    "\r\n"
    '{"error": "rate_limited", "detail": "slow down", "limit": 100}'
)


def parse_response(raw: str):
    head, _, body = raw.partition("\r\n\r\n")
    status_line, *header_lines = head.split("\r\n")
    version, code, reason = status_line.split(" ", 2)
    headers = Headers()
    for line in header_lines:
        if line[:1] in (" ", "\t") and len(headers):
            name, value = headers._items.pop()
            headers.add(name, value + " " + line.strip())
            continue
        name, _, value = line.partition(":")
        headers.add(name.strip(), value.strip())
    return version, int(code), reason, headers, body


version, code, reason, headers, body = parse_response(RAW)
print(f"{version} -> {code} ({reason}), {len(headers)} headers")
ctype, *params = [p.strip() for p in headers.get("content-type").split(";")]
print("media type:", ctype, "params:", dict(p.split("=", 1) for p in params))

cookies = {}
for header in headers.get_all("SET-COOKIE"):
    pair, *attrs = header.split(";")
    k, v = pair.split("=", 1)
    cookies[k.strip()] = {"value": v, "attrs": [a.strip() for a in attrs]}
print("cookies:", json.dumps(cookies, sort_keys=True))
print("folded header:", repr(headers.get("x-folded")))
print("has ETag?", "ETag" in headers)

if code == 429:
    wait = int(headers.get("retry-after", "1"))
    payload = json.loads(body) if ctype == "application/json" else {}
    print(f"rate limited: {payload.get('detail')}; retry in {wait}s (limit {payload.get('limit')})")
