# area: realistic agent script: parse structured key=value log lines, count by level and component, find error bursts
import re
from collections import Counter, defaultdict

LOG = """
ts=10:00:01 level=info comp=auth msg="user login" user=ann
ts=10:00:02 level=debug comp=cache msg="miss" key=u:ann
ts=10:00:05 level=warn comp=db msg="slow query" ms=812
ts=10:00:06 level=error comp=db msg="connection reset" retry=1
ts=10:00:06 level=error comp=db msg="connection reset" retry=2
ts=10:00:07 level=error comp=api msg="upstream 502"
ts=10:00:09 level=info comp=auth msg="user logout" user=ann
ts=10:00:12 level=error comp=db msg="connection reset" retry=3
"""
PAIR = re.compile(r'(\w+)=("([^"]*)"|\S+)')

def parse(line):
    rec = {}
    for m in PAIR.finditer(line):
        key, raw, quoted = m.group(1), m.group(2), m.group(3)
        rec[key] = quoted if quoted is not None else raw
    return rec

records = [parse(l) for l in LOG.strip().splitlines()]
levels = Counter(r["level"] for r in records)
print("levels:", dict(levels.most_common()))
by_comp = defaultdict(Counter)
for r in records:
    by_comp[r["comp"]][r["level"]] += 1
for comp in sorted(by_comp):
    c = by_comp[comp]
    print(f"  {comp:<6} " + " ".join(f"{lvl}={c[lvl]}" for lvl in ("info", "warn", "error")))

def seconds(ts):
    h, m, s = map(int, ts.split(":"))
    return h * 3600 + m * 60 + s

errors = [r for r in records if r["level"] == "error"]
bursts, current = [], [errors[0]]
for prev, cur in zip(errors, errors[1:]):
    if seconds(cur["ts"]) - seconds(prev["ts"]) <= 2:
        current.append(cur)
    else:
        bursts.append(current)
        current = [cur]
bursts.append(current)
for b in bursts:
    print(f"burst {b[0]['ts']}-{b[-1]['ts']}: {len(b)} errors, msgs={sorted(set(r['msg'] for r in b))}")
retries = [int(r["retry"]) for r in records if "retry" in r]
print("max retry:", max(retries), "users:", sorted({r["user"] for r in records if "user" in r}))
