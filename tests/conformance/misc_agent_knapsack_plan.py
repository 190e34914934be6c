# area: realistic agent script: choose tasks under a time budget with 0/1 knapsack DP and reconstruct the chosen set
TASKS = [
    ("fix login bug", 3, 9), ("write docs", 2, 3), ("refactor db", 5, 8), ("add tests", 2, 5),
    ("perf tuning", 4, 7), ("triage issues", 1, 2), ("update deps", 1, 3),
]
BUDGET = 9

n = len(TASKS)
best = [[0] * (BUDGET + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    _, cost, value = TASKS[i - 1]
    for b in range(BUDGET + 1):
        best[i][b] = best[i - 1][b]
        if cost <= b and best[i - 1][b - cost] + value > best[i][b]:
            best[i][b] = best[i - 1][b - cost] + value

chosen, b = [], BUDGET
for i in range(n, 0, -1):
    if best[i][b] != best[i - 1][b]:
        chosen.append(TASKS[i - 1])
        b -= TASKS[i - 1][1]
chosen.reverse()
print(f"best value {best[n][BUDGET]} using {BUDGET - b}/{BUDGET} hours")
for name, cost, value in chosen:
    print(f"  {name:<14} {cost}h value={value} ratio={value / cost:.2f}")
print("value by budget:", [best[n][x] for x in range(BUDGET + 1)])
greedy, left = [], BUDGET
for name, cost, value in sorted(TASKS, key=lambda t: t[2] / t[1], reverse=True):
    if cost <= left:
        greedy.append(name)
        left -= cost
gv = sum(v for nm, c, v in TASKS if nm in greedy)
print(f"greedy picks {greedy} value={gv} (dp wins by {best[n][BUDGET] - gv})")
