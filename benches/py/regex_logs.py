# Regular expressions the way agents use them: parse log lines with named groups, findall over text,
# sub with a template and with a function, split, and a compiled pattern reused in a loop.
import re

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+)'
)


def make_log(n):
    methods = ["GET", "POST", "PUT", "DELETE"]
    lines = []
    for i in range(n):
        lines.append(
            f'10.0.{i % 256}.{i % 97} - - [10/Oct/2024:13:{i % 60:02d}:{i % 59:02d} +0000] '
            f'"{methods[i % 4]} /api/v1/items/{i}?q=x{i % 13} HTTP/1.1" {200 + (i % 5) * 100} {i * 7 % 5000}'
        )
    return "\n".join(lines)


def analyse(log):
    status = {}
    total = 0
    routes = {}
    for line in log.split("\n"):
        m = LINE.match(line)
        if not m:
            continue
        s = m.group("status")
        status[s] = status.get(s, 0) + 1
        total += int(m.group("size"))
        route = re.sub(r"/\d+", "/{id}", m.group("path").split("?")[0])
        routes[route] = routes.get(route, 0) + 1
    ids = re.findall(r"items/(\d+)", log)
    queries = len(re.findall(r"q=x\d+", log))
    masked = re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", r"\1.x.x.\4", log[:20000])
    doubled = re.sub(r"\b\d{4}\b", lambda m: str(int(m.group()) * 2), log[:20000])
    words = re.split(r"[\s\[\]\"]+", log[:20000])
    return sorted(status.items()), total, routes, len(ids), queries, len(masked), len(doubled), len(words)


print(analyse(make_log(20000)))
