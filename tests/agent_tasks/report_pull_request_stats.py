# task: report pull request throughput per author from a code-host API payload: merged count, review time, size
import json
import statistics
from datetime import datetime
from collections import defaultdict

PAYLOAD = """[
 {"number": 501, "author": "kim", "state": "merged", "created": "2024-06-03T09:00:00", "merged": "2024-06-03T15:30:00", "additions": 120, "deletions": 30},
 {"number": 502, "author": "lee", "state": "merged", "created": "2024-06-03T11:00:00", "merged": "2024-06-05T10:00:00", "additions": 800, "deletions": 410},
 {"number": 503, "author": "kim", "state": "closed", "created": "2024-06-04T08:00:00", "merged": null, "additions": 5, "deletions": 1},
 {"number": 504, "author": "ana", "state": "open", "created": "2024-06-05T13:00:00", "merged": null, "additions": 60, "deletions": 12},
 {"number": 505, "author": "kim", "state": "merged", "created": "2024-06-05T16:00:00", "merged": "2024-06-06T09:00:00", "additions": 45, "deletions": 45},
 {"number": 506, "author": "ana", "state": "merged", "created": "2024-06-06T10:00:00", "merged": "2024-06-06T10:45:00", "additions": 8, "deletions": 2},
 {"number": 507, "author": "lee", "state": "merged", "created": "2024-06-07T09:30:00", "merged": "2024-06-07T18:00:00", "additions": 210, "deletions": 90}
]"""


def size_label(lines: int) -> str:
    for limit, label in ((10, "XS"), (100, "S"), (500, "M"), (1000, "L")):
        if lines < limit:
            return label
    return "XL"


prs = json.loads(PAYLOAD)
per_author = defaultdict(lambda: {"opened": 0, "merged": 0, "hours": [], "sizes": []})
for pr in prs:
    a = per_author[pr["author"]]
    a["opened"] += 1
    a["sizes"].append(size_label(pr["additions"] + pr["deletions"]))
    if pr["state"] == "merged":
        a["merged"] += 1
        delta = datetime.fromisoformat(pr["merged"]) - datetime.fromisoformat(pr["created"])
        a["hours"].append(delta.total_seconds() / 3600)

print(f"{'author':<7}{'opened':>7}{'merged':>7}{'median h':>10}  sizes")
for author, a in sorted(per_author.items(), key=lambda kv: -kv[1]["merged"]):
    med = f"{statistics.median(a['hours']):.1f}" if a["hours"] else "-"
    print(f"{author:<7}{a['opened']:>7}{a['merged']:>7}{med:>10}  {' '.join(a['sizes'])}")

all_hours = [h for a in per_author.values() for h in a["hours"]]
print(f"\nmerged {len(all_hours)}/{len(prs)} PRs; time to merge p50={statistics.median(all_hours):.1f}h "
      f"max={max(all_hours):.1f}h")
churn = sum(p["additions"] + p["deletions"] for p in prs if p["state"] == "merged")
print(f"lines changed in merged PRs: {churn:,}")
