# task: replay an inventory movement ledger and validate invariants (no negative stock, known SKUs, matching transfers)
from collections import defaultdict


class InvariantViolation(Exception):
    def __init__(self, seq: int, message: str):
        super().__init__(f"#{seq}: {message}")
        self.seq = seq


OPENING = {("main", "bolt"): 500, ("main", "nut"): 300, ("annex", "bolt"): 50}
KNOWN_SKUS = {"bolt", "nut", "washer"}
LEDGER = [
    {"seq": 1, "type": "receive", "site": "main", "sku": "washer", "qty": 1000},
    {"seq": 2, "type": "ship", "site": "main", "sku": "bolt", "qty": 120},
    {"seq": 3, "type": "transfer_out", "site": "main", "sku": "nut", "qty": 100, "ref": "TR-1"},
    {"seq": 4, "type": "transfer_in", "site": "annex", "sku": "nut", "qty": 100, "ref": "TR-1"},
    {"seq": 5, "type": "ship", "site": "annex", "sku": "bolt", "qty": 80},
    {"seq": 6, "type": "receive", "site": "main", "sku": "screw", "qty": 10},
    {"seq": 7, "type": "transfer_out", "site": "main", "sku": "washer", "qty": 200, "ref": "TR-2"},
    {"seq": 8, "type": "transfer_in", "site": "annex", "sku": "washer", "qty": 180, "ref": "TR-2"},
    {"seq": 9, "type": "adjust", "site": "annex", "sku": "nut", "qty": -5},
    {"seq": 10, "type": "ship", "site": "main", "sku": "nut", "qty": 0},
    {"seq": 11, "type": "transfer_out", "site": "main", "sku": "bolt", "qty": 30, "ref": "TR-3"},
]
SIGN = {"receive": 1, "ship": -1, "transfer_out": -1, "transfer_in": 1, "adjust": 1}

stock = defaultdict(int, OPENING)
transfers = defaultdict(dict)
violations: list[InvariantViolation] = []

for entry in LEDGER:
    seq, kind, key = entry["seq"], entry["type"], (entry["site"], entry["sku"])
    try:
        if entry["sku"] not in KNOWN_SKUS:
            raise InvariantViolation(seq, f"unknown sku {entry['sku']!r}")
        if kind != "adjust" and entry["qty"] <= 0:
            raise InvariantViolation(seq, f"{kind} quantity must be positive, got {entry['qty']}")
        new_level = stock[key] + SIGN[kind] * entry["qty"]
        if new_level < 0:
            raise InvariantViolation(seq, f"{key[1]} at {key[0]} would go to {new_level}")
        stock[key] = new_level
        if kind.startswith("transfer"):
            transfers[entry["ref"]][kind] = entry["qty"]
    except InvariantViolation as v:
        violations.append(v)

for ref, legs in sorted(transfers.items()):
    out_qty, in_qty = legs.get("transfer_out"), legs.get("transfer_in")
    if out_qty != in_qty:
        violations.append(InvariantViolation(0, f"transfer {ref} out={out_qty} in={in_qty}"))

print("closing stock:")
for (site, sku), qty in sorted(stock.items()):
    print(f"  {site:<6}{sku:<8}{qty:>6}")
print(f"{len(violations)} violation(s):")
for v in violations:
    print(f"  {v}")
