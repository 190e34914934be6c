# area: realistic agent script: PERT task estimates with optimistic/likely/pessimistic values, critical path and report
TASKS = {
    "design": ((2, 3, 6), []),
    "backend": ((5, 8, 15), ["design"]),
    "frontend": ((4, 6, 10), ["design"]),
    "integrate": ((1, 2, 4), ["backend", "frontend"]),
    "docs": ((1, 1, 3), ["design"]),
    "release": ((0.5, 1, 2), ["integrate", "docs"]),
}

def pert(o, m, p):
    return (o + 4 * m + p) / 6, ((p - o) / 6) ** 2

est = {t: pert(*spec[0]) for t, spec in TASKS.items()}
finish, via = {}, {}
def earliest(t):
    if t not in finish:
        deps = TASKS[t][1]
        start = max((earliest(d) for d in deps), default=0.0)
        via[t] = max(deps, key=lambda d: finish[d]) if deps else None
        finish[t] = start + est[t][0]
    return finish[t]

for t in TASKS:
    earliest(t)
end = max(finish, key=finish.get)
path = [end]
while via[path[-1]]:
    path.append(via[path[-1]])
path.reverse()
print(f"{'task':<10}{'expected':>9}{'stdev':>7}{'finish':>8}")
for t, (e, var) in est.items():
    print(f"{t:<10}{e:>9.2f}{var ** 0.5:>7.2f}{finish[t]:>8.2f}{'  *' if t in path else ''}")
total_var = sum(est[t][1] for t in path)
print("critical path:", " -> ".join(path))
print(f"expected duration {finish[end]:.2f} days, stdev {total_var ** 0.5:.2f}")
print(f"~95% by {finish[end] + 1.645 * total_var ** 0.5:.1f} days")
slack = {t: round(finish[end] - finish[t] - sum(est[x][0] for x in path[path.index(t) + 1:]) if t in path else 0, 2) for t in TASKS}
print("on path:", [t for t in TASKS if t in path], "off path:", [t for t in TASKS if t not in path])
