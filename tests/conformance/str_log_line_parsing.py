# area: str: parsing fixed-format log lines with split/partition/strip/startswith, and formatting a summary
LINES = """\
[2024-08-01 09:12:44] INFO  (worker-1) job=ingest status=started
[2024-08-01 09:12:45] DEBUG (worker-1) fetched 120 rows in 0.84s
[2024-08-01 09:13:02] WARN  (worker-2) job=ingest retrying: timeout after 30s
[2024-08-01 09:13:40] ERROR (worker-2) job=ingest failed: connection refused
[2024-08-01 09:14:00] INFO  (worker-1) job=ingest status=finished rows=120
not a log line
[2024-08-01 09:15:10] INFO  (worker-3) job=report status=started"""

parsed = []
for raw in LINES.splitlines():
    if not raw.startswith("["):
        print("skip:", repr(raw))
        continue
    stamp, _, rest = raw[1:].partition("] ")
    level, rest = rest[:5].strip(), rest[6:]
    worker, _, msg = rest.partition(") ")
    date, time = stamp.split()
    kv = {k: v for k, _, v in (tok.partition("=") for tok in msg.split()) if v}
    parsed.append({"time": time, "level": level, "worker": worker.lstrip("("), "msg": msg, **kv})

for p in parsed:
    print(f"{p['time']} {p['level']:<5} {p['worker']:<8} {p.get('job', '-'):<7} {p.get('status', ''):<8} {p['msg'][:30]}")
levels = {}
for p in parsed:
    levels[p["level"]] = levels.get(p["level"], 0) + 1
print(" ".join(f"{k}={v}" for k, v in sorted(levels.items())))
errors = [p["msg"].split(":", 1)[1].strip() for p in parsed if p["level"] in ("ERROR", "WARN")]
print(errors)
print(sorted({p["worker"] for p in parsed}), max(p["time"] for p in parsed))
print([p["msg"].count(" ") for p in parsed], "|".join(p["level"][0] for p in parsed))
