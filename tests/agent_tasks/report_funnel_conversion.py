# task: compute a signup funnel from event logs: users reaching each step, step conversion and drop-off
from collections import defaultdict

FUNNEL = ["visit", "signup_form", "email_verified", "first_project", "upgrade"]
EVENTS = [
    ("u1", "visit"), ("u1", "signup_form"), ("u1", "email_verified"), ("u1", "first_project"),
    ("u2", "visit"), ("u2", "signup_form"),
    ("u3", "visit"),
    ("u4", "visit"), ("u4", "signup_form"), ("u4", "email_verified"), ("u4", "first_project"), ("u4", "upgrade"),
    ("u5", "visit"), ("u5", "signup_form"), ("u5", "email_verified"),
    ("u6", "visit"), ("u6", "email_verified"),
    ("u7", "visit"), ("u7", "signup_form"), ("u7", "email_verified"), ("u7", "first_project"),
    ("u8", "visit"), ("u9", "visit"), ("u9", "signup_form"),
]

steps_by_user: dict[str, set[str]] = defaultdict(set)
for user, step in EVENTS:
    steps_by_user[user].add(step)


def furthest_step(steps: set[str]) -> int:
    """Index of the last funnel step reached in order (a skipped step stops the funnel)."""
    reached = -1
    for i, step in enumerate(FUNNEL):
        if step not in steps:
            break
        reached = i
    return reached


reached_counts = [0] * len(FUNNEL)
for user, steps in steps_by_user.items():
    for i in range(furthest_step(steps) + 1):
        reached_counts[i] += 1

top = reached_counts[0]
print(f"{'step':<16}{'users':>6}{'of total':>10}{'step conv':>11}  ")
prev = None
for step, n in zip(FUNNEL, reached_counts):
    step_conv = "" if prev is None else f"{n / prev:.0%}" if prev else "n/a"
    bar = "█" * (n * 20 // top)
    print(f"{step:<16}{n:>6}{n / top:>10.0%}{step_conv:>11}  {bar}")
    prev = n

drops = [(FUNNEL[i], reached_counts[i] - reached_counts[i + 1]) for i in range(len(FUNNEL) - 1)]
worst = max(drops, key=lambda d: d[1])
print(f"\nbiggest drop-off after '{worst[0]}': {worst[1]} users")
odd = sorted(u for u, s in steps_by_user.items() if len(s) > furthest_step(s) + 1)
print("users with out-of-order events:", odd)
