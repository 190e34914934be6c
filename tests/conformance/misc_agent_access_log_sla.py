# area: realistic agent script: compute per-endpoint SLA compliance, error budgets and worst minutes from access records
RECORDS = [
    ("10:00", "/api/search", 120, 200), ("10:00", "/api/search", 340, 200), ("10:00", "/api/cart", 80, 200),
    ("10:01", "/api/search", 910, 504), ("10:01", "/api/search", 450, 200), ("10:01", "/api/cart", 95, 500),
    ("10:02", "/api/search", 180, 200), ("10:02", "/api/cart", 60, 200), ("10:02", "/api/cart", 70, 200),
    ("10:03", "/api/search", 2100, 200), ("10:03", "/api/cart", 88, 200), ("10:03", "/api/login", 30, 401),
]
SLA = {"/api/search": 400, "/api/cart": 100, "/api/login": 50}
TARGET = 0.75

per = {}
for minute, path, ms, status in RECORDS:
    e = per.setdefault(path, {"n": 0, "fast": 0, "errors": 0, "ms": []})
    e["n"] += 1
    e["ms"].append(ms)
    e["errors"] += status >= 500
    e["fast"] += ms <= SLA[path] and status < 500
print(f"{'endpoint':<12}{'n':>3}{'ok%':>7}{'err':>5}{'p50':>6}{'max':>6}  budget")
for path, e in sorted(per.items()):
    ok = e["fast"] / e["n"]
    allowed_bad = (1 - TARGET) * e["n"]
    used = e["n"] - e["fast"]
    budget = "n/a" if allowed_bad == 0 else f"{used / allowed_bad:.0%} used"
    p50 = sorted(e["ms"])[(len(e["ms"]) - 1) // 2]
    flag = "OK" if ok >= TARGET else "BREACH"
    print(f"{path:<12}{e['n']:>3}{ok:>7.0%}{e['errors']:>5}{p50:>6}{max(e['ms']):>6}  {budget} {flag}")
by_minute = {}
for minute, path, ms, status in RECORDS:
    bad = ms > SLA[path] or status >= 500
    by_minute[minute] = by_minute.get(minute, 0) + bad
worst = max(sorted(by_minute), key=by_minute.get)
print("bad requests per minute:", by_minute, "worst:", worst)
print("4xx are not SLA errors:", [(p, s) for _, p, _, s in RECORDS if 400 <= s < 500])
