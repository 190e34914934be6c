# area: realistic agent script: leaderboard with standard, dense and ordinal ranking, ties, and percentile buckets
SCORES = [("ann", 930), ("bob", 870), ("cyd", 930), ("dee", 700), ("eve", 870), ("fay", 990), ("gus", 640), ("hal", 870)]

ordered = sorted(SCORES, key=lambda t: (-t[1], t[0]))
standard, dense = {}, {}
prev, rank, dense_rank = None, 0, 0
for i, (name, score) in enumerate(ordered, 1):
    if score != prev:
        rank, dense_rank, prev = i, dense_rank + 1, score
    standard[name], dense[name] = rank, dense_rank
n = len(ordered)
print(f"{'#':>2} {'name':<5}{'score':>6}{'std':>5}{'dense':>6}{'pct':>6}")
for i, (name, score) in enumerate(ordered, 1):
    below = sum(1 for _, s in SCORES if s < score)
    pct = below / (n - 1) * 100
    print(f"{i:>2} {name:<5}{score:>6}{standard[name]:>5}{dense[name]:>6}{pct:>5.0f}%")
ties = {}
for name, score in SCORES:
    ties.setdefault(score, []).append(name)
print("ties:", {s: sorted(ns) for s, ns in sorted(ties.items(), reverse=True) if len(ns) > 1})
def bucket(p):
    return "top" if p >= 75 else "upper" if p >= 50 else "lower" if p >= 25 else "bottom"
print({name: bucket(sum(1 for _, s in SCORES if s < score) / (n - 1) * 100) for name, score in ordered})
