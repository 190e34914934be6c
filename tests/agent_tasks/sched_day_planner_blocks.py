# task: plan a workday into focus blocks with breaks around fixed meetings using datetime arithmetic
from datetime import datetime, timedelta
import textwrap

DAY_START = datetime(2024, 8, 21, 9, 0)
DAY_END = datetime(2024, 8, 21, 17, 30)
MEETINGS = [(datetime(2024, 8, 21, 11, 0), datetime(2024, 8, 21, 11, 30), "team sync"),
            (datetime(2024, 8, 21, 13, 0), datetime(2024, 8, 21, 14, 0), "lunch")]
TASKS = [("write design doc", 100), ("code review backlog", 45), ("debug flaky test", 70),
         ("answer emails", 20), ("prototype parser", 90), ("update roadmap", 30)]
BLOCK = timedelta(minutes=50)
BREAK = timedelta(minutes=10)

plan = []
t = DAY_START
queue = [(name, timedelta(minutes=m)) for name, m in TASKS]
meetings = sorted(MEETINGS)
while queue and t < DAY_END:
    upcoming = next((m for m in meetings if m[1] > t), None)
    if upcoming and upcoming[0] <= t:
        plan.append((upcoming[0], upcoming[1], f"[{upcoming[2]}]"))
        t = upcoming[1]
        continue
    limit = min(upcoming[0] if upcoming else DAY_END, DAY_END)
    available = min(BLOCK, limit - t)
    if available < timedelta(minutes=15):
        t = limit
        continue
    name, remaining = queue[0]
    work = min(available, remaining)
    plan.append((t, t + work, name))
    t += work
    if remaining - work > timedelta(0):
        queue[0] = (name, remaining - work)
    else:
        queue.pop(0)
    if work == BLOCK and t + BREAK <= limit:
        plan.append((t, t + BREAK, "break"))
        t += BREAK

for start, end, what in plan:
    print(f"{start:%H:%M}-{end:%H:%M}  {what}")
focus = sum((e - s for s, e, w in plan if not w.startswith("[") and w != "break"), timedelta())
print(f"\nfocus time: {focus}, breaks: {sum(1 for *_, w in plan if w == 'break')}")
left = ", ".join(f"{n} ({int(r.total_seconds() // 60)}m)" for n, r in queue) or "nothing"
print(textwrap.fill(f"carry over to tomorrow: {left}", width=60, subsequent_indent="  "))
