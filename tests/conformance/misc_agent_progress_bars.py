# area: realistic agent script: render progress bars and sparklines for a multi-step job log with f-string padding
STEPS = [
    ("download", 1.0, 12.4), ("unpack", 1.0, 3.1), ("index", 0.62, 48.0),
    ("embed", 0.15, 95.5), ("upload", 0.0, 0.0),
]
WIDTH = 24
def bar(frac, width=WIDTH):
    full = int(frac * width)
    partial = " .:-=+*#"[int((frac * width - full) * 8)] if full < width else ""
    return "[" + ("#" * full + partial).ljust(width) + "]"

for name, frac, secs in STEPS:
    eta = "" if frac in (0.0, 1.0) else f" eta {secs / frac - secs:5.1f}s"
    state = "done" if frac == 1.0 else "wait" if frac == 0 else "run"
    print(f"{name:<9}{bar(frac)} {frac:>4.0%} {state:<4}{eta}")
overall = sum(f for _, f, _ in STEPS) / len(STEPS)
print(f"{'overall':<9}{bar(overall)} {overall:>4.0%}")

SPARK = "▁▂▃▄▅▆▇█"
def sparkline(values):
    lo, hi = min(values), max(values)
    span = hi - lo or 1
    return "".join(SPARK[int((v - lo) / span * (len(SPARK) - 1))] for v in values)

latency = [120, 95, 80, 240, 310, 150, 90, 85, 400, 100]
print("latency ", sparkline(latency), f"min={min(latency)} max={max(latency)}")
print("flat    ", sparkline([5, 5, 5]))
throughput = [x * 1.5 for x in range(10)]
print("ramp    ", sparkline(throughput))
counts = {"ok": 42, "retry": 7, "fail": 3}
total = sum(counts.values())
for k, v in counts.items():
    print(f"{k:>6} {'█' * round(v / total * 40):<40} {v:>3} ({v / total:.1%})")
