# area: realistic agent script: reconcile bank transactions against invoices by amount/reference with fuzzy matching tiers
import re

INVOICES = [
    {"id": "INV-1001", "customer": "Acme Corp", "amount": 1200.00},
    {"id": "INV-1002", "customer": "Beta LLC", "amount": 349.99},
    {"id": "INV-1003", "customer": "Gamma Inc", "amount": 89.50},
    {"id": "INV-1004", "customer": "Acme Corp", "amount": 560.00},
]
BANK = [
    ("2024-05-02", 1200.00, "ACME CORP PAYMENT INV1001"),
    ("2024-05-03", 349.99, "Transfer beta llc"),
    ("2024-05-03", 89.00, "GAMMA INC inv-1003 partial"),
    ("2024-05-04", 560.00, "ACME"),
    ("2024-05-05", 42.00, "unknown sender"),
]

def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())

open_invoices = {inv["id"]: inv for inv in INVOICES}
for date, amount, memo in BANK:
    ref = re.search(r"inv-?(\d{4})", memo, re.I)
    match, tier = None, None
    if ref and f"INV-{ref.group(1)}" in open_invoices:
        match, tier = open_invoices[f"INV-{ref.group(1)}"], "reference"
    else:
        cands = [i for i in open_invoices.values() if abs(i["amount"] - amount) < 0.005]
        named = [i for i in cands if norm(i["customer"])[:4] in norm(memo)]
        if len(named) == 1:
            match, tier = named[0], "amount+name"
        elif len(cands) == 1:
            match, tier = cands[0], "amount only"
    if match is None:
        print(f"{date} {amount:>8.2f} {memo!r:<30} -> UNMATCHED")
        continue
    diff = round(amount - match["amount"], 2)
    status = "paid" if diff == 0 else f"short {-diff:.2f}"
    print(f"{date} {amount:>8.2f} {memo!r:<30} -> {match['id']} via {tier} ({status})")
    if diff == 0:
        del open_invoices[match["id"]]
    else:
        match["amount"] = round(match["amount"] - amount, 2)
print("still open:", {k: v["amount"] for k, v in open_invoices.items()})
