# task: honour HTTP 429/503 Retry-After headers from a simulated API while fetching several endpoints
from dataclasses import dataclass, field


@dataclass
class Response:
    status: int
    body: dict = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)


SCRIPTED = {
    "/users": [Response(429, headers={"Retry-After": "2"}), Response(200, {"count": 41})],
    "/orders": [Response(503, headers={"Retry-After": "5"}), Response(503), Response(200, {"count": 7})],
    "/reports": [Response(429, headers={"Retry-After": "120"})],
    "/health": [Response(200, {"ok": True})],
    "/admin": [Response(403, {"error": "forbidden"})],
}
calls: dict[str, int] = {}


def http_get(path: str) -> Response:
    i = calls.get(path, 0)
    calls[path] = i + 1
    script = SCRIPTED[path]
    return script[min(i, len(script) - 1)]


def get_json(path: str, now: float, max_attempts=4, max_wait=30.0, default_wait=1.0):
    waited = 0.0
    for attempt in range(1, max_attempts + 1):
        resp = http_get(path)
        if resp.status == 200:
            return resp.body, now + waited, attempt
        if resp.status not in (429, 503):
            raise PermissionError(f"{path}: HTTP {resp.status} {resp.body.get('error', '')}".strip())
        header = resp.headers.get("Retry-After")
        wait = float(header) if header is not None else default_wait * 2 ** (attempt - 1)
        if wait > max_wait:
            raise TimeoutError(f"{path}: server asked us to wait {wait:g}s (> {max_wait:g}s)")
        print(f"    {path} HTTP {resp.status}, sleeping {wait:g}s ({'header' if header else 'backoff'})")
        waited += wait
    raise TimeoutError(f"{path}: still failing after {max_attempts} attempts")


clock = 0.0
summary = []
for path in SCRIPTED:
    try:
        body, clock, attempts = get_json(path, clock)
        summary.append((path, "ok", attempts, body))
    except (PermissionError, TimeoutError) as e:
        summary.append((path, type(e).__name__, calls[path], str(e)))
    print(f"{path:<9} done at simulated t={clock:g}s")

print()
for path, status, attempts, detail in summary:
    print(f"{path:<9} {status:<15} attempts={attempts} {detail}")
