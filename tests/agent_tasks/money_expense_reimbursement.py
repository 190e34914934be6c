# task: process employee expense claims against policy limits (per diem, mileage, receipts) and compute reimbursements
import json
from collections import defaultdict

POLICY = {
    "meal_per_day_cents": 6500,
    "mileage_cents_per_km": 42,
    "lodging_cap_cents": 18000,
    "receipt_required_over_cents": 2500,
}
CLAIMS = json.loads("""[
  {"emp": "jo", "date": "2024-03-04", "type": "meal", "cents": 3200, "receipt": true},
  {"emp": "jo", "date": "2024-03-04", "type": "meal", "cents": 4100, "receipt": true},
  {"emp": "jo", "date": "2024-03-04", "type": "lodging", "cents": 21900, "receipt": true},
  {"emp": "jo", "date": "2024-03-05", "type": "mileage", "km": 187.5},
  {"emp": "sam", "date": "2024-03-04", "type": "meal", "cents": 2900, "receipt": false},
  {"emp": "sam", "date": "2024-03-05", "type": "taxi", "cents": 1850, "receipt": false},
  {"emp": "sam", "date": "2024-03-05", "type": "lodging", "cents": 15400, "receipt": true},
  {"emp": "sam", "date": "2024-03-06", "type": "spa", "cents": 9000, "receipt": true}
]""")
ALLOWED_TYPES = {"meal", "lodging", "mileage", "taxi"}

meal_used = defaultdict(int)
per_emp = defaultdict(lambda: {"claimed": 0, "paid": 0, "notes": []})
for c in CLAIMS:
    emp = per_emp[c["emp"]]
    claimed = c.get("cents") or round(c["km"] * POLICY["mileage_cents_per_km"])
    paid, note = claimed, None
    if c["type"] not in ALLOWED_TYPES:
        paid, note = 0, f"{c['type']} is not reimbursable"
    elif c["type"] != "mileage" and claimed > POLICY["receipt_required_over_cents"] and not c.get("receipt"):
        paid, note = 0, f"{c['type']} {claimed / 100:.2f} needs a receipt"
    elif c["type"] == "meal":
        key = (c["emp"], c["date"])
        room = POLICY["meal_per_day_cents"] - meal_used[key]
        paid = max(0, min(claimed, room))
        meal_used[key] += paid
        if paid < claimed:
            note = f"meals on {c['date']} capped at {POLICY['meal_per_day_cents'] / 100:.2f}/day"
    elif c["type"] == "lodging" and claimed > POLICY["lodging_cap_cents"]:
        paid, note = POLICY["lodging_cap_cents"], "lodging capped"
    emp["claimed"] += claimed
    emp["paid"] += paid
    if note:
        emp["notes"].append(note)

for name, e in sorted(per_emp.items()):
    print(f"{name}: claimed {e['claimed'] / 100:>8,.2f}  reimbursed {e['paid'] / 100:>8,.2f}  "
          f"withheld {(e['claimed'] - e['paid']) / 100:>7,.2f}")
    for note in e["notes"]:
        print(f"    - {note}")
print(f"batch total payable: {sum(e['paid'] for e in per_emp.values()) / 100:,.2f}")
