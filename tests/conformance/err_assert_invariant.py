# area: err: assert with a formatted message fails on a broken invariant
ledger = [("deposit", 100), ("withdraw", 30), ("withdraw", 90)]
balance = 0
for kind, amount in ledger:
    balance += amount if kind == "deposit" else -amount
    print(f"{kind:<9}{amount:>5} -> balance {balance}")
    assert balance >= 0, f"balance went negative ({balance}) after {kind} of {amount}"
