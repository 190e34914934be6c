# task: check support tickets against SLA deadlines by priority and flag breaches and risks
from datetime import datetime, timedelta
import json

SLA = {"urgent": timedelta(hours=4), "high": timedelta(hours=24), "normal": timedelta(days=3), "low": timedelta(days=7)}
NOW = datetime(2024, 9, 12, 15, 0)

TICKETS = json.loads("""[
 {"id": "SUP-1", "priority": "urgent", "opened": "2024-09-12T09:30:00", "resolved": null},
 {"id": "SUP-2", "priority": "high", "opened": "2024-09-11T18:00:00", "resolved": null},
 {"id": "SUP-3", "priority": "normal", "opened": "2024-09-08T10:00:00", "resolved": "2024-09-10T16:20:00"},
 {"id": "SUP-4", "priority": "low", "opened": "2024-09-01T08:00:00", "resolved": null},
 {"id": "SUP-5", "priority": "urgent", "opened": "2024-09-12T13:15:00", "resolved": null},
 {"id": "SUP-6", "priority": "high", "opened": "2024-09-10T09:00:00", "resolved": "2024-09-11T12:00:00"},
 {"id": "SUP-7", "priority": "normal", "opened": "2024-09-10T14:00:00", "resolved": null}
]""")


def fmt_delta(td: timedelta) -> str:
    total = int(td.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    days, rem = divmod(total, 86400)
    hours, rem = divmod(rem, 3600)
    return f"{sign}{days}d{hours:02d}h{rem // 60:02d}m"


rows = []
for t in TICKETS:
    opened = datetime.fromisoformat(t["opened"])
    deadline = opened + SLA[t["priority"]]
    resolved = datetime.fromisoformat(t["resolved"]) if t["resolved"] else None
    if resolved:
        state = "met" if resolved <= deadline else "BREACHED"
        margin = deadline - resolved
    else:
        margin = deadline - NOW
        if margin < timedelta(0):
            state = "BREACHED"
        elif margin < SLA[t["priority"]] * 0.25:
            state = "AT RISK"
        else:
            state = "on track"
    rows.append((t["id"], t["priority"], deadline, state, margin))

print(f"SLA report as of {NOW:%Y-%m-%d %H:%M}")
print(f"{'ticket':<7}{'prio':<8}{'deadline':<18}{'state':<10}margin")
order = {"BREACHED": 0, "AT RISK": 1, "on track": 2, "met": 3}
for tid, prio, deadline, state, margin in sorted(rows, key=lambda r: (order[r[3]], r[4])):
    print(f"{tid:<7}{prio:<8}{deadline:%m-%d %H:%M}       {state:<10}{fmt_delta(margin)}")
counts = {s: sum(1 for r in rows if r[3] == s) for s in order}
print("counts:", counts)
open_ok = [r for r in rows if r[3] in ("on track", "AT RISK")]
print("next deadline:", min(open_ok, key=lambda r: r[2])[0], "at", min(r[2] for r in open_ok).isoformat(sep=" "))
