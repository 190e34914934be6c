# area: realistic agent script: summarise hourly weather JSON into daily min/max/means, rain totals and condition counts
import json

RAW = json.dumps([
    {"t": "2024-05-01T06:00", "temp": 8.5, "rain": 0.0, "cond": "cloudy"},
    {"t": "2024-05-01T12:00", "temp": 15.2, "rain": 1.2, "cond": "rain"},
    {"t": "2024-05-01T18:00", "temp": 12.9, "rain": 0.4, "cond": "rain"},
    {"t": "2024-05-02T06:00", "temp": 6.1, "rain": 0.0, "cond": "clear"},
    {"t": "2024-05-02T12:00", "temp": 18.4, "rain": 0.0, "cond": "clear"},
    {"t": "2024-05-02T18:00", "temp": 14.0, "rain": 0.0, "cond": "cloudy"},
    {"t": "2024-05-03T06:00", "temp": 9.9, "rain": 3.1, "cond": "storm"},
    {"t": "2024-05-03T12:00", "temp": 11.0, "rain": 5.5, "cond": "storm"},
])
hours = json.loads(RAW)
days = {}
for h in hours:
    day = h["t"][:10]
    d = days.setdefault(day, {"temps": [], "rain": 0.0, "conds": {}})
    d["temps"].append(h["temp"])
    d["rain"] = round(d["rain"] + h["rain"], 1)
    d["conds"][h["cond"]] = d["conds"].get(h["cond"], 0) + 1
print(f"{'day':<11}{'min':>6}{'max':>6}{'mean':>7}{'rain':>6}  main")
for day, d in days.items():
    t = d["temps"]
    main = max(sorted(d["conds"]), key=d["conds"].get)
    print(f"{day:<11}{min(t):>6.1f}{max(t):>6.1f}{sum(t) / len(t):>7.2f}{d['rain']:>6.1f}  {main}")
wettest = max(days, key=lambda k: days[k]["rain"])
warmest = max(days, key=lambda k: max(days[k]["temps"]))
print("wettest:", wettest, "| warmest:", warmest)
swing = {k: round(max(v["temps"]) - min(v["temps"]), 1) for k, v in days.items()}
print("daily swing:", swing)
print(json.dumps({"days": len(days), "total_rain": round(sum(d["rain"] for d in days.values()), 1)}))
