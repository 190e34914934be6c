# task: summarise a week of weather station CSV readings per city: min/max/mean temperature, rain days, wind extremes
import csv
import io
import statistics
from collections import defaultdict

CSV_DATA = """city,date,temp_min,temp_max,rain_mm,wind_kmh
Bergen,2024-10-14,6.1,11.2,12.4,35
Bergen,2024-10-15,7.0,10.8,22.0,48
Bergen,2024-10-16,5.5,9.9,0.0,20
Bergen,2024-10-17,4.2,8.7,3.1,27
Madrid,2024-10-14,11.0,24.5,0.0,12
Madrid,2024-10-15,12.3,26.1,0.0,9
Madrid,2024-10-16,13.0,22.0,4.5,30
Madrid,2024-10-17,10.5,21.4,0.0,15
Denver,2024-10-14,-1.5,14.0,0.0,22
Denver,2024-10-15,0.5,17.5,0.0,40
Denver,2024-10-16,3.0,18.2,1.2,55
Denver,2024-10-17,-3.0,9.0,8.0,61
"""

by_city = defaultdict(list)
for row in csv.DictReader(io.StringIO(CSV_DATA)):
    by_city[row["city"]].append({k: (v if k in ("city", "date") else float(v)) for k, v in row.items()})

print(f"{'city':<8}{'low':>6}{'high':>6}{'mean':>7}{'range':>7}{'rain d':>7}{'rain mm':>8}  windiest")
for city, days in sorted(by_city.items()):
    lows = [d["temp_min"] for d in days]
    highs = [d["temp_max"] for d in days]
    means = [(d["temp_min"] + d["temp_max"]) / 2 for d in days]
    rain_days = sum(1 for d in days if d["rain_mm"] > 0)
    windy = max(days, key=lambda d: d["wind_kmh"])
    print(f"{city:<8}{min(lows):>6.1f}{max(highs):>6.1f}{statistics.fmean(means):>7.2f}"
          f"{max(highs) - min(lows):>7.1f}{rain_days:>7}{sum(d['rain_mm'] for d in days):>8.1f}"
          f"  {windy['date']} ({windy['wind_kmh']:.0f} km/h)")

all_days = [d for days in by_city.values() for d in days]
frost = sorted({(d["city"], d["date"]) for d in all_days if d["temp_min"] < 0})
print(f"\nfrost days: {frost}")
gale = [f"{d['city']}@{d['date'][5:]}" for d in all_days if d["wind_kmh"] >= 50]
print(f"gale warnings: {', '.join(gale) or 'none'}")
corr = statistics.correlation([d["rain_mm"] for d in all_days], [d["wind_kmh"] for d in all_days])
print(f"rain/wind correlation: {corr:.3f}")
