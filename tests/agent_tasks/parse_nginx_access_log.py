# task: parse nginx-style access log lines and summarize status codes, top paths and bytes served
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [12/Mar/2024:10:01:22 +0000] "GET /index.html HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
192.168.1.11 - - [12/Mar/2024:10:01:25 +0000] "GET /api/users?page=2 HTTP/1.1" 200 842 "-" "curl/8.1"
10.0.0.5 - - [12/Mar/2024:10:02:01 +0000] "POST /api/login HTTP/1.1" 401 64 "-" "python-requests/2.31"
10.0.0.5 - - [12/Mar/2024:10:02:03 +0000] "POST /api/login HTTP/1.1" 200 128 "-" "python-requests/2.31"
192.168.1.10 - - [12/Mar/2024:10:03:44 +0000] "GET /static/app.js HTTP/1.1" 304 0 "-" "Mozilla/5.0"
garbage line that does not match
172.16.0.2 - - [12/Mar/2024:10:04:10 +0000] "GET /api/users?page=3 HTTP/1.1" 500 231 "-" "curl/8.1"
192.168.1.11 - - [12/Mar/2024:10:05:00 +0000] "DELETE /api/users/42 HTTP/1.1" 204 0 "-" "curl/8.1"
192.168.1.10 - - [12/Mar/2024:10:05:30 +0000] "GET /index.html HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
"""

LINE_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ \S+ \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-) "(?P<ref>[^"]*)" "(?P<agent>[^"]*)"'
)


def parse(text):
    entries, bad = [], []
    for lineno, line in enumerate(text.splitlines(), start=1):
        m = LINE_RE.match(line)
        if not m:
            bad.append(lineno)
            continue
        d = m.groupdict()
        d["status"] = int(d["status"])
        d["size"] = 0 if d["size"] == "-" else int(d["size"])
        d["path"] = d["path"].split("?", 1)[0]
        entries.append(d)
    return entries, bad


entries, bad = parse(LOG)
print(f"parsed {len(entries)} entries, {len(bad)} malformed (lines {bad})")

by_class = Counter(f"{e['status'] // 100}xx" for e in entries)
for cls in sorted(by_class):
    print(f"  {cls}: {by_class[cls]}")

paths = Counter(e["path"] for e in entries)
print("top paths:")
for path, n in paths.most_common(3):
    print(f"  {n:>2}  {path}")

bytes_by_ip = defaultdict(int)
for e in entries:
    bytes_by_ip[e["ip"]] += e["size"]
print("bytes by client:")
for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {ip:<15} {total:>7,}")

errors = [e for e in entries if e["status"] >= 400]
for e in errors:
    print(f"error {e['status']} at {e['ts']}: {e['method']} {e['path']} from {e['ip']}")
