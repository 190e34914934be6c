# task: compute a monthly signup cohort retention matrix from user activity events
from collections import defaultdict

SIGNUPS = {
    "u1": "2024-01", "u2": "2024-01", "u3": "2024-01", "u4": "2024-01",
    "u5": "2024-02", "u6": "2024-02", "u7": "2024-02",
    "u8": "2024-03", "u9": "2024-03", "u10": "2024-03", "u11": "2024-03", "u12": "2024-03",
}
ACTIVITY = [
    ("u1", "2024-02"), ("u2", "2024-02"), ("u3", "2024-02"), ("u1", "2024-03"),
    ("u3", "2024-03"), ("u1", "2024-04"), ("u5", "2024-03"), ("u6", "2024-03"),
    ("u5", "2024-04"), ("u8", "2024-04"), ("u9", "2024-04"), ("u10", "2024-04"),
    ("u2", "2024-04"), ("u1", "2024-02"),
]
LAST_MONTH = "2024-04"


def month_index(ym: str) -> int:
    year, month = map(int, ym.split("-"))
    return year * 12 + month - 1


cohorts: dict[str, set[str]] = defaultdict(set)
for user, month in SIGNUPS.items():
    cohorts[month].add(user)

active: dict[tuple[str, int], set[str]] = defaultdict(set)
for user, month in ACTIVITY:
    offset = month_index(month) - month_index(SIGNUPS[user])
    active[(SIGNUPS[user], offset)].add(user)

max_offset = month_index(LAST_MONTH) - month_index(min(cohorts))
print("cohort   size " + "".join(f"{'M+' + str(k):>7}" for k in range(1, max_offset + 1)))
for cohort in sorted(cohorts):
    size = len(cohorts[cohort])
    cells = []
    for k in range(1, max_offset + 1):
        if month_index(cohort) + k > month_index(LAST_MONTH):
            cells.append(f"{'':>7}")
        else:
            cells.append(f"{len(active[(cohort, k)]) / size:>7.0%}")
    print(f"{cohort}  {size:>4} " + "".join(cells))

m1 = [len(active[(c, 1)]) / len(cohorts[c]) for c in cohorts if month_index(c) + 1 <= month_index(LAST_MONTH)]
print(f"\naverage M+1 retention: {sum(m1) / len(m1):.1%} across {len(m1)} cohorts")
