# task: bucket web access timestamps by hour and print an ASCII histogram with peak and quiet hours
from collections import Counter
from datetime import datetime

ACCESS_TIMES = """
2024-04-10T00:12:01 2024-04-10T01:45:10 2024-04-10T07:05:33 2024-04-10T07:15:00
2024-04-10T08:01:12 2024-04-10T08:22:45 2024-04-10T08:40:00 2024-04-10T08:59:59
2024-04-10T09:10:10 2024-04-10T09:11:11 2024-04-10T09:30:00 2024-04-10T09:45:12
2024-04-10T09:50:00 2024-04-10T12:00:00 2024-04-10T12:05:05 2024-04-10T12:30:30
2024-04-10T13:13:13 2024-04-10T17:00:00 2024-04-10T17:30:00 2024-04-10T18:45:00
2024-04-10T18:46:00 2024-04-10T18:47:00 2024-04-10T21:10:00 2024-04-10T23:59:59
"""

stamps = [datetime.fromisoformat(s) for s in ACCESS_TIMES.split()]
per_hour = Counter(ts.hour for ts in stamps)
peak = max(per_hour.values())
BAR_WIDTH = 30

print(f"requests per hour on {stamps[0]:%A %d %B %Y} (n={len(stamps)})")
for hour in range(24):
    n = per_hour.get(hour, 0)
    bar = "#" * round(n / peak * BAR_WIDTH)
    print(f"{hour:02d}:00 {n:>3} {bar}")

busiest = sorted(per_hour.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
quiet = [f"{h:02d}" for h in range(24) if h not in per_hour]
print("busiest hours:", ", ".join(f"{h:02d}:00 ({n})" for h, n in busiest))
print(f"{len(quiet)} silent hours:", " ".join(quiet))
business = sum(n for h, n in per_hour.items() if 9 <= h < 17)
print(f"business hours share: {business / len(stamps):.0%}")
