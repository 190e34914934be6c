# area: realistic agent script: split shared trip expenses, compute balances, and a minimal set of settlement transfers
EXPENSES = [
    ("ann", 120.00, ["ann", "bob", "cyd", "dee"], "hotel"),
    ("bob", 45.60, ["ann", "bob", "cyd"], "dinner"),
    ("cyd", 30.00, ["cyd", "dee"], "taxi"),
    ("dee", 64.20, ["ann", "bob", "cyd", "dee"], "groceries"),
    ("ann", 9.99, ["bob"], "bob's ticket"),
]
balance = {}
for payer, amount, people, label in EXPENSES:
    cents = round(amount * 100)
    share, rem = divmod(cents, len(people))
    balance[payer] = balance.get(payer, 0) + cents
    for i, p in enumerate(sorted(people)):
        balance[p] = balance.get(p, 0) - share - (1 if i < rem else 0)
    print(f"{label:<13} {payer} paid {amount:>7.2f} split {len(people)} ways ({share / 100:.2f} each)")
print("net:", {p: f"{c / 100:+.2f}" for p, c in sorted(balance.items())})
assert sum(balance.values()) == 0
creditors = sorted(((c, p) for p, c in balance.items() if c > 0), reverse=True)
debtors = sorted(((-c, p) for p, c in balance.items() if c < 0), reverse=True)
transfers = []
while creditors and debtors:
    c_amt, c = creditors.pop(0)
    d_amt, d = debtors.pop(0)
    pay = min(c_amt, d_amt)
    transfers.append((d, c, pay))
    if c_amt > pay:
        creditors.append((c_amt - pay, c))
        creditors.sort(reverse=True)
    if d_amt > pay:
        debtors.append((d_amt - pay, d))
        debtors.sort(reverse=True)
for d, c, amt in transfers:
    print(f"{d} -> {c}: {amt / 100:.2f}")
print(len(transfers), "transfers, total moved", f"{sum(t[2] for t in transfers) / 100:.2f}")
