# task: parse plain-text double-entry ledger transactions, check balance and compute account totals
import re
from collections import defaultdict
from dataclasses import dataclass, field

LEDGER = """
2024-03-01 * Opening balance
    Assets:Bank:Checking        2,500.00 EUR
    Equity:Opening

2024-03-03 * Grocery store
    Expenses:Food:Groceries        84.35 EUR
    Assets:Bank:Checking          -84.35 EUR

2024-03-05 ! Rent (pending)
    Expenses:Housing:Rent        950.00 EUR
    Assets:Bank:Checking

2024-03-07 * Broken split
    Expenses:Fun                  20.00 EUR
    Assets:Bank:Checking          -25.00 EUR

2024-03-09 * Salary
    Assets:Bank:Checking        3,100.00 EUR
    Income:Salary              -3,100.00 EUR
"""

HEADER = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+([*!])\s+(.*)$")
POSTING = re.compile(r"^\s+([A-Z][\w:]+)(?:\s{2,}(-?[\d,]+\.\d{2})\s+([A-Z]{3}))?\s*$")


@dataclass
class Txn:
    date: str
    cleared: bool
    payee: str
    postings: list = field(default_factory=list)  # (account, cents or None)


def to_cents(amount: str) -> int:
    sign = -1 if amount.startswith("-") else 1
    whole, frac = amount.lstrip("-").replace(",", "").split(".")
    return sign * (int(whole) * 100 + int(frac))


def parse(text):
    txns = []
    for line in text.splitlines():
        if m := HEADER.match(line):
            txns.append(Txn(m[1], m[2] == "*", m[3]))
        elif (m := POSTING.match(line)) and txns:
            txns[-1].postings.append((m[1], to_cents(m[2]) if m[2] else None))
    return txns


balances = defaultdict(int)
for txn in parse(LEDGER):
    missing = [i for i, (_, amt) in enumerate(txn.postings) if amt is None]
    known = sum(amt for _, amt in txn.postings if amt is not None)
    status = "ok"
    if len(missing) == 1:
        acct, _ = txn.postings[missing[0]]
        txn.postings[missing[0]] = (acct, -known)
    elif len(missing) > 1 or known != 0:
        print(f"REJECT {txn.date} {txn.payee!r}: unbalanced by {known / 100:+.2f}")
        continue
    if not txn.cleared:
        status = "pending"
    for acct, amt in txn.postings:
        balances[acct] += amt
    print(f"{txn.date} {txn.payee:<18} {status}")

print()
tops = defaultdict(int)
for acct, cents in sorted(balances.items()):
    print(f"{acct:<26} {cents / 100:>12,.2f}")
    tops[acct.split(":")[0]] += cents
print("-" * 39)
for top, cents in tops.items():
    print(f"{top:<26} {cents / 100:>12,.2f}")
print("trial balance:", "balanced" if sum(balances.values()) == 0 else "NOT balanced")
