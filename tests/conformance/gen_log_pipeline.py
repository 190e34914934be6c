# area: generators: lazy pipeline over log lines (parse, filter, window), with send-free chaining and early stop
import re

LOG = """\
2024-06-01T10:00:00 api GET /users 200 31
2024-06-01T10:00:01 api GET /users/7 200 12
2024-06-01T10:00:02 db  QUERY users 0 250
2024-06-01T10:00:03 api POST /orders 500 911
2024-06-01T10:00:04 api GET /health 200 1
garbage
2024-06-01T10:00:05 api POST /orders 201 140
2024-06-01T10:00:06 api GET /users 200 29"""

PAT = re.compile(r"(\S+) (\w+)\s+(\w+) (\S+) (\d+) (\d+)$")
trace = []

def lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        trace.append(f"read{i}")
        yield line

def parse(src):
    for line in src:
        m = PAT.match(line)
        if m is None:
            trace.append("skip")
            continue
        ts, svc, verb, target, status, ms = m.groups()
        yield {"ts": ts[-8:], "svc": svc, "verb": verb, "target": target, "status": int(status), "ms": int(ms)}

def where(pred, src):
    for rec in src:
        if pred(rec):
            yield rec

def windows(src, n):
    buf = []
    for rec in src:
        buf.append(rec)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield list(buf)

api = where(lambda r: r["svc"] == "api", parse(lines(LOG)))
for w in windows(api, 3):
    avg = sum(r["ms"] for r in w) / 3
    print(w[0]["ts"], "..", w[-1]["ts"], f"avg={avg:7.2f}", [r["status"] for r in w])
print(len(trace), trace.count("skip"))

trace.clear()
first_error = next(r for r in parse(lines(LOG)) if r["status"] >= 500)
print("first error:", first_error, "lines read:", len(trace))
slow = (r["target"] for r in parse(lines(LOG)) if r["ms"] > 100)
print("slow targets:", list(slow))
