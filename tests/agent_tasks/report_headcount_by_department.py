# task: build an org headcount report from an HR roster: per-department counts, salary bands, tenure stats
import statistics
from collections import defaultdict
from datetime import date
from itertools import groupby
from operator import itemgetter

AS_OF = date(2024, 12, 31)
ROSTER = [
    {"name": "Ava", "dept": "Engineering", "level": "L4", "salary": 145000, "hired": "2019-03-11"},
    {"name": "Ben", "dept": "Engineering", "level": "L3", "salary": 118000, "hired": "2022-07-01"},
    {"name": "Cleo", "dept": "Engineering", "level": "L5", "salary": 182000, "hired": "2016-01-04"},
    {"name": "Dan", "dept": "Sales", "level": "L3", "salary": 92000, "hired": "2021-10-18"},
    {"name": "Eli", "dept": "Sales", "level": "L2", "salary": 71000, "hired": "2024-02-05"},
    {"name": "Fay", "dept": "Support", "level": "L2", "salary": 64000, "hired": "2023-05-22"},
    {"name": "Gus", "dept": "Support", "level": "L3", "salary": 76000, "hired": "2018-09-30"},
    {"name": "Hana", "dept": "Engineering", "level": "L3", "salary": 121000, "hired": "2023-11-13"},
    {"name": "Ian", "dept": "Finance", "level": "L4", "salary": 130000, "hired": "2020-06-15"},
]


def tenure_years(hired: str) -> float:
    return (AS_OF - date.fromisoformat(hired)).days / 365.25


roster = sorted(ROSTER, key=itemgetter("dept"))
print(f"Headcount as of {AS_OF.isoformat()}: {len(roster)} employees\n")
print(f"{'department':<12}{'hc':>3}{'median pay':>12}{'pay range':>20}{'avg tenure':>12}")
levels_by_dept = defaultdict(list)
for dept, members in groupby(roster, key=itemgetter("dept")):
    members = list(members)
    pays = [m["salary"] for m in members]
    tenure = statistics.mean(tenure_years(m["hired"]) for m in members)
    levels_by_dept[dept] = sorted(m["level"] for m in members)
    pay_range = f"{min(pays):,}-{max(pays):,}"
    print(f"{dept:<12}{len(members):>3}{statistics.median(pays):>12,.0f}{pay_range:>20}{tenure:>10.1f}y")

print("\nlevel mix:")
for dept, levels in levels_by_dept.items():
    print(f"  {dept:<12} {' '.join(levels)}")
newest = min(ROSTER, key=lambda m: tenure_years(m["hired"]))
longest = max(ROSTER, key=lambda m: tenure_years(m["hired"]))
print(f"newest hire: {newest['name']} ({newest['hired']}); longest tenure: {longest['name']} "
      f"({tenure_years(longest['hired']):.1f} years)")
