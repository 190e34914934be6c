# task: analyse courier deliveries: on-time rate per courier, average delay, and worst late deliveries
from datetime import datetime
from collections import defaultdict
from statistics import mean
import operator

DELIVERIES = [
    {"id": "D1", "courier": "FastCo", "promised": "2024-03-04 12:00", "delivered": "2024-03-04 11:20"},
    {"id": "D2", "courier": "FastCo", "promised": "2024-03-04 17:00", "delivered": "2024-03-04 18:45"},
    {"id": "D3", "courier": "ZipShip", "promised": "2024-03-05 09:00", "delivered": "2024-03-05 08:59"},
    {"id": "D4", "courier": "ZipShip", "promised": "2024-03-05 12:00", "delivered": "2024-03-06 10:00"},
    {"id": "D5", "courier": "RoadRun", "promised": "2024-03-05 15:00", "delivered": "2024-03-05 15:00"},
    {"id": "D6", "courier": "FastCo", "promised": "2024-03-06 10:00", "delivered": "2024-03-06 09:30"},
    {"id": "D7", "courier": "RoadRun", "promised": "2024-03-06 13:00", "delivered": None},
    {"id": "D8", "courier": "ZipShip", "promised": "2024-03-07 11:00", "delivered": "2024-03-07 11:25"},
]
FMT = "%Y-%m-%d %H:%M"

rows = []
for d in DELIVERIES:
    if d["delivered"] is None:
        rows.append({**d, "delay_min": None})
        continue
    delay = datetime.strptime(d["delivered"], FMT) - datetime.strptime(d["promised"], FMT)
    rows.append({**d, "delay_min": int(delay.total_seconds() // 60)})

per_courier = defaultdict(list)
for r in rows:
    per_courier[r["courier"]].append(r)

print(f"{'courier':<9}{'done':>5}{'on time':>9}{'avg delay':>11}{'missing':>9}")
for courier, items in sorted(per_courier.items()):
    done = [r for r in items if r["delay_min"] is not None]
    on_time = sum(r["delay_min"] <= 0 for r in done)
    late = [r["delay_min"] for r in done if r["delay_min"] > 0]
    avg_late = f"{mean(late):.0f} min" if late else "-"
    print(f"{courier:<9}{len(done):>5}{on_time / len(done):>9.0%}{avg_late:>11}{len(items) - len(done):>9}")

late_rows = sorted((r for r in rows if (r["delay_min"] or 0) > 0), key=operator.itemgetter("delay_min"), reverse=True)
print("\nlate deliveries, worst first:")
for r in late_rows:
    hours, minutes = divmod(r["delay_min"], 60)
    print(f"  {r['id']} {r['courier']:<8} {hours}h{minutes:02d}m late")
overall = [r["delay_min"] <= 0 for r in rows if r["delay_min"] is not None]
print(f"overall on-time rate: {sum(overall)}/{len(overall)} = {sum(overall) / len(overall):.1%}")
