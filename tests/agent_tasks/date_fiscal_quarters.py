# task: assign invoices to fiscal quarters (year starting in April), total revenue and find quarter boundaries
from collections import defaultdict
from datetime import date, timedelta

FISCAL_START_MONTH = 4

INVOICES = [
    ("INV-001", "2024-03-28", 1200),
    ("INV-002", "2024-04-01", 800),
    ("INV-003", "2024-06-30", 450),
    ("INV-004", "2024-07-01", 2200),
    ("INV-005", "2024-09-15", 975),
    ("INV-006", "2024-12-31", 3100),
    ("INV-007", "2025-01-02", 640),
    ("INV-008", "2025-03-31", 1500),
    ("INV-009", "2025-04-01", 300),
]


def fiscal_quarter(d: date) -> tuple[int, int]:
    shifted = (d.month - FISCAL_START_MONTH) % 12
    fy = d.year + 1 if d.month >= FISCAL_START_MONTH else d.year  # FY named by the year it ends
    return fy, shifted // 3 + 1


def quarter_bounds(fy: int, q: int) -> tuple[date, date]:
    month_index = FISCAL_START_MONTH - 1 + (q - 1) * 3
    year = fy - 1 + month_index // 12
    start = date(year, month_index % 12 + 1, 1)
    nm = month_index + 3
    end = date(fy - 1 + nm // 12, nm % 12 + 1, 1) - timedelta(days=1)
    return start, end


totals = defaultdict(int)
members = defaultdict(list)
for inv, day, amount in INVOICES:
    key = fiscal_quarter(date.fromisoformat(day))
    totals[key] += amount
    members[key].append(inv)

print(f"{'quarter':<10}{'from':<12}{'to':<12}{'revenue':>9}  invoices")
for (fy, q) in sorted(totals):
    start, end = quarter_bounds(fy, q)
    print(f"FY{fy % 100:02d} Q{q}  {start!s:<12}{end!s:<12}{totals[fy, q]:>9,}  {', '.join(members[fy, q])}")

by_year = defaultdict(int)
for (fy, _), amount in totals.items():
    by_year[fy] += amount
print("fiscal year totals:", {f"FY{fy}": v for fy, v in sorted(by_year.items())})
best = max(totals, key=totals.get)
print(f"best quarter: FY{best[0]} Q{best[1]} with {totals[best]:,}")
cal_q = lambda d: (d.month - 1) // 3 + 1
print("calendar vs fiscal for 2024-12-31:", f"Q{cal_q(date(2024, 12, 31))}", "vs", fiscal_quarter(date(2024, 12, 31)))
