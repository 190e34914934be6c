# area: realistic agent script: sessionise clickstream events by inactivity gap, compute funnels and per-session stats
EVENTS = """\
u1 100 view home
u1 130 view product
u2 140 view home
u1 170 add_cart product
u2 900 view product
u1 2100 view home
u2 950 add_cart product
u2 990 checkout cart
u1 2150 checkout cart
u3 50 view home"""
GAP = 600
FUNNEL = ["view", "add_cart", "checkout"]

events = []
for line in EVENTS.splitlines():
    user, ts, action, page = line.split()
    events.append((user, int(ts), action, page))
events.sort(key=lambda e: (e[0], e[1]))

sessions = []
for user, ts, action, page in events:
    if not sessions or sessions[-1]["user"] != user or ts - sessions[-1]["end"] > GAP:
        sessions.append({"user": user, "start": ts, "end": ts, "actions": []})
    s = sessions[-1]
    s["end"] = ts
    s["actions"].append(action)

for i, s in enumerate(sessions, 1):
    dur = s["end"] - s["start"]
    print(f"s{i} {s['user']} {s['start']:>5}-{s['end']:<5} {dur:>4}s {'>'.join(s['actions'])}")

def reached(actions, step):
    pos = 0
    for a in actions:
        if pos < len(FUNNEL) and a == FUNNEL[pos]:
            pos += 1
    return pos > step

counts = [sum(reached(s["actions"], k) for s in sessions) for k in range(len(FUNNEL))]
for k, (name, n) in enumerate(zip(FUNNEL, counts)):
    conv = f"{n / counts[k - 1]:.0%}" if k and counts[k - 1] else "-"
    print(f"{name:<9} {n:>2} sessions  step conversion {conv}")
per_user = {}
for s in sessions:
    per_user.setdefault(s["user"], []).append(len(s["actions"]))
print({u: (len(v), sum(v)) for u, v in sorted(per_user.items())})
